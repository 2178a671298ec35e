// @ts-check
// Markdown building blocks for generated docs: inline code, table cells, tables and the heading
// anchors a code host derives from heading text.

/**
 * Inline code that survives any content: a run of backticks in `text` gets a longer fence, as
 * CommonMark allows.
 *
 * @param {string | number | boolean} value
 * @returns {string}
 */
export function code(value) {
  const text = String(value);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * One table cell: line breaks would end the row and a bare `|` would start a new cell, even
 * inside inline code on GitHub, so both are neutralised.
 *
 * @param {string | undefined} text
 * @returns {string}
 */
export function cell(text) {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/**
 * A pipe table, or nothing when there are no rows (an empty table reads as a mistake).
 *
 * @param {readonly string[]} headings
 * @param {ReadonlyArray<readonly (string | undefined)[]>} rows
 * @returns {string}
 */
export function table(headings, rows) {
  if (rows.length === 0) return '';
  const lines = [
    `| ${headings.map(cell).join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
  ];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/**
 * The anchors a code host gives headings: lower case, punctuation dropped, spaces turned into
 * hyphens, and `-1`, `-2`… appended to repeats in document order. Every heading of a page must
 * pass through one slugger in order, or the suffixes of repeats come out wrong.
 */
export class Slugger {
  /** @type {Map<string, number>} */
  #seen = new Map();

  /**
   * The anchor of the next heading whose text is `heading` (Markdown inline code allowed).
   *
   * @param {string} heading
   * @returns {string}
   */
  slug(heading) {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let slug = base;
    let repeats = this.#seen.get(base) ?? 0;
    while (this.#seen.has(slug)) {
      repeats += 1;
      slug = `${base}-${repeats}`;
    }
    this.#seen.set(base, repeats);
    this.#seen.set(slug, 0);
    return slug;
  }
}
