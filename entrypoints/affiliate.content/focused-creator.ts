import type { CreatorSnapshot } from '@/lib/queue/entry';

/**
 * Which creator the seller is looking at, for the popup's "Queue this creator". The active page feature
 * registers a provider for its visit; the popup asks through the content script's message listener.
 */
type Provider = () => CreatorSnapshot | null;
let provider: Provider | null = null;

export function provideFocusedCreator(p: Provider, signal: AbortSignal): void {
  provider = p;
  signal.addEventListener('abort', () => {
    if (provider === p) provider = null;
  });
}

export function focusedCreator(): CreatorSnapshot | null {
  try {
    return provider?.() ?? null;
  } catch {
    return null;
  }
}
