/**
 * Every sentence the queue shows a seller, in one table so it can be localised later.
 * Functions take the variable parts; nothing here is HTML.
 */
export const QUEUE_MESSAGES = {
  conflict: (who: string, products: string) =>
    `${who} already has ${products} in another open target collaboration.`,
  notSentBecauseOfConflicts:
    'Not sent: other creators in this invitation clash with existing target collaborations. Open the batch again without them.',
  failedNoReason: 'The invitation was not sent.',
  unknownCode: (code: string) => `TikTok Shop did not send the invitation (error code ${code}).`,
  platformSaid: (message: string) => `TikTok Shop said: “${message}”`,
  creatorFallback: (id: string) => `Creator ${id}`,
  productFallback: (id: string) => `product ${id}`,
  and: (items: readonly string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
} as const;

/** Plain words for the platform's create error codes (see /work/shared/domain.md). */
export const CREATE_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  '98001004':
    'TikTok Shop rejected some details of the invitation. Check the name (30 characters at most), the message (500 at most), the commission rates (1% to 80%) and the number of creators and products.',
  '16024019': 'Your weekly outreach quota is used up. It resets on Sunday.',
  '16024021': 'This creator has more followers than your shop is allowed to invite right now.',
  '16024022': 'This creator and product are already in another open target collaboration.',
  '16024018': 'This creator is blocked and cannot be invited by your shop.',
  '16024035': 'You have reached the limit on new invitations in 24 hours. Try again later.',
  '16024034': 'You have reached the limit on open invitations at once. End some invitations before sending more.',
  '50001702': 'A creator or product in this invitation is no longer available.',
  '50001703': 'The invitation name or message contains words TikTok Shop does not allow. Reword it and send again.',
};

export const CSV_MESSAGES = {
  unreadable: 'This file could not be read as CSV.',
  emptyRow: 'This row is empty.',
  noCreatorColumn:
    'This file has no column for creators. Add a column named creator_id or handle, or list one handle or ID per line.',
  missingCreator: 'This row has no creator ID or handle.',
  handleTooLong: (max: number) => `This handle is longer than ${max} characters, the most TikTok allows.`,
  handleBadChars: (chars: string) =>
    `This handle contains characters a TikTok handle cannot have (${chars}). Handles use letters, numbers, underscores and full stops.`,
  idTooLong: (max: number) => `This creator ID is longer than ${max} characters.`,
  idBadChars: (chars: string) =>
    `This creator ID contains characters an ID cannot have (${chars}). IDs use letters, numbers, hyphens and underscores.`,
  duplicate: (line: number) => `This creator is already listed on line ${line}.`,
  noQueueColumns: 'This file is not a Collab Pilot queue export: it has no id and creator_id columns.',
  badQueueRow: (detail: string) => `This row could not be read back as a queue entry (${detail}).`,
} as const;
