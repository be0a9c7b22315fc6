/**
 * Why data was set aside, as the options page lists it. Texts live in the `settings` area of
 * lib/i18n/locales; read at call time, so a record is written in the worker's language.
 */
import { t } from '../i18n';
import { texts } from '../texts';

export const SET_ASIDE_REASONS = texts(
  {
    settingsMigrated: 'settings_set_aside_migrated',
    queueSnapshot: 'settings_set_aside_queue_snapshot',
    queueRecord: 'settings_set_aside_queue_record',
    queueOp: 'settings_set_aside_queue_op',
  },
  {
    /** `error` is the technical error text, left as thrown. */
    queueOpFailed: (error: string) => t('settings_set_aside_queue_op_failed', error),
  },
);
