// Writes the OpenAPI document of the directory API to dist/openapi.json, from the built package,
// so the published file and the one the server generates at run time come from the same code.
// Run after rollup: `node scripts/write-openapi.mjs`.

import { readFile, writeFile } from 'node:fs/promises';

const distUrl = new URL('../dist/', import.meta.url);

let core;
try {
  core = await import(new URL('index.js', distUrl).href);
} catch (error) {
  throw new Error(
    `Cannot load the built package from ${distUrl.pathname}: run rollup first (pnpm --filter @peer-groups/core build).`,
    { cause: error },
  );
}

const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const document = core.createOpenApiDocument({ version: manifest.version });
const target = new URL('openapi.json', distUrl);
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(
  `openapi.json: ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas -> ${target.pathname}`,
);
