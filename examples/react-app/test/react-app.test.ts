// The React app built for production with its own Vite config, served, and driven in headless
// Chromium against a real directory server: the SDK fills the topic menu, the finder's typed
// props and events connect it to React state, and a picked group shows its next meetings.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@peer-groups/server';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserLaunchOptions } from '../../../scripts/demo/browser.mjs';

const APP_DIR = new URL('..', import.meta.url).pathname;
const WAIT = { timeout: 15_000 };
// Selector waits poll every frame: puppeteer's default for `>>>` selectors watches the
// document for mutations, which never fire for changes inside a shadow root, so a card
// rendered after the first check was never seen.
const SHOWN = { timeout: 15_000, visible: true };

let directory: RunningServer;
let outDir: string;
let site: PreviewServer;
let appUrl: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];

/** Builds the app for `apiUrl` into `outDir`, as `VITE_PEER_GROUPS_API=… vite build` does. */
async function buildApp(apiUrl: string): Promise<void> {
  const before = process.env.VITE_PEER_GROUPS_API;
  process.env.VITE_PEER_GROUPS_API = apiUrl;
  try {
    await build({
      root: APP_DIR,
      configFile: join(APP_DIR, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } catch (error) {
    throw new Error(
      'The app did not build. It uses the built widget and SDK: run "pnpm -r build" first.',
      { cause: error },
    );
  } finally {
    if (before === undefined) delete process.env.VITE_PEER_GROUPS_API;
    else process.env.VITE_PEER_GROUPS_API = before;
  }
}

/** The text of the app's status line, which the finder's `onSearch` and `onError` props set. */
function status(): Promise<string> {
  return page.$eval('.status', (element) => element.textContent?.trim() ?? '');
}

beforeAll(async () => {
  directory = await startServer({
    database: ':memory:',
    seed: { count: 300, seed: 7 },
    rateLimit: false,
  });
  outDir = await mkdtemp(join(tmpdir(), 'react-app-'));
  await buildApp(directory.url);
  site = await preview({
    root: APP_DIR,
    configFile: join(APP_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const url = site.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview reported no address.');
  appUrl = url;
  browser = await puppeteer.launch(browserLaunchOptions());
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('request', (request) => {
    requests.push(request.url());
  });
  await page.goto(appUrl, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await directory?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

describe('the React app', () => {
  it('renders the finder from its props and hears its search event', async () => {
    await page.waitForSelector('peer-groups >>> peer-group-card', SHOWN);
    await page.waitForFunction(
      () => /^\d+ groups match\.$/.test(document.querySelector('.status')?.textContent ?? ''),
      WAIT,
    );
    const near = await page.$eval('peer-groups >>> input[part="place"]', (input) => input.value);
    expect(near).toBe('02139');
  });

  it('fills the topic menu from the directory through the SDK and narrows the finder by it', async () => {
    await page.waitForSelector('.topic-picker select:not([disabled])', SHOWN);
    const topics = await page.$$eval('.topic-picker option', (options) =>
      options.map((option) => option.value),
    );
    expect(topics).toContain('grief-and-loss');

    const before = await status();
    await page.select('.topic-picker select', 'grief-and-loss');
    await page.waitForFunction(
      (previous) => {
        const text = document.querySelector('.status')?.textContent?.trim() ?? '';
        return text !== previous && /^\d+ groups match\.$/.test(text);
      },
      WAIT,
      before,
    );
    expect(
      requests.some((url) => url.includes('/v1/groups?') && url.includes('topics=grief-and-loss')),
    ).toBe(true);
  });

  it('keeps the group a patient opens beside the finder, with its next meetings', async () => {
    const name = await page.waitForSelector(
      'peer-groups >>> peer-group-card >>> button[part="name"]',
      SHOWN,
    );
    const title = await name?.evaluate((button) => button.textContent?.trim());
    await name?.click();
    const picked = await page.waitForSelector('.picked peer-group-card >>> [part="name"]', SHOWN);
    expect(await picked?.evaluate((element) => element.textContent?.trim())).toBe(title);
    await page.waitForFunction(() => {
      const aside = document.querySelector('.picked');
      return (
        aside?.querySelector('.meetings li') !== null ||
        aside?.textContent?.includes('No meeting in the next 30 days')
      );
    }, WAIT);
    expect(requests.some((url) => /\/v1\/groups\/[^/]+\/meetings/.test(url))).toBe(true);
  });

  it('sends every request to this machine', () => {
    const hosts = new Set(requests.map((url) => new URL(url).hostname));
    expect([...hosts]).toEqual(['127.0.0.1']);
  });
});
