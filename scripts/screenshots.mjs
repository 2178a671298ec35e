// Screenshots of the widget for the docs, taken from the real demo (`npm start` on free ports) in
// headless Chromium, so they show what a patient sees today: the results, a group, the filters,
// a referral handout, the dark palette, Spanish and a clinic's own brand.
//
//   node scripts/screenshots.mjs     (or: pnpm screenshots)
//
// Writes docs/screenshots/*.png; each is one viewport of the finder at 1x, so they stay small.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { browserLaunchOptions } from './demo/browser.mjs';
import { spawnDemo } from './demo/spawn-demo.mjs';
import { ROOT } from './lib/bootstrap.mjs';
import { heading } from './lib/run.mjs';

const OUT_DIR = resolve(ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1100, height: 860, deviceScaleFactor: 1 };
const WAIT = { timeout: 20_000 };
// Selector waits poll every frame: puppeteer's default for `>>>` selectors watches the
// document for mutations, which never fire for changes inside a shadow root, so a card
// rendered after the first check was never seen.
const SHOWN = { timeout: 20_000, visible: true };

// The browser driver belongs to the clinic site's tests; this script borrows it from there.
const require = createRequire(resolve(ROOT, 'examples', 'clinic-site', 'package.json'));
const { default: puppeteer } = await import(require.resolve('puppeteer-core'));

/** Runs `action(widget)` in the page on the `<peer-groups>` element; it must be self-contained. */
async function inWidget(page, action) {
  const widget = await page.$('peer-groups');
  if (widget === null) throw new Error('The page has no <peer-groups>.');
  await widget.evaluate(action);
}

/** Waits until the results are on show and no search is running. */
async function untilSettled(page) {
  await page.waitForSelector('peer-groups >>> peer-group-card', SHOWN);
  await page.waitForFunction(
    () =>
      document
        .querySelector('peer-groups')
        ?.shadowRoot?.querySelector('[part="results"]')
        ?.getAttribute('aria-busy') === 'false',
    WAIT,
  );
}

/** Scrolls `selector` (default: the finder) to the top of the viewport and saves the viewport as `name`.png. */
async function shoot(page, name, selector = 'peer-groups') {
  const target = await page.waitForSelector(selector, SHOWN);
  await target?.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
  // Let lazily rendered cards and focus rings paint before the capture.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  const path = resolve(OUT_DIR, `${name}.png`);
  await page.screenshot({ path, type: 'png' });
  console.log(`  ${name}.png`);
}

async function openPage(browser, siteUrl, path, { dark = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  // The demo clinic is in Cambridge, Massachusetts: show meeting times as its patients see them.
  await page.emulateTimezone('America/New_York');
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
    // Screenshots should not catch an animation half way.
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
  await untilSettled(page);
  return page;
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  heading('Starting the demo');
  const demo = await spawnDemo();
  const browser = await puppeteer.launch(browserLaunchOptions());
  try {
    heading(`Writing screenshots to ${OUT_DIR}`);
    const page = await openPage(browser, demo.siteUrl, '/');
    await shoot(page, 'list');

    await page.click('peer-groups >>> peer-group-card >>> button[part="name"]');
    await page.waitForSelector('peer-groups >>> peer-group-detail >>> [part="heading"]', SHOWN);
    await shoot(page, 'detail');
    await page.click('peer-groups >>> button[part="back"]');
    await untilSettled(page);

    await inWidget(page, (widget) => {
      const filters = widget.shadowRoot?.querySelector('peer-group-filters')?.shadowRoot;
      const box = [...(filters?.querySelectorAll('label') ?? [])].find((label) =>
        label.textContent?.trim().startsWith('Grief and loss'),
      );
      box?.querySelector('input')?.click();
    });
    await page.waitForFunction(() => location.search.includes('pg-topics=grief'), WAIT);
    await untilSettled(page);
    await shoot(page, 'filters', 'peer-groups >>> [part="filters"]');

    await inWidget(page, (widget) => {
      for (const card of [...(widget.shadowRoot?.querySelectorAll('peer-group-card') ?? [])].slice(
        0,
        3,
      )) {
        card.shadowRoot?.querySelector('input[type="checkbox"]')?.click();
      }
    });
    await page.waitForSelector('peer-groups >>> [part="shortlist"] button', SHOWN);
    await inWidget(page, (widget) => {
      widget.shadowRoot?.querySelector('[part="shortlist"] button')?.click();
    });
    await page.waitForSelector('peer-groups >>> peer-group-handout', SHOWN);
    await shoot(page, 'handout');
    await page.close();

    const dark = await openPage(browser, demo.siteUrl, '/', { dark: true });
    await shoot(dark, 'dark');
    await dark.close();

    const spanish = await openPage(browser, demo.siteUrl, '/es.html');
    await shoot(spanish, 'spanish');
    await spanish.close();

    const branded = await openPage(browser, demo.siteUrl, '/theme.html');
    await shoot(branded, 'branded');
    await branded.close();
  } finally {
    await browser.close();
    await demo.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
