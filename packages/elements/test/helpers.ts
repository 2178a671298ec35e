// Reaching into the widget's shadow roots the way a patient's browser would, so tests read as
// what a patient sees and does.
import { waitUntil } from '@open-wc/testing';
import type { PeerGroupCard } from '../src/components/peer-group-card.js';
import type { PeerGroupDetail } from '../src/components/peer-group-detail.js';
import type { PeerGroupFilters } from '../src/components/peer-group-filters.js';
import type { PeerGroups } from '../src/components/peer-groups.js';

/** The shadow root of `element`, which every element of the package has. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (root === null) throw new Error(`<${element.localName}> has no shadow root.`);
  return root;
}

/** The result cards on show. */
export function cards(widget: PeerGroups): PeerGroupCard[] {
  return [...shadow(widget).querySelectorAll('peer-group-card')];
}

/** The filters element. */
export function filters(widget: PeerGroups): PeerGroupFilters {
  const element = shadow(widget).querySelector('peer-group-filters');
  if (element === null) throw new Error('No filters on show.');
  return element;
}

/** The detail element, once it is on show. */
export function detail(widget: PeerGroups): PeerGroupDetail | null {
  return shadow(widget).querySelector('peer-group-detail');
}

/** The visible text of a shadow root, whitespace collapsed. */
export function textOf(element: Element): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What the live region says. */
export function announced(widget: PeerGroups): string {
  return shadow(widget).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

/** Waits until the widget shows `count` cards (or any, without a count). */
export async function untilCards(widget: PeerGroups, count?: number): Promise<void> {
  await waitUntil(
    () => (count === undefined ? cards(widget).length > 0 : cards(widget).length === count),
    `expected ${count ?? 'some'} result cards`,
  );
  await Promise.all(cards(widget).map((card) => card.updateComplete));
}

/** The checkbox of the filter labelled `label`. */
export function filterBox(widget: PeerGroups, label: string): HTMLInputElement {
  for (const box of shadow(filters(widget)).querySelectorAll('label')) {
    if (box.textContent?.replace(/\s+/g, ' ').trim().startsWith(label)) {
      const input = box.querySelector('input');
      if (input !== null) return input;
    }
  }
  throw new Error(`No filter labelled "${label}".`);
}

/** The button of `root` whose text is `label`. */
export function button(root: ParentNode, label: string): HTMLButtonElement {
  for (const candidate of root.querySelectorAll('button')) {
    if (candidate.textContent?.replace(/\s+/g, ' ').trim() === label) return candidate;
  }
  throw new Error(`No button "${label}".`);
}

/** The element focused inside nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
