/** Sentences the worker returns to the UI, in one table so they can be localised later. */
export const WORKER_MESSAGES = {
  handleOnly:
    'This row has a handle but no creator ID. Open the creator on Find creators and queue them from there.',
  noEntries: 'None of these entries is waiting to be opened.',
  mixedTerms: 'These entries have different terms, so they cannot go into one invitation.',
  tooManyCreators: (max: number) => `One invitation can hold at most ${max} creators.`,
  flashSaleAlone: 'A flash-sale invitation can go to one creator only.',
  noRegion: 'Open Seller Center once so Collab Pilot knows which shop region to use.',
  cap24h: (used: number, cap: number) =>
    `You have sent ${used} of ${cap} invitations allowed in 24 hours. Opening another would go over the limit.`,
  openCap: (open: number, cap: number) =>
    `You have ${open} of ${cap} invitations open at once. End some before opening another.`,
  weekly: (used: number, limit: number) =>
    `Your weekly outreach quota is used up (${used} of ${limit}). It resets on Sunday.`,
  localCap: (n: number) =>
    `Collab Pilot opened ${n} invitations in the last 24 hours, the platform's limit. Try again later.`,
  tabFailed: 'The create page could not be opened.',
  unknownSender: 'Unknown request.',
};
