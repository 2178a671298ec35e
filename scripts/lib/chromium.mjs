// Finds the Chromium the browser tests and benchmarks drive: $CHROME_PATH, else Debian's
// /usr/bin/chromium, installed with apt-get when missing and running as root. Browser downloads
// by test tools do not work on the project's machines, so the system browser is the one used.
import { existsSync } from 'node:fs';
import { aptInstall } from './apt.mjs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for headless runs: root needs --no-sandbox; the networking flags stop Chromium calling
 * home (updates, sync, field trials) on machines whose network is closed.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The path of a Chromium to launch; installs Debian's package when it can. Throws with what to do otherwise. */
export function chromiumPath() {
  const configured = process.env.CHROME_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(
      `CHROME_PATH is ${configured}, which does not exist. Point it at a Chromium or Chrome binary, or unset it to use ${DEBIAN_CHROMIUM}.`,
    );
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  aptInstall(['chromium'], 'The browser tests');
  if (!existsSync(DEBIAN_CHROMIUM)) {
    throw new Error(
      `Installed Debian's "chromium" but ${DEBIAN_CHROMIUM} is missing: set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return DEBIAN_CHROMIUM;
}
