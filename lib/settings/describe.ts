/** Turns zod issues into one plain sentence that names the field, for import errors and logs. */
import type { z } from 'zod/mini';
import { FIELD_LABELS, REASONS } from './messages';

type Issue = z.core.$ZodIssue;

export function fieldLabel(path: readonly PropertyKey[]): string {
  const keys = path.map(String);
  if (keys[0] === 'regionOverrides' && keys.length >= 2) {
    const rest = keys.slice(2).join('.');
    const label = rest ? (FIELD_LABELS[rest] ?? rest) : 'settings';
    return `Region ${keys[1]}: ${label}`;
  }
  const dotted = keys.join('.');
  return FIELD_LABELS[dotted] ?? (dotted || 'Settings');
}

/** Rates are stored in hundredths of a percent; show their bounds in percent. */
function bound(path: readonly PropertyKey[], n: unknown): string {
  const last = String(path[path.length - 1] ?? '');
  if (typeof n === 'number' && last.endsWith('Bp')) return `${n / 100}%`;
  return String(n);
}

function reason(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return REASONS.mustBeNumber;
      if (issue.expected === 'boolean') return REASONS.mustBeOnOff;
      if (issue.expected === 'string') return REASONS.mustBeText;
      if (issue.expected === 'object' || issue.expected === 'record') return REASONS.mustBeGroup;
      return REASONS.invalid;
    case 'too_big':
      return REASONS.tooBig(bound(issue.path, issue.maximum));
    case 'too_small':
      return REASONS.tooSmall(bound(issue.path, issue.minimum));
    case 'invalid_value':
      return REASONS.oneOf(issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'unrecognized_keys':
      return REASONS.unknownKeys(issue.keys.join(', '));
    case 'invalid_key':
      return REASONS.invalid;
    case 'invalid_format':
      return issue.format === 'safeint' ? REASONS.mustBeWholeNumber : REASONS.invalid;
    default:
      return REASONS.invalid;
  }
}

export function describeIssues(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return REASONS.invalid;
  // A record key error names the key itself, which reads better than "is not valid".
  const text =
    first.code === 'invalid_key'
      ? `${fieldLabel(first.path)} ${REASONS.unknownRegion(String(first.path[first.path.length - 1] ?? ''))}`
      : `${fieldLabel(first.path)} ${reason(first)}`;
  return issues.length > 1 ? `${text}${REASONS.andMore(issues.length - 1)}.` : `${text}.`;
}
