import type { Finding } from '@/lib/rules';
import { formatRate } from '@/lib/rules';
import { GUARD_TEXT, SEVERITY_LABEL } from './messages';
import type { GuardActions, GuardProductRow } from './types';

export interface FindingListProps {
  findings: Finding[];
  products: GuardProductRow[];
  actions: Pick<GuardActions, 'raise'>;
  locale: string;
}

/** Errors, then warnings, then info (the rules engine sorts them), each with its own fix. */
export function FindingList({ findings, products, actions, locale }: FindingListProps) {
  if (findings.length === 0) {
    return (
      <p class="cp-alert cp-alert--ok" role="status">
        {GUARD_TEXT.noProblems}
      </p>
    );
  }
  const byId = new Map(products.map((p) => [p.id, p]));
  return (
    <ul class="cp-findings" aria-label={GUARD_TEXT.findingsLabel}>
      {findings.map((f) => {
        const product = f.productId ? byId.get(f.productId) : undefined;
        const canRaise = f.code === 'commission.not-above-open' && product?.raiseToBp != null;
        return (
          <li
            key={`${f.code}:${f.productId ?? ''}:${f.creatorId ?? ''}:${f.message}`}
            class={`cp-finding cp-finding--${f.severity}`}
            data-code={f.code}
          >
            <span class="cp-finding__severity">{SEVERITY_LABEL[f.severity]}</span>
            <p class="cp-finding__message">{f.message}</p>
            {canRaise && product ? (
              <button type="button" class="cp-btn cp-btn--primary" onClick={() => actions.raise(product.id)}>
                {GUARD_TEXT.raiseTo(formatRate(product.raiseToBp ?? 0, locale))}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
