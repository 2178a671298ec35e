// The referral handout a clinician prints from the short list: what each group's entry says, and
// what the print stylesheet leaves on paper.
import '../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { contrast, deepQueryAll, describeElement } from './a11y.js';
import { API, useApi } from './api.js';
import { button, cards, shadow, textOf, untilCards } from './helpers.js';

const WHITE = 'rgb(255, 255, 255)';

/** The widget on the handout of the groups named, picked from the results in that order. */
async function handoutOf(names: string[], lang = 'en'): Promise<PeerGroups> {
  const element = await fixture<PeerGroups>(
    html`<peer-groups api=${API} near="02139" lang=${lang} shortlist></peer-groups>`,
  );
  await untilCards(element, 3);
  for (const name of names) {
    const card = cards(element).find((candidate) => textOf(candidate).startsWith(name));
    (shadow(card as Element).querySelector('input[type="checkbox"]') as HTMLInputElement).click();
  }
  await element.updateComplete;
  const print = lang === 'es' ? 'Imprimir hoja de derivación' : 'Print referral handout';
  button(shadow(element), print).click();
  await waitUntil(() => shadow(element).querySelector('peer-group-handout') !== null);
  await (shadow(element).querySelector('peer-group-handout') as LitElement).updateComplete;
  return element;
}

function entries(element: PeerGroups): string[] {
  const handout = shadow(element).querySelector('peer-group-handout') as Element;
  return [...shadow(handout).querySelectorAll('li')].map((item) =>
    (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

function shown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** Elements on show that hold text of their own. */
function textOnShow(element: PeerGroups): Element[] {
  return deepQueryAll(shadow(element), '*').filter(
    (candidate) =>
      shown(candidate) &&
      [...candidate.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      ),
  );
}

describe('referral handout', () => {
  beforeEach(() => useApi());
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light' }));

  describe('each entry', () => {
    it('lists the picked groups in the order they were picked', async () => {
      const element = await handoutOf(['Online Anxiety Support', 'Cambridge Grief Circle']);
      const [first, second] = entries(element);
      expect(entries(element)).to.have.length(2);
      expect(first).to.match(/^Online Anxiety Support/);
      expect(second).to.match(/^Cambridge Grief Circle/);
    });

    it("gives a group's schedule in words, in the group's time zone", async () => {
      const element = await handoutOf(['Cambridge Grief Circle', 'Recuperación Juntos']);
      const [weekly, monthly] = entries(element);
      expect(weekly).to.match(/Tuesdays, 6:30\s?–\s?8:00\sPM/);
      expect(weekly).to.contain('Eastern');
      expect(monthly).to.match(/Wednesday/);
      expect(monthly).to.match(/7:00\s?–\s?8:30\sPM/);
    });

    it('gives the place of a group that meets in person', async () => {
      const [entry] = entries(await handoutOf(['Cambridge Grief Circle']));
      for (const part of ['Cambridge Health Center', '1 Main St', 'Cambridge', '02139']) {
        expect(entry).to.contain(part);
      }
      expect(entry).to.not.contain('Join on');
    });

    it('gives the join link and dial-in of a group that meets online, and no place', async () => {
      const [entry] = entries(await handoutOf(['Online Anxiety Support']));
      expect(entry).to.contain('Join on Microsoft Teams: https://teams.example.org/meet/1');
      expect(entry).to.contain('Dial in: +1 555 0100');
      expect(entry).to.not.contain('Main St');
    });

    it('gives both the place and the join link of a hybrid group', async () => {
      const [entry] = entries(await handoutOf(['Recuperación Juntos']));
      expect(entry).to.contain('Cambridge Health Center');
      expect(entry).to.contain('Join on Zoom: https://zoom.example.org/j/123');
    });

    it("gives each group's contact: name, role, phone and email", async () => {
      for (const entry of entries(
        await handoutOf(['Cambridge Grief Circle', 'Online Anxiety Support']),
      )) {
        expect(entry).to.contain('Contact: Ana, Facilitator, +1 617 555 0100, ana@example.org');
      }
    });

    it('says it all in Spanish', async () => {
      const element = await handoutOf(['Recuperación Juntos'], 'es');
      const handout = shadow(element).querySelector('peer-group-handout') as Element;
      expect(textOf(handout)).to.contain('Grupos de apoyo entre pares para usted');
      const [entry] = entries(element);
      expect(entry).to.match(/Cada 2\.º y 4\.º miércoles, 19:00\s?–\s?20:30/);
      expect(entry).to.contain('Unirse por Zoom: https://zoom.example.org/j/123');
      expect(entry).to.contain('Contacto: Ana');
    });
  });

  describe('on paper', () => {
    async function printed(): Promise<PeerGroups> {
      const element = await handoutOf(['Cambridge Grief Circle', 'Online Anxiety Support']);
      await emulateMedia({ media: 'print' });
      return element;
    }

    it('prints no buttons, form, filters or short-list bar', async () => {
      const element = await printed();
      const chrome = deepQueryAll(
        shadow(element),
        'button, input, select, textarea, form, details, peer-group-filters, [part="shortlist"]',
      ).filter(shown);
      expect(chrome.map(describeElement)).to.deep.equal([]);
    });

    it('prints every entry of the handout', async () => {
      const element = await printed();
      const handout = shadow(element).querySelector('peer-group-handout') as Element;
      const items = [...shadow(handout).querySelectorAll('li')];
      expect(items.filter(shown)).to.have.length(2);
    });

    it('prints dark text on white', async () => {
      const element = await printed();
      const handout = shadow(element).querySelector('peer-group-handout') as Element;
      for (const surface of [element, handout]) {
        const background = getComputedStyle(surface).backgroundColor;
        expect(['rgba(0, 0, 0, 0)', WHITE], describeElement(surface)).to.include(background);
      }
      const pale = textOnShow(element)
        .map((text) => ({ text, ratio: contrast(getComputedStyle(text).color, WHITE) }))
        .filter(({ ratio }) => ratio < 7)
        .map(({ text, ratio }) => `${describeElement(text)} at ${ratio.toFixed(2)}:1`);
      expect(pale, 'text paler than 7:1 on white paper').to.deep.equal([]);
    });
  });
});
