import { Radio } from '@arco-design/web-react';
import { useEnv } from '../context.ts';
import { E2E, M4bRadioGroup, M4bSwitch } from '../m4b.tsx';
import type { FormState, Update } from './formState.ts';

/** "Set up free samples": offer them or not, and whether requests are approved automatically. */
export function SamplesSection({ form, update }: { form: FormState; update: Update }) {
  const { t } = useEnv();
  return (
    <div>
      <div className="muted" style={{ marginBottom: 12 }}>
        {t('setUpFreeSamples')}
      </div>
      <div className="field row">
        <M4bSwitch
          e2e={E2E.freeSampleSwitch}
          aria-labelledby="free-sample-label"
          checked={form.freeSample}
          onChange={(freeSample) => update({ freeSample })}
        />
        <span id="free-sample-label">{t('offerFreeSamples')}</span>
      </div>
      {form.freeSample && (
        <M4bRadioGroup
          direction="vertical"
          value={form.autoReview ? 'auto' : 'manual'}
          onChange={(v: string) => update({ autoReview: v === 'auto' })}
        >
          <Radio value="auto">{t('autoApprove')}</Radio>
          <Radio value="manual">{t('manualReview')}</Radio>
        </M4bRadioGroup>
      )}
    </div>
  );
}
