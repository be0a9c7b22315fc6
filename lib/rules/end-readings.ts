/**
 * An end date like 05/06/2026 reads two ways. When both readings give the same findings the date's
 * order does not matter; when they differ, the end-date findings are dropped rather than guessed, and
 * the caller says the date is uncertain.
 */
import { checkInvitation } from './check.ts';
import type { InvitationDraft } from './schema.ts';
import type { Finding, RuleContext } from './types.ts';

const END_CODES: ReadonlySet<string> = new Set(['ends.past', 'ends.soon', 'sample.post-window']);

const key = (f: Finding) => `${f.code}:${f.severity}:${f.productId ?? ''}`;

export function checkWithEndReadings(
  draft: InvitationDraft,
  alternativeEndsAt: number | null,
  context?: RuleContext,
): { findings: Finding[]; endUncertain: boolean } {
  const findings = checkInvitation(draft, context);
  if (alternativeEndsAt == null || alternativeEndsAt === draft.endsAt) return { findings, endUncertain: false };
  const other = checkInvitation({ ...draft, endsAt: alternativeEndsAt }, context);
  const ends = (list: Finding[]) => list.filter((f) => END_CODES.has(f.code)).map(key).sort().join('|');
  if (ends(findings) === ends(other)) return { findings, endUncertain: false };
  return { findings: findings.filter((f) => !END_CODES.has(f.code)), endUncertain: true };
}
