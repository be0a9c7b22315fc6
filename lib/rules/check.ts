/**
 * checkInvitation: every seed rule and platform limit applied to one invitation draft.
 * It never throws: a malformed draft gives `draft.invalid` errors, an unexpected failure `check.failed`.
 */
import { checkCreators, checkConflicts, checkFlashSale, checkLiveContent } from './checks/creators.ts';
import { checkEndDate, checkMessage, checkName, checkQuota } from './checks/details.ts';
import { checkFeeStructure } from './checks/fee.ts';
import { checkProducts } from './checks/products.ts';
import { newRun, resolveContext, type Rule } from './checks/run.ts';
import { t } from '../i18n/index.ts';
import { message } from './messages.ts';
import { type InvitationDraft, invitationDraftSchema } from './schema.ts';
import { sortFindings } from './sort.ts';
import type { Finding, RuleContext } from './types.ts';

/** Order matters only within a severity (sorting is stable): invitation-wide first, then products, creators. */
const RULES: readonly Rule[] = [
  checkQuota,
  checkName,
  checkMessage,
  checkEndDate,
  checkFeeStructure,
  checkFlashSale,
  checkProducts,
  checkCreators,
  checkLiveContent,
  checkConflicts,
];

/** Schema issues beyond this many add nothing a seller can act on. */
const MAX_SCHEMA_FINDINGS = 10;

export function checkInvitation(draft: unknown, context?: RuleContext): Finding[] {
  try {
    const parsed = invitationDraftSchema.safeParse(draft);
    if (!parsed.success) {
      return parsed.error.issues.slice(0, MAX_SCHEMA_FINDINGS).map((issue) => ({
        code: 'draft.invalid',
        severity: 'error' as const,
        message: message('draft.invalid', {
          path: issue.path.length ? issue.path.map(String).join('.') : t('rules_whole_draft'),
          problem: describeIssue(issue),
        }),
      }));
    }
    return checkInvitationTrusted(parsed.data, context);
  } catch {
    return [failed()];
  }
}

/**
 * The same checks for a draft already known to match the schema (built by our own code, e.g. from a
 * batch): skips validation, which dominates the cost when thousands of queued invitations are checked.
 */
export function checkInvitationTrusted(draft: InvitationDraft, context?: RuleContext): Finding[] {
  try {
    const out: Finding[] = [];
    const run = newRun(draft, resolveContext(context), out);
    for (const rule of RULES) rule(run);
    return sortFindings(out);
  } catch {
    return [failed()];
  }
}

function failed(): Finding {
  return { code: 'check.failed', severity: 'error', message: message('check.failed', {}) };
}

function describeIssue(issue: { code: string; expected?: unknown; message?: string }): string {
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') return t('rules_issue_expected', issue.expected);
  if (issue.code === 'invalid_value') return t('rules_issue_invalid_value');
  if (issue.code === 'too_small') return t('rules_issue_too_small');
  if (issue.code === 'unrecognized_keys') return t('rules_issue_unrecognized_keys');
  return issue.message || issue.code;
}
