/**
 * RFC 4180 CSV as spreadsheets save it: quoted fields with doubled quotes, line breaks inside
 * quotes, CRLF or LF line ends, a byte-order mark, and a comma or semicolon separator.
 *
 * @packageDocumentation
 */
import { MalformedFeedError } from '../errors.js';

/** One row of a CSV file and the line it starts on (from 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** The separator of `headerLine`: a semicolon when it has more semicolons than commas outside quotes. */
function separatorOf(text: string, start: number): string {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let index = start; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && character === ',') commas += 1;
    else if (!quoted && character === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Every row of `text`. Rows whose cells are all empty are left out (spreadsheets save them).
 *
 * @throws {MalformedFeedError} when a quoted field never closes.
 */
export function parseCsv(text: string): CsvRow[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const separator = separatorOf(text, start);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let index = start; index < text.length; index += 1) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        if (character === '\n') line += 1;
        cell += character;
      }
      continue;
    }
    if (character === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (character === separator) {
      cells.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += character;
    }
  }
  if (quoted) {
    throw new MalformedFeedError(
      `The CSV has a quoted field opened on line ${quoteLine} that never closes. Nothing was changed; close the quotes (a quote inside a field is written twice: "") and import again.`,
    );
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** One cell as CSV: quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",;\r\n]/.test(value) || /^\s|\s$/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** Rows as CSV text with CRLF line ends, as RFC 4180 writes them. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
