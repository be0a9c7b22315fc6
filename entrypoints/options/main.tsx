import { render } from 'preact';
import '@/components/common/base.css';
import '@/components/options/options.css';
import { downloadText } from '@/components/common/download';
import { followBrowserLanguage } from '@/components/common/i18n';
import { sendMessage } from '@/components/common/rpc';
import { OptionsApp } from '@/components/options/OptionsApp';

followBrowserLanguage();
const app = document.getElementById('app');
if (app) render(<OptionsApp api={{ send: sendMessage, download: downloadText }} />, app);
