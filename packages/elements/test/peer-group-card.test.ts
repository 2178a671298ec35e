import '../src/define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PeerGroupCard } from '../src/components/peer-group-card.js';
import { hostileHits, searchHits } from './fixtures/groups.js';
import { shadow, textOf } from './helpers.js';

describe('<peer-group-card>', () => {
  it('shows a group fed as a property, in the language of the page around it', async () => {
    const [group] = searchHits();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es"><peer-group-card .group=${group}></peer-group-card></div>`,
    );
    const card = wrapper.querySelector('peer-group-card') as PeerGroupCard;
    await card.updateComplete;
    expect(textOf(card)).to.contain('Duelo y pérdida');
    expect(textOf(card)).to.contain('En persona');
    expect(textOf(card)).to.contain('Próxima reunión');
  });

  it('fires peer-groups-select, bubbling and composed, when its name is pressed', async () => {
    const [group] = searchHits();
    const card = await fixture<PeerGroupCard>(
      html`<peer-group-card .group=${group}></peer-group-card>`,
    );
    const event = oneEvent(document, 'peer-groups-select');
    (shadow(card).querySelector('button') as HTMLButtonElement).click();
    const fired = await event;
    expect(fired.detail.group.id).to.equal('grief-circle');
    expect(fired.bubbles && fired.composed).to.equal(true);
  });

  it('names the group in the short-list checkbox for screen readers', async () => {
    const [group] = searchHits();
    const card = await fixture<PeerGroupCard>(
      html`<peer-group-card .group=${group} pickable></peer-group-card>`,
    );
    const label = shadow(card).querySelector('label') as HTMLLabelElement;
    expect(label.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Cambridge Grief Circle: Add to short list',
    );
    await expect(card).to.be.accessible();
  });

  it('says when no meeting is coming up', async () => {
    const group = { ...(searchHits()[0] as object), nextMeeting: null };
    const card = await fixture<PeerGroupCard>(
      html`<peer-group-card .group=${group} locale="en"></peer-group-card>`,
    );
    expect(textOf(card)).to.contain('No upcoming meeting listed');
  });

  describe('hostile listings', () => {
    for (const hostile of hostileHits()) {
      it(`renders "${hostile.id}" as inert, readable text`, async () => {
        const card = await fixture<PeerGroupCard>(
          html`<peer-group-card .group=${hostile}></peer-group-card>`,
        );
        const root = shadow(card);
        expect(root.querySelector('script, img, iframe, svg, b, i')).to.equal(null);
        expect(textOf(card)).to.contain(hostile.name.slice(0, 20));
        expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
        await expect(card).to.be.accessible();
      });
    }

    it('keeps a huge unbroken word inside a narrow card', async () => {
      const [hostile] = hostileHits();
      const card = await fixture<PeerGroupCard>(
        html`<peer-group-card
          style="display:block;inline-size:300px"
          .group=${{ ...hostile, name: 'x'.repeat(190) }}
        ></peer-group-card>`,
      );
      const article = shadow(card).querySelector('article') as HTMLElement;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
    });
  });
});
