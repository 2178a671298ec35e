// Generates custom-elements.json from the components' JSDoc (@tagname, @summary, @fires,
// @csspart, @cssprop) and their Lit `static properties`; docs/embedding.md's reference is built
// from it.

/** Leaves out private reactive state (`_view`, `_items`...): it is no part of the public API. */
function hidePrivateState() {
  return {
    name: 'hide-private-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const key of ['members', 'attributes']) {
            if (!declaration[key]) continue;
            declaration[key] = declaration[key].filter(
              (item) => !item.name.startsWith('_') && item.privacy !== 'private',
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/*.ts'],
  exclude: ['src/components/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest already (`customElements`); nothing needs rewriting it.
  packagejson: false,
  plugins: [hidePrivateState()],
};
