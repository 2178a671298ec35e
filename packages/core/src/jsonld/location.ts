/**
 * Where a group meets, as schema.org `Place` and `VirtualLocation`.
 *
 * @packageDocumentation
 */
import { webHref } from '../ical/links.js';
import type { Group } from '../schemas/group.js';
import type { Location, OnlineAccess } from '../schemas/location.js';
import type {
  JsonLdAttendanceMode,
  JsonLdPlace,
  JsonLdPostalAddress,
  JsonLdVirtualLocation,
} from './types.js';

const ATTENDANCE_MODE: Record<Group['attendance'], JsonLdAttendanceMode> = {
  inPerson: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

/** The schema.org attendance mode of a group. */
export function attendanceModeOf(group: Group): JsonLdAttendanceMode {
  return ATTENDANCE_MODE[group.attendance];
}

function placeOf(location: Location): JsonLdPlace {
  const { address } = location;
  const postal: JsonLdPostalAddress = {
    '@type': 'PostalAddress',
    addressLocality: address.locality,
    addressCountry: address.country,
  };
  if (address.street !== undefined) postal.streetAddress = address.street;
  if (address.region !== undefined) postal.addressRegion = address.region;
  if (address.postalCode !== undefined) postal.postalCode = address.postalCode;
  const place: JsonLdPlace = {
    '@type': 'Place',
    address: postal,
    geo: {
      '@type': 'GeoCoordinates',
      latitude: location.coordinates.lat,
      longitude: location.coordinates.lng,
    },
  };
  // A postal address has no room; the room belongs with the venue's name.
  const name = [location.venue, location.room].filter((part) => part !== undefined).join(', ');
  if (name !== '') place.name = name;
  return place;
}

function virtualLocationOf(online: OnlineAccess): JsonLdVirtualLocation {
  const url = webHref(online.joinUrl);
  return url === undefined ? { '@type': 'VirtualLocation' } : { '@type': 'VirtualLocation', url };
}

/**
 * Where a group meets: its venue as a `Place` for in-person groups, a `VirtualLocation` for
 * online ones, both for hybrid ones. Only an http or https join link is written.
 */
export function locationsOf(group: Group): (JsonLdPlace | JsonLdVirtualLocation)[] {
  const locations: (JsonLdPlace | JsonLdVirtualLocation)[] = [];
  if (group.attendance !== 'online' && group.location !== undefined) {
    locations.push(placeOf(group.location));
  }
  if (group.attendance !== 'inPerson' && group.online !== undefined) {
    locations.push(virtualLocationOf(group.online));
  }
  return locations;
}
