import { Radio } from '@arco-design/web-react';
import { currencyFor } from '../../data/format.ts';
import { useEnv } from '../context.ts';
import { E2E, M4bInputNumber, M4bRadioGroup, M4bSwitch } from '../m4b.tsx';
import type { FormState, Update } from './formState.ts';

/** Flat fee only: the amount paid to TikTok Shop, who reviews the videos, and ads authorisation. */
export function FlatFeeFields({ form, update }: { form: FormState; update: Update }) {
  const { t, region } = useEnv();
  return (
    <div>
      <div className="field">
        <span className="field-label" id="flat-fee-label">
          {t('flatFeeAmount')}
        </span>
        <M4bInputNumber
          e2e={E2E.flatFeeAmount}
          aria-labelledby="flat-fee-label"
          style={{ width: 240 }}
          prefix={currencyFor(region).symbol}
          min={0}
          precision={2}
          value={form.flatFeeAmount}
          onChange={(v) => update({ flatFeeAmount: v ?? undefined })}
        />
      </div>
      <div className="field">
        <span className="field-label">{t('videoReview')}</span>
        <M4bRadioGroup value={form.videoReview} onChange={(v: 1 | 2) => update({ videoReview: v })}>
          <Radio value={1}>{t('reviewedByMe')}</Radio>
          <Radio value={2}>{t('reviewedByPlatform')}</Radio>
        </M4bRadioGroup>
      </div>
      <div className="field row">
        <M4bSwitch
          aria-labelledby="ads-label"
          checked={form.adsAuthorization}
          onChange={(adsAuthorization) => update({ adsAuthorization })}
        />
        <span id="ads-label">{t('authorizeAds')}</span>
      </div>
    </div>
  );
}
