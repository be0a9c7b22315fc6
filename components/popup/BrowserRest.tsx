/** The rest of the popup over the real browser: the popup's first chunk imports this module dynamically. */

import { useMemo } from 'preact/hooks';
import { followBrowserLanguage } from '@/components/common/i18n';
import type { QueueSummary } from '@/lib/messages';
import { browserPopupApi } from './browser-api';
import { PopupRest } from './PopupRest';
import { preactRest } from './preact-rest';
import type { MountRest } from './shell';

function BrowserPopupRest({ summary }: { summary: QueueSummary | null }) {
  const api = useMemo(browserPopupApi, []);
  return <PopupRest api={api} summary={summary} />;
}

export const mountRest: MountRest = (into, summary) => {
  // The rest's texts take substitutions and plurals: lib/i18n's translator, over the browser's messages.
  followBrowserLanguage();
  return preactRest((s) => <BrowserPopupRest summary={s} />)(into, summary);
};
