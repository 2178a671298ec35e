/**
 * Turning a reader's draft into a listing the directory accepts: placed on the map when it came
 * without coordinates, then checked against core's listing schema.
 *
 * @packageDocumentation
 */
import { type GroupListing, groupListingSchema } from '@peer-groups/core';
import type { PlaceResolver } from '../places/types.js';
import { placeAddress } from './place-listing.js';
import type { DraftLocation, ListingDraft } from './types.js';

/** A draft that became a listing, with what the importer had to guess. */
export interface FinishedListing {
  listing: GroupListing;
  warnings: string[];
}

/** A draft, finished or refused with a reason naming each field at fault. */
export type FinishResult = { ok: true; value: FinishedListing } | { ok: false; reason: string };

/** The schema's complaints as one sentence: `schedules.0.endTime: endTime must be after startTime`. */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length === 0
        ? issue.message
        : `${issue.path.map(String).join('.')}: ${issue.message}`,
    )
    .join('; ');
}

/** What the bundled places were asked for, for a reason or a warning. */
function unplacedVenue(address: DraftLocation['address']): string {
  return `neither its postal code (${address.postalCode ?? 'none'}) nor its locality (${address.locality}) is in the bundled place data`;
}

/**
 * Places `draft` when its venue has no coordinates (from its postal code, else its locality)
 * and checks it. A venue placed at a postal code or locality centre is accepted with a warning,
 * so approximate points are flagged in the report. A venue the bundled places cannot find:
 * - of a hybrid listing, is left out: the listing is kept as online only (people can still join
 *   it), with a warning saying so;
 * - of an in-person listing, refuses the record as needing a place, saying to add latitude and
 *   longitude (a listing nobody can find on the map would mislead a search near it).
 */
export function finishListing(draft: ListingDraft, places: PlaceResolver): FinishResult {
  const warnings = [...draft.warnings];
  const { location, ...rest } = draft.listing;
  let candidate: unknown = draft.listing;
  if (location !== undefined && location.coordinates === undefined) {
    const placement = placeAddress(location.address, places);
    if (placement !== undefined) {
      warnings.push(
        `placed at the centre of ${placement.basis}; add latitude and longitude for the exact venue`,
      );
      candidate = { ...rest, location: { ...location, coordinates: placement.coordinates } };
    } else if (rest.attendance === 'hybrid' && rest.online !== undefined) {
      warnings.push(
        `listed as online only: the venue has no coordinates, and ${unplacedVenue(location.address)}; add latitude and longitude to list it in person too`,
      );
      candidate = { ...rest, attendance: 'online' };
    } else {
      return {
        ok: false,
        reason: `needs a place: the venue has no coordinates, and ${unplacedVenue(location.address)}; add latitude and longitude`,
      };
    }
  }
  const parsed = groupListingSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
  return { ok: true, value: { listing: parsed.data, warnings } };
}
