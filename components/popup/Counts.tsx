/** Queue counts by status, straight from the stored summary. Part of the popup's first chunk: keep it light. */
import type { QueueSummary } from '@/lib/messages';
import { POPUP_TEXT as T } from './messages';
import { QUEUE_STATUSES } from '@/lib/queue/summary-key';

export function Counts({ summary }: { summary: QueueSummary | null }) {
  if (!summary) return <p class="muted">{T.noSummary}</p>;
  if (summary.total === 0) return <p class="muted">{T.empty}</p>;
  return (
    <dl class="counts" aria-label={T.countsLabel}>
      {QUEUE_STATUSES.map((s) => (
        <div key={s} class={`count count--${s}`}>
          <dt>{T.status[s]}</dt>
          <dd>{summary.counts[s] ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}
