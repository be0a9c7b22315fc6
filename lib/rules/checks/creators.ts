/** Rules per creator: count, duplicates, recent invitations, LIVE capability, and known conflicts. */
import { LIMITS } from '../../config/limits.ts';
import { creatorLabel, productLabel } from '../messages.ts';
import type { Rule } from './run.ts';

export const checkCreators: Rule = ({ draft, add, uniqueCreators, creatorRepeats, creatorCount }) => {
  // The page's count when it shows more creators than it lets us identify; unknown counts are no finding.
  const count = draft.creatorCount === undefined ? draft.creators.length : creatorCount;
  if (count === 0) {
    add('creators.none', 'error', {});
    return;
  }
  if (count === null) return;
  if (count > LIMITS.creatorsPerInvitation) {
    add('creators.too-many', 'error', { count, max: LIMITS.creatorsPerInvitation });
  }
  // Labels and id objects are built only when a finding needs them: this loop sees every creator.
  const anyRepeats = creatorRepeats.size !== 0;
  for (const item of uniqueCreators) {
    // Repeats are rare: an empty map needs no lookup (which would hash every id).
    const times = anyRepeats ? creatorRepeats.get(item.id) : undefined;
    if (times !== undefined) add('creators.duplicate', 'error', { creator: creatorLabel(item), times }, { creatorId: item.id });
    if (item.invitedWithin90Days === true) {
      add('creators.invited-recently', 'warning', { creator: creatorLabel(item) }, { creatorId: item.id });
    }
  }
};

/** Flash sales: one creator only, and that creator must be able to go LIVE. */
export const checkFlashSale: Rule = ({ draft, add, uniqueCreators, uniqueCreatorCount, creatorCount }) => {
  if (!draft.flashSale) return;
  const count = Math.max(uniqueCreatorCount, creatorCount ?? 0);
  if (count > 1) add('flash-sale.bulk', 'error', { count });
  for (const item of uniqueCreators) {
    if (item.canLive === false) {
      add('flash-sale.needs-live', 'error', { creator: creatorLabel(item) }, { creatorId: item.id });
    } else if (item.canLive === null) {
      add('flash-sale.live-unknown', 'warning', { creator: creatorLabel(item) }, { creatorId: item.id });
    }
  }
};

/** LIVE content asked of creators who cannot (or may not) go LIVE. Flash sales have their own findings. */
export const checkLiveContent: Rule = ({ draft, add, uniqueCreators }) => {
  if (draft.contentType !== 'live' || draft.flashSale) return;
  for (const item of uniqueCreators) {
    if (item.canLive === false) {
      add('content.live-unavailable', 'warning', { creator: creatorLabel(item) }, { creatorId: item.id });
    } else if (item.canLive === null) {
      add('content.live-unknown', 'info', { creator: creatorLabel(item) }, { creatorId: item.id });
    }
  }
};

/** A creator and product pair may sit in only one open target collaboration. */
export const checkConflicts: Rule = ({ ctx, add, uniqueCreators, uniqueProducts }) => {
  if (ctx.conflicts.size === 0) return;
  for (const creator of uniqueCreators) {
    const productIds = ctx.conflicts.get(creator.id);
    if (!productIds) continue;
    for (const product of uniqueProducts) {
      if (!productIds.has(product.id)) continue;
      add(
        'pair.conflict',
        'error',
        { creator: creatorLabel(creator), product: productLabel(product) },
        { creatorId: creator.id, productId: product.id },
      );
    }
  }
};
