/**
 * Which platform an online meeting runs on, told from its join link.
 *
 * @packageDocumentation
 */
import type { Platform } from '@peer-groups/core';

const PLATFORM_HOSTS: readonly [RegExp, Platform][] = [
  [/(^|\.)zoom\.(us|com)$|(^|\.)zoomgov\.com$/, 'zoom'],
  [/(^|\.)teams\.(microsoft|live)\.com$/, 'teams'],
  [/^meet\.google\.com$/, 'meet'],
  [/(^|\.)webex\.com$/, 'webex'],
  [/^meet\.jit\.si$|(^|\.)jitsi\./, 'jitsi'],
];

/** The platform of `joinUrl` (`zoom`, `teams`, …), `phone` for dial-in only, else `other`. */
export function platformOf(joinUrl: string | undefined): Platform {
  if (joinUrl === undefined) return 'phone';
  let host: string;
  try {
    host = new URL(joinUrl).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  for (const [pattern, platform] of PLATFORM_HOSTS) if (pattern.test(host)) return platform;
  return 'other';
}
