/**
 * Writing a feed's records into the store: upsert by source and source id, retirement of the
 * listings a feed no longer has, and nothing at all when the feed is no good as a whole.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import type { Group, GroupListing, Source, SourceFormat } from '@peer-groups/core';
import { slugFor } from '../directory/ids.js';
import type { PlaceResolver } from '../places/types.js';
import type { DirectoryStore } from '../store/types.js';
import { MalformedFeedError } from './errors.js';
import { finishListing } from './finish-listing.js';
import type { ImportReport, RejectedRecord } from './import-report.js';
import { stableJson } from './stable-json.js';
import { describePosition, type FeedRecord, type RecordPosition } from './types.js';

/**
 * A source its importer named (`--source`, or a file's name): its listings are those filed
 * under its name and format, wherever they were read from.
 */
export interface NamedSource {
  name: string;
  format: SourceFormat;
  url?: string;
  keyedByUrl?: false;
}

/**
 * A feed known by its address alone: its listings are those of its format read from the same
 * full address (query included), so two feeds on one host are two sources. `name` only labels
 * it. Listings filed by earlier versions under the address's host as name are taken over.
 */
export interface AddressedSource {
  name: string;
  format: SourceFormat;
  url: string;
  keyedByUrl: true;
}

/** The source an import files its listings under; with each record's id it identifies a listing. */
export type ImportSource = NamedSource | AddressedSource;

/** Options of {@link importRecords}. */
export interface ImportOptions {
  source: ImportSource;
  /** Places venues that come without coordinates. */
  places: PlaceResolver;
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Groups written per store transaction. Default 500. */
  batchSize?: number;
  /** Report what would change without writing anything. Default `false`. */
  dryRun?: boolean;
  /** Stops the import between batches; what was written stays written. */
  signal?: AbortSignal;
}

/** Longest source id a listing can carry (`source.externalId`). */
const MAX_EXTERNAL_ID = 200;
/** Reasons quoted in the error of a feed whose every record was refused. */
const REASONS_QUOTED = 3;

/**
 * The directory id of the listing `externalId` of `source`: the same every import, so a re-import
 * replaces the listing instead of adding another, and valid for core's `idSchema`. A feed known
 * by its address draws ids from the address, so feeds on one host never share an id.
 */
export function importedGroupId(source: ImportSource, externalId: string): string {
  const key = source.keyedByUrl === true ? `url:${source.url}` : source.name;
  const digest = createHash('sha256')
    .update(`${source.format}\n${key}\n${externalId}`)
    .digest('hex');
  return `i${digest.slice(0, 23)}`;
}

/** The name earlier versions filed a feed known by its address under: the address's host. */
function formerNameOf(url: string): string {
  return new URL(url).host;
}

/**
 * The address of a feed as its listings publish it: no user name or password, query or fragment,
 * which may hold a key the feed's owner was given (`?api_key=...`). The full address stays the
 * source's identity, through the ids it gives its listings.
 */
export function publicSourceUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * Whether `group` is a listing of `source`: for a named source, the same name; for a feed known
 * by its address, an id drawn from that full address (the published address leaves out the query
 * that may tell two feeds apart), or the full address stored by earlier versions.
 */
function isOfSource(group: Group, source: ImportSource): boolean {
  const { format, externalId, name, url } = group.source;
  if (format !== source.format || externalId === undefined) return false;
  if (source.keyedByUrl !== true) return name === source.name;
  if (group.id === importedGroupId(source, externalId)) return true;
  const sameAddress = url === source.url || url === publicSourceUrl(source.url);
  return sameAddress && (name === source.name || name === formerNameOf(source.url));
}

function listingPart(group: Group): GroupListing {
  const {
    id: _id,
    slug: _slug,
    source: _source,
    lastVerified: _verified,
    createdAt: _created,
    updatedAt: _updated,
    ...listing
  } = group;
  return listing;
}

/** The active listings of `source` in the store, by source id. */
async function listingsOfSource(
  store: DirectoryStore,
  source: ImportSource,
): Promise<Map<string, Group>> {
  const { groups } = await store.snapshot();
  const bySourceId = new Map<string, Group>();
  for (const group of groups) {
    if (isOfSource(group, source)) {
      bySourceId.set(group.source.externalId as string, group);
    }
  }
  return bySourceId;
}

function sameSource(left: Source, right: Source): boolean {
  return left.name === right.name && left.url === right.url && left.externalId === right.externalId;
}

/**
 * Imports `records` into `store` as listings of `options.source`:
 * - a record whose source id the store already holds replaces that listing (keeping its id,
 *   slug and creation time); one that repeats it unchanged writes nothing;
 * - a record that is refused is reported with its position and reason, and the listing it
 *   stood for (if any) is kept as it was, neither updated nor retired;
 * - a listing of the source that no record names any more is retired;
 * - a feed with no record, or whose every record is refused, throws {@link MalformedFeedError}
 *   having written nothing, so the data of the last good import stays.
 *
 * Groups are written `batchSize` at a time, so the records are never all in memory at once.
 * The caller updates any search index from the store's change feed afterwards.
 */
export async function importRecords(
  store: DirectoryStore,
  records: Iterable<FeedRecord>,
  options: ImportOptions,
): Promise<ImportReport> {
  const now = new Date((options.now ?? Date.now)()).toISOString();
  const batchSize = options.batchSize ?? 500;
  const dryRun = options.dryRun ?? false;
  const existing = await listingsOfSource(store, options.source);
  const report: ImportReport = {
    source: options.source.name,
    records: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    retired: 0,
    rejected: [],
    warnings: [],
    dryRun,
  };
  const seen = new Map<string, RecordPosition>();
  let batch: Group[] = [];
  const flush = async () => {
    options.signal?.throwIfAborted();
    if (batch.length > 0 && !dryRun) await store.putGroups(batch);
    batch = [];
  };
  const reject = (rejected: RejectedRecord) => {
    report.rejected.push(rejected);
  };

  for (const record of records) {
    report.records += 1;
    if ('reason' in record) {
      if (record.externalId !== undefined && !seen.has(record.externalId)) {
        seen.set(record.externalId, record.position);
      }
      reject(record);
      continue;
    }
    const { draft, position } = record;
    const externalId = draft.externalId;
    const earlier = seen.get(externalId);
    if (earlier !== undefined) {
      reject({
        position,
        externalId,
        reason: `repeats the id of the record at ${describePosition(earlier)}; give every listing its own id`,
      });
      continue;
    }
    seen.set(externalId, position);
    if (externalId.length > MAX_EXTERNAL_ID || externalId.trim() === '') {
      reject({ position, externalId, reason: `the id must be 1 to ${MAX_EXTERNAL_ID} characters` });
      continue;
    }
    const finished = finishListing(draft, options.places);
    if (!finished.ok) {
      reject({ position, externalId, reason: finished.reason });
      continue;
    }
    // One entry per flagged listing, so the report's count is of listings, not of guesses.
    if (finished.value.warnings.length > 0) {
      report.warnings.push({ position, externalId, message: finished.value.warnings.join('; ') });
    }
    const listing = finished.value.listing;
    const previous = existing.get(externalId);
    const source: Source = {
      name: options.source.name,
      format: options.source.format,
      ...(options.source.url === undefined ? {} : { url: publicSourceUrl(options.source.url) }),
      externalId,
    };
    const lastVerified = draft.lastVerified ?? previous?.lastVerified ?? now;
    if (
      previous !== undefined &&
      sameSource(previous.source, source) &&
      lastVerified <= previous.lastVerified &&
      stableJson(listingPart(previous)) === stableJson(listing)
    ) {
      report.unchanged += 1;
      continue;
    }
    const id = previous?.id ?? importedGroupId(options.source, externalId);
    batch.push({
      ...listing,
      id,
      slug: previous?.slug ?? slugFor(listing.name, id),
      source,
      lastVerified: draft.lastVerified ?? now,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
    if (previous === undefined) report.created += 1;
    else report.updated += 1;
    if (batch.length >= batchSize) await flush();
  }

  const imported = report.created + report.updated + report.unchanged;
  if (imported === 0) {
    const reasons = report.rejected
      .slice(0, REASONS_QUOTED)
      .map((rejected) => `${describePosition(rejected.position)}: ${rejected.reason}`);
    throw new MalformedFeedError(
      report.records === 0
        ? 'The feed has no records. Nothing was changed; check that the address or file is the right feed.'
        : `None of the ${report.records} records could be imported (${reasons.join('; ')}). Nothing was changed; fix the feed or the import options.`,
    );
  }
  await flush();

  for (const [externalId, group] of existing) {
    if (seen.has(externalId)) continue;
    options.signal?.throwIfAborted();
    if (!dryRun) await store.retireGroup(group.id, now);
    report.retired += 1;
  }
  return report;
}
