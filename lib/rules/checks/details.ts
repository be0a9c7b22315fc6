/** Rules on the invitation as a whole: name, message, end date, and the seller's quotas. */
import { LIMITS } from '../../config/limits.ts';
import { countGraphemes } from '../text.ts';
import type { Rule } from './run.ts';

const HOUR_MS = 60 * 60 * 1000;

export const checkName: Rule = ({ draft, add }) => {
  if (draft.name.trim() === '') {
    add('name.missing', 'error', { max: LIMITS.nameMaxChars });
    return;
  }
  const length = countGraphemes(draft.name);
  if (length > LIMITS.nameMaxChars) add('name.too-long', 'error', { length, max: LIMITS.nameMaxChars });
};

export const checkMessage: Rule = ({ draft, add }) => {
  // Cheap bound first: grapheme count never exceeds UTF-16 length.
  if (draft.message.length <= LIMITS.messageMaxChars) return;
  const length = countGraphemes(draft.message);
  if (length > LIMITS.messageMaxChars) add('message.too-long', 'error', { length, max: LIMITS.messageMaxChars });
};

export const checkEndDate: Rule = ({ draft, ctx, add }) => {
  if (ctx.now === undefined || draft.endsAt === null) return;
  const left = draft.endsAt - ctx.now;
  if (left <= 0) add('ends.past', 'error', {});
  else if (left < LIMITS.endsSoonMs) {
    add('ends.soon', 'warning', { hours: Math.max(1, Math.floor(left / HOUR_MS)), minHours: LIMITS.endsSoonMs / HOUR_MS });
  }
};

export const checkQuota: Rule = ({ ctx, add }) => {
  const q = ctx.quota;
  if (!q) return;
  if (q.used24h >= q.cap24h) add('quota.daily-cap', 'error', { used: q.used24h, cap: q.cap24h });
  if (q.open >= q.openCap) add('quota.open-cap', 'error', { open: q.open, cap: q.openCap });
};
