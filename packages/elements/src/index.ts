/**
 * `<peer-groups>` and its parts as Lit elements, without registering them: import
 * `@peer-groups/elements/define` (or load the CDN bundle) to define the tags.
 *
 * @packageDocumentation
 */
export type { CallOptions, DirectoryClient, PageDrops } from './client.js';
export { PeerGroupCard } from './components/peer-group-card.js';
export { PeerGroupCorrection } from './components/peer-group-correction.js';
export { PeerGroupDetail } from './components/peer-group-detail.js';
export { PeerGroupFilters } from './components/peer-group-filters.js';
export { PeerGroupHandout } from './components/peer-group-handout.js';
export { PeerGroups } from './components/peer-groups.js';
export { defineElement } from './define-element.js';
export type {
  PeerGroupsErrorDetail,
  PeerGroupsSearchDetail,
  PeerGroupsSelectDetail,
} from './events.js';
export type { Listing } from './listing.js';
export type { Messages } from './locales/messages.js';
export type { ErrorKind } from './state/error-kind.js';
export type { SearchState } from './state/search-state.js';
