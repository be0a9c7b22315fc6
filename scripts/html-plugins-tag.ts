/**
 * WXT adds `<script type="module" src="virtual:wxt-html-plugins">` to every HTML page, to start its
 * runtime plugins there. This project has none, so that module is empty; but the popup and the options
 * page share it, so the build made it a chunk of its own, one more request before the popup's first
 * paint. Without runtime plugins, this takes the tag out of the pages again.
 */
import type { Plugin } from 'vite';
import type { Wxt } from 'wxt';

const TAG = /<script\b[^>]*\bsrc="virtual:wxt-html-plugins"[^>]*>\s*<\/script>\s*/g;

export function dropEmptyHtmlPluginsTag(html: string): string {
  return html.replace(TAG, '');
}

export function withoutEmptyHtmlPlugins(wxt: Wxt): void {
  const plugin: Plugin = {
    name: 'collab-pilot:no-empty-html-plugins',
    // After WXT's own 'pre' hook, which added the tag: plugins added here come after WXT's.
    transformIndexHtml: { order: 'pre', handler: dropEmptyHtmlPluginsTag },
  };
  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (wxt.config.plugins.length > 0 || !entrypoints.some((e) => e.inputPath.endsWith('.html'))) return;
    config.plugins = [...(config.plugins ?? []), plugin];
  });
}
