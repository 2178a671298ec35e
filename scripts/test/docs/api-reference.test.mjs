import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOpenApiDocument } from '../../../packages/core/src/index.ts';
import {
  API_REFERENCE_PATH,
  listEndpoints,
  renderApiReference,
  WORKSPACE_ROOT,
} from '../../docs/api-reference.mjs';
import { formatMarkdown } from '../../docs/format-markdown.mjs';
import { Slugger } from '../../docs/markdown.mjs';

// The document as packages/core builds it now, from its sources: the committed page must match
// it, whether or not dist/ was rebuilt.
const document = createOpenApiDocument();
const page = renderApiReference(document);

/** Anchors of every heading of `markdown`, in order, as a code host derives them. */
function anchorsOf(markdown) {
  const slugger = new Slugger();
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set(
    [...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map(([, text]) => slugger.slug(text)),
  );
}

describe('docs/reference/api.md', () => {
  it('is what the generator writes from the current OpenAPI document (run `pnpm run docs` if not)', () => {
    const committed = readFileSync(resolvePath(WORKSPACE_ROOT, API_REFERENCE_PATH), 'utf8');
    const expected = formatMarkdown(page, API_REFERENCE_PATH, { cwd: WORKSPACE_ROOT });
    expect(committed === expected, 'docs/reference/api.md is stale: run `pnpm run docs`').toBe(
      true,
    );
  });
});

describe('renderApiReference', () => {
  it('gives every operation a section and a line in the contents', () => {
    const endpoints = listEndpoints(document);
    expect(endpoints.length).toBeGreaterThan(10);
    for (const endpoint of endpoints) {
      expect(page).toContain(`### ${endpoint.heading}\n`);
      expect(page).toContain(`\`${endpoint.method.toUpperCase()} ${endpoint.path}\``);
    }
  });

  it('links only to anchors the page has', () => {
    const anchors = anchorsOf(page);
    const targets = [...page.matchAll(/\]\(#([^)]+)\)/g)].map(([, target]) => target);
    expect(targets.length).toBeGreaterThan(50);
    expect(targets.filter((target) => !anchors.has(target))).toEqual([]);
  });

  it('describes every parameter of searching groups', () => {
    const search = listEndpoints(document).find((e) => e.operation.operationId === 'searchGroups');
    for (const parameter of search?.parameters ?? []) {
      expect(page).toContain(`| \`${parameter.name}\` | ${parameter.in} |`);
    }
  });

  it('lists every problem type with its status', () => {
    for (const response of Object.values(document.components.responses)) {
      const example = response.content?.['application/problem+json']?.example;
      if (example) expect(page).toContain(`| ${example.status} | \`${example.type}\` |`);
    }
  });

  it('marks the curator operations and sends the key in their examples', () => {
    expect(page).toContain(
      '`POST /v1/submissions/{id}/approve` · operation `approveSubmission` · [curator key](#authentication)',
    );
    expect(page).toContain('`GET /v1/groups` · operation `searchGroups` · public');
  });

  it('shows a curl example for the operations the document has examples for', () => {
    expect(page).toContain('curl "$API/v1/groups/grp-7Kq2mX"');
    expect(page).toContain(
      `curl -G "$API/v1/groups" \\\n  --data-urlencode 'near=42.3736,-71.1097'`,
    );
    expect(page).toContain(`curl "$API/v1/submissions" \\\n  -H 'Content-Type: application/json'`);
  });

  it('has a section per component schema with its required properties', () => {
    expect(page).toContain('### Coordinates\n');
    expect(page).toMatch(/\| `lat` \| number \| yes \| ≥ -90, ≤ 90 \|/);
  });

  it('is the same on every run', () => {
    expect(renderApiReference(createOpenApiDocument())).toBe(page);
  });
});
