/**
 * The outcome of one import: counts of what changed, every refused record with where it stood
 * and why, and the guesses the importer flagged.
 *
 * @packageDocumentation
 */
import { describePosition, type RecordPosition } from './types.js';

/** A record that was not imported, and why. */
export interface RejectedRecord {
  position: RecordPosition;
  /** The record's id in its feed, when it had one. */
  externalId?: string;
  reason: string;
}

/**
 * A record that was imported with something worth checking (an approximate point, a venue left
 * out, a fixed offset): one per flagged listing, its guesses joined by `; `.
 */
export interface RecordWarning {
  position: RecordPosition;
  externalId: string;
  message: string;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  /** The source name the listings were filed under. */
  source: string;
  /** Records in the feed, good and bad. */
  records: number;
  created: number;
  updated: number;
  /** Listings the feed repeated without a change; nothing was written for them. */
  unchanged: number;
  /** Listings of this source that the feed no longer has. */
  retired: number;
  rejected: RejectedRecord[];
  /** The listings imported with something to check, one entry each. */
  warnings: RecordWarning[];
  /** Whether nothing was written because the import was a dry run. */
  dryRun: boolean;
}

/** The report as lines for a terminal or a log: a summary, then one line per refused record and warning. */
export function formatImportReport(report: ImportReport): string[] {
  const verb = report.dryRun ? 'Would import' : 'Imported';
  const lines = [
    `${verb} ${report.records} records from "${report.source}": ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.retired} retired, ${report.rejected.length} rejected, ${report.warnings.length} flagged.`,
  ];
  for (const rejected of report.rejected) {
    const id = rejected.externalId === undefined ? '' : ` (${rejected.externalId})`;
    lines.push(`  rejected ${describePosition(rejected.position)}${id}: ${rejected.reason}`);
  }
  for (const warning of report.warnings) {
    lines.push(
      `  flagged ${describePosition(warning.position)} (${warning.externalId}): ${warning.message}`,
    );
  }
  return lines;
}
