/** The order the panel and the CSV show issues in: most money at stake first, then most severe. */
import { HEALTH_RULES } from './rules';
import type { HealthIssue, Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The registry's order. */
const CODE_RANK = new Map<string, number>(HEALTH_RULES.map((r, i) => [r.code, i]));

const money = (i: HealthIssue) =>
  typeof i.moneyAtStakeCents === 'number' && Number.isFinite(i.moneyAtStakeCents) ? i.moneyAtStakeCents : null;

/**
 * Money desc (unknown last), then severity, then a fixed code order, then the page's order of collaborations,
 * then product id: a total order, so the list does not reshuffle between renders.
 */
export function sortIssues(issues: readonly HealthIssue[], collabOrder: ReadonlyMap<string, number>): HealthIssue[] {
  return [...issues].sort((a, b) => {
    const ma = money(a);
    const mb = money(b);
    if (ma !== mb) {
      if (ma === null) return 1;
      if (mb === null) return -1;
      return mb - ma;
    }
    return (
      (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) ||
      (CODE_RANK.get(a.code) ?? 9) - (CODE_RANK.get(b.code) ?? 9) ||
      (collabOrder.get(a.collaborationId) ?? Number.MAX_SAFE_INTEGER) -
        (collabOrder.get(b.collaborationId) ?? Number.MAX_SAFE_INTEGER) ||
      (a.productId ?? '').localeCompare(b.productId ?? '')
    );
  });
}
