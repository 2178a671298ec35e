// Render benchmark of the CDN bundle in headless Chromium against a local API serving 100
// groups. Prints, as medians over a few fresh page loads:
//   - script start to first results painted, and first (and complete) paint after the API's
//     answer arrived (results render in slices of a few cards per frame);
//   - re-render after a filter change (answer arrival to paint, and click to paint);
//   - the longest main-thread task seen during both (PerformanceObserver "longtask").
// Targets: no task over 50 ms; first results within 50 ms of the API's answer.
// Run `pnpm --filter @peer-groups/elements build` first: it measures the shipped bundle.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../../scripts/lib/chromium.mjs';
import { manyHits, pageOf } from '../test/fixtures/groups.js';

const RUNS = 5;
const RESULTS = 100;
const BUNDLE = resolve(import.meta.dirname, '..', 'dist', 'cdn', 'peer-groups.js');

// The page marks when its script starts, then reports timings once results are painted twice:
// after the first search, and after the patient ticks "Free".
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><peer-groups api="/api" near="02139" page-size="${RESULTS}"></peer-groups>
<script type="module">
const start = performance.now();
let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: true });
const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
const answers = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/groups'));
const widget = document.querySelector('peer-groups');
let searches = 0;
widget.addEventListener('peer-groups-search', () => { searches += 1; });
const cardsShown = () => widget.shadowRoot?.querySelectorAll('peer-group-card').length ?? 0;
const until = async (check) => { for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 1)); };
await import('/peer-groups.js');
await until(() => cardsShown() > 0);
await frame();
const firstPaint = performance.now();
await until(() => cardsShown() === ${RESULTS});
await frame();
const allPainted = performance.now();
const firstAnswer = answers()[0].responseEnd;
const filters = widget.shadowRoot.querySelector('peer-group-filters');
const free = [...filters.shadowRoot.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Free');
const clicked = performance.now();
free.querySelector('input').click();
await until(() => searches === 2);
await until(() => cardsShown() === ${RESULTS});
await frame();
const secondPaint = performance.now();
window.benchResult = {
  firstResults: firstPaint - start,
  afterFirstAnswer: firstPaint - firstAnswer,
  allAfterFirstAnswer: allPainted - firstAnswer,
  filterAfterAnswer: secondPaint - answers()[1].responseEnd,
  filterClickToPaint: secondPaint - clicked,
  longestTask: longest,
};
</script></body></html>`;

function serve() {
  const bundle = readFileSync(BUNDLE);
  const body = JSON.stringify(pageOf(manyHits(RESULTS), RESULTS));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
    } else if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    } else if (path === '/peer-groups.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
    } else if (path === '/api/v1/groups') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = (values) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];

async function main() {
  if (!existsSync(BUNDLE)) {
    throw new Error(
      'dist/cdn/peer-groups.js is missing: run "pnpm --filter @peer-groups/elements build" first.',
    );
  }
  const server = await serve();
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  try {
    const url = `http://127.0.0.1:${server.address().port}/`;
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(url);
      await page.waitForFunction(() => window.benchResult !== undefined, { timeout: 30_000 });
      runs.push(await page.evaluate(() => window.benchResult));
      await page.close();
    }
    const figure = (key) => `${median(runs.map((result) => result[key])).toFixed(1)} ms`;
    console.log(
      `<peer-groups> render benchmark, ${RESULTS} results, median of ${RUNS} fresh loads (Chromium headless)`,
    );
    console.log(`  script start to first results painted:   ${figure('firstResults')}`);
    console.log(
      `  API answer to first results painted:     ${figure('afterFirstAnswer')}  (target under 50 ms)`,
    );
    console.log(
      `  API answer to all ${RESULTS} results painted:  ${figure('allAfterFirstAnswer')}`,
    );
    console.log(`  filter change, API answer to repaint:    ${figure('filterAfterAnswer')}`);
    console.log(`  filter change, click to repaint:         ${figure('filterClickToPaint')}`);
    console.log(
      `  longest main-thread task:                ${figure('longestTask')}  (target under 50 ms; 0 means none over 50 ms)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
