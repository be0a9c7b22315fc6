/** Every sentence the Find creators feature itself shows (the components keep their own tables). */
export const FEATURE_MESSAGES = {
  detailLoading: "Loading this creator's data…",
  detailNoId: 'This page does not name a creator, so there is nothing to check.',
  notAdded: 'Not added to the queue.',
  rowsWaiting: 'Waiting for the creator list…',
} as const;
