/**
 * The popup's first chunk: Preact, the title and the counts from storage.local. Everything that talks
 * to the worker (and the zod schemas and webextension-polyfill it needs) is a dynamic import, loaded
 * after that first paint, so a 10,000-entry queue opens as fast as an empty one. Texts come from
 * browser.i18n, synchronously and without a catalog in this chunk.
 */
import { render } from 'preact';
import '@/components/common/base.css';
import '@/components/popup/popup.css';
import { followBrowserLanguage } from '@/components/common/i18n';
import { LazyRest, type RestComponent } from '@/components/popup/LazyRest';
import { PopupShell } from '@/components/popup/PopupShell';
import { extensionSummaryApi } from '@/components/popup/summary-source';
import { currentLanguage } from '@/lib/i18n';

const loadRest = (): Promise<RestComponent> => import('@/components/popup/BrowserRest').then((m) => m.BrowserPopupRest);

// Before the first render: every text of the popup is read from the browser's language.
followBrowserLanguage();
// The HTML title is never shown (a toolbar popup has no title bar); screen readers get the language.
document.documentElement.lang = currentLanguage();

const app = document.getElementById('app');
if (app) render(<PopupShell api={extensionSummaryApi()} rest={(summary) => <LazyRest load={loadRest} summary={summary} />} />, app);
