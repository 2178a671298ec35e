// Two copies of the single-file CDN bundle on one page, as a clinic site gets when an old and a new
// embed both load: the second must not throw, the first keeps every tag and says so once per tag,
// and the finder still works. This file loads no sources, so the bundle defines the tags here.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { API, useApi } from './api.js';
import { cards, detail, shadow, textOf, untilCards } from './helpers.js';

type Bundle = typeof import('../src/cdn.js');

const TAGS = [
  'peer-groups',
  'peer-group-card',
  'peer-group-detail',
  'peer-group-filters',
  'peer-group-handout',
  'peer-group-correction',
];

const BUNDLE = new URL('../dist/cdn/peer-groups.js', import.meta.url).pathname;

describe('two copies of the CDN bundle on one page', () => {
  let first: Bundle;
  let second: Bundle;
  const warnings: string[] = [];
  const errors: string[] = [];

  before(async () => {
    const present = await fetch(BUNDLE, { method: 'HEAD' });
    expect(present.ok, 'dist/cdn/peer-groups.js is missing: run the package build first').to.equal(
      true,
    );
    expect(customElements.get('peer-groups'), 'a tag was defined before the bundle').to.equal(
      undefined,
    );
    const warn = console.warn;
    const onError = (event: ErrorEvent) => errors.push(String(event.message));
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    try {
      first = (await import(`${BUNDLE}?copy=old`)) as Bundle;
      second = (await import(`${BUNDLE}?copy=new`)) as Bundle;
    } catch (error) {
      errors.push(String(error));
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
  });

  it('loads the second copy without an exception', () => {
    expect(errors).to.deep.equal([]);
    expect(second.PeerGroups).to.be.a('function');
  });

  it('loads two distinct copies, not one module twice', () => {
    expect(second.PeerGroups).to.not.equal(first.PeerGroups);
  });

  it('keeps the first copy for every tag', () => {
    expect(customElements.get('peer-groups')).to.equal(first.PeerGroups);
    expect(customElements.get('peer-group-card')).to.equal(first.PeerGroupCard);
    expect(customElements.get('peer-group-detail')).to.equal(first.PeerGroupDetail);
    expect(customElements.get('peer-group-filters')).to.equal(first.PeerGroupFilters);
    expect(customElements.get('peer-group-handout')).to.equal(first.PeerGroupHandout);
    expect(customElements.get('peer-group-correction')).to.equal(first.PeerGroupCorrection);
  });

  it('warns once for each tag, naming it', () => {
    for (const tag of TAGS) {
      const naming = warnings.filter((warning) => warning.includes(`<${tag}>`));
      expect(naming, `warnings naming <${tag}>`).to.have.length(1);
      expect(naming[0]).to.contain('already defined by another copy');
    }
    expect(warnings).to.have.length(TAGS.length);
  });

  it('still finds groups and opens one', async () => {
    await useApi();
    const element = await fixture<PeerGroups>(
      html`<peer-groups api=${API} near="02139"></peer-groups>`,
    );
    expect(element).to.be.instanceOf(first.PeerGroups);
    await untilCards(element, 3);
    (shadow(cards(element)[0] as Element).querySelector('.name') as HTMLButtonElement).click();
    await waitUntil(() => detail(element) !== null, 'the group did not open');
    await (detail(element) as LitElement).updateComplete;
    expect(textOf(detail(element) as Element)).to.contain('Cambridge Grief Circle');
  });
});
