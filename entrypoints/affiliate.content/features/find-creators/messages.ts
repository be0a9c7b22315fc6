/**
 * Every sentence the Find creators feature itself shows (the components keep their own tables). The
 * texts live in the message catalogs (lib/i18n/locales/<lang>/finder.json) and are read at call time,
 * because the content script picks its language at start-up.
 */
import { texts } from '@/lib/texts';

export const FEATURE_MESSAGES = texts({
  detailLoading: 'finder_detail_loading',
  detailNoId: 'finder_detail_no_id',
  notAdded: 'finder_not_added',
  rowsWaiting: 'finder_rows_waiting',
  tableUnreadable: 'finder_table_unreadable',
  tableMissing: 'finder_table_missing',
});
