// End to end: the widget against the reference directory API with seeded listings, no mocks.
import '../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { announced, cards, detail, shadow, textOf, untilCards } from './helpers.js';

async function serverUrl(): Promise<string> {
  const answer = (await (await fetch('/__e2e__/server')).json()) as {
    url?: string;
    error?: string;
  };
  if (answer.url === undefined) throw new Error(`No end-to-end server: ${answer.error}.`);
  return answer.url;
}

describe('end to end against the reference server', () => {
  it('finds seeded groups near a postal code, opens one, and sends a correction', async function () {
    this.timeout(15_000);
    const api = await serverUrl();
    const element = await fixture<PeerGroups>(
      html`<peer-groups api=${api} near="02139" radius-km="50"></peer-groups>`,
    );
    await untilCards(element);
    await waitUntil(() => /\d+ groups? found/.test(announced(element)), undefined, {
      timeout: 8000,
    });
    const first = cards(element)[0] as Element;
    const name = shadow(first).querySelector('button') as HTMLButtonElement;
    const title = name.textContent?.trim() ?? '';
    name.click();
    await waitUntil(
      () => detail(element) !== null && textOf(detail(element) as Element).includes(title),
    );
    const view = detail(element) as Element;
    expect(textOf(view)).to.contain('Listing last verified');
    await expect(element).to.be.accessible();

    const correction = [...shadow(view).querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Suggest a correction',
    ) as HTMLButtonElement;
    correction.click();
    await waitUntil(() =>
      shadow(view).querySelector('peer-group-correction')?.shadowRoot?.querySelector('textarea'),
    );
    const form = shadow(view).querySelector('peer-group-correction') as Element;
    (shadow(form).querySelector('textarea') as HTMLTextAreaElement).value = 'The room changed.';
    (shadow(form).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => textOf(form).includes('Thank you'), undefined, { timeout: 5000 });
  });

  it('finds online groups with no place', async () => {
    const api = await serverUrl();
    const element = await fixture<PeerGroups>(html`<peer-groups api=${api} online></peer-groups>`);
    await untilCards(element);
    for (const card of cards(element)) {
      expect(textOf(card)).to.match(/Online|Hybrid/);
    }
  });
});
