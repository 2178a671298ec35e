// A rollup plugin for the single-file bundle: the text of Lit's `css` and `html` templates is
// written for people (indentation, line breaks, comments) and terser leaves template text
// alone, so every patient downloaded it. This removes what the browser ignores anyway:
//   - css: comments, runs of white space, and the spaces around `{ } ; , >`;
//   - html: each run of white space that holds a line break becomes one space, which renders the
//     same in normal white space (no template here puts literal text in a `pre` element).
// Templates are found in the syntax tree, so nested templates and `${}` expressions are left
// exactly as they are; only the literal parts (the quasis) change.

const TAGS = new Set(['css', 'html']);

/** `text`, a literal part of a `css` template, as the browser reads it, minus what it ignores. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1');
}

/** `text`, a literal part of an `html` template, with each line break and its indent as one space. */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

function tagName(node) {
  if (node.tag.type === 'Identifier') return node.tag.name;
  // Bundled code may call the tag as a namespace member (`lit.html`).
  if (node.tag.type === 'MemberExpression' && node.tag.property.type === 'Identifier') {
    return node.tag.property.name;
  }
  return undefined;
}

/** Every node under `node`, depth first. */
function* nodesOf(node) {
  if (node === null || typeof node !== 'object') return;
  if (typeof node.type === 'string') yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) yield* nodesOf(item);
    } else if (value !== null && typeof value === 'object' && typeof value.type === 'string') {
      yield* nodesOf(value);
    }
  }
}

/**
 * `code` with the literal text of its `css` and `html` templates minified. `parse` turns code
 * into an ESTree syntax tree with `start` and `end` offsets (rollup's `this.parse`).
 */
export function minifyTemplates(code, parse) {
  const edits = [];
  for (const node of nodesOf(parse(code))) {
    if (node.type !== 'TaggedTemplateExpression') continue;
    const tag = tagName(node);
    if (!TAGS.has(tag)) continue;
    const quasis = node.quasi.quasis;
    quasis.forEach((quasi, index) => {
      const raw = code.slice(quasi.start, quasi.end);
      let minified = tag === 'css' ? minifyCss(raw) : minifyHtml(raw);
      // The ends of a whole stylesheet are free to go; a space beside `${}` may separate tokens.
      if (tag === 'css' && index === 0) minified = minified.trimStart();
      if (tag === 'css' && index === quasis.length - 1) minified = minified.trimEnd();
      if (minified !== raw) edits.push({ start: quasi.start, end: quasi.end, text: minified });
    });
  }
  // Applied from the end, so earlier offsets stay true.
  edits.sort((left, right) => right.start - left.start);
  let result = code;
  for (const edit of edits) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The rollup plugin; `include` says which modules to minify (the widget's own). */
export function minifyTemplateLiterals({ include }) {
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!include(id)) return null;
      // No source map: the single-file bundle ships without one.
      return { code: minifyTemplates(code, (source) => this.parse(source)), map: null };
    },
  };
}
