/**
 * checkInvitation: every seed rule and platform limit applied to one invitation draft.
 * It never throws: a malformed draft gives `draft.invalid` errors, an unexpected failure `check.failed`.
 */

import { t } from '../i18n/index';
import { type FindingIds, newRun, resolveContext } from './checks/run';
import { capitalise } from './messages';
import { type AnyRule, message, RULES } from './registry';
import { type InvitationDraft, invitationDraftSchema } from './schema';
import { sortFindings } from './sort';
import type { Finding, RuleContext } from './types';

const ALL: readonly AnyRule[] = RULES;

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
    const run = newRun(draft, resolveContext(context));
    for (const rule of ALL) {
      const { code, severity } = rule;
      rule.check(run, (params, ids?: FindingIds) => {
        const f: Finding = { code, severity, message: capitalise(rule.message(params as never)) };
        if (ids?.productId !== undefined) f.productId = ids.productId;
        if (ids?.creatorId !== undefined) f.creatorId = ids.creatorId;
        out.push(f);
      });
    }
    return sortFindings(out);
  } catch {
    return [failed()];
  }
}

function failed(): Finding {
  return { code: 'check.failed', severity: 'error', message: message('check.failed', {}) };
}

function describeIssue(issue: { code: string; expected?: unknown; message?: string }): string {
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string')
    return t('rules_issue_expected', issue.expected);
  if (issue.code === 'invalid_value') return t('rules_issue_invalid_value');
  if (issue.code === 'too_small') return t('rules_issue_too_small');
  if (issue.code === 'unrecognized_keys') return t('rules_issue_unrecognized_keys');
  return issue.message || issue.code;
}
