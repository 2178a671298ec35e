/**
 * The command line: finds the groups, prints the handout, writes the calendar.
 *
 * @packageDocumentation
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createClient, PeerGroupsError } from '@peer-groups/sdk';
import { referralCalendar } from './calendar.js';
import { ReferralUsageError, UnknownTopicError } from './errors.js';
import { findReferral } from './find-referral.js';
import { renderHandout } from './handout.js';

/** The directory `npm start` runs, used when neither `--api` nor `PEER_GROUPS_API` is given. */
export const DEFAULT_API = 'http://127.0.0.1:8731';

/** Where the command writes and what it knows of its surroundings. */
export interface ReferralIo {
  /** Standard output: the handout. */
  out: (text: string) => void;
  /** Standard error: what happened and what to do. */
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** The current moment, epoch ms. Default `Date.now`. */
  now?: () => number;
}

const HELP = `Usage: referral --near <postal code or place> --topic <topic id> [options]

Prints a referral handout in Markdown of the peer support groups near a place, about a topic,
meeting in the next seven days, and writes their meetings to one .ics file.

  --near        a postal code, place name or lat,lng (required)
  --topic       a topic id such as grief-and-loss (required)
  --radius-km   how far to look, in kilometres (default 15)
  --limit       most groups on the handout (default 5)
  --ics         the calendar file to write (default referral.ics)
  --api         the directory (default $PEER_GROUPS_API, else ${DEFAULT_API})`;

function positiveNumber(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new ReferralUsageError(`${option} must be a positive number, not "${text}".`);
  }
  return value;
}

/** Runs the command with `args` (without the program name); resolves to the exit code. */
export async function runReferral(args: readonly string[], io: ReferralIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        near: { type: 'string' },
        topic: { type: 'string' },
        'radius-km': { type: 'string' },
        limit: { type: 'string' },
        ics: { type: 'string' },
        api: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (values.near === undefined || values.topic === undefined) {
      throw new ReferralUsageError(
        'Give both --near and --topic, e.g. --near 02139 --topic grief-and-loss.',
      );
    }
    const limit = positiveNumber(values.limit, '--limit', 5);
    if (!Number.isInteger(limit) || limit > 100) {
      throw new ReferralUsageError(
        `--limit must be a whole number from 1 to 100, not "${values.limit}".`,
      );
    }
    const api = values.api ?? io.env.PEER_GROUPS_API ?? DEFAULT_API;
    const icsFile = values.ics ?? 'referral.ics';
    const client = createClient({ baseUrl: api });
    const referral = await findReferral(
      client,
      {
        near: values.near,
        topic: values.topic,
        radiusKm: positiveNumber(values['radius-km'], '--radius-km', 15),
        limit,
      },
      io.now === undefined ? {} : { now: io.now() },
    );
    const hasGroups = referral.groups.length > 0;
    io.out(renderHandout(referral, hasGroups ? { calendarFile: icsFile } : {}));
    if (hasGroups) {
      await writeFile(icsFile, referralCalendar(referral));
      io.err(`Wrote ${referral.groups.length} groups' meetings to ${icsFile}.`);
    }
    return 0;
  } catch (error) {
    if (
      error instanceof ReferralUsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof UnknownTopicError || error instanceof PeerGroupsError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
