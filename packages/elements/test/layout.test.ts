import '../src/define.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { PeerGroupFilters } from '../src/components/peer-group-filters.js';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { API, useApi } from './api.js';
import { cards, filterBox, shadow, untilCards } from './helpers.js';

function overflowsInline(element: Element): boolean {
  const base = shadow(element).querySelector('[part="base"]') as HTMLElement;
  return base.scrollWidth > base.clientWidth + 1;
}

describe('layout and themes', () => {
  beforeEach(() => useApi());
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('fits a 320px screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await fixture<PeerGroups>(
      html`<peer-groups api=${API} near="02139"></peer-groups>`,
    );
    await untilCards(element);
    expect(overflowsInline(element)).to.equal(false);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('starts with the filters folded on a phone and beside the results on a wide screen', async () => {
    const filtersOpen = async (width: number) => {
      await setViewport({ width, height: 700 });
      const element = await fixture<PeerGroups>(
        html`<peer-groups api=${API} near="02139"></peer-groups>`,
      );
      await untilCards(element);
      return (shadow(element).querySelector('details.filters') as HTMLDetailsElement).open;
    };
    expect(await filtersOpen(375)).to.equal(false);
    expect(await filtersOpen(1024)).to.equal(true);
  });

  it('keeps a filter count on one line in a narrow column', async () => {
    const facets = {
      topics: { 'grief-and-loss': 1234 },
      audiences: {},
      attendance: { inPerson: 567 },
      days: {},
      languages: {},
    };
    const filters = await fixture<PeerGroupFilters>(
      html`<peer-group-filters
        style="display:block;inline-size:120px"
        .facets=${facets}
        locale="en"
      ></peer-group-filters>`,
    );
    const counts = shadow(filters).querySelectorAll('label span');
    expect(counts.length).to.be.greaterThan(0);
    for (const count of counts) {
      const oneLine = Number.parseFloat(getComputedStyle(count).lineHeight) + 1;
      expect(count.getBoundingClientRect().height, count.textContent ?? '').to.be.at.most(oneLine);
    }
  });

  it('reflows at 400% zoom (a 320 CSS px wide viewport) with every target at least 24px', async () => {
    await setViewport({ width: 320, height: 256 });
    const element = await fixture<PeerGroups>(
      html`<peer-groups api=${API} near="02139"></peer-groups>`,
    );
    await untilCards(element);
    const targets = [
      ...shadow(element).querySelectorAll('button, input, select'),
      ...cards(element).flatMap((card) => [...shadow(card).querySelectorAll('button')]),
    ];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(Math.min(box.width, box.height), target.outerHTML.slice(0, 80)).to.be.at.least(24);
    }
  });

  it('meets contrast and every other axe rule in the dark theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await fixture<PeerGroups>(
      html`<peer-groups api=${API} near="02139"></peer-groups>`,
    );
    await untilCards(element);
    const background = getComputedStyle(
      shadow(element).querySelector('form') as Element,
    ).backgroundColor;
    expect(background).to.equal('rgb(34, 40, 49)');
    await expect(element).to.be.accessible();
  });

  it('lays out right to left on right-to-left pages', async () => {
    // Inline items, which sit at the left edge unless the layout follows the page's direction.
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl"><peer-groups api=${API} near="02139"></peer-groups></div>`,
    );
    const element = wrapper.querySelector('peer-groups') as PeerGroups;
    await untilCards(element);
    const root = shadow(element);
    const edge = (target: Element, side: 'left' | 'right') =>
      Math.round(target.getBoundingClientRect()[side]);
    const contentRight = (box: Element) =>
      edge(box, 'right') - Number.parseFloat(getComputedStyle(box).paddingRight);

    const form = root.querySelector('form') as HTMLElement;
    const place = root.querySelector('[part="place"]') as HTMLElement;
    const locate = root.querySelector('[part="locate"]') as HTMLElement;
    expect(edge(place, 'right'), 'the place field starts at the right').to.equal(
      contentRight(form),
    );
    expect(edge(locate, 'right'), 'the locate button follows to its left').to.be.below(
      edge(place, 'left'),
    );

    const checkbox = filterBox(element, 'Grief and loss');
    const label = checkbox.closest('label') as HTMLElement;
    const margin = Number.parseFloat(getComputedStyle(checkbox).marginRight);
    expect(edge(checkbox, 'right'), 'a filter box sits right of its words').to.equal(
      Math.round(label.getBoundingClientRect().right - margin),
    );

    const card = shadow(cards(element)[0] as Element);
    const name = card.querySelector('[part="name"]') as HTMLElement;
    const article = card.querySelector('article') as HTMLElement;
    const border = Number.parseFloat(getComputedStyle(article).borderRightWidth);
    expect(edge(name, 'right'), "a group's name starts at the right of its card").to.equal(
      Math.round(contentRight(article) - border),
    );
  });
});
