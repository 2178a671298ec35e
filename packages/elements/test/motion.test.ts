// Reduced motion: for a patient whose device asks for less motion, nothing in the widget animates,
// in any view, and a clinic's theme cannot make its parts animate either.
import '../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { deepQueryAll, describeElement } from './a11y.js';
import { API, search, useApi } from './api.js';
import { button, cards, detail, filterBox, shadow, untilCards } from './helpers.js';

/** Longest an animation or transition may last for a patient who asked for less motion, in s. */
const MOST = 0.01;

function shadowRoots(element: Element): ShadowRoot[] {
  const roots = [shadow(element)];
  for (const inner of deepQueryAll(shadow(element), '*')) {
    if (inner.shadowRoot) roots.push(inner.shadowRoot);
  }
  return roots;
}

/** The animations running on anything inside the widget, as "target: name". */
function running(element: Element): string[] {
  return shadowRoots(element).flatMap((root) =>
    root.getAnimations().map((animation) => {
      const target = (animation.effect as KeyframeEffect | null)?.target ?? null;
      const name =
        (animation as CSSAnimation).animationName ??
        (animation as CSSTransition).transitionProperty ??
        animation.id;
      return `${describeElement(target)}: ${name}`;
    }),
  );
}

function seconds(list: string): number {
  return Math.max(
    ...list.split(',').map((value) => {
      const number = Number.parseFloat(value);
      return value.trim().endsWith('ms') ? number / 1000 : number;
    }),
  );
}

/** Elements whose computed animation or transition would last longer than {@link MOST}. */
function moving(element: Element): string[] {
  return deepQueryAll(shadow(element), '*').flatMap((inner) => {
    const style = getComputedStyle(inner);
    const animated = style.animationName !== 'none' && seconds(style.animationDuration) > MOST;
    const transitioned =
      style.transitionProperty !== 'none' &&
      seconds(style.transitionDuration) + seconds(style.transitionDelay) > MOST;
    return animated || transitioned ? [describeElement(inner)] : [];
  });
}

function expectStill(element: Element, when: string): void {
  expect(running(element), `animations ${when}`).to.deep.equal([]);
  expect(moving(element), `animated or transitioned ${when}`).to.deep.equal([]);
}

describe('reduced motion', () => {
  beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('moves nothing while results load, arrive, wait on a new search, and a group opens', async () => {
    await useApi(search.slow());
    const element = await fixture<PeerGroups>(
      html`<peer-groups api=${API} near="02139"></peer-groups>`,
    );
    await waitUntil(() => shadow(element).querySelectorAll('.skeleton').length > 0);
    expectStill(element, 'on the loading skeleton');

    await useApi();
    element.retry();
    await untilCards(element, 3);
    expectStill(element, 'on the results');

    await useApi(search.slow());
    filterBox(element, 'Free').click();
    await waitUntil(() => shadow(element).querySelector('.stale') !== null);
    expectStill(element, 'while a new search runs');

    await useApi();
    element.retry();
    await waitUntil(() => shadow(element).querySelector('.stale') === null);
    (shadow(cards(element)[0] as Element).querySelector('.name') as HTMLButtonElement).click();
    await waitUntil(() => detail(element) !== null);
    const view = detail(element) as LitElement;
    await view.updateComplete;
    button(shadow(view), 'Suggest a correction').click();
    await view.updateComplete;
    expectStill(element, 'on a group with the correction form open');
  });

  describe("a clinic's theme", () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      // A theme that animates the cards and fades every part in, even with !important.
      style = document.createElement('style');
      style.textContent = `
        @keyframes pg-test-pulse { from { opacity: 0.5 } to { opacity: 1 } }
        peer-groups::part(card) {
          animation: pg-test-pulse 2s infinite !important;
          transition: opacity 2s, transform 2s !important;
        }
        peer-groups::part(name), peer-groups::part(results), peer-groups::part(more) {
          transition: all 1s;
        }
      `;
      document.head.append(style);
    });
    afterEach(() => style.remove());

    it('animates the parts for a patient who did not ask for less motion', async () => {
      // The check below would pass on a theme that never applied; this shows it applies.
      await emulateMedia({ reducedMotion: 'no-preference' });
      await useApi();
      const element = await fixture<PeerGroups>(
        html`<peer-groups api=${API} near="02139"></peer-groups>`,
      );
      await untilCards(element, 3);
      expect(running(element)).to.have.length.greaterThan(0);
    });

    it('cannot animate or transition the parts for a patient who asked for less motion', async () => {
      await useApi();
      const element = await fixture<PeerGroups>(
        html`<peer-groups api=${API} near="02139"></peer-groups>`,
      );
      await untilCards(element, 3);
      expectStill(element, 'with a theme that animates the parts');
    });
  });
});
