/**
 * Gives every content script our own context (entrypoints/affiliate.content/content-script-context.ts)
 * instead of WXT's, whose constructor announces the extension to the page and which a page event can
 * stop. WXT's generated entry imports `wxt/utils/content-script-context`; this resolves that import.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const WXT_CONTEXT = 'wxt/utils/content-script-context';
const OURS = resolve(import.meta.dirname, '../entrypoints/affiliate.content/content-script-context.ts');

export function quietContentScriptContext(): Plugin {
  return {
    name: 'collab-pilot:quiet-context',
    enforce: 'pre',
    resolveId: (id) => (id === WXT_CONTEXT ? OURS : null),
  };
}
