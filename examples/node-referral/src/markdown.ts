/**
 * Directory text inside Markdown: escaped, so a listing can never add a link, a heading or
 * markup to the handout.
 *
 * @packageDocumentation
 */

/**
 * Characters that open inline markup, links, HTML, headings and table cells. Handout lines
 * always start with our own prefix, so list markers and numbers in directory text stay inert
 * and are left readable.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~]/g;

/** `text` with Markdown's special characters escaped and line breaks folded to spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
}

/** An autolink for a URL the schemas already limit to http, https, tel or mailto. */
export function markdownLink(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
