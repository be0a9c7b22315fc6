import { FindingList } from './FindingList';
import { PrefillList } from './PrefillList';
import { ProductTable } from './ProductTable';
import { SendStatus } from './SendStatus';
import type { GuardActions, GuardView } from './types';

const VIDEO_REVIEW_LABEL: Record<string, string> = { seller: 'reviewed by you', platform: 'reviewed by TikTok Shop' };

/** The setup guard's body: the live verdict on the form as it stands. */
export function SetupGuard({ view, actions }: { view: GuardView; actions: GuardActions }) {
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const warnings = view.findings.filter((f) => f.severity === 'warning').length;
  return (
    <div class="cp-guard">
      <p class="cp-guard__summary" aria-live="polite">
        <strong>{errors}</strong> to fix · <strong>{warnings}</strong> to check · {view.products.length} product
        {view.products.length === 1 ? '' : 's'} · {view.creatorCount} creator{view.creatorCount === 1 ? '' : 's'}
      </p>
      <SendStatus view={view} actions={actions} />
      <FindingList findings={view.findings} products={view.products} actions={actions} locale={view.locale} />
      {view.feeStructure === 'flat-fee' ? (
        <div class="cp-alert cp-alert--info">
          <p>
            Flat fee: you pay TikTok Shop; creators are paid after their videos are approved
            {view.flatFee?.videoReview ? ` (${VIDEO_REVIEW_LABEL[view.flatFee.videoReview] ?? view.flatFee.videoReview})` : ''}. Video
            format only.
          </p>
          {view.flatFee?.adsAuthorization != null ? (
            <p>Ads authorization: {view.flatFee.adsAuthorization ? 'requested' : 'not requested'}.</p>
          ) : null}
        </div>
      ) : null}
      {view.quota ? (
        <p class="cp-muted">
          Invitations in the last 24 hours: {view.quota.used24h} of {view.quota.cap24h}. Open invitations: {view.quota.open} of{' '}
          {view.quota.openCap}.
        </p>
      ) : null}
      <h3 class="cp-h3">Products</h3>
      <ProductTable products={view.products} locale={view.locale} currency={view.currency} />
      <h3 class="cp-h3">Prefill</h3>
      <PrefillList prefill={view.prefill} actions={actions} />
    </div>
  );
}
