/**
 * What content scripts need of lib/messages when they run: the error texts and the popup's request.
 * Free of zod on purpose (like lib/queue/summary-key.ts): the message schemas are the worker's to check,
 * and every Seller Center page would otherwise load them. lib/messages re-exports both.
 */
import { t } from './i18n';

/** Read at call time, so they follow the language the context chose at start-up. */
export const MESSAGE_ERRORS = {
  get invalid() {
    return t('errors_invalid');
  },
  get foreignSender() {
    return t('errors_foreign_sender');
  },
  get pageOnly() {
    return t('errors_page_only');
  },
  get internal() {
    return t('errors_internal');
  },
  get noAnswer() {
    return t('errors_no_answer');
  },
};

/** The popup asks the active tab's content script which creator is in focus. */
export const FOCUSED_CREATOR_REQUEST = { type: 'page/focused-creator' } as const;
