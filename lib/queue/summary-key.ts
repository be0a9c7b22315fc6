/**
 * Where the worker keeps the queue summary and the order of the queue's statuses. Free of zod on purpose:
 * the popup reads both before its first paint, and must not load the message schemas to do it.
 */
export const QUEUE_SUMMARY_KEY = 'queue:summary';
export const QUEUE_STATUSES = ['queued', 'opened', 'sent', 'failed', 'removed'] as const;
