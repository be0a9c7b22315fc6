import { render } from 'preact';
import '@/components/common/base.css';
import '@/components/options/options.css';
import { downloadText } from '@/components/common/download';
import { followBrowserLanguage } from '@/components/common/i18n';
import { sendMessage } from '@/components/common/rpc';
import { OPTIONS_TEXT } from '@/components/options/messages';
import { OptionsApp } from '@/components/options/OptionsApp';
import { currentLanguage } from '@/lib/i18n';

followBrowserLanguage();
// index.html carries the English title; the tab and screen readers get the page's language.
document.title = OPTIONS_TEXT.title;
document.documentElement.lang = currentLanguage();
const app = document.getElementById('app');
if (app) render(<OptionsApp api={{ send: sendMessage, download: downloadText }} />, app);
