import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateReference,
  REFERENCE_DIR,
  referencePages,
} from '../../../packages/sdk/scripts/generate-reference.mjs';

// Typedoc reads and type-checks the SDK's sources whole: about 7 s on an idle machine, several
// times that on a busy one.
const GENERATION_TIMEOUT_MS = 120_000;

/** @type {string} */
let fresh;

beforeAll(() => {
  fresh = mkdtempSync(join(tmpdir(), 'sdk-reference-'));
  // Throws, failing every test below, when an export lacks TSDoc or typedoc warns otherwise.
  generateReference(fresh);
}, GENERATION_TIMEOUT_MS);

afterAll(() => {
  if (fresh !== undefined) rmSync(fresh, { recursive: true, force: true });
});

describe('docs/reference/sdk', () => {
  it('has the pages a fresh generation writes, no more and no fewer', () => {
    expect(referencePages(REFERENCE_DIR)).toEqual(referencePages(fresh));
  });

  it('is what the generator writes from the SDK sources now (run `pnpm run docs` if not)', () => {
    for (const page of referencePages(fresh)) {
      const committed = readFileSync(join(REFERENCE_DIR, page), 'utf8');
      const expected = readFileSync(join(fresh, page), 'utf8');
      expect(
        committed === expected,
        `docs/reference/sdk/${page} is stale: run \`pnpm run docs\``,
      ).toBe(true);
    }
  });
});
