/**
 * What every feed reader hands the importer: one record per listing of the feed, either a draft
 * listing or the reason it was refused, with where in the feed it stood.
 *
 * @packageDocumentation
 */
import type { Coordinates, GroupListing, Location, SourceFormat } from '@peer-groups/core';

/** The formats the importer reads, as named on the command line. */
export type FeedFormat = 'meeting-guide' | 'hsds' | 'csv';

/** Every {@link FeedFormat}, for usage messages and validation. */
export const FEED_FORMATS: readonly FeedFormat[] = ['meeting-guide', 'hsds', 'csv'];

/** The `source.format` a listing imported from each feed format carries. */
export const SOURCE_FORMAT_OF: Record<FeedFormat, SourceFormat> = {
  'meeting-guide': 'meetingGuide',
  hsds: 'hsds',
  csv: 'csv',
};

/**
 * Where a record stood in its feed: the index of a JSON array element (from 0), or the line a
 * CSV row starts on (from 1, the header being line 1), with the file for multi-file feeds and
 * the page (from 1) for feeds answered in several pages.
 */
export interface RecordPosition {
  index?: number;
  line?: number;
  file?: string;
  page?: number;
}

/** A venue whose coordinates may still have to be found from its address. */
export type DraftLocation = Omit<Location, 'coordinates'> & { coordinates?: Coordinates };

/** A listing as a reader understood it: not yet placed on the map nor checked by the schema. */
export type DraftListing = Omit<GroupListing, 'location'> & { location?: DraftLocation };

/** One listing read from a feed. */
export interface ListingDraft {
  /** The listing's id in its feed (a Meeting Guide slug, an HSDS service id, the CSV id column). */
  externalId: string;
  listing: DraftListing;
  /** When the feed says the listing was last updated (ISO 8601 instant), if it says. */
  lastVerified?: string;
  /** Things the reader could only guess at, reported with the record but not refusing it. */
  warnings: string[];
}

/** One record of a feed as read: a draft, or why it cannot become a listing. */
export type FeedRecord =
  | { position: RecordPosition; draft: ListingDraft }
  | { position: RecordPosition; externalId?: string; reason: string };

/** Defaults a reader applies where a feed says nothing. */
export interface ReadOptions {
  /** IANA zone of schedules whose record names none. Default: none, so such records are refused. */
  timeZone?: string;
  /** Topics of records that map onto none of ours. Meeting Guide default `['alcohol']`, else none. */
  topics?: readonly string[];
  /** Language of records that name none. Default `en`. */
  language?: string;
  /** ISO country code of addresses that name none. Default `US`. */
  country?: string;
}

/** Describes a position for people: "index 3", "line 12", "locations.csv line 4", "page 2 index 3". */
export function describePosition(position: RecordPosition): string {
  const where =
    position.line !== undefined
      ? `line ${position.line}`
      : position.index !== undefined
        ? `index ${position.index}`
        : 'the feed';
  const within =
    position.file ?? (position.page === undefined ? undefined : `page ${position.page}`);
  return within === undefined ? where : `${within} ${where}`;
}
