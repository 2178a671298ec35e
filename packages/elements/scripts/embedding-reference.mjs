// Writes the reference part of docs/embedding.md (every element's attributes, properties,
// events, parts and custom properties) from custom-elements.json, between the markers below,
// so the guide never drifts from the code. Run by `pnpm manifest`; a workspace test fails when
// the committed guide differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatMarkdown } from '../../../scripts/docs/format-markdown.mjs';

const START =
  '<!-- reference:start (generated from custom-elements.json by packages/elements/scripts/embedding-reference.mjs) -->';
const END = '<!-- reference:end -->';
const WORKSPACE_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const GUIDE_PATH = 'docs/embedding.md';
/** The manifest the reference is read from. */
export const MANIFEST = resolve(import.meta.dirname, '..', 'custom-elements.json');

/** Attributes the analyzer finds without a description of their own. */
const KNOWN = {
  lang: 'Language of the widget (`en`, `es`); the nearest `lang` on the page when unset.',
};

const cell = (text) => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function table(headings, rows) {
  if (rows.length === 0) return '';
  const lines = [`| ${headings.join(' | ')} |`, `|${headings.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n\n`;
}

function section(element) {
  const attributes = element.attributes ?? [];
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const properties = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !attributeFields.has(member.name),
  );
  const methods = (element.members ?? []).filter((member) => member.kind === 'method');
  let text = `### \`<${element.tagName}>\`\n\n${cell(element.summary)}\n\n`;
  text += table(
    ['attribute', 'property', 'type', 'description'],
    attributes.map((attribute) => [
      `\`${attribute.name}\``,
      attribute.fieldName ? `\`${attribute.fieldName}\`` : '',
      attribute.type?.text ? `\`${attribute.type.text}\`` : '',
      attribute.description ?? KNOWN[attribute.name],
    ]),
  );
  text += table(
    ['property only', 'type', 'description'],
    properties.map((member) => [
      `\`${member.name}\``,
      `\`${member.type?.text ?? ''}\``,
      member.description,
    ]),
  );
  text += table(
    ['method', 'description'],
    methods.map((method) => [`\`${method.name}()\``, method.description]),
  );
  text += table(
    ['event', 'description'],
    (element.events ?? []).map((event) => [`\`${event.name}\``, event.description]),
  );
  text += table(
    ['part', 'description'],
    (element.cssParts ?? []).map((part) => [`\`${part.name}\``, part.description]),
  );
  text += table(
    ['custom property', 'description'],
    (element.cssProperties ?? []).map((property) => [`\`${property.name}\``, property.description]),
  );
  return text;
}

/** The reference of every element in `manifest`, `<peer-groups>` first, as Markdown. */
export function renderReference(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((left, right) =>
      left.tagName === 'peer-groups'
        ? -1
        : right.tagName === 'peer-groups'
          ? 1
          : left.tagName.localeCompare(right.tagName),
    );
  return { markdown: elements.map(section).join(''), count: elements.length };
}

/**
 * docs/embedding.md with its reference section replaced by the one `manifest` gives, formatted
 * as the workspace's formatter writes it.
 */
export function guideWithReference(
  manifest,
  guide = readFileSync(resolve(WORKSPACE_ROOT, GUIDE_PATH), 'utf8'),
) {
  const from = guide.indexOf(START);
  const to = guide.indexOf(END);
  if (from === -1 || to === -1) {
    throw new Error(
      `docs/embedding.md lacks the reference markers; add "${START}" and "${END}" where the reference goes.`,
    );
  }
  const { markdown } = renderReference(manifest);
  const text = `${guide.slice(0, from + START.length)}\n\n${markdown}${guide.slice(to)}`;
  return formatMarkdown(text, GUIDE_PATH, { cwd: WORKSPACE_ROOT });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  writeFileSync(resolve(WORKSPACE_ROOT, GUIDE_PATH), guideWithReference(manifest));
  console.log(
    `docs/embedding.md: reference of ${renderReference(manifest).count} elements written.`,
  );
}
