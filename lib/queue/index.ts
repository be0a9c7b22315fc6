/** The invitation queue: pure data, state machine, op log and CSV. No storage, no extension API. */

export { createErrorReason, creatorLabel } from './create-result';
export * from './csv';
export * from './entry';
export * from './file';
export * from './key';
export { CREATE_ERROR_MESSAGES, CSV_MESSAGES, QUEUE_MESSAGES } from './messages';
export * from './op-log';
export * from './ops';
export * from './plan';
export { normalizeNote, normalizeTags } from './text';
export { canTransition, isActiveStatus, TRANSITIONS } from './transitions';
