/**
 * Gives every content script our own context (entrypoints/affiliate.content/content-script-context.ts)
 * instead of WXT's, whose constructor announces the extension to the page and which a page event can
 * stop. WXT's generated entry imports `wxt/utils/content-script-context`; this resolves that import.
 * Scripts that never use their context (the observer's link and loader, run on every page load within
 * the observer's size budget) get a bare one that only holds its name and options.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Wxt } from 'wxt';

const WXT_CONTEXT = 'wxt/utils/content-script-context';
const OURS = resolve(import.meta.dirname, '../entrypoints/affiliate.content/content-script-context.ts');
const BARE_ID = '\0collab-pilot:bare-context';
const BARE = `export class ContentScriptContext { constructor(name, options) { this.contentScriptName = name; this.options = options; } }`;

function quietContext(bare: boolean): Plugin {
  return {
    name: 'collab-pilot:quiet-context',
    enforce: 'pre',
    resolveId: (id) => (id === WXT_CONTEXT ? (bare ? BARE_ID : OURS) : null),
    load: (id) => (id === BARE_ID ? BARE : null),
  };
}

/** Registers the resolution for every entrypoint's build; `bare` names the scripts that get the bare context. */
export function quietContentScriptContext(wxt: Wxt, bare: readonly string[]): void {
  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    const isBare = entrypoints.length === 1 && bare.includes(entrypoints[0]?.name ?? '');
    config.plugins = [quietContext(isBare), ...(config.plugins ?? [])];
  });
}
