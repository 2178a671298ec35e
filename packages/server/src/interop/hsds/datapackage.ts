/**
 * Reading an HSDS datapackage: `datapackage.json` and one CSV file per table, joined into the
 * nested services the HSDS API would answer, then read like them.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseCsv } from '../csv/parse-csv.js';
import { FeedUnavailableError, MalformedFeedError } from '../errors.js';
import type { FeedRecord, ReadOptions } from '../types.js';
import { hsdsRecord } from './read.js';
import type { HsdsService } from './service.js';

type Row = Record<string, string> & { __line: string };

/** The tables a datapackage of services is assembled from, by resource name. */
const TABLES = [
  'services',
  'organizations',
  'service_at_locations',
  'locations',
  'addresses',
  'schedules',
  'phones',
  'languages',
  'accessibility',
  'cost_options',
  'contacts',
  'attributes',
  'taxonomy_terms',
] as const;
type Table = (typeof TABLES)[number];

function rowsOf(text: string): Row[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  const names = header.cells.map((cell) => cell.trim());
  return rows.map((row) => {
    const record = { __line: String(row.line) } as Row;
    names.forEach((name, index) => {
      const value = row.cells[index]?.trim();
      if (value !== undefined && value !== '') record[name] = value;
    });
    return record;
  });
}

function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const value = row[key];
    if (value === undefined) continue;
    const list = map.get(value) ?? [];
    list.push(row);
    map.set(value, list);
  }
  return map;
}

function without(row: Row): Record<string, string> {
  const { __line: _line, ...rest } = row;
  return rest;
}

/** Where each table's file is, from `datapackage.json` (or `<table>.csv` beside it). */
function tablePaths(descriptor: unknown, folder: string): Map<Table, string> {
  const paths = new Map<Table, string>();
  const resources = (descriptor as { resources?: unknown }).resources;
  if (!Array.isArray(resources)) {
    throw new MalformedFeedError(
      'datapackage.json has no "resources" list. Nothing was changed; use the datapackage.json of an HSDS export.',
    );
  }
  for (const resource of resources as { name?: unknown; path?: unknown }[]) {
    const name = typeof resource.name === 'string' ? resource.name : undefined;
    const path = typeof resource.path === 'string' ? resource.path : undefined;
    if (name !== undefined && path !== undefined && (TABLES as readonly string[]).includes(name)) {
      if (path.includes('..') || path.startsWith('/')) {
        throw new MalformedFeedError(
          `datapackage.json names the file "${path}" outside its folder.`,
        );
      }
      paths.set(name as Table, join(folder, path));
    }
  }
  return paths;
}

async function readTable(path: string | undefined): Promise<Row[]> {
  if (path === undefined) return [];
  try {
    return rowsOf(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The records of the HSDS datapackage whose `datapackage.json` is at `path`: one per row of
 * `services.csv`, at that row's line.
 *
 * @throws {FeedUnavailableError} when the descriptor cannot be read.
 * @throws {MalformedFeedError} when it is not JSON, lists no resources, or has no services table.
 */
export async function readHsdsDatapackage(
  path: string,
  options: ReadOptions = {},
): Promise<Iterable<FeedRecord>> {
  let descriptorText: string;
  try {
    descriptorText = await readFile(path, 'utf8');
  } catch (error) {
    throw new FeedUnavailableError(path, (error as Error).message);
  }
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(descriptorText);
  } catch (error) {
    throw new MalformedFeedError(
      `datapackage.json is not JSON (${(error as Error).message}). Nothing was changed.`,
    );
  }
  const paths = tablePaths(descriptor, dirname(path));
  if (!paths.has('services')) {
    throw new MalformedFeedError('The datapackage has no services resource. Nothing was changed.');
  }
  const tables = new Map<Table, Row[]>();
  for (const table of TABLES) tables.set(table, await readTable(paths.get(table)));
  const table = (name: Table) => tables.get(name) ?? [];

  const organizations = new Map(table('organizations').map((row) => [row.id, without(row)]));
  const terms = new Map(table('taxonomy_terms').map((row) => [row.id, without(row)]));
  const addressesByLocation = groupBy(table('addresses'), 'location_id');
  const accessibilityByLocation = groupBy(table('accessibility'), 'location_id');
  const phonesByLocation = groupBy(table('phones'), 'location_id');
  // A contact's phone may name the contact's service too; it is the contact's, not the service's.
  const phonesByService = groupBy(
    table('phones').filter((phone) => phone.contact_id === undefined),
    'service_id',
  );
  const phonesByContact = groupBy(table('phones'), 'contact_id');
  const schedulesByService = groupBy(table('schedules'), 'service_id');
  const schedulesByLocation = groupBy(table('schedules'), 'location_id');
  const languagesByService = groupBy(table('languages'), 'service_id');
  const costsByService = groupBy(table('cost_options'), 'service_id');
  const contactsByService = groupBy(table('contacts'), 'service_id');
  const attributesByLink = groupBy(table('attributes'), 'link_id');
  const linksByService = groupBy(table('service_at_locations'), 'service_id');
  const locations = new Map(
    table('locations').map((row) => [
      row.id,
      {
        ...without(row),
        addresses: (addressesByLocation.get(row.id ?? '') ?? []).map(without),
        accessibility: (accessibilityByLocation.get(row.id ?? '') ?? []).map(without),
        phones: (phonesByLocation.get(row.id ?? '') ?? []).map(without),
        schedules: (schedulesByLocation.get(row.id ?? '') ?? [])
          .filter((schedule) => schedule.service_id === undefined)
          .map(without),
      },
    ]),
  );

  const serviceRows = table('services');
  return serviceRows.map((row) => {
    const id = row.id ?? '';
    const service = {
      ...without(row),
      organization: organizations.get(row.organization_id ?? ''),
      service_at_locations: (linksByService.get(id) ?? []).map((link) => ({
        ...without(link),
        location: locations.get(link.location_id ?? ''),
      })),
      schedules: (schedulesByService.get(id) ?? []).map(without),
      phones: (phonesByService.get(id) ?? []).map(without),
      languages: (languagesByService.get(id) ?? []).map(without),
      cost_options: (costsByService.get(id) ?? []).map(without),
      contacts: (contactsByService.get(id) ?? []).map((contact) => ({
        ...without(contact),
        phones: (phonesByContact.get(contact.id ?? '') ?? []).map(without),
      })),
      attributes: (attributesByLink.get(id) ?? []).map((attribute) => ({
        ...without(attribute),
        taxonomy_term: terms.get(attribute.taxonomy_term_id ?? ''),
      })),
    } as unknown as HsdsService;
    return hsdsRecord(service, { file: 'services.csv', line: Number(row.__line) }, options);
  });
}
