import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/interop/csv/columns.js';
import { readCsv } from '../../src/interop/csv/read.js';
import { csvTemplate } from '../../src/interop/csv/write.js';
import { finishListing } from '../../src/interop/finish-listing.js';
import { testPlaces } from '../support/places.js';

const shipped = readFileSync(new URL('../../data/groups-template.csv', import.meta.url), 'utf8');
const guide = readFileSync(new URL('../../../../docs/import-formats.md', import.meta.url), 'utf8');

describe('the CSV template', () => {
  it('is the file shipped in data/', () => {
    expect(shipped).toBe(csvTemplate());
  });

  it('has an example row that imports as it stands', () => {
    const [record] = [...readCsv(shipped)];
    if (record === undefined || !('draft' in record))
      throw new Error('the example row was refused');
    const finished = finishListing(record.draft, testPlaces);
    expect(finished.ok ? [] : [finished.reason]).toEqual([]);
  });

  it('documents every column in the import guide', () => {
    for (const column of CSV_COLUMNS) {
      expect(guide).toMatch(new RegExp(`\\| \`${column.name}\` +\\|`));
    }
  });
});
