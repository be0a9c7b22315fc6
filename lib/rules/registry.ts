/**
 * Every pre-send rule, each defined once (code, severity, check, message) in lib/rules/checks/. Findings
 * come out in this order within a severity (sorting is stable): invitation-wide first, then products,
 * creators. `FindingCode` and `MessageParams` are derived from here.
 */
import { t } from '../i18n/index';
import { CREATOR_RULES, FLASH_SALE_RULES } from './checks/creators';
import { INVITATION_RULES } from './checks/details';
import { PRODUCT_RULES } from './checks/products';
import { type FindingIds, type RuleRun, rule } from './checks/run';
import type { AnyEntry, CodeOf, ParamsOf } from './define';
import { capitalise } from './messages';

export const RULES = [...INVITATION_RULES, ...FLASH_SALE_RULES, ...PRODUCT_RULES, ...CREATOR_RULES] as const;

/** Findings of the engine itself, not of a rule: a draft that fails the schema, and a check that threw. */
export const ENGINE_FINDINGS = [
  rule({
    code: 'draft.invalid',
    severity: 'error',
    message: ({ path, problem }: { path: string; problem: string }) => t('rules_draft_invalid', path, problem),
    check: () => {},
  }),
  rule({
    code: 'check.failed',
    severity: 'error',
    message: () => t('rules_check_failed'),
    check: () => {},
  }),
] as const;

type Registry = [...typeof RULES, ...typeof ENGINE_FINDINGS];

/** Every finding code. Stable: the UI, the queue and tests key on them. */
export type FindingCode = CodeOf<Registry>;
export type MessageParams = ParamsOf<Registry>;

export type AnyRule = AnyEntry<RuleRun, FindingIds>;

const BY_CODE = new Map<string, AnyRule>([...RULES, ...ENGINE_FINDINGS].map((r) => [r.code, r]));

/** Builds the text for a code, in the language the context uses now. */
export function message<C extends FindingCode>(code: C, params: MessageParams[C]): string {
  const entry = BY_CODE.get(code) as AnyRule;
  return capitalise(entry.message(params as never));
}
