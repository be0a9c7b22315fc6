/**
 * An end date like 05/06/2026 reads two ways. The page's picker offers no past day, so a reading in the
 * past loses to one ahead. When both readings give the same findings the order does not matter; when
 * they still differ, the end-date findings are dropped rather than guessed, and the caller says the date
 * is uncertain.
 */
import { checkInvitation } from './check';
import type { InvitationDraft } from './schema';
import type { Finding, RuleContext } from './types';

const END_CODES: ReadonlySet<string> = new Set(['ends.past', 'ends.soon', 'sample.post-window']);

const key = (f: Finding) => `${f.code}:${f.severity}:${f.productId ?? ''}`;

export function checkWithEndReadings(
  draft: InvitationDraft,
  alternativeEndsAt: number | null,
  context?: RuleContext,
): { findings: Finding[]; endUncertain: boolean } {
  const now = context?.now;
  const endsAt = draft.endsAt;
  if (alternativeEndsAt == null || endsAt == null || alternativeEndsAt === endsAt) {
    return { findings: checkInvitation(draft, context), endUncertain: false };
  }
  if (now !== undefined && endsAt <= now !== alternativeEndsAt <= now) {
    const ahead = endsAt > now ? endsAt : alternativeEndsAt;
    return { findings: checkInvitation({ ...draft, endsAt: ahead }, context), endUncertain: false };
  }
  const findings = checkInvitation(draft, context);
  const other = checkInvitation({ ...draft, endsAt: alternativeEndsAt }, context);
  const ends = (list: Finding[]) =>
    list
      .filter((f) => END_CODES.has(f.code))
      .map(key)
      .sort()
      .join('|');
  if (ends(findings) === ends(other)) return { findings, endUncertain: false };
  return { findings: findings.filter((f) => !END_CODES.has(f.code)), endUncertain: true };
}
