// Hostile listings through the whole finder, as a compromised or careless directory would send
// them: markup, script, frames, SVG, `javascript:` and `data:` links. The SDK drops what the
// schemas refuse; everything else must reach the patient as inert text.
import '../src/define.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Group } from '@peer-groups/core';
import type { LitElement } from 'lit';
import type { DirectoryClient } from '../src/client.js';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { deepQueryAll } from './a11y.js';
import { API, search, useApi } from './api.js';
import { hostileHits, pageOf } from './fixtures/groups.js';
import { announced, button, cards, detail, shadow, textOf, untilCards } from './helpers.js';

type Pwned = Window & { __pwned?: boolean };

const SAFE_LINK = /^(https?:|tel:|mailto:)/i;
const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;

/** Lets an `onerror` or `onload` that was created fire: two frames and a moment more. */
async function afterRendering(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await aTimeout(100);
}

/** Elements in the widget that only listing data could have made. */
function fromData(element: Element): string[] {
  return deepQueryAll(shadow(element), 'img, script, iframe, svg, object, embed, b, i').map(
    (found) => found.outerHTML.slice(0, 80),
  );
}

/** Every attribute anywhere in the widget whose value is a script or data URL. */
function unsafeUrls(element: Element): string[] {
  return deepQueryAll(shadow(element), '*').flatMap((found) =>
    [...found.attributes]
      .filter((attribute) => UNSAFE_URL.test(attribute.value))
      .map((attribute) => `<${found.localName} ${attribute.name}="${attribute.value}">`),
  );
}

function links(element: Element): string[] {
  return deepQueryAll<HTMLAnchorElement>(shadow(element), 'a[href]').map(
    (link) => link.getAttribute('href') ?? '',
  );
}

function expectInert(element: Element): void {
  expect(fromData(element), 'elements made from listing data').to.deep.equal([]);
  expect(unsafeUrls(element), 'script or data URLs').to.deep.equal([]);
  const unsafe = links(element).filter((href) => !SAFE_LINK.test(href));
  expect(unsafe, 'links other than http, https, tel and mailto').to.deep.equal([]);
}

describe('hostile listings through the whole widget', () => {
  let alerts: unknown[];
  const originalAlert = window.alert;

  beforeEach(async () => {
    delete (window as Pwned).__pwned;
    alerts = [];
    window.alert = (message?: unknown) => {
      alerts.push(message);
    };
    await useApi(search.hostile());
  });
  afterEach(() => {
    window.alert = originalAlert;
  });

  async function widget(): Promise<PeerGroups> {
    const element = await fixture<PeerGroups>(
      html`<peer-groups api=${API} near="02139" shortlist></peer-groups>`,
    );
    await untilCards(element);
    return element;
  }

  async function openHostileGroup(element: PeerGroups): Promise<LitElement> {
    (shadow(cards(element)[0] as Element).querySelector('.name') as HTMLButtonElement).click();
    await waitUntil(() => detail(element) !== null);
    const view = detail(element) as LitElement;
    await view.updateComplete;
    return view;
  }

  function expectNothingRan(): void {
    expect((window as Pwned).__pwned, 'window.__pwned was set').to.equal(undefined);
    expect(alerts, 'alert() was called').to.deep.equal([]);
  }

  it('counts only the groups it shows when the SDK leaves a malformed one out', async () => {
    const element = await widget();
    // Two listings arrive; the one with a javascript: join link fails its schema.
    expect(cards(element)).to.have.length(1);
    await waitUntil(() => announced(element) === '1 group found');
  });

  it('shows the markup in a group name as text', async () => {
    const element = await widget();
    expect(textOf(cards(element)[0] as Element)).to.contain(
      '<img src=x onerror="window.__pwned = true"> Bold <b>group</b>',
    );
  });

  it('makes no element and no unsafe link from listing data on the results', async () => {
    const element = await widget();
    expectInert(element);
    for (const card of cards(element)) expectInert(card);
  });

  it('runs none of the listing script on the results, a frame after rendering', async () => {
    await widget();
    await afterRendering();
    expectNothingRan();
  });

  it("shows a hostile group's description, venue and contact as text", async () => {
    const element = await widget();
    const view = await openHostileGroup(element);
    const text = textOf(view);
    expect(text).to.contain('<script>window.__pwned = true</script>');
    expect(text).to.contain('<a href="javascript:window.__pwned=true">click</a>');
    expect(text).to.contain('<iframe src="https://evil.example"></iframe>');
    expect(text).to.contain('<i>Ana</i>, "><svg onload=alert(1)>');
  });

  it("makes no element and no unsafe link from listing data on a hostile group's page", async () => {
    const element = await widget();
    await openHostileGroup(element);
    expectInert(element);
    expectInert(detail(element) as Element);
  });

  it("runs none of the listing script on a hostile group's page, a frame after rendering", async () => {
    const element = await widget();
    await openHostileGroup(element);
    await afterRendering();
    expectNothingRan();
  });

  it('keeps the correction form of a hostile group inert', async () => {
    const element = await widget();
    const view = await openHostileGroup(element);
    button(shadow(view), 'Suggest a correction').click();
    await view.updateComplete;
    await afterRendering();
    expectInert(view);
    expectNothingRan();
  });

  it('puts hostile groups on the handout as text, running nothing', async () => {
    const element = await widget();
    for (const card of cards(element)) {
      (shadow(card).querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    }
    await element.updateComplete;
    button(shadow(element), 'Print referral handout').click();
    await waitUntil(() => shadow(element).querySelector('peer-group-handout') !== null);
    const handout = shadow(element).querySelector('peer-group-handout') as LitElement;
    await handout.updateComplete;
    await afterRendering();
    expect(textOf(handout)).to.contain('<img src=x onerror="window.__pwned = true"> Bold');
    expect(textOf(handout)).to.not.match(/javascript:|data:/i);
    expectInert(element);
    expectInert(handout);
    expectNothingRan();
  });

  it('drops the listing whose links the schemas refuse, rather than linking it', async () => {
    const element = await widget();
    const names = cards(element).map((card) => textOf(card));
    expect(names.some((name) => name.startsWith('Links group'))).to.equal(false);
  });

  it('keeps script links out when a host hands its own, unchecking client the raw listings', async () => {
    // A host may set `client`; the widget must not rely on the SDK's schemas for safe links.
    const raw: DirectoryClient = {
      groups: {
        search: async () => pageOf(hostileHits()),
        get: async (id) => hostileHits().find((hit) => hit.id === id) as Group,
      },
      submissions: { create: async () => ({ id: 's', status: 'pending', receivedAt: '' }) },
    };
    const element = await fixture<PeerGroups>(
      html`<peer-groups near="02139" .client=${raw}></peer-groups>`,
    );
    await untilCards(element, 2);
    (shadow(cards(element)[1] as Element).querySelector('.name') as HTMLButtonElement).click();
    await waitUntil(() => detail(element) !== null);
    await (detail(element) as LitElement).updateComplete;
    await afterRendering();
    expectInert(element);
    expectInert(detail(element) as Element);
    expect(textOf(detail(element) as Element)).to.not.contain('Join on the web');
    expectNothingRan();
  });

  it('would notice an image whose onerror fires after rendering (a check of this check)', async () => {
    const probe = await fixture<HTMLElement>(html`<div></div>`);
    const root = probe.attachShadow({ mode: 'open' });
    root.innerHTML = '<img src="x" onerror="window.__pwned = true">';
    expect((window as Pwned).__pwned).to.equal(undefined);
    await afterRendering();
    expect((window as Pwned).__pwned).to.equal(true);
    delete (window as Pwned).__pwned;
  });
});
