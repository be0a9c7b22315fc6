/** The rest of the popup over the real browser: the popup entry imports this module dynamically. */
import type { QueueSummary } from '@/lib/messages';
import { useMemo } from 'preact/hooks';
import { browserPopupApi } from './browser-api';
import { PopupRest } from './PopupRest';

export function BrowserPopupRest({ summary }: { summary: QueueSummary | null }) {
  const api = useMemo(browserPopupApi, []);
  return <PopupRest api={api} summary={summary} />;
}
