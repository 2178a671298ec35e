// @ts-check
// Formats generated Markdown the way the workspace's formatter does, so a generated page passes
// the lint step unchanged and regenerating it is a byte-for-byte comparison.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Thrown when the formatter cannot run or rejects the page. */
export class MarkdownFormatError extends Error {
  /** @param {string} detail @param {unknown} cause */
  constructor(detail, cause) {
    super(
      `Could not format the generated Markdown with biome: ${detail}. Install the workspace's dependencies (pnpm install) and check the page for malformed Markdown.`,
      { cause },
    );
    this.name = 'MarkdownFormatError';
  }
}

/**
 * `markdown` as `biome format` writes a file at `pathForConfig` (relative to the workspace
 * root, so the workspace's settings and file rules apply).
 *
 * @param {string} markdown
 * @param {string} pathForConfig
 * @param {{ cwd: string }} options The workspace root.
 * @returns {string}
 */
export function formatMarkdown(markdown, pathForConfig, { cwd }) {
  let biome;
  try {
    biome = require.resolve('@biomejs/biome/bin/biome');
  } catch (error) {
    throw new MarkdownFormatError('the @biomejs/biome package is not installed', error);
  }
  try {
    return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${pathForConfig}`], {
      cwd,
      input: markdown,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = /** @type {{ stderr?: string }} */ (error).stderr ?? '';
    throw new MarkdownFormatError(stderr.trim() || String(error), error);
  }
}
