// Render benchmark of the CDN bundle in headless Chromium against a local API serving generated
// listings. Prints, as medians over fresh page loads, for a first page of the default 20 results
// and of 100:
//   - script start to first results painted, and first (and complete) paint after the API's
//     answer arrived (results render in slices of a few cards per frame);
//   - re-render of 100 results after a filter change (answer arrival to paint, click to paint);
//   - the longest main-thread task seen (PerformanceObserver "longtask").
// Targets: no task over 50 ms; first results within 50 ms of the API's answer.
//
// The local API answers after API_LATENCY_MS, as a directory on another host would: answering at
// once, it would land while the page is still evaluating the bundle, and "after the answer" would
// measure the page's own start-up instead of the work the answer causes. "Painted" is the moment
// after the next frame is presented (a requestAnimationFrame callback, then a message task).
// Run `pnpm --filter @peer-groups/elements build` first: it measures the shipped bundle.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { nextOccurrence } from '@peer-groups/core';
import { generateGroups } from '@peer-groups/sample-data';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../../scripts/lib/chromium.mjs';
import { pageOf } from '../test/fixtures/groups.js';

const RUNS = 7;
const RESULTS = 100;
const DEFAULT_PAGE_SIZE = 20;
const API_LATENCY_MS = 100;
const BUNDLE = resolve(import.meta.dirname, '..', 'dist', 'cdn', 'peer-groups.js');

// The page marks when its script starts, then reports timings once results are painted twice:
// after the first search, and after the patient ticks "Free".
function pageHtml(pageSize) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><peer-groups api="/api" near="02139" page-size="${pageSize}"></peer-groups>
<script type="module">
const start = performance.now();
let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: true });
const painted = () => new Promise((done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(performance.now());
  channel.port2.postMessage(null);
}));
const answers = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/groups'));
const widget = document.querySelector('peer-groups');
let searches = 0;
widget.addEventListener('peer-groups-search', () => { searches += 1; });
const cardsShown = () => widget.shadowRoot?.querySelectorAll('peer-group-card').length ?? 0;
const until = async (check) => { for (let i = 0; i < 5000 && !check(); i++) await new Promise((r) => setTimeout(r, 1)); };
await import('/peer-groups.js');
await until(() => cardsShown() > 0);
const firstPaint = await painted();
await until(() => cardsShown() === ${pageSize});
const allPainted = await painted();
const firstAnswer = answers()[0].responseEnd;
const filters = widget.shadowRoot.querySelector('peer-group-filters');
const free = [...filters.shadowRoot.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith('Free'));
const clicked = performance.now();
free.querySelector('input').click();
await until(() => searches === 2);
await until(() => cardsShown() === ${pageSize});
const secondPaint = await painted();
window.benchResult = {
  firstResults: firstPaint - start,
  afterFirstAnswer: firstPaint - firstAnswer,
  allAfterFirstAnswer: allPainted - firstAnswer,
  filterAfterAnswer: secondPaint - answers()[1].responseEnd,
  filterClickToPaint: secondPaint - clicked,
  longestTask: longest,
};
</script></body></html>`;
}

/** Generated listings as a search near them answers: distances and each group's next meeting. */
function searchHits(count) {
  const now = Date.now();
  return generateGroups({ seed: 11, count }).map((group, index) => {
    const next = nextOccurrence(group.schedules, now);
    return {
      ...group,
      distanceKm: index / 4,
      nextMeeting:
        next === null
          ? null
          : { start: new Date(next.start).toISOString(), end: new Date(next.end).toISOString() },
    };
  });
}

function serve() {
  const bundle = readFileSync(BUNDLE);
  const hits = searchHits(RESULTS);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
    } else if (url.pathname === '/') {
      const pageSize = Number(url.searchParams.get('size'));
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(pageHtml(pageSize));
    } else if (url.pathname === '/peer-groups.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
    } else if (url.pathname === '/api/v1/groups') {
      const body = JSON.stringify(pageOf(hits, Number(url.searchParams.get('limit'))));
      setTimeout(() => {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
      }, API_LATENCY_MS);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = (values) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];

async function measure(browser, origin, pageSize) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${origin}/?size=${pageSize}`);
    await page.waitForFunction(() => window.benchResult !== undefined, { timeout: 30_000 });
    runs.push(await page.evaluate(() => window.benchResult));
    await page.close();
  }
  return (key) => `${median(runs.map((result) => result[key])).toFixed(1)} ms`;
}

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
    const origin = `http://127.0.0.1:${server.address().port}`;
    console.log(
      `<peer-groups> render benchmark, median of ${RUNS} fresh loads (Chromium headless, API answering after ${API_LATENCY_MS} ms)`,
    );
    for (const pageSize of [DEFAULT_PAGE_SIZE, RESULTS]) {
      const figure = await measure(browser, origin, pageSize);
      console.log(
        `${pageSize} results a page${pageSize === DEFAULT_PAGE_SIZE ? ' (the default)' : ''}:`,
      );
      console.log(`  script start to first results painted:   ${figure('firstResults')}`);
      console.log(
        `  API answer to first results painted:     ${figure('afterFirstAnswer')}  (target under 50 ms)`,
      );
      console.log(`  API answer to all results painted:       ${figure('allAfterFirstAnswer')}`);
      console.log(`  filter change, API answer to repaint:    ${figure('filterAfterAnswer')}`);
      console.log(`  filter change, click to repaint:         ${figure('filterClickToPaint')}`);
      console.log(
        `  longest main-thread task:                ${figure('longestTask')}  (target under 50 ms; 0 means none over 50 ms)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
