/**
 * The popup. First paint uses only the stored summary (one storage read); the focused creator,
 * quota and batches arrive after it, and the queue list loads only when shown, virtualised.
 */
import type { FocusedCreatorReply, PlannedBatch, QueueSummary, StoredQuota } from '@/lib/messages';
import { LIMITS } from '@/lib/config/limits';
import { useEffect, useState } from 'preact/hooks';
import type { PopupApi } from './api';
import { Batches } from './Batches';
import { Counts } from './Counts';
import { FocusedCreator } from './FocusedCreator';
import { POPUP_TEXT as T } from './messages';
import { QueueList } from './QueueList';
import { QueueTools } from './QueueTools';

/** Runs work after the browser has painted the first frame. */
function afterPaint(fn: () => void): () => void {
  const id = setTimeout(fn, 16);
  return () => clearTimeout(id);
}

export function PopupApp({ api }: { api: PopupApi }) {
  const [summary, setSummary] = useState<QueueSummary | null>(null);
  const [focus, setFocus] = useState<FocusedCreatorReply | null>(null);
  const [quota, setQuota] = useState<{ quota: StoredQuota | null; openedLast24h: number } | null>(null);
  const [batches, setBatches] = useState<PlannedBatch[] | null>(null);
  const [showList, setShowList] = useState(false);
  const [notices, setNotices] = useState(0);

  useEffect(() => {
    void api.readSummary().then((s) => s && setSummary((cur) => (cur && cur.rev > s.rev ? cur : s)));
    return api.onSummary((s) => setSummary(s));
  }, [api]);

  const loadBatches = () => {
    void api.send({ type: 'batch/plan' }).then((r) => setBatches(r.ok ? r.data.batches : []));
    void api.send({ type: 'quota/get' }).then((r) => r.ok && setQuota(r.data));
  };

  useEffect(
    () =>
      afterPaint(() => {
        void api.focusedCreator().then(setFocus);
        void api.send({ type: 'notices/get' }).then((r) => r.ok && setNotices(r.data.notices.length));
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
    <main class="popup">
      <header class="popup__head">
        <h1>{T.title}</h1>
        <a href={api.optionsUrl} target="_blank" rel="noopener">
          {T.options}
        </a>
      </header>
      <Counts summary={summary} />
      {q ? <p class="quota">{T.quota(q.used24h, q.cap24h)}</p> : quota && quota.openedLast24h > 0 ? <p class="quota">{T.quotaLocal(quota.openedLast24h, LIMITS.invitationsPer24h)}</p> : null}
      {q?.weeklyUsed != null && q.weeklyLimit != null ? <p class="quota">{T.weekly(q.weeklyUsed, q.weeklyLimit)}</p> : null}
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
    </main>
  );
}
