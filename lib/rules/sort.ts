import type { Finding, Severity } from './types';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then info; findings of equal severity keep their order. Returns a new array. */
export function sortFindings<F extends Pick<Finding, 'severity'>>(findings: readonly F[]): F[] {
  // Rules mostly report in order already (a queue check sorts hundreds of short lists): a copy will do.
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i++) {
    sorted = rank(findings[i - 1] as F) <= rank(findings[i] as F);
  }
  if (sorted) return findings.slice();
  return findings
    .map((f, i) => ({ f, i, r: rank(f) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.f);
}

function rank(f: Pick<Finding, 'severity'>): number {
  return ORDER[f.severity] ?? 3;
}
