/**
 * How to join online and hybrid groups: platform, a join link on a reserved example domain
 * (never a real meeting), a dial-in number from a fictional range and an access code.
 *
 * @packageDocumentation
 */
import type { OnlineAccess, Platform } from '@peer-groups/core';
import type { Metro } from './metros.js';
import { dialInNumber } from './people.js';
import { ONLINE_INSTRUCTIONS } from './phrases.js';
import type { Random, Weighted } from './random.js';
import type { TextLanguage } from './themes.js';

const PLATFORMS: readonly Weighted<Platform>[] = [
  ['zoom', 55],
  ['meet', 12],
  ['teams', 9],
  ['phone', 10],
  ['webex', 5],
  ['jitsi', 4],
  ['other', 5],
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function digits(random: Random, count: number): string {
  let text = '';
  for (let position = 0; position < count; position += 1) text += String(random.int(0, 9));
  return text;
}

function letters(random: Random, count: number): string {
  let text = '';
  for (let position = 0; position < count; position += 1) text += LETTERS[random.int(0, 25)];
  return text;
}

function joinUrl(random: Random, platform: Platform, room: string): string {
  switch (platform) {
    case 'zoom':
      return `https://zoom.example/j/${digits(random, 11)}`;
    case 'meet':
      return `https://meet.example/${letters(random, 3)}-${letters(random, 4)}-${letters(random, 3)}`;
    case 'teams':
      return `https://teams.example/l/meetup-join/${letters(random, 6)}${digits(random, 8)}`;
    case 'webex':
      return `https://webex.example/meet/${room}`;
    case 'jitsi':
      return `https://jitsi.example/${room}-${digits(random, 4)}`;
    default:
      return `https://example.org/meet/${room}`;
  }
}

/** What a group's online access depends on. */
export interface OnlineRequest {
  metro: Metro;
  language: TextLanguage;
  /** A URL-safe room name for platforms whose links carry one. */
  room: string;
}

/** Online access for an online or hybrid group. */
export function buildOnline(random: Random, request: OnlineRequest): OnlineAccess {
  const { metro, language, room } = request;
  const platform = random.weighted(PLATFORMS);
  const instructions = ONLINE_INSTRUCTIONS[language];
  if (platform === 'phone') {
    return {
      platform,
      dialIn: dialInNumber(random, metro),
      accessCode: `${digits(random, 3)} ${digits(random, 3)}#`,
      instructions: instructions.phone,
    };
  }
  const online: OnlineAccess = { platform, joinUrl: joinUrl(random, platform, room) };
  if (platform === 'zoom' || platform === 'teams' || platform === 'webex') {
    if (random.chance(0.45)) {
      online.dialIn = dialInNumber(random, metro);
      online.accessCode = `${digits(random, 3)} ${digits(random, 4)} ${digits(random, 4)}`;
    }
  }
  // The last video instruction points to the dial-in, so only groups with one may use it.
  const fitting =
    online.dialIn === undefined ? instructions.video.slice(0, -1) : instructions.video;
  if (random.chance(0.6)) online.instructions = random.pick(fitting);
  return online;
}
