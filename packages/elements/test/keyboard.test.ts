// The whole finder from the keyboard alone: real Tab, Enter, Space and arrow key presses sent by
// the browser, never .click() or .focus(), with the focus ring checked at every stop.
import '../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { PeerGroups } from '../src/components/peer-groups.js';
import {
  describeElement,
  expectVisibleFocus,
  named,
  pressWith,
  tabTo,
  untilFocused,
} from './a11y.js';
import { API, lastSearch, requests, search, useApi } from './api.js';
import { deepActiveElement, detail, shadow, textOf, untilCards } from './helpers.js';

/** A clinic page around `widget`: a link before it, where a keyboard user arrives from, and after. */
async function clinicPage(widget: unknown): Promise<PeerGroups> {
  const wrapper = await fixture<HTMLElement>(
    html`<div><a href="#clinic" id="before">Clinic home</a>${widget}<a href="#contact">Contact the clinic</a></div>`,
  );
  (wrapper.querySelector('#before') as HTMLElement).focus();
  return wrapper.querySelector('peer-groups') as PeerGroups;
}

/** The clinic page with results on show and focus on the link before the widget. */
async function page(widget = html`<peer-groups api=${API} near="02139"></peer-groups>`) {
  const element = await clinicPage(widget);
  await untilCards(element);
  return element;
}

const isPlace = (element: Element) => element.id === 'place';
const isSelect = (element: Element) => element.localName === 'select';

function groupName(name: string): (element: Element) => boolean {
  return (element) => element.classList.contains('name') && named(name)(element);
}

function filterLabelled(label: string): (element: Element) => boolean {
  return (element) =>
    element instanceof HTMLInputElement &&
    element.type === 'checkbox' &&
    (element.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(label);
}

function inside(widget: Element, element: Element | null): boolean {
  let node: Node | null = element;
  while (node !== null) {
    if (node === widget) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

function correction(element: PeerGroups): Element | null {
  const view = detail(element);
  return view === null ? null : shadow(view).querySelector('peer-group-correction');
}

async function openWithEnter(name: string): Promise<void> {
  await tabTo(groupName(name), { what: `the name of "${name}"` });
  await sendKeys({ press: 'Enter' });
}

describe('keyboard', () => {
  beforeEach(() => useApi());

  describe('search form', () => {
    it('reaches the place field in two presses of Tab, the "where" choice first', async () => {
      await page();
      const stops = await tabTo(isPlace, { what: 'the place field' });
      expect(stops.map(describeElement)).to.have.length(2);
      expect((stops[0] as HTMLInputElement).type).to.equal('radio');
    });

    it('searches a typed postal code when Enter is pressed in the place field', async () => {
      await page();
      await tabTo(isPlace);
      await pressWith('Control', 'a');
      await sendKeys({ type: '10001' });
      requests.length = 0;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.length > 0, 'Enter in the place field sent no search');
      expect(lastSearch().get('near')).to.equal('10001');
    });

    it('searches typed words from the words field with Enter', async () => {
      await page();
      await tabTo((element) => element.id === 'q');
      await sendKeys({ type: 'grief' });
      requests.length = 0;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.length > 0);
      expect(lastSearch().get('q')).to.equal('grief');
    });

    it('chooses online groups with an arrow key on the "where" radios', async () => {
      const element = await page();
      await tabTo((candidate) => (candidate as HTMLInputElement).type === 'radio');
      requests.length = 0;
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => requests.length > 0, 'the arrow key chose nothing');
      expect(lastSearch().get('attendance')).to.equal('online,hybrid');
      expect((deepActiveElement() as HTMLInputElement).value).to.equal('online');
      expectVisibleFocus();
      expect(shadow(element).querySelector('#place')).to.equal(null);
    });

    it('changes the order with an arrow key on the sort menu', async () => {
      await page();
      await tabTo(isSelect, { what: 'the sort menu' });
      requests.length = 0;
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => requests.length > 0, 'the arrow key changed no order');
      expect(lastSearch().get('sort')).to.equal('next');
    });
  });

  describe('filters', () => {
    it('checks a filter with Space and keeps focus on it', async () => {
      await page();
      const grief = filterLabelled('Grief and loss');
      await tabTo(grief, { what: 'the "Grief and loss" filter' });
      requests.length = 0;
      await sendKeys({ press: 'Space' });
      await waitUntil(() => requests.length > 0, 'Space on the filter sent no search');
      expect(lastSearch().get('topics')).to.equal('grief-and-loss');
      const focused = deepActiveElement() as HTMLInputElement;
      expect(grief(focused), describeElement(focused)).to.equal(true);
      expect(focused.checked).to.equal(true);
      expectVisibleFocus();
    });

    it('unchecks it with Space again', async () => {
      await page(html`<peer-groups api=${API} near="02139" topics="grief-and-loss"></peer-groups>`);
      await tabTo(filterLabelled('Grief and loss'));
      requests.length = 0;
      await sendKeys({ press: 'Space' });
      await waitUntil(() => requests.length > 0);
      expect(lastSearch().has('topics')).to.equal(false);
    });

    it('folds the filters away and back with Enter on their summary', async () => {
      const element = await page();
      await tabTo(named('Filters'));
      const details = shadow(element).querySelector('details') as HTMLDetailsElement;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !details.open, 'Enter did not fold the filters');
      await sendKeys({ press: 'Space' });
      await waitUntil(() => details.open, 'Space did not unfold the filters');
    });

    it('clears every filter with Enter on "Clear all filters"', async () => {
      await page(
        html`<peer-groups api=${API} near="02139" topics="anxiety" days="mon"></peer-groups>`,
      );
      await tabTo(named('Clear all filters'));
      requests.length = 0;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.length > 0);
      expect(lastSearch().has('topics')).to.equal(false);
      expect(lastSearch().has('days')).to.equal(false);
    });
  });

  describe('results and a group', () => {
    it('tabs from the form through the filters and the sort menu into the results, in that order', async () => {
      await page();
      const stops = (await tabTo(groupName('Cambridge Grief Circle'))).map(describeElement);
      const order = [
        'Search',
        'Filters',
        'Clear all filters',
        '<select>',
        'Cambridge Grief Circle',
      ];
      const positions = order.map((label) => stops.findIndex((stop) => stop.includes(label)));
      expect(positions, stops.join(', ')).to.deep.equal([...positions].sort((a, b) => a - b));
      expect(positions).to.not.include(-1);
    });

    it('opens a group with Enter on its name and moves focus to its heading', async () => {
      const element = await page();
      await openWithEnter('Recuperación Juntos');
      const heading = await untilFocused(
        (candidate) => candidate.localName === 'h2' && named('Recuperación Juntos')(candidate),
        "the group's heading",
      );
      expect(inside(detail(element) as Element, heading)).to.equal(true);
      expectVisibleFocus();
    });

    it('opens a group with Space on its name too', async () => {
      await page();
      await tabTo(groupName('Cambridge Grief Circle'));
      await sendKeys({ press: 'Space' });
      await untilFocused(
        (candidate) => candidate.localName === 'h2' && named('Cambridge Grief Circle')(candidate),
        "the group's heading",
      );
    });

    it("tabs through the group's links and then its actions, in reading order", async () => {
      await page();
      await openWithEnter('Recuperación Juntos');
      await untilFocused((candidate) => candidate.localName === 'h2', 'the heading');
      const stops = (await tabTo(named('Suggest a correction'))).map(
        (stop) => stop.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      );
      expect(stops).to.deep.equal([
        'Directions in your map app',
        'Join on Zoom',
        '+1 617 555 0100',
        'ana@example.org',
        'Add to calendar',
        'Share',
        'Print',
        'Suggest a correction',
      ]);
    });

    it('goes back with Enter on "Back to results" and returns focus to the card it came from', async () => {
      await page();
      await openWithEnter('Recuperación Juntos');
      await untilFocused((candidate) => candidate.localName === 'h2', 'the heading');
      await tabTo(named('Back to results'), { backwards: true, limit: 3 });
      await sendKeys({ press: 'Enter' });
      await untilFocused(groupName('Recuperación Juntos'), 'the name of the card it came from');
      expectVisibleFocus();
    });

    it('shows more groups with Enter and carries on from the first new one', async () => {
      await useApi(search.many(25));
      await page(html`<peer-groups api=${API} near="02139" page-size="10"></peer-groups>`);
      await tabTo(named('Show more groups'), { limit: 80 });
      await sendKeys({ press: 'Enter' });
      await untilFocused(groupName('Support group 11'), 'the first new group');
      expectVisibleFocus();
      await sendKeys({ press: 'Tab' });
      expect(groupName('Support group 12')(deepActiveElement() as Element)).to.equal(true);
    });
  });

  describe('correction form', () => {
    async function openCorrection(element: PeerGroups): Promise<void> {
      await openWithEnter('Cambridge Grief Circle');
      await untilFocused((candidate) => candidate.localName === 'h2', 'the heading');
      await tabTo(named('Suggest a correction'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => correction(element) !== null, 'Enter opened no correction form');
      await (correction(element) as LitElement).updateComplete;
    }

    it('opens with Enter, and its fields and buttons follow in Tab order', async () => {
      const element = await page();
      await openCorrection(element);
      expect(deepActiveElement()?.getAttribute('aria-expanded')).to.equal('true');
      const stops = await tabTo(named('Cancel'), { limit: 6 });
      expect(stops.map((stop) => stop.id || stop.textContent?.trim())).to.deep.equal([
        'note',
        'email',
        'Send',
        'Cancel',
      ]);
    });

    it('sends a note typed from the keyboard with Enter on Send', async () => {
      const element = await page();
      await openCorrection(element);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'The group moved to Room 5.' });
      await tabTo(named('Send'), { limit: 3 });
      requests.length = 0;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(correction(element) as Element).includes('Thank you'));
      const sent = requests.find((request) => request.url.endsWith('/v1/submissions'));
      expect(await sent?.json()).to.deep.include({ note: 'The group moved to Room 5.' });
    });

    it('closes with Enter on Cancel and returns focus to "Suggest a correction"', async () => {
      const element = await page();
      await openCorrection(element);
      await tabTo(named('Cancel'), { limit: 6 });
      await sendKeys({ press: 'Enter' });
      const toggle = await untilFocused(named('Suggest a correction'), 'the button that opened it');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expectVisibleFocus();
    });
  });

  describe('short list', () => {
    it('adds a group to the short list with Space on its checkbox', async () => {
      const element = await page(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await tabTo(groupName('Cambridge Grief Circle'));
      await sendKeys({ press: 'Tab' });
      expect((deepActiveElement() as HTMLInputElement).type).to.equal('checkbox');
      expectVisibleFocus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => textOf(element).includes('Short list (1)'));
    });
  });
  describe('when the pressed control goes away', () => {
    /** Focus must stay in the widget, from where the next Tab carries on, not fall to the page. */
    async function expectFocusKept(element: PeerGroups, after: string): Promise<void> {
      await element.updateComplete;
      await waitUntil(
        () => inside(element, deepActiveElement()),
        `after ${after}, focus fell out of the widget to ${describeElement(deepActiveElement())}`,
      );
      await sendKeys({ press: 'Tab' });
      expect(
        deepActiveElement(),
        `after ${after}, Tab went to ${describeElement(deepActiveElement())}`,
      ).to.not.equal(document.body);
    }

    async function pickFirst(element: PeerGroups): Promise<void> {
      await tabTo(groupName('Cambridge Grief Circle'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await waitUntil(() => textOf(element).includes('Short list (1)'));
    }

    it('keeps focus in the widget when "Print referral handout" opens the handout', async () => {
      const element = await page(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await pickFirst(element);
      await tabTo(named('Print referral handout'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(element).querySelector('peer-group-handout') !== null);
      await expectFocusKept(element, 'opening the handout');
    });

    it('keeps focus in the widget when "Back to results" leaves the handout', async () => {
      const element = await page(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await pickFirst(element);
      await tabTo(named('Print referral handout'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(element).querySelector('peer-group-handout') !== null);
      await tabTo(named('Back to results'), { limit: 4 });
      await sendKeys({ press: 'Enter' });
      await untilCards(element);
      await expectFocusKept(element, 'leaving the handout');
    });

    it('keeps focus in the widget when "Clear short list" empties it', async () => {
      const element = await page(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await pickFirst(element);
      await tabTo(named('Clear short list'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !textOf(element).includes('Short list'));
      await expectFocusKept(element, 'clearing the short list');
    });

    it('keeps focus in the widget when "Show online groups" replaces an empty result', async () => {
      await useApi(search.empty());
      const element = await clinicPage(html`<peer-groups api=${API} near="02139"></peer-groups>`);
      await waitUntil(() => textOf(element).includes('No groups match'));
      await tabTo(named('Show online groups'));
      await useApi();
      await sendKeys({ press: 'Enter' });
      await untilCards(element);
      await expectFocusKept(element, 'showing online groups');
    });

    it('keeps focus in the widget when "Try again" replaces a failure notice', async () => {
      await useApi(search.error());
      const element = await clinicPage(html`<peer-groups api=${API} near="02139"></peer-groups>`);
      await waitUntil(() => textOf(element).includes('not answering'), undefined, {
        timeout: 4000,
      });
      await tabTo(named('Try again'));
      await useApi();
      await sendKeys({ press: 'Enter' });
      await untilCards(element);
      await expectFocusKept(element, 'trying again');
    });

    it('keeps focus in the correction form once the note is sent', async () => {
      const element = await page();
      await openWithEnter('Cambridge Grief Circle');
      await untilFocused((candidate) => candidate.localName === 'h2', 'the heading');
      await tabTo(named('Suggest a correction'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => correction(element) !== null);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'The group moved to Room 5.' });
      await tabTo(named('Send'), { limit: 3 });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(correction(element) as Element).includes('Thank you'));
      await expectFocusKept(element, 'sending a correction');
    });
  });
});
