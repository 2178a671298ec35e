import '../src/define.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { PeerGroupDetail } from '../src/components/peer-group-detail.js';
import type { PeerGroupFilters } from '../src/components/peer-group-filters.js';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { API, lastSearch, requests, search, useApi } from './api.js';
import {
  announced,
  button,
  cards,
  deepActiveElement,
  detail,
  filterBox,
  shadow,
  textOf,
  untilCards,
} from './helpers.js';

async function widget(template = html`<peer-groups api=${API} near="02139"></peer-groups>`) {
  const element = await fixture<PeerGroups>(template);
  return element;
}

async function searchAgain(element: PeerGroups): Promise<void> {
  await waitUntil(() => requests.length > 0, 'expected a search request');
  await untilCards(element);
}

describe('<peer-groups>', () => {
  describe('results', () => {
    beforeEach(() => useApi());

    it('shows each group with its name, next meeting, distance and attendance', async () => {
      const element = await widget();
      await untilCards(element, 3);
      const first = textOf(cards(element)[0] as Element);
      expect(first).to.contain('Cambridge Grief Circle');
      expect(first).to.contain('Next meeting');
      expect(first).to.match(/0\.7 mi away/);
      expect(first).to.contain('In person');
    });

    it('announces how many groups were found in a live region', async () => {
      const element = await widget();
      await untilCards(element);
      await waitUntil(() => announced(element) === '3 groups found');
    });

    it('says when a meeting is happening now or starts within the hour', async () => {
      const element = await widget();
      await untilCards(element, 3);
      expect(textOf(cards(element)[1] as Element)).to.contain('starts within the hour');
      expect(textOf(cards(element)[2] as Element)).to.contain('happening now');
    });

    it('sends the clinic defaults from its attributes', async () => {
      await widget(
        html`<peer-groups
          api=${API}
          near="02139"
          radius-km="10"
          topics="grief-and-loss,substance-use"
          days="tue,bogus"
          languages="es"
        ></peer-groups>`,
      );
      await waitUntil(() => requests.length > 0);
      const params = lastSearch();
      expect(params.get('near')).to.equal('02139');
      expect(params.get('radiusKm')).to.equal('10');
      expect(params.get('topics')).to.equal('grief-and-loss,substance-use');
      expect(params.get('days')).to.equal('tue');
      expect(params.get('language')).to.equal('es');
      expect(params.get('sort')).to.equal('distance');
    });

    const flags: [string, string, string, string][] = [
      ['free', 'cost', 'free', 'Free'],
      ['accessible', 'accessibility', 'wheelchair', 'Wheelchair-accessible venue'],
      ['accepts-referrals', 'acceptsReferrals', 'true', 'Accepts referrals'],
      ['at-facility', 'atFacility', 'true', 'Meets at a healthcare facility'],
      ['within-week', 'withinDays', '7', 'Meets in the next 7 days'],
    ];
    for (const [attribute, parameter, value, label] of flags) {
      it(`starts with "${label}" from the ${attribute} attribute`, async () => {
        const element = await fixture<PeerGroups>(
          `<peer-groups api="${API}" near="02139" ${attribute}></peer-groups>`,
        );
        await untilCards(element);
        expect(lastSearch().get(parameter)).to.equal(value);
        expect(filterBox(element, label).checked).to.equal(true);
      });
    }

    it('fires peer-groups-search with the query and total, bubbling out of the widget', async () => {
      const listener = oneEvent(document, 'peer-groups-search');
      await widget();
      const event = await listener;
      expect(event.detail.total).to.equal(3);
      expect(event.detail.query.near).to.equal('02139');
    });

    it('has no accessibility violations', async () => {
      const element = await widget();
      await untilCards(element);
      await expect(element).to.be.accessible();
    });
  });

  describe('search form', () => {
    beforeEach(() => useApi());

    it('searches the typed place and words', async () => {
      const element = await widget();
      await untilCards(element);
      const root = shadow(element);
      (root.querySelector('#place') as HTMLInputElement).value = 'Somerville';
      (root.querySelector('#q') as HTMLInputElement).value = 'grief';
      requests.length = 0;
      button(root, 'Search').click();
      await searchAgain(element);
      expect(lastSearch().get('near')).to.equal('Somerville');
      expect(lastSearch().get('q')).to.equal('grief');
    });

    it('asks again when Search is pressed on an unchanged search', async () => {
      const element = await widget();
      await untilCards(element);
      requests.length = 0;
      button(shadow(element), 'Search').click();
      await waitUntil(() => requests.length === 1);
    });

    it('switches to online groups, which need no place', async () => {
      const element = await widget();
      await untilCards(element);
      requests.length = 0;
      const online = shadow(element).querySelector<HTMLInputElement>('input[value="online"]');
      online?.click();
      await searchAgain(element);
      expect(lastSearch().has('near')).to.equal(false);
      expect(lastSearch().get('attendance')).to.equal('online,hybrid');
      expect(shadow(element).querySelector('#place')).to.equal(null);
    });

    it('sorts by the order chosen', async () => {
      const element = await widget();
      await untilCards(element);
      requests.length = 0;
      const select = shadow(element).querySelector('select') as HTMLSelectElement;
      select.value = 'next';
      select.dispatchEvent(new Event('change'));
      await searchAgain(element);
      expect(lastSearch().get('sort')).to.equal('next');
    });

    it('uses a coarse position only after the patient asks, and explains why', async () => {
      const original = navigator.geolocation.getCurrentPosition;
      let asked = 0;
      Object.defineProperty(navigator.geolocation, 'getCurrentPosition', {
        configurable: true,
        value: (success: PositionCallback) => {
          asked += 1;
          success({
            coords: { latitude: 42.373_61, longitude: -71.109_72 },
          } as GeolocationPosition);
        },
      });
      try {
        const element = await widget();
        await untilCards(element);
        expect(asked).to.equal(0);
        expect(textOf(element)).to.contain('rounded to about 1 km');
        requests.length = 0;
        button(shadow(element), 'Use my location').click();
        await searchAgain(element);
        expect(asked).to.equal(1);
        expect(lastSearch().get('near')).to.equal('42.37,-71.11');
      } finally {
        Object.defineProperty(navigator.geolocation, 'getCurrentPosition', {
          configurable: true,
          value: original,
        });
      }
    });
  });

  describe('filters', () => {
    beforeEach(() => useApi());

    const cases: [string, string, string][] = [
      ['Grief and loss', 'topics', 'grief-and-loss'],
      ['Families', 'audiences', 'families'],
      ['Hybrid', 'attendance', 'hybrid'],
      ['Tuesday', 'days', 'tue'],
      ['Evening', 'timeOfDay', 'evening'],
      ['Spanish', 'language', 'es'],
      ['Free', 'cost', 'free'],
      ['Wheelchair-accessible venue', 'accessibility', 'wheelchair'],
      ['Accepts referrals', 'acceptsReferrals', 'true'],
      ['Meets at a healthcare facility', 'atFacility', 'true'],
      ['Meets in the next 7 days', 'withinDays', '7'],
    ];
    for (const [label, parameter, value] of cases) {
      it(`sends ${parameter}=${value} when "${label}" is checked`, async () => {
        const element = await widget();
        await untilCards(element);
        requests.length = 0;
        filterBox(element, label).click();
        await searchAgain(element);
        expect(lastSearch().get(parameter)).to.equal(value);
      });
    }

    it('shows counts from the facets', async () => {
      const element = await widget();
      await untilCards(element);
      const label = filterBox(element, 'Grief and loss').parentElement;
      expect(label?.textContent).to.contain('(1)');
    });

    it('writes the counts as numbers of the widget language', async () => {
      const facets = {
        topics: { anxiety: 12345 },
        audiences: {},
        attendance: {},
        days: {},
        languages: {},
      };
      for (const [locale, written] of [
        ['en', '(12,345)'],
        ['es', '(12.345)'],
      ]) {
        const element = await fixture<PeerGroupFilters>(
          html`<peer-group-filters .facets=${facets} locale=${locale}></peer-group-filters>`,
        );
        expect(textOf(element)).to.contain(written);
      }
    });

    it('clears every filter at once', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" topics="anxiety" days="mon"></peer-groups>`,
      );
      await untilCards(element);
      requests.length = 0;
      const filtersElement = shadow(element).querySelector('peer-group-filters') as Element;
      button(shadow(filtersElement), 'Clear all filters').click();
      await searchAgain(element);
      expect(lastSearch().has('topics')).to.equal(false);
      expect(lastSearch().has('days')).to.equal(false);
      expect(lastSearch().get('near')).to.equal('02139');
    });
  });

  describe('states', () => {
    it('reserves the results height with a skeleton while loading', async () => {
      await useApi(search.slow());
      const element = await widget();
      await waitUntil(() => shadow(element).querySelectorAll('.skeleton').length === 3);
      const list = shadow(element).querySelector('.results') as HTMLElement;
      expect(list.getBoundingClientRect().height).to.be.greaterThan(300);
      expect(announced(element)).to.equal('Loading groups…');
      await expect(element).to.be.accessible();
    });

    it('suggests a wider area and online groups when nothing matches', async () => {
      await useApi(search.empty());
      const element = await widget();
      await waitUntil(() => textOf(element).includes('No groups match'));
      await expect(element).to.be.accessible();
      requests.length = 0;
      button(shadow(element), 'Search within 31 mi').click();
      await waitUntil(() => requests.length > 0);
      expect(lastSearch().get('radiusKm')).to.equal('50');
    });

    it('offers online groups when nothing matches nearby', async () => {
      await useApi(search.empty());
      const element = await widget();
      await waitUntil(() => textOf(element).includes('No groups match'));
      requests.length = 0;
      button(shadow(element), 'Show online groups').click();
      await waitUntil(() => requests.length > 0);
      expect(lastSearch().get('attendance')).to.equal('online,hybrid');
    });

    it('explains a failing directory in plain words, and retries', async () => {
      await useApi(search.error());
      const errors: string[] = [];
      const element = await widget();
      element.addEventListener('peer-groups-error', (event) => errors.push(event.detail.kind));
      await waitUntil(() => textOf(element).includes('not answering'), undefined, {
        timeout: 4000,
      });
      expect(errors).to.deep.equal(['failed']);
      await expect(element).to.be.accessible();
      await useApi();
      button(shadow(element), 'Try again').click();
      await untilCards(element, 3);
    });

    it('says the patient seems offline when the network fails', async () => {
      await useApi(search.offline());
      const element = await widget();
      await waitUntil(() => textOf(element).includes('offline'), undefined, { timeout: 4000 });
      expect(shadow(element).querySelector('[part="retry"]')).to.not.equal(null);
    });

    it('asks the patient to wait when rate-limited, with the seconds the directory gave', async () => {
      await useApi(search.rateLimited(30));
      const element = await widget();
      await waitUntil(() => textOf(element).includes('wait 30 seconds'), undefined, {
        timeout: 4000,
      });
      expect(shadow(element).querySelector('[part="retry"]')).to.not.equal(null);
    });

    it('treats an answer that fails the schema as a failure, not a crash', async () => {
      await useApi(search.schemaFailure());
      const element = await widget();
      await waitUntil(() => textOf(element).includes('not answering'), undefined, {
        timeout: 4000,
      });
    });

    it('says when the typed place is unknown', async () => {
      await useApi(search.placeUnknown());
      const element = await widget();
      await waitUntil(() => textOf(element).includes('could not find that place'));
    });
  });

  describe('show more', () => {
    it('appends the next page and focuses its first group', async () => {
      await useApi(search.many(25));
      const element = await widget(
        html`<peer-groups api=${API} near="02139" page-size="10"></peer-groups>`,
      );
      await untilCards(element, 10);
      button(shadow(element), 'Show more groups').click();
      await untilCards(element, 20);
      await waitUntil(() => deepActiveElement()?.textContent?.trim() === 'Support group 11');
      expect(lastSearch().get('cursor')).to.equal('offset-10');
    });
  });

  describe('detail and keyboard path', () => {
    beforeEach(() => useApi());

    it('opens a group, moves focus to its name, and returns focus to it on back', async () => {
      const element = await widget();
      await untilCards(element, 3);
      const opened = oneEvent(element, 'peer-groups-select');
      const name = shadow(cards(element)[0] as Element).querySelector(
        'button',
      ) as HTMLButtonElement;
      name.focus();
      name.click();
      expect((await opened).detail.group.id).to.equal('grief-circle');
      await waitUntil(() => deepActiveElement()?.localName === 'h2');
      expect(deepActiveElement()?.textContent).to.equal('Cambridge Grief Circle');
      await expect(element).to.be.accessible();
      button(shadow(element), 'Back to results').click();
      await waitUntil(() => deepActiveElement()?.localName === 'button');
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Cambridge Grief Circle');
    });

    it('shows the schedule in words, the join link naming its platform, and when verified', async () => {
      const element = await widget();
      await untilCards(element, 3);
      (shadow(cards(element)[1] as Element).querySelector('button') as HTMLButtonElement).click();
      await waitUntil(() => detail(element) !== null);
      const view = detail(element) as Element;
      await (detail(element) as { updateComplete: Promise<unknown> }).updateComplete;
      const text = textOf(view);
      expect(text).to.match(/Wednesday/);
      expect(text).to.contain('Join on Zoom');
      expect(text).to.contain('Listing last verified');
    });
  });

  describe('short list', () => {
    beforeEach(() => useApi());

    it('lets a clinician pick groups and open a printable handout', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await untilCards(element, 3);
      for (const card of cards(element).slice(0, 2)) {
        (shadow(card).querySelector('input[type="checkbox"]') as HTMLInputElement).click();
      }
      await waitUntil(() => textOf(element).includes('Short list (2)'));
      button(shadow(element), 'Print referral handout').click();
      await waitUntil(() => shadow(element).querySelector('peer-group-handout') !== null);
      const handout = shadow(element).querySelector('peer-group-handout') as Element;
      await (handout as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadow(handout).querySelectorAll('li')).to.have.length(2);
      expect(textOf(handout)).to.contain('Cambridge Health Center, 1 Main St, Cambridge, MA 02139');
      await expect(element).to.be.accessible();
    });
  });

  describe('Spanish', () => {
    beforeEach(() => useApi());

    it('speaks Spanish from lang, with kilometres', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" lang="es"></peer-groups>`,
      );
      await untilCards(element, 3);
      await waitUntil(() => announced(element) === 'Se encontraron 3 grupos');
      const text = textOf(element);
      expect(text).to.contain('Encuentre un grupo de apoyo');
      expect(textOf(cards(element)[0] as Element)).to.contain('a 1,2 km');
      expect(textOf(cards(element)[0] as Element)).to.contain('Duelo y pérdida');
      await expect(element).to.be.accessible();
    });

    it('follows the page language when the widget has none', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><peer-groups api=${API} online></peer-groups></div>`,
      );
      const element = wrapper.querySelector('peer-groups') as PeerGroups;
      await untilCards(element);
      expect(textOf(element)).to.contain('Grupos en línea');
    });
  });

  describe('deep links', () => {
    beforeEach(() => useApi());
    afterEach(() => history.replaceState(null, '', location.pathname));

    it('keeps the search in the URL and restores it on back', async () => {
      history.replaceState(null, '', `${location.pathname}?keep=1`);
      const element = await widget(
        html`<peer-groups api=${API} near="02139" sync-url></peer-groups>`,
      );
      await untilCards(element);
      filterBox(element, 'Free').click();
      await waitUntil(() => new URLSearchParams(location.search).get('pg-free') === '1');
      expect(new URLSearchParams(location.search).get('keep')).to.equal('1');
      requests.length = 0;
      history.back();
      await waitUntil(() => !new URLSearchParams(location.search).has('pg-free'));
      await waitUntil(() => !filterBox(element, 'Free').checked);
      // The first entry has no pg-* parameters: the clinic's defaults come back, place included.
      await waitUntil(() => requests.length > 0, 'expected a search after back');
      expect(lastSearch().get('near')).to.equal('02139');
      expect(lastSearch().has('cost')).to.equal(false);
      expect((shadow(element).querySelector('#place') as HTMLInputElement).value).to.equal('02139');
      requests.length = 0;
      history.forward();
      await waitUntil(() => filterBox(element, 'Free').checked);
      await waitUntil(() => requests.length > 0, 'expected a search after forward');
      expect(lastSearch().get('near')).to.equal('02139');
      expect(lastSearch().get('cost')).to.equal('free');
    });

    it('opens the group a link names', async () => {
      history.replaceState(null, '', `${location.pathname}?pg-near=02139&pg-group=anxiety-online`);
      const element = await widget(html`<peer-groups api=${API} sync-url></peer-groups>`);
      await waitUntil(() => detail(element) !== null);
      await waitUntil(() => textOf(detail(element) as Element).includes('Online Anxiety Support'));
      expect(textOf(detail(element) as Element)).to.contain('Join on Microsoft Teams');
    });

    it('shares a link to the group alone, keeping the page own parameters', async () => {
      history.replaceState(null, '', `${location.pathname}?keep=1`);
      const element = await widget(
        html`<peer-groups api=${API} near="02139" sync-url></peer-groups>`,
      );
      await untilCards(element);
      filterBox(element, 'Free').click();
      await waitUntil(() => new URLSearchParams(location.search).has('pg-free'));
      (shadow(cards(element)[0] as Element).querySelector('button') as HTMLButtonElement).click();
      await waitUntil(() => detail(element) !== null);
      const shared = new URL(detail(element)?.shareUrl ?? '');
      expect(shared.pathname).to.equal(location.pathname);
      // Not the sharer's place or filters: only the group, which opens with or without sync-url.
      expect([...shared.searchParams]).to.deep.equal([
        ['keep', '1'],
        ['pg-group', 'grief-circle'],
      ]);
    });

    it('opens a shared group without sync-url, over the clinic search, and leaves the address alone', async () => {
      const address = `${location.pathname}?keep=1&pg-near=90210&pg-group=anxiety-online`;
      history.replaceState(null, '', address);
      const element = await widget();
      await waitUntil(() => textOf(detail(element) ?? element).includes('Online Anxiety Support'));
      await waitUntil(() => requests.some((request) => request.url.includes('/v1/groups?')));
      expect(lastSearch().get('near')).to.equal('02139');
      button(shadow(element), 'Back to results').click();
      await untilCards(element, 3);
      expect(`${location.pathname}${location.search}`).to.equal(address);
    });

    it('opens a shared group over the clinic search with sync-url too', async () => {
      history.replaceState(null, '', `${location.pathname}?pg-group=anxiety-online`);
      const element = await widget(
        html`<peer-groups api=${API} near="02139" topics="anxiety" sync-url></peer-groups>`,
      );
      await waitUntil(() => textOf(detail(element) ?? element).includes('Online Anxiety Support'));
      await waitUntil(() => requests.some((request) => request.url.includes('/v1/groups?')));
      expect(lastSearch().get('near')).to.equal('02139');
      expect(lastSearch().get('topics')).to.equal('anxiety');
    });

    it('says when a linked group is gone', async () => {
      history.replaceState(null, '', `${location.pathname}?pg-group=retired-group`);
      const element = await widget(html`<peer-groups api=${API} sync-url></peer-groups>`);
      await waitUntil(() => textOf(element).includes('no longer listed'));
    });
  });

  describe('parts', () => {
    beforeEach(() => useApi());
    const DETAIL = 'peer-group-detail';

    // The host page's rule, as a clinic writes it; each nested element must forward its parts.
    const marked = (names: string[]) => {
      const style = document.createElement('style');
      style.textContent = `${names.map((name) => `peer-groups::part(${name})`).join(', ')} { letter-spacing: 3px; }`;
      document.head.append(style);
      return style;
    };

    /** The element with the part `part` in the element that `path` leads to, root by root. */
    function partOf(widget: PeerGroups, path: string[], part: string): Element {
      let root: ShadowRoot = shadow(widget);
      for (const selector of path) root = shadow(root.querySelector(selector) as Element);
      const element = root.querySelector(`[part~="${part}"]`);
      if (element === null) throw new Error(`No part "${part}" in ${path.join(' › ')}.`);
      return element;
    }

    /** Checks that each forwarded name, marked from the host page, styles its nested part. */
    function expectStyled(widget: PeerGroups, forwarded: [string, string[], string][]) {
      const style = marked(forwarded.map(([name]) => name));
      try {
        for (const [name, path, part] of forwarded) {
          const spacing = getComputedStyle(partOf(widget, path, part)).letterSpacing;
          expect(spacing, `::part(${name})`).to.equal('3px');
        }
      } finally {
        style.remove();
      }
    }

    it('lets the host page style the parts of the cards and filters', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await untilCards(element, 3);
      expectStyled(element, [
        ['card', ['peer-group-card'], 'card'],
        ['card-name', ['peer-group-card'], 'name'],
        ['card-topics', ['peer-group-card'], 'topics'],
        ['card-next', ['peer-group-card'], 'next'],
        // The second result starts within the hour, so its card has the badge.
        ['card-now', ['li:nth-child(2) peer-group-card'], 'now'],
        ['card-facts', ['peer-group-card'], 'facts'],
        ['card-pick', ['peer-group-card'], 'pick'],
        ['filter-group', ['peer-group-filters'], 'group'],
        ['filter-clear', ['peer-group-filters'], 'clear'],
      ]);
    });

    it('lets the host page style the parts of an open group and its correction form', async () => {
      const element = await widget();
      await untilCards(element, 3);
      (shadow(cards(element)[1] as Element).querySelector('button') as HTMLButtonElement).click();
      await waitUntil(() => detail(element) !== null);
      const view = detail(element) as PeerGroupDetail;
      await view.updateComplete;
      button(shadow(view), 'Suggest a correction').click();
      await view.updateComplete;
      await (shadow(view).querySelector('peer-group-correction') as LitElement).updateComplete;
      expectStyled(element, [
        ['detail', [DETAIL], 'detail'],
        ['detail-heading', [DETAIL], 'heading'],
        ['detail-section', [DETAIL], 'section'],
        ['detail-now', [DETAIL], 'now'],
        ['detail-actions', [DETAIL], 'actions'],
        ['detail-join', [DETAIL], 'join'],
        ['detail-directions', [DETAIL], 'directions'],
        ['detail-verified', [DETAIL], 'verified'],
        ['correction', [DETAIL], 'correction'],
        ['correction-form', [DETAIL, 'peer-group-correction'], 'form'],
        ['correction-note', [DETAIL, 'peer-group-correction'], 'note'],
        ['correction-email', [DETAIL, 'peer-group-correction'], 'email'],
      ]);
    });

    it('lets the host page style the referral handout', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await untilCards(element, 3);
      (shadow(cards(element)[0] as Element).querySelector('input') as HTMLInputElement).click();
      await waitUntil(() => textOf(element).includes('Short list (1)'));
      button(shadow(element), 'Print referral handout').click();
      await waitUntil(() => shadow(element).querySelector('peer-group-handout') !== null);
      await (shadow(element).querySelector('peer-group-handout') as LitElement).updateComplete;
      expectStyled(element, [
        ['handout', ['peer-group-handout'], 'handout'],
        ['handout-group', ['peer-group-handout'], 'group'],
      ]);
    });
  });

  describe('privacy', () => {
    beforeEach(() => useApi());

    it('talks only to the configured API, stores nothing and sets no cookie', async () => {
      // An observer, not the entry buffer: the test page's own modules fill the buffer's 250 slots.
      const fetched: string[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) fetched.push(entry.name);
      });
      observer.observe({ type: 'resource' });
      sessionStorage.clear();
      localStorage.clear();
      const element = await widget(
        html`<peer-groups api=${API} near="02139" sync-url></peer-groups>`,
      );
      await untilCards(element);
      (shadow(cards(element)[0] as Element).querySelector('button') as HTMLButtonElement).click();
      await waitUntil(() => detail(element) !== null);
      await aTimeout(50);
      observer.disconnect();
      const origins = new Set(fetched.map((name) => new URL(name).origin));
      expect([...origins]).to.deep.equal([API]);
      expect(requests.every((request) => new URL(request.url).origin === API)).to.equal(true);
      expect(requests.every((request) => request.credentials === 'omit')).to.equal(true);
      expect(requests.every((request) => request.referrer === '')).to.equal(true);
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      history.replaceState(null, '', location.pathname);
    });
  });
});
