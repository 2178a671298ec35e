/**
 * The peer-groups web components as React components, with typed props and events.
 *
 * @packageDocumentation
 */
import '@peer-groups/elements/define';
import { createComponent, type EventName } from '@lit/react';
import {
  PeerGroupCard as PeerGroupCardElement,
  PeerGroups as PeerGroupsElement,
  type PeerGroupsErrorDetail,
  type PeerGroupsSearchDetail,
  type PeerGroupsSelectDetail,
} from '@peer-groups/elements';
import React from 'react';

/**
 * `<peer-groups>`: every attribute and property of the element as a prop (`near`, `topics`,
 * `radiusKm`, `shortlist`, `client` ...), and its events as `onSearch`, `onSelect`, `onError`.
 */
export const PeerGroupsFinder = createComponent({
  react: React,
  tagName: 'peer-groups',
  elementClass: PeerGroupsElement,
  events: {
    onSearch: 'peer-groups-search' as EventName<CustomEvent<PeerGroupsSearchDetail>>,
    onSelect: 'peer-groups-select' as EventName<CustomEvent<PeerGroupsSelectDetail>>,
    onError: 'peer-groups-error' as EventName<CustomEvent<PeerGroupsErrorDetail>>,
  },
});

/** `<peer-group-card>`: one group at a glance, from a `group` prop. */
export const PeerGroupCard = createComponent({
  react: React,
  tagName: 'peer-group-card',
  elementClass: PeerGroupCardElement,
  events: {
    onSelect: 'peer-groups-select' as EventName<CustomEvent<PeerGroupsSelectDetail>>,
  },
});
