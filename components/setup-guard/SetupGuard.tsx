import { Emphasised } from './Emphasised';
import { FindingList } from './FindingList';
import { GUARD_TEXT } from './messages';
import { PrefillList } from './PrefillList';
import { ProductTable } from './ProductTable';
import { SendStatus } from './SendStatus';
import type { GuardActions, GuardView } from './types';

/** The setup guard's body: the live verdict on the form as it stands. */
export function SetupGuard({ view, actions }: { view: GuardView; actions: GuardActions }) {
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const warnings = view.findings.filter((f) => f.severity === 'warning').length;
  return (
    <div class="cp-guard">
      <p class="cp-guard__summary" aria-live="polite">
        {/* A list of counts: the separator is the only text glued here. */}
        <Emphasised text={GUARD_TEXT.toFix(errors)} value={errors} /> · <Emphasised text={GUARD_TEXT.toCheck(warnings)} value={warnings} /> ·{' '}
        {GUARD_TEXT.products(view.products.length)} · {GUARD_TEXT.creators(view.creatorCount)}
      </p>
      <SendStatus view={view} actions={actions} />
      <FindingList findings={view.findings} products={view.products} actions={actions} locale={view.locale} />
      {view.feeStructure === 'flat-fee' ? (
        <div class="cp-alert cp-alert--info">
          <p>{GUARD_TEXT.flatFee(view.flatFee?.videoReview)}</p>
          {view.flatFee?.adsAuthorization != null ? (
            <p>{GUARD_TEXT.ads(view.flatFee.adsAuthorization)}</p>
          ) : null}
        </div>
      ) : null}
      {view.quota ? (
        <p class="cp-muted">{GUARD_TEXT.quota(view.quota.used24h, view.quota.cap24h, view.quota.open, view.quota.openCap)}</p>
      ) : null}
      <h3 class="cp-h3">{GUARD_TEXT.headingProducts}</h3>
      <ProductTable products={view.products} locale={view.locale} currency={view.currency} />
      <h3 class="cp-h3">{GUARD_TEXT.headingPrefill}</h3>
      <PrefillList prefill={view.prefill} actions={actions} />
    </div>
  );
}
