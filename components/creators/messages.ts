/**
 * The few texts the creator components add to lib/creators/messages' tables. They live in the message
 * catalogs (lib/i18n/locales/<lang>/finder.json) and are read at call time.
 */
import { t } from '@/lib/i18n';

export const CREATOR_UI_MESSAGES = {
  /** After the compact fit badge when only some facts are known: "(3/4)". */
  knownCount: (known: number, total: number) => t('finder_fit_known_count', known, total),
};
