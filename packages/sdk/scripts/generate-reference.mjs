// @ts-check
// Generates the API reference of the SDK from its types and TSDoc into docs/reference/sdk/, with
// a notice at the top of each page that it is generated. Typedoc treats its warnings as errors,
// so an export without TSDoc fails the generation. Run: pnpm --filter @peer-groups/sdk docs:reference
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatMarkdown } from '../../../scripts/docs/format-markdown.mjs';

const PACKAGE_DIR = resolve(import.meta.dirname, '..');
const WORKSPACE_ROOT = resolve(PACKAGE_DIR, '..', '..');
/** Where the committed reference lives. */
export const REFERENCE_DIR = resolve(WORKSPACE_ROOT, 'docs', 'reference', 'sdk');
const NOTICE =
  '<!-- Generated from the TSDoc of packages/sdk by `pnpm --filter @peer-groups/sdk docs:reference`; do not edit. -->\n\n';

/** Thrown when typedoc fails, for instance because an export has no TSDoc. */
export class ReferenceGenerationError extends Error {
  /** @param {string} output What typedoc printed. @param {unknown} cause */
  constructor(output, cause) {
    super(
      `typedoc could not generate the SDK reference; document every export with TSDoc and fix each warning below:\n${output}`,
      { cause },
    );
    this.name = 'ReferenceGenerationError';
  }
}

/**
 * The Markdown pages under `dir`, by path relative to it.
 *
 * @param {string} dir
 * @returns {string[]}
 */
export function referencePages(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Writes the reference into `outDir` (emptied first), each page formatted as the workspace's
 * formatter would format it at its place in docs/reference/sdk/, so a generation elsewhere can be
 * compared byte for byte with the committed pages.
 *
 * @param {string} outDir
 * @returns {string[]} The pages written, relative to `outDir`.
 */
export function generateReference(outDir) {
  try {
    execFileSync('pnpm', ['exec', 'typedoc', '--treatWarningsAsErrors', '--out', outDir], {
      cwd: PACKAGE_DIR,
      // Its output is only shown inside an error, where colour codes would be noise.
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (
      error
    );
    throw new ReferenceGenerationError(`${stdout}${stderr}`.trim(), error);
  }
  const pages = referencePages(outDir);
  for (const page of pages) {
    const file = join(outDir, page);
    const committedPath = relative(WORKSPACE_ROOT, join(REFERENCE_DIR, page));
    const markdown = NOTICE + readFileSync(file, 'utf8');
    writeFileSync(file, formatMarkdown(markdown, committedPath, { cwd: WORKSPACE_ROOT }));
  }
  return pages;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pages = generateReference(REFERENCE_DIR);
  console.log(`${relative(WORKSPACE_ROOT, REFERENCE_DIR)}: ${pages.join(', ')}`);
}
