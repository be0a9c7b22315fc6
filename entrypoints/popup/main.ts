/**
 * The popup's first chunk, in plain DOM and one file: its styles, the title and the counts from
 * storage.local. Preact, worker requests, zod and webextension-polyfill come in the dynamic import of
 * BrowserRest, after that first paint, so a 10,000-entry queue opens as fast as an empty one.
 */
import baseCss from '@/components/common/base.css?inline';
import popupCss from '@/components/popup/popup.css?inline';
import { mountShell } from '@/components/popup/shell';
import { shellText } from '@/components/popup/shell-text';
import { extensionGlobal, extensionSummaryApi } from '@/components/popup/summary-source';

// Inline, not linked: a stylesheet link is one more request the first paint waits for.
const style = document.createElement('style');
style.textContent = baseCss + popupCss;
document.head.append(style);

const ext = extensionGlobal();
const { i18n } = ext;
// Each catalog names its own language; screen readers get it (a toolbar popup shows no title).
document.documentElement.lang = i18n.getMessage('app_language') || 'en';

const app = document.getElementById('app');
if (app) {
  mountShell(app, {
    api: extensionSummaryApi(ext),
    text: shellText((key) => i18n.getMessage(key)),
    loadRest: () => import('@/components/popup/BrowserRest').then((m) => m.mountRest),
  });
}
