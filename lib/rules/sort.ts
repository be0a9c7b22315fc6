import type { Finding, Severity } from './types.ts';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then info; findings of equal severity keep their order. Returns a new array. */
export function sortFindings<F extends Pick<Finding, 'severity'>>(findings: readonly F[]): F[] {
  return findings
    .map((f, i) => ({ f, i, r: ORDER[f.severity] ?? 3 }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.f);
}
