import { useEnv } from '../context.ts';
import { E2E, M4bDatePicker, M4bInput, M4bSelect, M4bSwitch, M4bTextArea } from '../m4b.tsx';
import type { FormState, Update } from './formState.ts';

/** Name, end date, message, content type and flash sale. */
export function DetailsSection({ form, update, today }: { form: FormState; update: Update; today: string }) {
  const { t } = useEnv();
  const flat = form.feeType === 2;
  return (
    <div>
      <div className="field">
        <label className="field-label" htmlFor="invitation-name">
          {t('invitationName')}
        </label>
        <M4bInput
          id="invitation-name"
          e2e={E2E.nameInput}
          placeholder={t('invitationName')}
          maxLength={30}
          showWordLimit
          value={form.name}
          onChange={(name) => update({ name })}
        />
      </div>
      <div className="field">
        <span className="field-label">{t('validUntil')}</span>
        <M4bDatePicker
          e2e={E2E.endDatePicker}
          style={{ width: 240 }}
          placeholder={t('endDate')}
          format="YYYY-MM-DD"
          value={form.endDate || undefined}
          disabledDate={(d) => d.format('YYYY-MM-DD') < today}
          onChange={(dateString: string) => update({ endDate: dateString ?? '' })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="invitation-message">
          {t('message')}
        </label>
        <M4bTextArea
          id="invitation-message"
          e2e={E2E.messageInput}
          placeholder={t('messagePlaceholder')}
          maxLength={500}
          showWordLimit
          autoSize={{ minRows: 3, maxRows: 6 }}
          value={form.message}
          onChange={(message) => update({ message })}
        />
      </div>
      <div className="field">
        <span className="field-label" id="content-type-label">
          {t('contentType')}
        </span>
        <M4bSelect
          e2e={E2E.contentTypeSelect}
          aria-labelledby="content-type-label"
          style={{ width: 240 }}
          disabled={flat}
          value={flat ? 1 : form.contentOption}
          options={[
            { value: 1, label: t('shoppableVideo') },
            { value: 2, label: t('shoppableLive') },
            { value: 0, label: t('noPreference') },
          ]}
          onChange={(v: 0 | 1 | 2) => update({ contentOption: v })}
        />
      </div>
      {!flat && (
        <div className="field row">
          <M4bSwitch
            e2e={E2E.flashSaleSwitch}
            aria-labelledby="flash-sale-label"
            checked={form.flashSale}
            onChange={(flashSale) => update({ flashSale })}
          />
          <span id="flash-sale-label">{t('flashSale')}</span>
        </div>
      )}
    </div>
  );
}
