/**
 * Rules per creator: flash-sale reach, count, duplicates, earlier invitations, the seller's own marks,
 * LIVE capability, and known conflicts.
 */
import { LIMITS } from '../../config/limits';
import { t, tn } from '../../i18n/index';
import { creatorLabel, productLabel } from '../messages';
import { type RuleRun, rule } from './run';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The page's count when it shows more creators than it lets us identify; null when not even that was read.
 * The list rules of the platform's own filters (duplicates, invited in 90 days) need a count that was read
 * and is not zero: a list the page could not count is not one to judge.
 */
const listedCount = ({ draft, creatorCount }: RuleRun) =>
  draft.creatorCount === undefined ? draft.creators.length : creatorCount;

/** Flash sales: one creator only, and that creator must be able to go LIVE. */
export const FLASH_SALE_RULES = [
  rule({
    code: 'flash-sale.bulk',
    severity: 'error',
    message: ({ count }: { count: number }) => t('rules_flash_sale_bulk', count),
    check: ({ draft, uniqueCreatorCount, creatorCount }, report) => {
      if (!draft.flashSale) return;
      const count = Math.max(uniqueCreatorCount, creatorCount ?? 0);
      if (count > 1) report({ count });
    },
  }),
  rule({
    code: 'flash-sale.needs-live',
    severity: 'error',
    message: ({ creator }: { creator: string }) => t('rules_flash_sale_needs_live', creator),
    check: ({ draft, uniqueCreators }, report) => {
      if (!draft.flashSale) return;
      for (const c of uniqueCreators)
        if (c.canLive === false) report({ creator: creatorLabel(c) }, { creatorId: c.id });
    },
  }),
  rule({
    code: 'flash-sale.live-unknown',
    severity: 'warning',
    message: ({ creator }: { creator: string }) => t('rules_flash_sale_live_unknown', creator),
    check: ({ draft, uniqueCreators }, report) => {
      if (!draft.flashSale) return;
      for (const c of uniqueCreators) if (c.canLive === null) report({ creator: creatorLabel(c) }, { creatorId: c.id });
    },
  }),
] as const;

export const CREATOR_RULES = [
  rule({
    code: 'creators.none',
    severity: 'error',
    message: () => t('rules_creators_none'),
    check: (run, report) => {
      // An unknown count is no finding.
      if (listedCount(run) === 0) report({});
    },
  }),
  rule({
    code: 'creators.too-many',
    severity: 'error',
    message: ({ count, max }: { count: number; max: number }) =>
      t('rules_creators_over_limit', count, max, count - max),
    check: (run, report) => {
      const count = listedCount(run);
      if (count !== null && count > LIMITS.creatorsPerInvitation) report({ count, max: LIMITS.creatorsPerInvitation });
    },
  }),
  rule({
    code: 'creators.duplicate',
    severity: 'error',
    message: ({ creator, times }: { creator: string; times: number }) => t('rules_creators_duplicate', creator, times),
    check: (run, report) => {
      const { uniqueCreators, creatorRepeats } = run;
      // Repeats are rare: an empty map needs no loop (a lookup would hash every id).
      if (creatorRepeats.size === 0 || !listedCount(run)) return;
      for (const c of uniqueCreators) {
        const times = creatorRepeats.get(c.id);
        if (times !== undefined) report({ creator: creatorLabel(c), times }, { creatorId: c.id });
      }
    },
  }),
  rule({
    code: 'creators.invited-recently',
    severity: 'warning',
    message: ({ creator }: { creator: string }) => t('rules_creators_invited_recently', creator),
    check: (run, report) => {
      if (!listedCount(run)) return;
      for (const c of run.uniqueCreators) {
        if (c.invitedWithin90Days === true) report({ creator: creatorLabel(c) }, { creatorId: c.id });
      }
    },
  }),
  rule({
    code: 'creators.do-not-invite',
    severity: 'warning',
    message: ({ creator }: { creator: string }) => t('rules_creators_do_not_invite', creator),
    check: ({ uniqueCreators }, report) => {
      for (const c of uniqueCreators)
        if (c.doNotInvite === true) report({ creator: creatorLabel(c) }, { creatorId: c.id });
    },
  }),
  rule({
    code: 'creators.invited-by-you',
    severity: 'warning',
    message: ({ creator, days }: { creator: string; days: number }) =>
      days < 1
        ? t('rules_creators_invited_by_you_within_day', creator)
        : tn('rules_creators_invited_by_you', days, creator, days),
    check: ({ uniqueCreators, ctx }, report) => {
      const now = ctx.now;
      if (now === undefined) return;
      const windowMs = ctx.recentInviteDays * DAY_MS;
      for (const c of uniqueCreators) {
        const at = c.lastInvitedByYouAt;
        if (typeof at !== 'number' || !Number.isFinite(at)) continue;
        // A time after `now` is not a reading to trust: skipped, like any unknown.
        const age = now - at;
        if (age < 0 || age >= windowMs) continue;
        report({ creator: creatorLabel(c), days: Math.floor(age / DAY_MS) }, { creatorId: c.id });
      }
    },
  }),
  // LIVE content asked of creators who cannot (or may not) go LIVE. Flash sales have their own findings.
  rule({
    code: 'content.live-unavailable',
    severity: 'warning',
    message: ({ creator }: { creator: string }) => t('rules_content_live_unavailable', creator),
    check: ({ draft, uniqueCreators }, report) => {
      if (draft.contentType !== 'live' || draft.flashSale) return;
      for (const c of uniqueCreators)
        if (c.canLive === false) report({ creator: creatorLabel(c) }, { creatorId: c.id });
    },
  }),
  rule({
    code: 'content.live-unknown',
    severity: 'info',
    message: ({ creator }: { creator: string }) => t('rules_content_live_unknown', creator),
    check: ({ draft, uniqueCreators }, report) => {
      if (draft.contentType !== 'live' || draft.flashSale) return;
      for (const c of uniqueCreators) if (c.canLive === null) report({ creator: creatorLabel(c) }, { creatorId: c.id });
    },
  }),
  // A creator and product pair may sit in only one open target collaboration.
  rule({
    code: 'pair.conflict',
    severity: 'error',
    message: ({ creator, product }: { creator: string; product: string }) => t('rules_pair_conflict', creator, product),
    check: ({ ctx, uniqueCreators, uniqueProducts }, report) => {
      if (ctx.conflicts.size === 0) return;
      for (const c of uniqueCreators) {
        const productIds = ctx.conflicts.get(c.id);
        if (!productIds) continue;
        for (const p of uniqueProducts) {
          if (productIds.has(p.id)) {
            report({ creator: creatorLabel(c), product: productLabel(p) }, { creatorId: c.id, productId: p.id });
          }
        }
      }
    },
  }),
] as const;
