import { render } from 'preact';
import '@/components/common/base.css';
import '@/components/popup/popup.css';
import { browserPopupApi } from '@/components/popup/browser-api';
import { PopupApp } from '@/components/popup/PopupApp';

const app = document.getElementById('app');
if (app) render(<PopupApp api={browserPopupApi()} />, app);
