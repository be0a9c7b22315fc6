/** Rules on the invitation as a whole: the seller's quotas, name, message, end date and fee structure. */
import { LIMITS } from '../../config/limits';
import { t, tn } from '../../i18n/index';
import { countGraphemes } from '../text';
import { rule } from './run';

const HOUR_MS = 60 * 60 * 1000;

export const INVITATION_RULES = [
  rule({
    code: 'quota.daily-cap',
    severity: 'error',
    message: ({ used, cap }: { used: number; cap: number }) => t('rules_quota_daily_cap', used, cap),
    check: ({ ctx }, report) => {
      const q = ctx.quota;
      if (q && q.used24h >= q.cap24h) report({ used: q.used24h, cap: q.cap24h });
    },
  }),
  rule({
    code: 'quota.open-cap',
    severity: 'error',
    message: ({ open, cap }: { open: number; cap: number }) => t('rules_quota_open_cap', open, cap),
    check: ({ ctx }, report) => {
      const q = ctx.quota;
      if (q && q.open >= q.openCap) report({ open: q.open, cap: q.openCap });
    },
  }),
  rule({
    code: 'name.missing',
    severity: 'error',
    message: ({ max }: { max: number }) => t('rules_name_missing', max),
    check: ({ draft }, report) => {
      if (draft.name.trim() === '') report({ max: LIMITS.nameMaxChars });
    },
  }),
  rule({
    code: 'name.too-long',
    severity: 'error',
    message: ({ length, max }: { length: number; max: number }) => t('rules_name_too_long', length, max, length - max),
    check: ({ draft }, report) => {
      if (draft.name.trim() === '') return;
      const length = countGraphemes(draft.name);
      if (length > LIMITS.nameMaxChars) report({ length, max: LIMITS.nameMaxChars });
    },
  }),
  rule({
    code: 'message.too-long',
    severity: 'error',
    message: ({ length, max }: { length: number; max: number }) =>
      t('rules_message_too_long', length, max, length - max),
    check: ({ draft }, report) => {
      // Cheap bound first: grapheme count never exceeds UTF-16 length.
      if (draft.message.length <= LIMITS.messageMaxChars) return;
      const length = countGraphemes(draft.message);
      if (length > LIMITS.messageMaxChars) report({ length, max: LIMITS.messageMaxChars });
    },
  }),
  rule({
    code: 'ends.past',
    severity: 'error',
    message: () => t('rules_ends_past'),
    check: ({ draft, ctx }, report) => {
      if (ctx.now !== undefined && draft.endsAt !== null && draft.endsAt <= ctx.now) report({});
    },
  }),
  rule({
    code: 'ends.soon',
    severity: 'warning',
    message: ({ hours, minHours }: { hours: number; minHours: number }) =>
      tn('rules_ends_soon', hours, hours, minHours),
    check: ({ draft, ctx }, report) => {
      if (ctx.now === undefined || draft.endsAt === null) return;
      const left = draft.endsAt - ctx.now;
      if (left > 0 && left < LIMITS.endsSoonMs) {
        report({ hours: Math.max(1, Math.floor(left / HOUR_MS)), minHours: LIMITS.endsSoonMs / HOUR_MS });
      }
    },
  }),
  // Flat-fee collaborations: videos only, and creators are paid after review.
  rule({
    code: 'flat-fee.video-only',
    severity: 'error',
    message: ({ reason }: { reason: 'content' | 'flash-sale' }) =>
      t(reason === 'flash-sale' ? 'rules_flat_fee_video_only_flash_sale' : 'rules_flat_fee_video_only_content'),
    check: ({ draft }, report) => {
      if (draft.feeStructure !== 'flat-fee') return;
      if (draft.contentType !== 'video') report({ reason: 'content' });
      if (draft.flashSale) report({ reason: 'flash-sale' });
    },
  }),
  rule({
    code: 'flat-fee.review',
    severity: 'info',
    message: () => t('rules_flat_fee_review'),
    check: ({ draft }, report) => {
      if (draft.feeStructure === 'flat-fee') report({});
    },
  }),
] as const;
