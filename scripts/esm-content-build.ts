/**
 * ES-module content scripts for WXT 0.21, which only builds content scripts as one IIFE.
 *
 * The content script WXT builds becomes a small loader that `import()`s `content-scripts/esm/<name>.js`;
 * this file builds that module, with code splitting, in a second Vite build after WXT's own, so every
 * page fetches only the chunks it uses. Both the loaders and the modules get the browser's own
 * `browser`/`chrome` instead of webextension-polyfill: every call they make (runtime.sendMessage,
 * storage.onChanged, i18n.getMessage, runtime.getURL/getManifest) works natively in Chromium MV3 and
 * Firefox, and their message listener answers through sendResponse, which needs no polyfill either.
 * Same approach as WXT's example wxt-dev/examples, esm-content-script-ui.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, type InlineConfig, type Plugin, type PluginOption } from 'vite';
import type { ContentScriptEntrypoint, Wxt } from 'wxt';
import { LANGUAGES } from '../lib/i18n/catalog.ts';
import { LATER_TEXTS, PANEL_TEXTS } from '../lib/i18n/panel-texts.ts';
import { PAGE_KINDS, PAGES } from '../lib/pages/registry.ts';

/** Where the ES modules go, inside the build folder; web-accessible to the loader's hosts. */
export const ESM_DIR = 'content-scripts/esm';

export interface EsmContentScriptOptions {
  /** The content script whose code is built as ES modules (its loader imports `${ESM_DIR}/<entrypoint>.js`). */
  entrypoint: string;
  /** The module exporting `start(ctx)`, relative to the project root. */
  entry: string;
  /** Content scripts (loaders) that get the native extension API instead of webextension-polyfill, as the modules do. */
  nativeBrowser?: readonly string[];
  /** The modules the entry imports dynamically of which each page loads exactly one (its feature), relative to the project root. */
  pages?: readonly string[];
  /** Extra folders whose changes rebuild the modules in `wxt` dev mode (besides the entry's folder). */
  watch?: readonly string[];
}

const NATIVE_ID = '\0collab-pilot:native-browser';

/**
 * Resolves webextension-polyfill (what WXT's polyfill module aliases `wxt/browser` to) to the native API,
 * exactly as WXT's own `wxt/browser` does without the polyfill.
 */
function nativeBrowserPlugin(): Plugin {
  return {
    name: 'collab-pilot:native-browser',
    enforce: 'pre',
    resolveId: (id) => (id === 'webextension-polyfill' ? NATIVE_ID : null),
    load: (id) =>
      id === NATIVE_ID
        ? 'export default globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;'
        : null,
  };
}

const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic import in a helper that preloads its dependencies and, when a chunk fails to
 * load, dispatches `vite:preloadError` on `window`. A content script has nothing to preload (no
 * modulepreload, styles are inlined), and that event would tell the page's own scripts that our chunk
 * failed: the callers handle the rejection themselves (feature-loader.tsx, components/common/i18n.ts).
 */
function plainDynamicImportPlugin(): Plugin {
  return {
    name: 'collab-pilot:plain-dynamic-import',
    enforce: 'pre',
    load: (id) => (id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/** Message areas only extension pages show (they read `_locales` through browser.i18n): no panel needs them. */
export const EXTENSION_PAGE_AREAS = ['settings', 'options', 'memorypage'] as const;

const LOCALES_DIR = resolve(import.meta.dirname, '../lib/i18n/locales');

/** The features the registry names, each once, in table order. */
export const FEATURES = [...new Set(PAGE_KINDS.map((k) => PAGES[k].feature))];

/**
 * The message areas a catalog holds: a feature's pages show the panel's own (lib/i18n/panel-texts.ts) and
 * what its rows name in lib/pages/registry.ts, never an area only extension pages show; an area that loads
 * later is a catalog of its own.
 */
export function featureAreas(feature: string): string[] {
  if ((LATER_TEXTS as readonly string[]).includes(feature)) return [feature];
  const own = PAGE_KINDS.filter((k) => PAGES[k].feature === feature).flatMap((k) => PAGES[k].texts);
  return [...new Set<string>([...PANEL_TEXTS, ...own])].filter(
    (a) => !(EXTENSION_PAGE_AREAS as readonly string[]).includes(a),
  );
}

/** Every catalog of a language: one per feature, one per area that loads later. */
const CATALOGS = [...FEATURES, ...LATER_TEXTS];

const CATALOGS_ID = 'virtual:catalogs';
const CATALOG_PREFIX = 'virtual:catalog/';

/** A catalog module's name, which is also its chunk's (`<lang>-<feature>-<hash>.js`). */
export function catalogName(language: string, feature: string): string {
  return `${language}-${feature}`;
}

/**
 * The content script's catalogs, one module per language and feature: `virtual:catalog/<lang>-<feature>`
 * holds every message a page of that feature shows, keyed `<area>_<key>` as in the full catalogs, as plain
 * text (no `message` wrapper, no translators' descriptions). An area two features show is in both modules:
 * a page then loads one catalog chunk, not one per area; an area that loads later (LATER_TEXTS) is a module
 * of its own. `virtual:catalogs` maps language and feature (or later area) to
 * a dynamic import of that module (lib/i18n/load.ts). The unit tests register this plugin too, so they
 * load the same data.
 */
export function panelCatalogsPlugin(): Plugin {
  return {
    name: 'collab-pilot:panel-catalogs',
    enforce: 'pre',
    resolveId: (id) => (id === CATALOGS_ID || id.startsWith(CATALOG_PREFIX) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${CATALOGS_ID}`) {
        const byLanguage = LANGUAGES.map((language) => {
          const loaders = CATALOGS.map(
            (f) =>
              `${JSON.stringify(f)}: () => import(${JSON.stringify(`${CATALOG_PREFIX}${catalogName(language, f)}`)})`,
          );
          return `${language}: {${loaders.join(', ')}}`;
        });
        return `export default {${byLanguage.join(', ')}};`;
      }
      if (!id.startsWith(`\0${CATALOG_PREFIX}`)) return null;
      const name = id.slice(CATALOG_PREFIX.length + 1);
      const language = LANGUAGES.find((l) => name.startsWith(`${l}-`));
      const feature = CATALOGS.find((f) => language && name === catalogName(language, f));
      if (!language || !feature) throw new Error(`[panel-catalogs] no catalog ${name}`);
      const messages: Record<string, string> = {};
      for (const area of featureAreas(feature)) {
        const file = resolve(LOCALES_DIR, language, `${area}.json`);
        this.addWatchFile(file);
        const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
        for (const [key, v] of Object.entries(entries)) messages[`${area}_${key}`] = v.message;
      }
      return `export default ${JSON.stringify(messages)};`;
    },
  };
}

/**
 * What goes into the entry chunk: the entry's static imports, and every module each of `pages` imports
 * statically (each page loads exactly one of them, so every page loads these anyway: in the entry they
 * cost no fetch and no chunk of their own). Filled in at the end of each build, before chunks are made.
 */
function entryModules(entry: string, pages: readonly string[]): { plugin: Plugin; has(id: string): boolean } {
  const inEntry = new Set<string>();
  const plugin: Plugin = {
    name: 'collab-pilot:entry-modules',
    buildEnd() {
      const staticClosure = (start: string) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
        };
        visit(start);
        return seen;
      };
      inEntry.clear();
      for (const id of staticClosure(entry)) inEntry.add(id);
      const [first, ...rest] = pages.map(staticClosure);
      for (const id of first ?? []) {
        if (!pages.includes(id) && rest.every((closure) => closure.has(id))) inEntry.add(id);
      }
    },
  };
  return { plugin, has: (id) => inEntry.has(id) };
}

/** WXT's plugins that only make sense for its IIFE output. */
const IIFE_PLUGINS = new Set(['wxt:iife-anonymous', 'wxt:iife-footer']);

function withoutIifePlugins(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).filter((p) => !(p && typeof p === 'object' && 'name' in p && IIFE_PLUGINS.has(p.name)));
}

/** Chrome wants web_accessible_resources match patterns with the path `/*`. */
function originPatterns(matches: readonly string[]): string[] {
  return [...new Set(matches.map((m) => m.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}

/**
 * Registers the hooks on `wxt`. Called from wxt.config.ts's `ready` hook, so that it adds hooks of its
 * own rather than claiming keys of the config's `hooks` object that other build steps may also need.
 */
export function addEsmContentScripts(wxt: Wxt, opts: EsmContentScriptOptions): void {
  let viteConfig: InlineConfig | undefined;
  let matches: string[] = [];
  const native = new Set(opts.nativeBrowser ?? []);

  const buildModules = async () => {
    if (!viteConfig) throw new Error(`[esm-content-build] the content script "${opts.entrypoint}" was not built`);
    const outDir = resolve(wxt.config.outDir, ESM_DIR);
    // WXT's IIFE bundling options are dropped; what else it set (minify, sourcemap, target) is kept.
    const { rollupOptions: _r, rolldownOptions: _ro, lib: _lib, ...wxtBuild } = viteConfig.build ?? {};
    const entry = resolve(wxt.config.root, opts.entry);
    const inEntry = entryModules(
      entry,
      (opts.pages ?? []).map((p) => resolve(wxt.config.root, p)),
    );
    const esm: InlineConfig = {
      ...viteConfig,
      plugins: [
        nativeBrowserPlugin(),
        plainDynamicImportPlugin(),
        inEntry.plugin,
        ...withoutIifePlugins(viteConfig.plugins),
      ],
      build: {
        ...wxtBuild,
        outDir,
        emptyOutDir: true,
        // CP_NO_MINIFY=1: readable function names in CPU profiles of the content script.
        ...(process.env.CP_NO_MINIFY ? { minify: false } : {}),
        // Vite's preload helper would add <link> tags to the host page, resolved against the page's origin.
        modulePreload: false,
        rolldownOptions: {
          input: { [opts.entrypoint]: entry },
          // Keeps `start` exported (the loader calls it) and lets the entry chunk also export what the
          // feature chunks share with it, so those modules live in the entry rather than in extra chunks.
          preserveEntrySignatures: 'allow-extension',
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            // One flat folder, so one `${ESM_DIR}/*` resource pattern covers every chunk.
            chunkFileNames: '[name]-[hash].js',
            assetFileNames: '[name]-[hash][extname]',
            // Everything the entry needs in the entry file: one extension fetch before the controller runs,
            // not a waterfall of small shared chunks. So is what every page's feature needs (entryModules).
            // The per-page features are split off.
            codeSplitting: { groups: [{ name: opts.entrypoint, test: inEntry.has }] },
          },
        },
      },
    };
    await build(esm);
    wxt.logger.success(`[esm-content-build] ${opts.entrypoint}: ES modules in ${relative(wxt.config.root, outDir)}`);
  };

  wxt.hooks.hook('entrypoints:resolved', (_wxt, entrypoints) => {
    const cs = entrypoints.find(
      (e): e is ContentScriptEntrypoint => e.type === 'content-script' && e.name === opts.entrypoint,
    );
    matches = cs?.options.matches ?? [];
  });
  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    const [entrypoint] = entrypoints;
    if (entrypoints.length !== 1 || !entrypoint) return;
    // Captured before the native API is added, which the ES-module build adds itself.
    if (entrypoint.name === opts.entrypoint) viteConfig = { ...config, plugins: [...(config.plugins ?? [])] };
    if (native.has(entrypoint.name)) config.plugins = [nativeBrowserPlugin(), ...(config.plugins ?? [])];
  });
  wxt.hooks.hook('build:done', buildModules);
  wxt.hooks.hook('build:manifestGenerated', (_wxt, manifest) => {
    // MV3 object form; for MV2 (Firefox) WXT turns it into a list of paths after this hook.
    const resource = { matches: originPatterns(matches), resources: [`${ESM_DIR}/*`] };
    manifest.web_accessible_resources = [
      ...((manifest.web_accessible_resources ?? []) as unknown[]),
      resource,
    ] as typeof manifest.web_accessible_resources;
  });
  // Types the loader's browser.runtime.getURL of the entry module.
  wxt.hooks.hook('prepare:publicPaths', (_wxt, paths) => {
    paths.push(`${ESM_DIR}/${opts.entrypoint}.js`);
  });
  // `wxt` dev mode: rebuild the modules when their sources change.
  wxt.hooks.hook('server:started', (_wxt, server) => {
    const dirs = [
      resolve(wxt.config.root, opts.entry, '..'),
      ...(opts.watch ?? []).map((d) => resolve(wxt.config.root, d)),
    ];
    server.watcher.on('change', (file) => {
      if (!dirs.some((d) => file.startsWith(d))) return;
      buildModules().then(
        () =>
          server.reloadContentScript({ contentScript: { matches, js: [`/content-scripts/${opts.entrypoint}.js`] } }),
        (e: unknown) => wxt.logger.error('[esm-content-build] rebuild failed', e),
      );
    });
  });
}
