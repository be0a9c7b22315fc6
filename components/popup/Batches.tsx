/** The batches planBatches makes of the queue, each with its findings and an "Open batch" button. */

import { useState } from 'preact/hooks';
import type { PlannedBatch } from '@/lib/messages';
import { type Status, StatusLine } from '../common/StatusLine';
import type { PopupApi } from './api';
import { BATCH_TEXT as T } from './batch-messages';

/** A batch lists this many findings in words; the rest are counted. */
const FINDINGS_SHOWN = 5;

export function Batches({
  api,
  batches,
  onOpened,
}: {
  api: PopupApi;
  batches: PlannedBatch[] | null;
  onOpened: () => void;
}) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const open = async (b: PlannedBatch) => {
    setBusy(b.id);
    const r = await api.send({ type: 'batch/open', opId: api.newOpId(), entryIds: b.entryIds });
    setBusy(null);
    setStatus(r.ok ? { kind: 'ok', text: T.opened } : { kind: 'error', text: r.error });
    if (r.ok) onOpened();
  };
  return (
    <section aria-labelledby="batches-h">
      <h2 id="batches-h">{T.batchesHeading}</h2>
      {batches === null ? (
        <p class="muted">{T.batchesLoading}</p>
      ) : batches.length === 0 ? (
        <p class="muted">{T.batchesNone}</p>
      ) : (
        <ol class="batches">
          {batches.map((b, i) => {
            const errors = b.findings.filter((f) => f.severity === 'error').length;
            const warnings = b.findings.filter((f) => f.severity === 'warning').length;
            const names = b.creators
              .slice(0, 3)
              .map((c) => (c.handle ? `@${c.handle.replace(/^@/, '')}` : c.id))
              .join(', ');
            return (
              <li key={b.id} class="batch">
                <p class="batch__line">{T.batchLine(b.entryIds.length, b.terms.products.length)}</p>
                <p class="batch__who">
                  {names}
                  {b.creators.length > 3 ? '…' : ''}
                </p>
                {errors || warnings ? (
                  <>
                    <p class="batch__findings">{T.findings(errors, warnings)}</p>
                    {/* Each in words: a creator marked "don't invite" or invited lately is named here, before the batch opens. */}
                    <ul class="batch__finding-list">
                      {b.findings.slice(0, FINDINGS_SHOWN).map((f) => (
                        <li
                          key={`${f.code} ${f.creatorId ?? ''} ${f.productId ?? ''} ${f.message}`}
                          data-severity={f.severity}
                        >
                          {f.message}
                        </li>
                      ))}
                      {b.findings.length > FINDINGS_SHOWN ? (
                        <li>{T.moreFindings(b.findings.length - FINDINGS_SHOWN)}</li>
                      ) : null}
                    </ul>
                  </>
                ) : null}
                {b.blockedReason ? <p class="batch__blocked">{b.blockedReason}</p> : null}
                <button
                  type="button"
                  aria-label={T.openBatchLabel(i + 1)}
                  disabled={busy !== null || !!b.blockedReason}
                  onClick={() => open(b)}
                >
                  {T.openBatch}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <StatusLine status={status} />
    </section>
  );
}
