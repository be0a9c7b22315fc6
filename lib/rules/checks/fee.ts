/** Flat-fee collaborations: videos only, and creators are paid after review. */
import type { Rule } from './run.ts';

export const checkFeeStructure: Rule = ({ draft, add }) => {
  if (draft.feeStructure !== 'flat-fee') return;
  if (draft.contentType !== 'video') add('flat-fee.video-only', 'error', { reason: 'content' });
  if (draft.flashSale) add('flat-fee.video-only', 'error', { reason: 'flash-sale' });
  add('flat-fee.review', 'info', {});
};
