import type { Group, SearchQuery } from '@peer-groups/core';
import type { ErrorKind } from './state/error-kind.js';

/** `detail` of `peer-groups-search`: the query that ran and how many groups matched. */
export interface PeerGroupsSearchDetail {
  query: SearchQuery;
  /** Groups that matched, less any the client left out because they failed their schema. */
  total: number;
}

/** `detail` of `peer-groups-select`: the group the patient opened. */
export interface PeerGroupsSelectDetail {
  group: Group;
}

/** `detail` of `peer-groups-error`: what went wrong, as the widget understood it. */
export interface PeerGroupsErrorDetail {
  kind: ErrorKind;
  error: unknown;
}

/** Dispatches one of the widget's public events: bubbling and composed, so a host page hears it. */
export function fire<Detail>(target: EventTarget, type: string, detail: Detail): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'peer-groups-search': CustomEvent<PeerGroupsSearchDetail>;
    'peer-groups-select': CustomEvent<PeerGroupsSelectDetail>;
    'peer-groups-error': CustomEvent<PeerGroupsErrorDetail>;
  }
}
