/** Turns zod issues into one plain sentence that names the field, for import errors and logs. */
import type { z } from 'zod/mini';
import { FIELD_LABELS, FIELD_NAMES, REASONS } from './messages';

type Issue = z.core.$ZodIssue;

function labelOf(dotted: string): string | undefined {
  return Object.hasOwn(FIELD_LABELS, dotted) ? FIELD_LABELS[dotted] : undefined;
}

export function fieldLabel(path: readonly PropertyKey[]): string {
  const keys = path.map(String);
  if (keys[0] === 'regionOverrides' && keys.length >= 2) {
    const region = keys[1] ?? '';
    const rest = keys.slice(2).join('.');
    return rest ? FIELD_NAMES.region(region, labelOf(rest) ?? rest) : FIELD_NAMES.regionWhole(region);
  }
  const dotted = keys.join('.');
  return labelOf(dotted) ?? (dotted || FIELD_NAMES.whole);
}

/** Rates are stored in hundredths of a percent; their bounds are shown in percent. */
function isRate(path: readonly PropertyKey[]): boolean {
  return String(path[path.length - 1] ?? '').endsWith('Bp');
}

function bound(n: unknown): number | string {
  return typeof n === 'number' ? n : String(n);
}

/** The problem as a clause naming the field ("Minimum stock must be at least 0"). */
function clause(issue: Issue, label: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return REASONS.mustBeNumber(label);
      if (issue.expected === 'boolean') return REASONS.mustBeOnOff(label);
      if (issue.expected === 'string') return REASONS.mustBeText(label);
      if (issue.expected === 'object' || issue.expected === 'record') return REASONS.mustBeGroup(label);
      return REASONS.invalidField(label);
    case 'too_big':
      return typeof issue.maximum === 'number' && isRate(issue.path)
        ? REASONS.tooBigPercent(label, issue.maximum / 100)
        : REASONS.tooBig(label, bound(issue.maximum));
    case 'too_small':
      return typeof issue.minimum === 'number' && isRate(issue.path)
        ? REASONS.tooSmallPercent(label, issue.minimum / 100)
        : REASONS.tooSmall(label, bound(issue.minimum));
    case 'invalid_value':
      return REASONS.oneOf(label, issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'unrecognized_keys':
      return REASONS.unknownKeys(label, issue.keys.join(', '));
    case 'invalid_key':
      // A record key error names the key itself, which reads better than "is not valid".
      return REASONS.unknownRegion(label, String(issue.path[issue.path.length - 1] ?? ''));
    case 'invalid_format':
      return issue.format === 'safeint' ? REASONS.mustBeWholeNumber(label) : REASONS.invalidField(label);
    default:
      return REASONS.invalidField(label);
  }
}

export function describeIssues(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return REASONS.invalid;
  const text = clause(first, fieldLabel(first.path));
  return issues.length > 1 ? REASONS.problemAndMore(text, issues.length - 1) : REASONS.problem(text);
}
