// Layout shift, measured as Chrome measures Cumulative Layout Shift: a PerformanceObserver of
// 'layout-shift' entries while what was loading replaces its placeholder, on a clinic page with
// content below the widget. Core Web Vitals call a score under 0.1 good.
import '../src/define.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import { HttpResponse, http } from 'msw';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { API, useApi } from './api.js';
import { pageOf, searchHits } from './fixtures/groups.js';
import { detail, shadow, untilCards } from './helpers.js';

const GOOD = 0.1;

interface LayoutShift extends PerformanceEntry {
  value: number;
  sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

/**
 * The layout shift while `during` runs and the frames after it paint. Every shift counts: the
 * tests press nothing, and Chrome marks shifts just after a viewport change as "after input".
 */
async function layoutShift(
  during: () => Promise<void>,
): Promise<{ score: number; shifts: string }> {
  const entries: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => {
    entries.push(...(list.getEntries() as LayoutShift[]));
  });
  observer.observe({ type: 'layout-shift' });
  await during();
  await painted();
  await aTimeout(150);
  observer.disconnect();
  const score = entries.reduce((sum, entry) => sum + entry.value, 0);
  const shifts = entries
    .map(
      (entry) =>
        `${entry.value.toFixed(4)} (${entry.sources
          .map(
            (source) =>
              `${source.node?.nodeName ?? 'a node in a shadow root'} from y=${Math.round(source.previousRect.y)} to y=${Math.round(source.currentRect.y)}`,
          )
          .join(', ')})`,
    )
    .join('; ');
  return { score, shifts };
}

function expectGood({ score, shifts }: { score: number; shifts: string }): void {
  expect(score, `cumulative layout shift ${score.toFixed(4)}: ${shifts}`).to.be.below(GOOD);
}

/** A search answer that waits until released, so the skeleton stays up as long as needed. */
function heldSearch(hits = searchHits()) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const handler = http.get(`${API}/v1/groups`, async () => {
    await held;
    return HttpResponse.json(pageOf(hits));
  });
  return { handler, release };
}

/** A clinic page: the widget, then the clinic's own content below it. */
async function clinicPage(widget: TemplateResult): Promise<PeerGroups> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>${widget}<div style="block-size: 600px; background: #eee">The clinic's page goes on.</div></div>`,
  );
  return wrapper.querySelector('peer-groups') as PeerGroups;
}

/** Waits for two frames, so shifts already rendered are painted, and counted, before measuring. */
async function painted(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await aTimeout(50);
}

async function untilSkeleton(element: PeerGroups): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('.skeleton') !== null, 'no skeleton');
  await painted();
}

/**
 * The layout shift while a held search's results replace the skeleton on a clinic page, the
 * patient scrolled to the results first when `scrolledToResults`.
 */
async function shiftAsResultsReplaceSkeleton(options: { scrolledToResults?: boolean } = {}) {
  const search = heldSearch();
  await useApi(search.handler);
  const element = await clinicPage(html`<peer-groups api=${API} near="02139"></peer-groups>`);
  await untilSkeleton(element);
  if (options.scrolledToResults === true) {
    (shadow(element).querySelector('.results') as HTMLElement).scrollIntoView();
    await painted();
  }
  return layoutShift(async () => {
    search.release();
    await untilCards(element, 3);
  });
}

async function screen(width: number, height: number): Promise<void> {
  await setViewport({ width, height });
  // Chrome counts shifts within 500 ms of a viewport change as after input.
  await aTimeout(600);
}

describe('layout shift', () => {
  afterEach(() => {
    window.scrollTo(0, 0);
    history.replaceState(null, '', location.pathname);
  });
  after(() => setViewport({ width: 800, height: 600 }));

  describe('on a wide screen (1280 x 800)', () => {
    before(() => screen(1280, 800));

    it('stays under 0.1 while results replace the skeleton', async () => {
      expectGood(await shiftAsResultsReplaceSkeleton());
    });

    it('stays under 0.1 when a new search brings fewer results', async () => {
      await useApi();
      const element = await clinicPage(html`<peer-groups api=${API} near="02139"></peer-groups>`);
      await untilCards(element, 3);
      await painted();
      const search = heldSearch(searchHits().slice(0, 1));
      await useApi(search.handler);
      expectGood(
        await layoutShift(async () => {
          element.topics = 'grief-and-loss';
          await waitUntil(() => shadow(element).querySelector('.stale') !== null);
          search.release();
          await untilCards(element, 1);
        }),
      );
    });

    it("stays under 0.1 while a linked group's details replace their placeholder", async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await useApi(
        http.get(`${API}/v1/groups/:id`, async () => {
          await held;
          const {
            distanceKm: _distance,
            nextMeeting: _next,
            ...group
          } = searchHits()[0] as {
            distanceKm?: number;
            nextMeeting?: unknown;
          };
          return HttpResponse.json(group);
        }),
      );
      history.replaceState(null, '', `${location.pathname}?pg-group=grief-circle`);
      const element = await clinicPage(html`<peer-groups api=${API} sync-url></peer-groups>`);
      await untilSkeleton(element);
      expectGood(
        await layoutShift(async () => {
          release();
          await waitUntil(() => detail(element) !== null, 'the group never opened');
          await (detail(element) as LitElement).updateComplete;
        }),
      );
    });
  });

  describe('on a phone (375 x 667)', () => {
    before(() => screen(375, 667));

    it('stays under 0.1 while results replace the skeleton below the fold', async () => {
      expectGood(await shiftAsResultsReplaceSkeleton());
    });

    it('stays under 0.1 while results replace the skeleton the patient has scrolled to', async () => {
      expectGood(await shiftAsResultsReplaceSkeleton({ scrolledToResults: true }));
    });
  });
});
