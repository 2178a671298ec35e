import '../src/define.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PeerGroupDetail } from '../src/components/peer-group-detail.js';
import { API, requests, useApi } from './api.js';
import { hostileHits, searchHits } from './fixtures/groups.js';
import { button, shadow, textOf } from './helpers.js';

async function detailOf(group: object, locale = 'en') {
  const element = await fixture<PeerGroupDetail>(
    html`<peer-group-detail .group=${group} api=${API} locale=${locale}></peer-group-detail>`,
  );
  return element;
}

/** Replaces `navigator.share` and `navigator.clipboard` for one test; returns the undo. */
/** Opens the "suggest a correction" form of `element` and waits for it to render. */
async function openCorrection(element: Element & { updateComplete: Promise<unknown> }) {
  button(shadow(element), 'Suggest a correction').click();
  await element.updateComplete;
  const form = shadow(element).querySelector('peer-group-correction') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await form.updateComplete;
  return form;
}

function stubNavigator(values: { share?: unknown; clipboard?: unknown }): () => void {
  for (const [name, value] of Object.entries(values)) {
    Object.defineProperty(navigator, name, { configurable: true, value });
  }
  // Deleting the own property brings back the browser's own, from the prototype.
  return () => {
    for (const name of Object.keys(values))
      delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

const LINK = 'https://clinic.example/groups?pg-group=grief-circle';

async function shareable(locale = 'en') {
  return fixture<PeerGroupDetail>(
    html`<peer-group-detail .group=${searchHits()[0]} share-url=${LINK} locale=${locale}></peer-group-detail>`,
  );
}

function hrefs(element: Element): string[] {
  return [...shadow(element).querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
}

describe('<peer-group-detail>', () => {
  beforeEach(() => useApi());

  it('describes the schedule in words with the group zone, and the venue with directions', async () => {
    const element = await detailOf(searchHits()[0] as object);
    const text = textOf(element);
    expect(text).to.match(/Tuesdays, 6:30\s?–\s?8:00\sPM/);
    expect(text).to.contain('Eastern');
    expect(text).to.contain('Cambridge Health Center');
    expect(text).to.contain('Cambridge, MA 02139');
    expect(text).to.contain('Wheelchair accessible');
    expect(text).to.contain('Listing last verified October 1, 2026');
    const directions = shadow(element).querySelector('[part="directions"]') as HTMLAnchorElement;
    expect(directions.href).to.contain('42.3629');
    expect(directions.rel).to.contain('noreferrer');
    await expect(element).to.be.accessible();
  });

  it('links the calendar file on the API and the phone, email and join links safely', async () => {
    const element = await detailOf(searchHits()[1] as object);
    const links = hrefs(element);
    expect(links).to.include(`${API}/v1/groups/recuperacion/calendar.ics`);
    expect(links).to.include('tel:+16175550100');
    expect(links).to.include('mailto:ana@example.org');
    expect(links).to.include('https://zoom.example.org/j/123');
    expect(textOf(element)).to.contain('Join on Zoom');
  });

  it('says everything in Spanish', async () => {
    const element = await detailOf(searchHits()[2] as object, 'es');
    const text = textOf(element);
    expect(text).to.contain('Unirse por Microsoft Teams');
    expect(text).to.contain('No recibe derivaciones');
    expect(text).to.contain('Añadir al calendario');
    await expect(element).to.be.accessible();
  });

  it('never turns javascript: or data: links into anchors', async () => {
    const element = await detailOf(hostileHits()[1] as object);
    for (const href of hrefs(element)) expect(href).to.match(/^(https?:|tel:|mailto:|geo:)/);
  });

  it('renders markup in a listing as text', async () => {
    const hostile = hostileHits()[0] as { description: string };
    const element = await detailOf(hostile);
    expect(shadow(element).querySelector('script, img, iframe, svg, b, i')).to.equal(null);
    expect(textOf(element)).to.contain('<script>window.__pwned = true</script>');
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('sends a correction through the directory and thanks the patient', async () => {
    const element = await detailOf(searchHits()[0] as object);
    const form = await openCorrection(element);
    await expect(element).to.be.accessible();
    (shadow(form).querySelector('textarea') as HTMLTextAreaElement).value = 'It moved to room 5.';
    (shadow(form).querySelector('input') as HTMLInputElement).value = 'me@example.org';
    button(shadow(form), 'Send').click();
    await waitUntil(() => textOf(form).includes('Thank you'));
    const sent = requests.find((request) => request.method === 'POST');
    expect(await sent?.json()).to.deep.equal({
      kind: 'correction',
      groupId: 'grief-circle',
      note: 'It moved to room 5.',
      submitter: { email: 'me@example.org' },
    });
  });

  it('says what is missing when the note is only spaces, and sends nothing', async () => {
    const element = await detailOf(searchHits()[0] as object);
    const form = await openCorrection(element);
    const note = shadow(form).querySelector('textarea') as HTMLTextAreaElement;
    note.value = '   ';
    button(shadow(form), 'Send').click();
    await form.updateComplete;
    expect(shadow(form).querySelector('[role="status"]')?.textContent?.trim()).to.equal(
      'Write what is wrong or out of date first.',
    );
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(form).activeElement).to.equal(note);
    expect(requests.filter((request) => request.method === 'POST')).to.have.length(0);
  });

  it('thanks the patient in the status region the form had all along, and offers to close', async () => {
    const element = await detailOf(searchHits()[0] as object);
    const form = await openCorrection(element);
    const region = shadow(form).querySelector('[role="status"]');
    (shadow(form).querySelector('textarea') as HTMLTextAreaElement).value = 'It moved.';
    button(shadow(form), 'Send').click();
    await waitUntil(() => textOf(form).includes('Thank you'));
    expect(shadow(form).querySelector('[role="status"]')).to.equal(region);
    expect(button(shadow(form), 'Close')).to.exist;
  });

  describe('share', () => {
    const copied: string[] = [];
    const clipboard = { writeText: async (text: string) => void copied.push(text) };
    beforeEach(() => {
      copied.length = 0;
    });

    it('offers the browser share sheet, with the group name and link, when there is one', async () => {
      const element = await shareable();
      const shared: ShareData[] = [];
      const restore = stubNavigator({
        share: async (data: ShareData) => void shared.push(data),
        clipboard,
      });
      try {
        button(shadow(element), 'Share').click();
        await waitUntil(() => shared.length === 1);
        await element.updateComplete;
        expect(shared).to.deep.equal([{ title: 'Cambridge Grief Circle', url: LINK }]);
        expect(copied).to.deep.equal([]);
        expect(shadow(element).querySelector('[role="status"]')?.textContent).to.equal('');
      } finally {
        restore();
      }
    });

    it('does nothing more when the patient closes the share sheet', async () => {
      const element = await shareable();
      let asked = 0;
      const restore = stubNavigator({
        share: async () => {
          asked += 1;
          throw new DOMException('Share canceled', 'AbortError');
        },
        clipboard,
      });
      try {
        button(shadow(element), 'Share').click();
        await waitUntil(() => asked === 1);
        await aTimeout(10);
        expect(copied).to.deep.equal([]);
        expect(shadow(element).querySelector('[role="status"]')?.textContent).to.equal('');
      } finally {
        restore();
      }
    });

    it('copies the link when the browser refuses to share it', async () => {
      const element = await shareable();
      const restore = stubNavigator({
        share: async () => {
          throw new DOMException('Not allowed', 'NotAllowedError');
        },
        clipboard,
      });
      try {
        button(shadow(element), 'Share').click();
        await waitUntil(() => textOf(element).includes('Link copied'));
        expect(copied).to.deep.equal([LINK]);
      } finally {
        restore();
      }
    });

    it('copies the link when the browser cannot share', async () => {
      const element = await shareable();
      const restore = stubNavigator({ share: undefined, clipboard });
      try {
        button(shadow(element), 'Share').click();
        await waitUntil(() => textOf(element).includes('Link copied'));
        expect(copied).to.deep.equal([LINK]);
      } finally {
        restore();
      }
    });

    it('says in plain words when the browser refuses to copy, and gives the link to copy', async () => {
      const element = await shareable();
      const restore = stubNavigator({
        share: undefined,
        clipboard: {
          writeText: async () => {
            throw new DOMException('Write permission denied', 'NotAllowedError');
          },
        },
      });
      try {
        button(shadow(element), 'Share').click();
        await waitUntil(() => textOf(element).includes('did not let us copy the link'));
        expect(shadow(element).querySelector('[role="status"]')?.textContent).to.contain(LINK);
      } finally {
        restore();
      }
    });

    it('says so in Spanish where there is no clipboard at all', async () => {
      const element = await shareable('es');
      // Outside a secure context the browser has no navigator.clipboard.
      const restore = stubNavigator({ share: undefined, clipboard: undefined });
      try {
        button(shadow(element), 'Compartir').click();
        await waitUntil(() => textOf(element).includes('no nos dejó copiar el enlace'));
        expect(shadow(element).querySelector('[role="status"]')?.textContent).to.contain(LINK);
      } finally {
        restore();
      }
    });
  });
});
