/**
 * Registers `element` as `tag` unless the tag is already taken. Two copies of the widget on
 * one page (an old and a new bundle) are common on clinic sites: the first definition wins and
 * the second says so instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element) {
    console.warn(
      `<${tag}> is already defined by another copy of @peer-groups/elements; that copy is used. Load the widget's script once per page to avoid this.`,
    );
  }
}
