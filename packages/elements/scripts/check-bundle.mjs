// Checks the single-file bundle against its budget and prints what a clinic page needs: the
// gzip size and the Subresource Integrity hash for the <script integrity> attribute.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The gzip budget of the bundle, lit, the SDK and the schemas included. Measured 45702 bytes
 * (Node's zlib, level 9). What each part adds, measured by leaving it out of the minified
 * bundle: lit with @lit/task about 6.1 KB, zod's core 7.4 KB, ky 4.9 KB, the schemas and
 * schedule wording from core 9.0 KB, the SDK's transport and errors 4.7 KB, the elements with
 * both locales 14.5 KB. The product's target is 30 KB; the libraries the stack fixes take 18.4
 * KB of it, so this ceiling stops growth while the gap is argued and cut.
 */
const BUDGET_BYTES = 45 * 1024;

/** Code that must never ship: eval-like calls break strict CSP; storage and cookies break the privacy promise. */
const FORBIDDEN = [
  'unsafeHTML',
  'localStorage',
  'sessionStorage',
  'document.cookie',
  'new Function(',
];

const file = resolve(import.meta.dirname, '..', 'dist', 'cdn', 'peer-groups.js');
const source = readFileSync(file);
const gzipped = gzipSync(source, { level: 9 }).length;
const integrity = `sha384-${createHash('sha384').update(source).digest('base64')}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
  `dist/cdn/peer-groups.js: ${kb(source.length)} minified, ${kb(gzipped)} gzip (budget ${kb(BUDGET_BYTES)})`,
);
console.log(`integrity="${integrity}"`);
// Kept beside the bundle so a release can publish the hash with it.
writeFileSync(`${file}.integrity`, `${integrity}\n`);

const problems = [];
if (gzipped > BUDGET_BYTES) {
  problems.push(
    `the bundle is ${kb(gzipped)} gzip, over its ${kb(BUDGET_BYTES)} budget: trim what grew, or re-measure and explain a raised budget in the same commit`,
  );
}
const text = source.toString('utf8');
for (const identifier of FORBIDDEN) {
  if (text.includes(identifier))
    problems.push(`the bundle contains "${identifier}", which the widget must never use`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`Bundle check failed: ${problem}.`);
  process.exitCode = 1;
}
