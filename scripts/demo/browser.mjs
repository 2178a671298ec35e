// How the demo's test and the screenshots script launch headless Chromium with puppeteer: the
// system browser and the flags that work on the project's machines.
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/chromium.mjs';

/** Launch options for `puppeteer.launch`; installs Debian's Chromium when it is missing. */
export function browserLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    headless: true,
    // puppeteer adds its own headless flag.
    args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
  };
}
