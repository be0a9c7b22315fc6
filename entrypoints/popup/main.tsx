/**
 * The popup. Its counts come from the summary the worker keeps in storage.local, so they paint without
 * waiting for the worker; PopupRest asks the worker for the rest once that first frame is up.
 */
import { render } from 'preact';
import baseCss from '@/components/common/base.css?inline';
import { followBrowserLanguage } from '@/components/common/i18n';
import popupCss from '@/components/popup/popup.css?inline';
import { browserPopupApi } from '@/components/popup/browser-api';
import { PopupApp } from '@/components/popup/PopupApp';
import { currentLanguage } from '@/lib/i18n';

// Inline, not linked: a stylesheet link is one more request the first paint waits for.
const style = document.createElement('style');
style.textContent = baseCss + popupCss;
document.head.append(style);

followBrowserLanguage();
// A toolbar popup shows no title; screen readers get the language of the texts the browser serves.
document.documentElement.lang = currentLanguage();
const app = document.getElementById('app');
if (app) render(<PopupApp api={browserPopupApi()} />, app);
