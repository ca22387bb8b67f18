/** The statuses an amendment list can be filtered by. */
export const AMENDMENT_STATUSES_FOR_FILTER = [
  'pending',
  'accepted',
  'rejected',
  'accepted-as-modified',
  'deferred',
  'merged',
  'withdrawn',
] as const;
