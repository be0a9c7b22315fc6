import { useEffect, useRef } from 'preact/hooks';
import { newOpId, sendMessage } from '@/components/common/rpc';
import { describeOutcome } from '@/lib/guard/view-model';
import type { Prefill } from '@/lib/messages';
import { settleBatch } from '@/lib/queue/settle';
import type { PageData } from '../page-data';
import type { SendStatus } from './use-send-status';

/**
 * After Send: the page's create answer is shown, and the entries of the batch that opened this page
 * learn their fate (only the creators that request named, and only after the seller's own Send click).
 */
export function useCreateResult(
  pageData: PageData,
  batch: Prefill | null,
  status: Pick<SendStatus, 'answered'>,
  onSent: () => void,
): void {
  const seen = useRef(pageData.lastCreate?.n ?? 0);
  useEffect(() => {
    const last = pageData.lastCreate;
    if (!last || last.n <= seen.current) return;
    seen.current = last.n;
    const outcome = describeOutcome(pageData);
    if (!outcome) return;
    const clickAt = status.answered(outcome);
    if (outcome.ok) onSent();
    const settled = batch ? settleBatch(batch.entryIds, clickAt, Date.now(), last) : null;
    if (settled) sendMessage({ type: 'queue/apply-result', opId: newOpId(), ...settled });
  }, [pageData.rev]);
}
