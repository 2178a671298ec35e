import type { Group, NextMeeting } from '@peer-groups/core';

/**
 * A group as the elements show it: a directory listing, with its distance and next meeting when
 * a search found it (a `SearchHit` is one).
 */
export type Listing = Group & {
  /** Kilometres from the searched place; absent for online groups or searches without a place. */
  distanceKm?: number;
  /** The next meeting; `null` when none is scheduled; absent when the search did not say. */
  nextMeeting?: NextMeeting | null;
};
