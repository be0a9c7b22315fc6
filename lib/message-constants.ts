/**
 * What content scripts need of lib/messages when they run: the error texts and the popup's request.
 * Free of zod on purpose (like lib/queue/summary-key.ts): the message schemas are the worker's to check,
 * and every Seller Center page would otherwise load them. lib/messages re-exports both.
 */
import { texts } from './texts';

/** Read at call time, so they follow the language the context chose at start-up. */
export const MESSAGE_ERRORS = texts({
  invalid: 'errors_invalid',
  foreignSender: 'errors_foreign_sender',
  pageOnly: 'errors_page_only',
  internal: 'errors_internal',
  noAnswer: 'errors_no_answer',
});

/** The popup asks the active tab's content script which creator is in focus. */
export const FOCUSED_CREATOR_REQUEST = { type: 'page/focused-creator' } as const;
