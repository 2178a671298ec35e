// What the accessibility tests check beyond reading the widget: axe with the WCAG 2.2 A and AA
// rules named, accessible names as axe computes them, keyboard focus and its ring, and scrolling.
import 'axe-core/axe.min.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import { deepActiveElement, shadow } from './helpers.js';

interface Axe {
  run(context: ElementContext, options: RunOptions): Promise<AxeResults>;
  setup(node: Element | Document): unknown;
  teardown(): void;
  commons: { text: { accessibleText(element: Element): string } };
}

const axe = (window as unknown as { axe: Axe }).axe;

/**
 * The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. Named rather
 * than left to axe's defaults, which leave out rules such as 2.5.8's target-size.
 */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Fails with every violation axe finds in `element` under {@link WCAG_22_AA}. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
  });
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
        .map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
        .join('\n')}`,
  );
  if (found.length > 0) expect.fail(`axe found ${found.length} violations:\n${found.join('\n\n')}`);
}

/** The accessible name of `element`, as axe computes it across shadow roots. */
export function accessibleName(element: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/** Every element under `root`, inside nested shadow roots too. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  return found;
}

/** A short description of `element` for failure messages. */
export function describeElement(element: Element | null): string {
  if (element === null) return 'nothing';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const kind = element instanceof HTMLInputElement ? `[type=${element.type}]` : '';
  return `<${element.localName}${kind}${element.id ? `#${element.id}` : ''}> "${text}"`;
}

function channels(color: string): number[] {
  return (color.match(/[\d.]+/g) ?? []).map(Number);
}

function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = channels(color);
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque `rgb()` colours. */
export function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

function parentOf(element: Element): Element | null {
  const root = element.getRootNode();
  return element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

/** The first opaque background of `element` or its ancestors, walking up through shadow hosts. */
export function backgroundBehind(element: Element): string {
  let node: Element | null = element;
  while (node !== null) {
    const background = getComputedStyle(node).backgroundColor;
    const alpha = channels(background)[3];
    if (background !== 'transparent' && (alpha === undefined || alpha > 0.9)) return background;
    node = parentOf(node);
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Why the focus on `element` cannot be seen, or `null` when it can: it must match
 * `:focus-visible` and draw an outline or box shadow; an outline drawn around the element (offset
 * 0 or more) needs 3:1 against the background it is drawn on, its parent's.
 */
export function focusRingProblem(element: Element): string | null {
  if (!element.matches(':focus-visible')) return 'it does not match :focus-visible';
  const style = getComputedStyle(element);
  const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
  const shadowed = style.boxShadow !== 'none';
  if (!outlined && !shadowed) return 'it has neither an outline nor a box shadow';
  if (outlined && Number.parseFloat(style.outlineOffset) >= 0) {
    const ratio = contrast(style.outlineColor, backgroundBehind(parentOf(element) ?? element));
    if (ratio < 3) return `its outline has a contrast of only ${ratio.toFixed(2)}:1`;
  }
  return null;
}

/** Fails unless the focused element shows where focus is. */
export function expectVisibleFocus(): Element {
  const focused = deepActiveElement();
  expect(focused, 'nothing is focused').to.not.equal(null);
  const problem = focusRingProblem(focused as Element);
  expect(problem, `focus on ${describeElement(focused)} is not visible: ${problem}`).to.equal(null);
  return focused as Element;
}

/** Presses `key` with `modifier` held, as "Shift+Tab" or "Control+a" (puppeteer presses one key). */
export async function pressWith(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element matches `wanted`, checking
 * the focus ring at every stop on the way; fails after `limit` presses.
 */
export async function tabTo(
  wanted: (element: Element) => boolean,
  { limit = 60, backwards = false, what = 'the wanted control' } = {},
): Promise<Element[]> {
  const stops: Element[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    if (backwards) await pressWith('Shift', 'Tab');
    else await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (focused !== null && focused !== document.body) {
      expectVisibleFocus();
      stops.push(focused);
      if (wanted(focused)) return stops;
    }
  }
  throw new Error(
    `Tab never reached ${what} in ${limit} presses; it went through ${stops.map(describeElement).join(', ')}`,
  );
}

/** Whether `element` is a control whose trimmed text is `label`. */
export function named(label: string): (element: Element) => boolean {
  return (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim() === label;
}

/** Waits until focus is on an element satisfying `wanted`. */
export async function untilFocused(wanted: (element: Element) => boolean, what: string) {
  await waitUntil(
    () => {
      const focused = deepActiveElement();
      return focused !== null && wanted(focused);
    },
    `focus never reached ${what}; it is on ${describeElement(deepActiveElement())}`,
  );
  return deepActiveElement() as Element;
}

/** How far the page and the widget's frame scroll sideways, in CSS px (0 when they do not). */
export function sidewaysScroll(widget: Element): { page: number; widget: number } {
  const page = document.scrollingElement as Element;
  const base = shadow(widget).querySelector('[part="base"]') as HTMLElement;
  return {
    page: Math.max(0, page.scrollWidth - page.clientWidth),
    widget: Math.max(0, base.scrollWidth - base.clientWidth),
  };
}
