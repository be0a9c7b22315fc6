import type { CreatorRow } from '../pages/creator-json';

/**
 * A creator's row from a newer answer, over the one we had. Page answers are untrusted and may
 * conflict: a creator the shop blocked stays blocked for the content script's lifetime, whatever a
 * later answer says, so no answer can turn a blocked creator into an addable one (fail safe on the
 * one fact that keeps a creator out of the queue; everything else follows the latest answer).
 */
export function mergeCreatorRow(prev: CreatorRow | undefined, next: CreatorRow): CreatorRow {
  return prev?.blocked === true && next.blocked !== true ? { ...next, blocked: true } : next;
}
