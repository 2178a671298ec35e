// axe, with the WCAG 2.2 A and AA rules named, on every view and state of the finder a patient can
// reach: failures, an online-only search, a longer list, a search in flight, the short list and
// handout, the correction form, Spanish, the dark theme and a 320 px screen.
import '../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import { HttpResponse, http } from 'msw';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { expectNoAxeViolations } from './a11y.js';
import { API, search, useApi } from './api.js';
import { button, cards, detail, filterBox, shadow, textOf, untilCards } from './helpers.js';

async function widget(
  template: TemplateResult = html`<peer-groups api=${API} near="02139"></peer-groups>`,
) {
  const element = await fixture<PeerGroups>(template);
  return element;
}

async function untilText(element: PeerGroups, words: string): Promise<void> {
  await waitUntil(() => textOf(element).includes(words), `never said "${words}"`, {
    timeout: 4000,
  });
}

async function openGroup(element: PeerGroups, index: number): Promise<Element> {
  await untilCards(element);
  (shadow(cards(element)[index] as Element).querySelector('.name') as HTMLButtonElement).click();
  await waitUntil(() => detail(element) !== null, 'the group never opened');
  const view = detail(element) as LitElement;
  await view.updateComplete;
  return view;
}

async function openCorrection(element: PeerGroups): Promise<void> {
  const view = await openGroup(element, 0);
  button(shadow(view), 'Suggest a correction').click();
  await waitUntil(() => shadow(view).querySelector('peer-group-correction') !== null);
  await (shadow(view).querySelector('peer-group-correction') as LitElement).updateComplete;
}

async function openHandout(element: PeerGroups): Promise<void> {
  await untilCards(element, 3);
  for (const card of cards(element).slice(0, 2)) {
    (shadow(card).querySelector('input[type="checkbox"]') as HTMLInputElement).click();
  }
  await untilText(element, 'Short list (2)');
  button(shadow(element), 'Print referral handout').click();
  await waitUntil(() => shadow(element).querySelector('peer-group-handout') !== null);
  await (shadow(element).querySelector('peer-group-handout') as LitElement).updateComplete;
}

function gone(status: number) {
  return http.get(`${API}/v1/groups/:id`, () =>
    HttpResponse.json(
      { type: 'urn:peer-groups:problem:gone', title: 'Gone', status },
      { status, headers: { 'Content-Type': 'application/problem+json' } },
    ),
  );
}

describe('axe on every view and state (WCAG 2.2 A and AA)', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname);
  });

  describe('results', () => {
    beforeEach(() => useApi());

    it('passes with results', async () => {
      const element = await widget();
      await untilCards(element, 3);
      await expectNoAxeViolations(element);
    });

    it('passes on the online-only search, without a place field', async () => {
      const element = await widget(html`<peer-groups api=${API} online></peer-groups>`);
      await untilCards(element);
      await expectNoAxeViolations(element);
    });

    it('passes after "Show more groups" has added a page', async () => {
      await useApi(search.many(25));
      const element = await widget(
        html`<peer-groups api=${API} near="02139" page-size="10"></peer-groups>`,
      );
      await untilCards(element, 10);
      button(shadow(element), 'Show more groups').click();
      await untilCards(element, 20);
      await expectNoAxeViolations(element);
    });

    it('passes while a new search runs and the old results wait, marked busy', async () => {
      const element = await widget();
      await untilCards(element, 3);
      await useApi(search.slow());
      filterBox(element, 'Free').click();
      await waitUntil(() => shadow(element).querySelector('.results.stale') !== null);
      const list = shadow(element).querySelector('.results') as HTMLElement;
      expect(list.getAttribute('aria-busy')).to.equal('true');
      await expectNoAxeViolations(element);
    });
  });

  describe('failures', () => {
    it('passes when the patient is offline', async () => {
      await useApi(search.offline());
      const element = await widget();
      await untilText(element, 'offline');
      await expectNoAxeViolations(element);
    });

    it('passes when the directory rate-limits', async () => {
      await useApi(search.rateLimited(30));
      const element = await widget();
      await untilText(element, 'wait 30 seconds');
      await expectNoAxeViolations(element);
    });

    it('passes when the typed place is unknown', async () => {
      await useApi(search.placeUnknown());
      const element = await widget();
      await untilText(element, 'could not find that place');
      await expectNoAxeViolations(element);
    });

    it('passes when a linked group is gone (410)', async () => {
      await useApi(gone(410));
      history.replaceState(null, '', `${location.pathname}?pg-group=retired-group`);
      const element = await widget(html`<peer-groups api=${API} sync-url></peer-groups>`);
      await untilText(element, 'no longer listed');
      await expectNoAxeViolations(element);
    });
  });

  describe('a group, the correction form, the short list and the handout', () => {
    beforeEach(() => useApi());

    it('passes on an online group', async () => {
      const element = await widget();
      await openGroup(element, 2);
      await expectNoAxeViolations(element);
    });

    it('passes with the correction form open', async () => {
      const element = await widget();
      await openCorrection(element);
      await expectNoAxeViolations(element);
    });

    it('passes with the short-list bar on show', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await untilCards(element, 3);
      (shadow(cards(element)[0] as Element).querySelector('input') as HTMLInputElement).click();
      await untilText(element, 'Short list (1)');
      await expectNoAxeViolations(element);
    });

    it('passes on the referral handout', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await openHandout(element);
      await expectNoAxeViolations(element);
    });
  });

  describe('Spanish', () => {
    beforeEach(() => useApi());

    it('passes on the results', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" lang="es" shortlist></peer-groups>`,
      );
      await untilCards(element, 3);
      await expectNoAxeViolations(element);
    });

    it('passes on a group with the correction form open', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" lang="es"></peer-groups>`,
      );
      await untilCards(element, 3);
      const view = await openGroup(element, 1);
      button(shadow(view), 'Sugerir una corrección').click();
      await waitUntil(() => shadow(view).querySelector('peer-group-correction') !== null);
      await expectNoAxeViolations(element);
    });

    it('passes on a failure notice', async () => {
      await useApi(search.offline());
      const element = await widget(
        html`<peer-groups api=${API} near="02139" lang="es"></peer-groups>`,
      );
      await untilText(element, 'no tiene conexión');
      await expectNoAxeViolations(element);
    });
  });

  describe('dark theme', () => {
    beforeEach(async () => {
      await useApi();
      await emulateMedia({ colorScheme: 'dark' });
    });

    it('passes on the results with the short-list bar', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await untilCards(element, 3);
      (shadow(cards(element)[1] as Element).querySelector('input') as HTMLInputElement).click();
      await untilText(element, 'Short list (1)');
      await expectNoAxeViolations(element);
    });

    it('passes on a group with the correction form open', async () => {
      const element = await widget();
      await openCorrection(element);
      await expectNoAxeViolations(element);
    });

    it('passes on the handout', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await openHandout(element);
      await expectNoAxeViolations(element);
    });

    it('passes on a failure notice', async () => {
      await useApi(search.rateLimited(30));
      const element = await widget();
      await untilText(element, 'wait 30 seconds');
      await expectNoAxeViolations(element);
    });
  });

  describe('a 320 px wide screen', () => {
    beforeEach(async () => {
      await useApi();
      await setViewport({ width: 320, height: 640 });
    });

    it('passes on the results', async () => {
      const element = await widget(
        html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
      );
      await untilCards(element, 3);
      await expectNoAxeViolations(element);
    });

    it('passes on a group', async () => {
      const element = await widget();
      await openGroup(element, 1);
      await expectNoAxeViolations(element);
    });
  });
});
