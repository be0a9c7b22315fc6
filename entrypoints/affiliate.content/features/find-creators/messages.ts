/**
 * Every sentence the Find creators feature itself shows (the components keep their own tables). The
 * texts live in the message catalogs (lib/i18n/locales/<lang>/finder.json) and are read at call time,
 * because the content script picks its language at start-up.
 */
import { t } from '@/lib/i18n';

export const FEATURE_MESSAGES = {
  get detailLoading() {
    return t('finder_detail_loading');
  },
  get detailNoId() {
    return t('finder_detail_no_id');
  },
  get notAdded() {
    return t('finder_not_added');
  },
  get rowsWaiting() {
    return t('finder_rows_waiting');
  },
  get tableUnreadable() {
    return t('finder_table_unreadable');
  },
  get tableMissing() {
    return t('finder_table_missing');
  },
};
