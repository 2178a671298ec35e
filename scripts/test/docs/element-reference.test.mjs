// The element reference: custom-elements.json is what the analyzer makes of the components'
// sources, and the reference in docs/embedding.md is what the generator writes from it. Both
// are committed, so a component changed without `pnpm --filter @peer-groups/elements manifest`
// fails here instead of leaving the docs behind.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  guideWithReference,
  MANIFEST,
} from '../../../packages/elements/scripts/embedding-reference.mjs';

const ELEMENTS = resolve(import.meta.dirname, '..', '..', '..', 'packages', 'elements');
const GUIDE = resolve(ELEMENTS, '..', '..', 'docs', 'embedding.md');
const STALE = 'run `pnpm --filter @peer-groups/elements manifest` and commit what it writes';

// The analyzer is the elements package's own tool; resolved from there, as `pnpm manifest` runs it.
const { cli: analyzer } = await import(
  pathToFileURL(
    createRequire(resolve(ELEMENTS, 'package.json')).resolve(
      '@custom-elements-manifest/analyzer/cli.js',
    ),
  ).href
);

describe('the element reference', () => {
  it('custom-elements.json is what the analyzer makes of the components now', async () => {
    const fresh = await analyzer({
      argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
      cwd: ELEMENTS,
      noWrite: true,
    });
    const committed = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    expect(committed, `custom-elements.json is stale: ${STALE}`).toEqual(fresh);
  });

  it('docs/embedding.md holds the reference the manifest gives', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const committed = readFileSync(GUIDE, 'utf8');
    expect(
      committed === guideWithReference(manifest, committed),
      `docs/embedding.md is stale: ${STALE}`,
    ).toBe(true);
  });
});
