/**
 * The create panel's sections. Each one draws a part of the view (and may offer its actions); the
 * feature lists them in order, so a new section is a component here and one line in that list.
 */
import type { ComponentChild } from 'preact';
import { Emphasised } from './Emphasised';
import { FindingList } from './FindingList';
import { GUARD_TEXT } from './messages';
import { PrefillList } from './PrefillList';
import { ProductTable } from './ProductTable';
import type { GuardActions, GuardView } from './types';

export { SendStatus } from './SendStatus';

export type GuardSection = (props: { view: GuardView; actions: GuardActions }) => ComponentChild;

export function FormUnreadable({ view }: { view: GuardView }) {
  return view.formRead ? null : (
    <p class="cp-alert cp-alert--warning" role="status">
      {GUARD_TEXT.formNotReadable}
    </p>
  );
}

export function BatchMissing({ view }: { view: GuardView }) {
  return view.batchMissing.length > 0 ? (
    <p class="cp-alert cp-alert--info">
      {GUARD_TEXT.batchMissing(view.batchMissing.length, view.batchMissing.join(', '))}
    </p>
  ) : null;
}

export function Counts({ view }: { view: GuardView }) {
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const warnings = view.findings.filter((f) => f.severity === 'warning').length;
  return (
    <p class="cp-guard__summary" aria-live="polite">
      {/* A list of counts: the separator is the only text glued here. */}
      <Emphasised text={GUARD_TEXT.toFix(errors)} value={errors} /> ·{' '}
      <Emphasised text={GUARD_TEXT.toCheck(warnings)} value={warnings} /> · {GUARD_TEXT.products(view.products.length)}{' '}
      · {GUARD_TEXT.creators(view.creatorCount)}
    </p>
  );
}

export function Findings({ view, actions }: { view: GuardView; actions: GuardActions }) {
  return <FindingList findings={view.findings} products={view.products} actions={actions} locale={view.locale} />;
}

export function FlatFeeNote({ view }: { view: GuardView }) {
  if (view.feeStructure !== 'flat-fee') return null;
  return (
    <div class="cp-alert cp-alert--info">
      <p>{GUARD_TEXT.flatFee(view.flatFee?.videoReview)}</p>
      {view.flatFee?.adsAuthorization != null ? <p>{GUARD_TEXT.ads(view.flatFee.adsAuthorization)}</p> : null}
    </div>
  );
}

export function QuotaNote({ view }: { view: GuardView }) {
  return view.quota ? (
    <p class="cp-muted">
      {GUARD_TEXT.quota(view.quota.used24h, view.quota.cap24h, view.quota.open, view.quota.openCap)}
    </p>
  ) : null;
}

export function Products({ view }: { view: GuardView }) {
  return (
    <>
      <h3 class="cp-h3">{GUARD_TEXT.headingProducts}</h3>
      <ProductTable products={view.products} locale={view.locale} currency={view.currency} />
    </>
  );
}

export function Prefill({ view, actions }: { view: GuardView; actions: GuardActions }) {
  return (
    <>
      <h3 class="cp-h3">{GUARD_TEXT.headingPrefill}</h3>
      <PrefillList prefill={view.prefill} actions={actions} />
    </>
  );
}
