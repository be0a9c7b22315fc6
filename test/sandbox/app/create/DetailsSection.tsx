import dayjs from 'dayjs';
import { DATE_FORMATS } from '../../variant.ts';
import { useEnv } from '../context.ts';
import { createIds, E2E, M4bDatePicker, M4bInput, M4bSelect, M4bSwitch, M4bTextArea } from '../m4b.tsx';
import type { FormState, Update } from './formState.ts';

/** Name, end date, message, content type and flash sale. */
export function DetailsSection({ form, update, today }: { form: FormState; update: Update; today: string }) {
  const { t, variant } = useEnv();
  const flat = form.feeType === 2;
  const ids = createIds(variant.createLiveIds);
  // The live page's form items carry ids like #target_complete_details_name around their control.
  const liveId = (name: string) => (variant.createLiveIds ? `target_complete_details_${name}` : undefined);
  const messageId = variant.createLiveIds ? 'target_complete_details_message_input' : 'invitation-message';
  return (
    <div>
      <div className="field">
        <label className="field-label" htmlFor="invitation-name">
          {t('invitationName')}
        </label>
        <div id={liveId('name')}>
          <M4bInput
            id="invitation-name"
            e2e={ids.nameInput}
            placeholder={t('invitationName')}
            maxLength={30}
            showWordLimit
            value={form.name}
            onChange={(name) => update({ name })}
          />
        </div>
      </div>
      <div className="field">
        <span className="field-label">{t('validUntil')}</span>
        <div id={liveId('until')}>
          <M4bDatePicker
            e2e={E2E.endDatePicker}
            style={{ width: 240 }}
            placeholder={t('endDate')}
            format={DATE_FORMATS[variant.dateFormat]}
            value={form.endDate ? dayjs(form.endDate) : undefined}
            disabledDate={(d) => d.format('YYYY-MM-DD') < today}
            onChange={(_: string, date: dayjs.Dayjs | undefined) =>
              update({ endDate: date ? date.format('YYYY-MM-DD') : '' })
            }
          />
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={messageId}>
          {t('message')}
        </label>
        <M4bTextArea
          id={messageId}
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
