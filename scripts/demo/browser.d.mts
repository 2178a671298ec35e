// Types of browser.mjs.

/** Launch options for `puppeteer.launch`; installs Debian's Chromium when it is missing. */
export declare function browserLaunchOptions(): {
  executablePath: string;
  headless: true;
  args: string[];
};
