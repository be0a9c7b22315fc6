/** The invitation queue: pure data, state machine, op log and CSV. No storage, no extension API. */
export * from './entry.ts';
export * from './file.ts';
export * from './key.ts';
export * from './ops.ts';
export * from './op-log.ts';
export * from './csv.ts';
export * from './plan.ts';
export { canTransition, isActiveStatus, TRANSITIONS, ACTIVE_STATUSES } from './transitions.ts';
export { creatorLabel, createErrorReason } from './create-result.ts';
export { CREATE_ERROR_MESSAGES, CSV_MESSAGES, QUEUE_MESSAGES } from './messages.ts';
export { normalizeNote, normalizeTags } from './text.ts';
