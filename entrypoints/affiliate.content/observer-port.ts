import { LINK_KEY } from '@/lib/observer/link';

/**
 * The observer's port, as the link script (observer-link.content.ts, or observer-loader.content.ts in
 * Firefox) took it at document_start in this same isolated world; null when there is none.
 */
export function observerPort(): Promise<MessagePort | null> {
  const link = (globalThis as unknown as Record<symbol, unknown>)[LINK_KEY];
  return link instanceof Promise ? (link as Promise<MessagePort | null>) : Promise.resolve(null);
}
