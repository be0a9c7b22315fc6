/**
 * Everything of the popup below the counts: quota, notices, the creator in the active tab, batches,
 * the queue list and the CSV tools. Worker requests wait for the first frame, and the queue list
 * loads only when shown, virtualised.
 */

import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '@/lib/config/limits';
import type { FocusedCreatorReply, PlannedBatch, QueueSummary, StoredQuota } from '@/lib/messages';
import { afterPaint } from './after-paint';
import type { PopupApi } from './api';
import { Batches } from './Batches';
import { FocusedCreator } from './FocusedCreator';
import { POPUP_TEXT as T } from './messages';
import { QueueList } from './QueueList';
import { QueueTools } from './QueueTools';

export function PopupRest({ api, summary }: { api: PopupApi; summary: QueueSummary | null }) {
  const [focus, setFocus] = useState<FocusedCreatorReply | null>(null);
  const [quota, setQuota] = useState<{ quota: StoredQuota | null; openedLast24h: number } | null>(null);
  const [batches, setBatches] = useState<PlannedBatch[] | null>(null);
  const [showList, setShowList] = useState(false);
  const [notices, setNotices] = useState(0);
  // What is wrong with storage (full, unavailable, a queue of a newer version), in the worker's words.
  const [problems, setProblems] = useState<string[]>([]);

  const loadBatches = () => {
    void api.send({ type: 'batch/plan' }).then((r) => setBatches(r.ok ? r.data.batches : []));
    void api.send({ type: 'quota/get' }).then((r) => r.ok && setQuota(r.data));
  };

  useEffect(
    () =>
      afterPaint(() => {
        void api.focusedCreator().then(setFocus);
        void api.send({ type: 'notices/get' }).then((r) => r.ok && setNotices(r.data.notices.length));
        void api.send({ type: 'storage/health' }).then((r) => r.ok && setProblems(r.data.problems));
        loadBatches();
      }),
    [api],
  );

  // Re-plan when the queue changes (another tab queued or sent), but not on first paint.
  const rev = summary?.rev ?? 0;
  useEffect(() => {
    if (batches !== null) loadBatches();
  }, [rev]);

  const q = quota?.quota;
  return (
    <>
      {problems.map((p) => (
        <p key={p} class="notice-line" role="alert">
          {p}
        </p>
      ))}
      {q ? (
        <p class="quota">{T.quota(q.used24h, q.cap24h)}</p>
      ) : quota && quota.openedLast24h > 0 ? (
        <p class="quota">{T.quotaLocal(quota.openedLast24h, LIMITS.invitationsPer24h)}</p>
      ) : null}
      {q?.weeklyUsed != null && q.weeklyLimit != null ? (
        <p class="quota">{T.weekly(q.weeklyUsed, q.weeklyLimit)}</p>
      ) : null}
      {notices > 0 ? (
        <p class="notice-line">
          <a href={api.optionsUrl} target="_blank" rel="noopener">
            {T.notices(notices)}
          </a>
        </p>
      ) : null}
      {focus?.creator ? <FocusedCreator api={api} focus={focus} /> : null}
      <Batches api={api} batches={batches} onOpened={loadBatches} />
      {summary && summary.total > 0 ? (
        <section>
          <button type="button" aria-expanded={showList} onClick={() => setShowList((v) => !v)}>
            {showList ? T.hideQueue : T.showQueue(summary.total)}
          </button>
          {showList ? <QueueList api={api} total={summary.total} rev={summary.rev} /> : null}
        </section>
      ) : null}
      <QueueTools api={api} />
    </>
  );
}
