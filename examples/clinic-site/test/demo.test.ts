// The README's promise, end to end: `npm start` (the script it runs) brings up the directory and
// the clinic site; a patient in headless Chromium searches by a postal code and opens a group;
// nothing on the page talks to anything but this machine; Ctrl-C stops it all.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserLaunchOptions } from '../../../scripts/demo/browser.mjs';
import { type SpawnedDemo, spawnDemo } from '../../../scripts/demo/spawn-demo.mjs';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const WAIT = { timeout: 15_000 };
// Selector waits poll every frame: puppeteer's default for `>>>` selectors watches the
// document for mutations, which never fire for changes inside a shadow root, so a card
// rendered after the first check was never seen.
const SHOWN = { timeout: 15_000, visible: true };

const AXE_SOURCE = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let demo: SpawnedDemo;
let browser: Browser;

/** What a page did: every request it made, and its errors, to explain a failure. */
interface PageRecord {
  page: Page;
  requests: string[];
  problems: string[];
}

/** A page that records every request it makes, its errors, and every CSP violation it meets. */
async function openPage(path: string): Promise<PageRecord> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
  });
  page.on('response', (response) => {
    if (!response.ok()) problems.push(`${response.url()} answered ${response.status()}`);
  });
  page.on('requestfailed', (request) => {
    problems.push(`${request.url()} failed: ${request.failure()?.errorText}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`page error: ${error instanceof Error ? error.message : error}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  // Injected by the browser's debugging protocol, so the page's own CSP does not apply to it.
  await page.evaluateOnNewDocument(() => {
    const record = window as unknown as { cspViolations: string[] };
    record.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      record.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(new URL(path, demo.siteUrl).href, { waitUntil: 'load' });
  return { page, requests, problems };
}

/** Waits for the first result cards; a timeout names what the page met on the way. */
async function untilCards({ page, requests, problems }: PageRecord): Promise<void> {
  try {
    await page.waitForSelector('peer-groups >>> peer-group-card', SHOWN);
  } catch (error) {
    // What the widget shows instead, so a failure says whether it waited, failed or never searched.
    const shown = await page.evaluate(() => {
      const widget = document.querySelector('peer-groups')?.shadowRoot;
      const results = widget?.querySelector('[part="results"]');
      return JSON.stringify({
        visibility: document.visibilityState,
        busy: results?.getAttribute('aria-busy') ?? null,
        notice: widget?.querySelector('[part="notice"]')?.textContent?.trim() ?? null,
        status: widget?.querySelector('[role="status"]')?.textContent?.trim() ?? null,
      });
    });
    throw new Error(
      `No result cards. Requests: ${requests.join(', ')}. Problems: ${problems.join('; ') || 'none'}. Widget: ${shown}.`,
      { cause: error },
    );
  }
}

/**
 * The WCAG 2.2 A and AA failures axe-core finds on the page, shadow roots included. axe is
 * evaluated through the debugging protocol, which the page's CSP does not govern.
 */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' > ')).join(', ')}`,
    );
  });
}

/** The part of axe-core's results the test reads. */
interface AxeResults {
  violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
}

/** The WCAG contrast ratio of two computed colors (`rgb(r, g, b)`). */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.039_28 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * The contrast of the place field's border against the field and against the search form
 * around it: WCAG 1.4.11 asks 3:1 of both for a field's boundary, and axe does not check it.
 */
async function fieldBorderContrast(page: Page): Promise<number> {
  const colors = await page.$eval('peer-groups >>> input[part="place"]', (field) => {
    const form = field.closest('form') as Element;
    return {
      border: getComputedStyle(field).borderInlineStartColor,
      field: getComputedStyle(field).backgroundColor,
      form: getComputedStyle(form).backgroundColor,
    };
  });
  return Math.min(contrast(colors.border, colors.field), contrast(colors.border, colors.form));
}

function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The text of the widget's live region, which announces each result. */
function announced(page: Page): Promise<string> {
  return page.$eval(
    'peer-groups >>> [role="status"]',
    (status) => status.textContent?.trim() ?? '',
  );
}

beforeAll(async () => {
  demo = await spawnDemo();
  browser = await puppeteer.launch(browserLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

describe('the demo that npm start runs', () => {
  it('serves the clinic page with the bundle, its true integrity hash and a strict CSP', async () => {
    const response = await fetch(demo.siteUrl);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src 'self' ${new URL(demo.apiUrl).origin}`);
    const html = await response.text();
    const script = /<script\s[^>]*src="([^"]+)"[^>]*>/.exec(html)?.[0] ?? '';
    expect(script).toContain('src="/assets/peer-groups.js"');
    expect(script).toContain('crossorigin="anonymous"');
    expect(html).toContain(`api="${demo.apiUrl}"`);

    const bundle = Buffer.from(
      await (await fetch(new URL('/assets/peer-groups.js', demo.siteUrl))).arrayBuffer(),
    );
    const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
    expect(script).toContain(`integrity="${integrity}"`);
  });

  it('lets a patient search by postal code and open a group, with every request on this machine', async () => {
    const record = await openPage('/');
    const { page, requests } = record;
    await untilCards(record);
    expect(await accessibilityViolations(page)).toEqual([]);

    const place = await page.waitForSelector('peer-groups >>> input[part="place"]', SHOWN);
    await place?.click({ count: 3 });
    await place?.type('02116');
    await page.click('peer-groups >>> button[part="submit"]');
    await page.waitForFunction(() => location.search.includes('pg-near=02116'), WAIT);
    await page.waitForFunction(() => {
      const widget = document.querySelector('peer-groups')?.shadowRoot;
      const results = widget?.querySelector('[part="results"]');
      return results?.getAttribute('aria-busy') === 'false';
    }, WAIT);
    expect(await announced(page)).toMatch(/\d+ groups? found/);
    expect(requests.some((url) => url.includes('near=02116'))).toBe(true);

    const name = await page.waitForSelector('peer-groups >>> peer-group-card >>> button', SHOWN);
    const title = (await name?.evaluate((button) => button.textContent?.trim())) ?? '';
    expect(title).not.toBe('');
    await name?.click();
    const heading = await page.waitForSelector(
      'peer-groups >>> peer-group-detail >>> [part="heading"]',
      SHOWN,
    );
    expect(await heading?.evaluate((element) => element.textContent?.trim())).toBe(title);
    await page.waitForFunction(() => location.search.includes('pg-group='), WAIT);

    const offMachine = requests.filter(
      (url) => !LOOPBACK.has(new URL(url).host.split(':')[0] ?? ''),
    );
    expect(offMachine).toEqual([]);
    expect(requests.some((url) => url.startsWith(`${demo.apiUrl}/v1/groups`))).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the branded page with the finder themed through its custom properties', async () => {
    const record = await openPage('/theme.html');
    const { page } = record;
    await untilCards(record);
    const accent = await page.$eval('peer-groups', (widget) =>
      getComputedStyle(widget).getPropertyValue('--peer-groups-color-accent').trim(),
    );
    expect(accent).toBe('#5a1e6b');
    expect(await fieldBorderContrast(page)).toBeGreaterThanOrEqual(3);
    expect(await cspViolations(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await fieldBorderContrast(page)).toBeGreaterThanOrEqual(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the Spanish page with the finder in Spanish', async () => {
    const record = await openPage('/es.html');
    const { page } = record;
    await untilCards(record);
    const title = await page.$eval('peer-groups >>> [part="title"]', (heading) =>
      heading.textContent?.trim(),
    );
    expect(title).toBe('Encuentre un grupo de apoyo entre pares');
    expect(await announced(page)).toMatch(/Se encontr(ó|aron) \d+ grupos?/);
    expect(await cspViolations(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('stops cleanly on Ctrl-C', async () => {
    const siteUrl = demo.siteUrl;
    expect(await demo.stop()).toBe(0);
    expect(demo.output.join('\n')).toContain('Demo stopped.');
    await expect(fetch(siteUrl)).rejects.toThrow();
  });
});
