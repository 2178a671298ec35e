// The single-file bundle's template minifier: what it removes from Lit's css and html templates,
// and everything it must leave alone.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code with templates.
import { parseAst } from 'rollup/parseAst';
import { describe, expect, it } from 'vitest';
import {
  minifyCss,
  minifyHtml,
  minifyTemplates,
} from '../../packages/elements/scripts/minify-template-literals.mjs';

const minify = (code) => minifyTemplates(code, (source) => parseAst(source));

describe('minifyCss', () => {
  it('drops comments, indentation and the spaces around braces, semicolons, commas and >', () => {
    expect(
      minifyCss(`
  /* Why the card is framed. */
  :host > article,
  .card {
    color: var(--fg, #111);
    margin: 0 auto;
  }
`),
    ).toBe(' :host>article,.card{color: var(--fg,#111);margin: 0 auto;}');
  });

  it('keeps the spaces that mean something: descendants, calc() operators, values', () => {
    expect(minifyCss('.a :focus-visible { inset: calc(1rem + 2px) 0 }')).toBe(
      '.a :focus-visible{inset: calc(1rem + 2px) 0}',
    );
  });
});

describe('minifyHtml', () => {
  it('turns each line break and its indent into one space', () => {
    expect(minifyHtml('<p>\n      Next:\n      <strong>')).toBe('<p> Next: <strong>');
  });

  it('leaves text on one line as written', () => {
    expect(minifyHtml('<b>a</b>  <i>b</i>')).toBe('<b>a</b>  <i>b</i>');
  });
});

describe('minifyTemplates', () => {
  it('minifies css and html templates, nested ones too, and no expression inside them', () => {
    const code = [
      'const styles = css`',
      '  .x {',
      '    color: red;',
      '  }',
      '`;',
      'const view = html`<ul>',
      '  ${items.map((item) => html`<li>',
      '    ${item}',
      '  </li>`)}',
      '  ${"keep\\n   this"}',
      '</ul>`;',
    ].join('\n');
    expect(minify(code)).toBe(
      [
        'const styles = css`.x{color: red;}`;',
        'const view = html`<ul> ${items.map((item) => html`<li> ${item} </li>`)} ${"keep\\n   this"} </ul>`;',
      ].join('\n'),
    );
  });

  it('trims a stylesheet at its ends but not beside an interpolation', () => {
    expect(minify('css`\n  .a ${inner} .b {\n    color: red;\n  }\n`')).toBe(
      'css`.a ${inner} .b{color: red;}`',
    );
  });

  it('leaves other tags and untagged templates alone', () => {
    const code = 'const a = svg`<g>\n  </g>`;\nconst b = `line\n  two`;\nconst c = sql`x\n  y`;';
    expect(minify(code)).toBe(code);
  });

  it('finds a tag called through a namespace', () => {
    expect(minify('lit.html`<p>\n  a</p>`')).toBe('lit.html`<p> a</p>`');
  });
});
