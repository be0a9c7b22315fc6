import { defineConfig } from 'wxt';
import { hostPermissions } from './lib/hosts';
import { addEsmContentScripts, FEATURES, panelCatalogsPlugin } from './scripts/esm-content-build';
import { withoutEmptyHtmlPlugins } from './scripts/html-plugins-tag';
import { localeFiles } from './scripts/locales';
import { quietContentScriptContext } from './scripts/quiet-context';

const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Permissions are deliberately minimal; README "Permissions and privacy" gives the reason for each.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every browser we support preloads modules natively; the polyfill was a chunk of its own that the
  // popup's first paint waited for.
  // CP_OPEN_SHADOW=1 (the browser tests' builds, package.json): open shadow roots, which Playwright can
  // pierce; a release build closes them (entrypoints/affiliate.content/shadow-root.ts).
  // Every build resolves the content script's catalog modules (lib/i18n/load.ts): extension pages and the
  // worker share the module that loads them, and emit none.
  vite: () => ({
    plugins: [panelCatalogsPlugin()],
    build: { modulePreload: { polyfill: false } },
    define: { __CP_OPEN_SHADOW__: JSON.stringify(process.env.CP_OPEN_SHADOW === '1') },
  }),
  hooks: {
    // The affiliate content script is a small loader of per-page ES modules (scripts/esm-content-build.ts).
    ready: (wxt) => {
      addEsmContentScripts(wxt, {
        entrypoint: 'affiliate',
        entry: 'entrypoints/affiliate.content/esm-entry.ts',
        // Each page loads one feature chunk (entrypoints/affiliate.content/feature-loader.tsx).
        pages: FEATURES.map((f) => `entrypoints/affiliate.content/feature-${f}.ts`),
        nativeBrowser: ['affiliate', 'observer-loader', 'observer-link'],
        watch: ['components', 'lib'],
      });
      withoutEmptyHtmlPlugins(wxt);
      // Our own content-script context: it neither announces the extension nor stops on a page event.
      quietContentScriptContext(wxt, ['observer-link', 'observer-loader']);
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
  },
  manifest: ({ browser }) => ({
    // Texts come from _locales (lib/i18n/locales, merged by scripts/locales.ts at build time).
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    default_locale: 'en',
    version: '0.1.0',
    permissions: ['storage'],
    // Extension pages load only our own scripts and make no network requests at all.
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    host_permissions: hostPermissions(),
    // Opens the popup from the keyboard; needs no permission and no listener.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_app_command_open__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox MV2 has no main-world content scripts: the observer is injected as this script.
          web_accessible_resources: ['observer-main.js'],
          browser_specific_settings: {
            gecko: {
              id: 'collab-pilot@collabpilot.app',
              // 142: the first version that knows data_collection_permissions (desktop and Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
