/**
 * Placing listings that come without coordinates: from their postal code, else their locality,
 * through the place data bundled with the server. No address ever goes to a third party.
 *
 * @packageDocumentation
 */
import type { Address, Coordinates } from '@peer-groups/core';
import type { PlaceResolver } from '../places/types.js';

/** Where an address was placed, and how closely. */
export interface Placement {
  coordinates: Coordinates;
  /** What the point is the centre of, for the import report: `postal code 02138`. */
  basis: string;
}

/**
 * The centre of the address's postal code, else of its locality (the most populous one of that
 * name in its country and region), or `undefined` when the bundled places know neither.
 */
export function placeAddress(address: Address, places: PlaceResolver): Placement | undefined {
  const country = address.country;
  if (address.postalCode !== undefined) {
    const [postal] = places.resolve(address.postalCode, { country, limit: 1 });
    if (postal?.kind === 'postalCode') {
      return { coordinates: postal.coordinates, basis: `postal code ${address.postalCode}` };
    }
  }
  const names =
    address.region === undefined
      ? [address.locality]
      : [`${address.locality}, ${address.region}`, address.locality];
  for (const name of names) {
    const [locality] = places.resolve(name, { country, limit: 1 });
    if (locality?.kind === 'locality') {
      return { coordinates: locality.coordinates, basis: `locality ${name}` };
    }
  }
  return undefined;
}
