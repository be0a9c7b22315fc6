/**
 * What the page's answer to Send means: shown in the panel, and handed to the queue for the batch that
 * opened the page. Loaded with the first answer (use-create-result.ts): it follows the seller's Send.
 */
import { newOpId, sendMessage } from '@/components/common/rpc';
import { describeOutcome } from '@/lib/guard/outcome';
import type { Prefill } from '@/lib/messages';
import { settleBatch } from '@/lib/queue/settle';
import type { CreateRecord, PageData } from '../page-data';
import type { SendStatus } from './use-send-status';

export function applyCreateAnswer(
  pageData: Pick<PageData, 'creators' | 'products'>,
  last: CreateRecord,
  batch: Prefill | null,
  status: Pick<SendStatus, 'answered'>,
  onSent: () => void,
): void {
  const outcome = describeOutcome({ creators: pageData.creators, products: pageData.products, lastCreate: last });
  if (!outcome) return;
  const clickAt = status.answered(outcome);
  if (outcome.ok) onSent();
  const settled = batch ? settleBatch(batch.entryIds, clickAt, Date.now(), last) : null;
  if (settled) sendMessage({ type: 'queue/apply-result', opId: newOpId(), ...settled });
}
