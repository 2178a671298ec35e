/**
 * One import, end to end: load a feed from a file or an address, read it in its format, and
 * write its records into a store.
 *
 * @packageDocumentation
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SHORT_TEXT_MAX } from '@peer-groups/core';
import type { PlaceResolver } from '../places/types.js';
import type { DirectoryStore } from '../store/types.js';
import { readCsv } from './csv/read.js';
import { readHsdsApi } from './hsds/api-pages.js';
import { readHsdsDatapackage } from './hsds/datapackage.js';
import type { ImportReport } from './import-report.js';
import { isFeedUrl, type LoadFeedOptions, loadFeedText } from './load-feed.js';
import { readMeetingGuide } from './meeting-guide/read.js';
import { type FeedFormat, type FeedRecord, type ReadOptions, SOURCE_FORMAT_OF } from './types.js';
import { type ImportSource, importRecords } from './upsert.js';

/** A feed to import: where it is, its format, and the source its listings are filed under. */
export interface FeedSpec {
  /** A file path (for HSDS also a datapackage folder or its `datapackage.json`), or an http(s) address. */
  location: string;
  format: FeedFormat;
  /**
   * The source name, which then identifies the source wherever it is read from. Default: a feed
   * at an address is identified by the address itself and named after its host and path; a
   * file is named after the file.
   */
  sourceName?: string;
}

/** Options of {@link importFeed}. */
export interface ImportFeedOptions extends LoadFeedOptions {
  places: PlaceResolver;
  /** Defaults for what records leave out (time zone, topics, language, country). */
  read?: ReadOptions;
  /** Report without writing. Default `false`. */
  dryRun?: boolean;
  /** Groups per store transaction. Default 500. */
  batchSize?: number;
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: () => number;
}

/**
 * The default source name of a feed: for an address, its host and path (never its query, which
 * may hold a key, nor its credentials), such as `intergroup.example.org/meetings.json`; for a
 * file, its name.
 */
export function defaultSourceName(location: string): string {
  if (!isFeedUrl(location)) return basename(location) || location;
  const url = new URL(location);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.host}${path}`.slice(0, SHORT_TEXT_MAX);
}

/**
 * The source the listings of `spec` are filed under. Named, it is that name's; unnamed, a feed
 * at an address is that address's (so two feeds on one host never retire each other's
 * listings), and a file is its name's.
 */
export function importSourceOf(spec: FeedSpec): ImportSource {
  const format = SOURCE_FORMAT_OF[spec.format];
  const url = isFeedUrl(spec.location) ? spec.location : undefined;
  if (spec.sourceName === undefined && url !== undefined) {
    return { name: defaultSourceName(url), format, url, keyedByUrl: true };
  }
  return {
    name: spec.sourceName ?? defaultSourceName(spec.location),
    format,
    ...(url === undefined ? {} : { url }),
  };
}

async function datapackagePath(location: string): Promise<string | undefined> {
  if (isFeedUrl(location)) return undefined;
  if (basename(location) === 'datapackage.json') return location;
  try {
    if ((await stat(location)).isDirectory()) return join(location, 'datapackage.json');
  } catch {
    // A missing path is reported when the feed is loaded.
  }
  return undefined;
}

/**
 * The records of the feed `spec`.
 *
 * @throws {FeedUnavailableError} when it cannot be loaded.
 * @throws {MalformedFeedError} when it is no feed of its format as a whole.
 */
export async function readFeed(
  spec: FeedSpec,
  options: LoadFeedOptions & { read?: ReadOptions } = {},
): Promise<Iterable<FeedRecord>> {
  const read = options.read ?? {};
  if (spec.format === 'hsds') {
    const datapackage = await datapackagePath(spec.location);
    if (datapackage !== undefined) return readHsdsDatapackage(datapackage, read);
    return readHsdsApi(spec.location, { ...options, read });
  }
  const text = await loadFeedText(spec.location, options);
  switch (spec.format) {
    case 'meeting-guide':
      return readMeetingGuide(text, read);
    case 'csv':
      return readCsv(text, read);
  }
}

/**
 * Imports the feed `spec` into `store` (see `importRecords` for upsert and retirement). A feed
 * that cannot be loaded or read as a whole throws before anything is written.
 */
export async function importFeed(
  store: DirectoryStore,
  spec: FeedSpec,
  options: ImportFeedOptions,
): Promise<ImportReport> {
  const records = await readFeed(spec, options);
  return importRecords(store, records, {
    source: importSourceOf(spec),
    places: options.places,
    ...(options.dryRun === undefined ? {} : { dryRun: options.dryRun }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}
