/**
 * The popup: title, Settings link and the queue counts from the stored summary (one storage read, no
 * worker), then everything the worker answers (PopupRest), whose requests start after the first paint.
 */
import { t } from '@/lib/i18n';
import type { QueueSummary } from '@/lib/messages';
import { QUEUE_STATUSES } from '@/lib/queue/summary-key';
import { useEffect, useState } from 'preact/hooks';
import type { PopupApi } from './api';
import { PopupRest } from './PopupRest';

/** The counts by status, or the line that says why there are none. */
function Counts({ summary }: { summary: QueueSummary | null }) {
  if (!summary) return <p class="muted">{t('popup_no_summary')}</p>;
  if (summary.total === 0) return <p class="muted">{t('popup_empty')}</p>;
  return (
    <dl class="counts" aria-label={t('popup_counts_label')}>
      {QUEUE_STATUSES.map((s) => (
        <div key={s} class={`count count--${s}`}>
          <dt>{t(`popup_status_${s}`)}</dt>
          <dd>{String(summary.counts[s] ?? 0)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PopupApp({ api }: { api: PopupApi }) {
  const [summary, setSummary] = useState<QueueSummary | null>(null);
  useEffect(() => {
    let live = true;
    // A change that arrives while reading is newer than what the read returns.
    const newest = (s: QueueSummary) => setSummary((had) => (had && had.rev > s.rev ? had : s));
    const stop = api.onSummary((s) => live && newest(s));
    api.readSummary().then(
      (s) => live && s && newest(s),
      // Storage could not be read: the popup says it has no summary, and the worker's parts still load.
      () => undefined,
    );
    return () => {
      live = false;
      stop();
    };
  }, [api]);
  return (
    <main class="popup">
      <header class="popup__head">
        <h1>{t('app_name')}</h1>
        <a href={api.optionsUrl} target="_blank" rel="noopener">
          {t('popup_options')}
        </a>
      </header>
      <Counts summary={summary} />
      <div class="popup__rest">
        <PopupRest api={api} summary={summary} />
      </div>
    </main>
  );
}
