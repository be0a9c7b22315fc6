/**
 * Every sentence the queue shows a seller. Texts live in lib/i18n/locales/<lang>/queue.json; each entry
 * reads its text at call time (getter or function) because the language is chosen at start-up.
 * Functions take the variable parts; nothing here is HTML.
 */
import { t } from '../i18n/index';
import { texts } from '../texts';

export const QUEUE_MESSAGES = texts(
  {
    notSentBecauseOfConflicts: 'queue_not_sent_conflicts',
    failedNoReason: 'queue_failed_no_reason',
  },
  {
    conflict: (who: string, products: string) => t('queue_conflict', who, products),
    unknownCode: (code: string) => t('queue_unknown_code', code),
    /** The platform's own message quoted after ours: one sentence pair, so translators can reorder it. */
    unknownCodeSaid: (code: string, message: string) => t('queue_unknown_code_said', code, message),
    creatorFallback: (id: string) => t('queue_creator_fallback', id),
    productFallback: (id: string) => t('queue_product_fallback', id),
    and: (items: readonly string[]) =>
      items.length <= 1
        ? (items[0] ?? '')
        : t('queue_list_and', items.slice(0, -1).join(', '), items[items.length - 1] ?? ''),
  },
);

/** Plain words for the platform's create error codes (see docs/domain.md). */
export const CREATE_ERROR_MESSAGES: Readonly<Record<string, string>> = texts({
  '98001004': 'queue_create_error_98001004',
  '16024019': 'queue_create_error_16024019',
  '16024021': 'queue_create_error_16024021',
  '16024022': 'queue_create_error_16024022',
  '16024018': 'queue_create_error_16024018',
  '16024035': 'queue_create_error_16024035',
  '16024034': 'queue_create_error_16024034',
  '50001702': 'queue_create_error_50001702',
  '50001703': 'queue_create_error_50001703',
});

export const CSV_MESSAGES = texts(
  {
    unreadable: 'csv_unreadable',
    emptyRow: 'csv_empty_row',
    noCreatorColumn: 'csv_no_creator_column',
    missingCreator: 'csv_missing_creator',
    /** Names the space character in a list of characters that are not allowed. */
    space: 'csv_char_space',
  },
  {
    handleTooLong: (max: number) => t('csv_handle_too_long', max),
    handleBadChars: (chars: string) => t('csv_handle_bad_chars', chars),
    idTooLong: (max: number) => t('csv_id_too_long', max),
    idBadChars: (chars: string) => t('csv_id_bad_chars', chars),
    duplicate: (line: number) => t('csv_duplicate', line),
  },
);
