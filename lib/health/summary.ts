/** The panel's headline counts, from a HealthResult. */
import type { HealthResult } from './types';

export type HealthSummary = ReturnType<typeof summarizeHealth>;

export function summarizeHealth(result: HealthResult) {
  return {
    loaded: result.total,
    needsAttention: result.needsAttention.length,
    healthy: result.healthy.length,
    notFullyLoaded: result.notFullyLoaded.length,
    inactive: result.inactive.length,
    issues: result.issues.length,
  };
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The most severe level among issues, or null for none. */
export function mostSevere(issues: readonly { severity: keyof typeof RANK }[]): keyof typeof RANK | null {
  let best: keyof typeof RANK | null = null;
  for (const i of issues) if (best === null || RANK[i.severity] < RANK[best]) best = i.severity;
  return best;
}
