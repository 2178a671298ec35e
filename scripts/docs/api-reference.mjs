// @ts-check
// Writes docs/reference/api.md, the directory API reference, from the OpenAPI document that
// packages/core builds (packages/core/dist/openapi.json): every endpoint with its parameters,
// body, responses and a curl example where the document has examples; authentication; the
// problem types; and the component schemas.
// Run: node scripts/docs/api-reference.mjs (or `pnpm run docs` for every generated doc).

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatMarkdown } from './format-markdown.mjs';
import { code, Slugger, table } from './markdown.mjs';
import {
  API_KEY_VARIABLE,
  BASE_URL_VARIABLE,
  curlExample,
  successExample,
} from './openapi-curl.mjs';
import { constraintTexts, propertyRows, resolve, typeText } from './openapi-schema.mjs';

/** The workspace root. */
export const WORKSPACE_ROOT = resolvePath(import.meta.dirname, '..', '..');
/** Where the page is written, relative to the workspace root. */
export const API_REFERENCE_PATH = 'docs/reference/api.md';
/** The OpenAPI document the page is generated from, relative to the workspace root. */
export const OPENAPI_PATH = 'packages/core/dist/openapi.json';

const NOTICE = `<!-- Generated from ${OPENAPI_PATH} by scripts/docs/api-reference.mjs (\`pnpm run docs\`); do not edit by hand. -->`;
const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Thrown when the OpenAPI document is missing or is not JSON. */
export class OpenApiDocumentError extends Error {
  /** @param {string} message @param {unknown} cause */
  constructor(message, cause) {
    super(message, { cause });
    this.name = 'OpenApiDocumentError';
  }
}

/**
 * @typedef {object} Endpoint One operation of the document, ready to describe.
 * @property {string} method Lower-case HTTP method.
 * @property {string} path The path template.
 * @property {Record<string, any>} operation The operation object.
 * @property {Record<string, any>[]} parameters The path's and the operation's parameters, resolved;
 *   an operation's parameter replaces the path's of the same name and place.
 * @property {string} heading The heading of its section.
 */

/**
 * The directory API reference as Markdown, before formatting: deterministic for a given
 * document, so regenerating an unchanged document changes nothing.
 *
 * @param {Record<string, any>} document An OpenAPI 3.1 document.
 * @returns {string}
 */
export function renderApiReference(document) {
  const endpoints = listEndpoints(document);
  const tagGroups = groupByTag(document, endpoints);
  const schemaNames = Object.keys(document.components?.schemas ?? {});

  // Headings are slugged in document order, as a code host does, so repeats get the same
  // suffixes there as here.
  const slugger = new Slugger();
  const title = `${document.info.title} reference`;
  slugger.slug(title);
  slugger.slug('Contents');
  const sectionSlugs = {
    overview: slugger.slug('Overview'),
    authentication: slugger.slug('Authentication'),
    problems: slugger.slug('Problems'),
    headers: slugger.slug('Response headers'),
  };
  /** @type {Map<Endpoint, string>} */
  const endpointSlugs = new Map();
  /** @type {Map<string, string>} */
  const tagSlugs = new Map();
  for (const { tag, endpoints: tagged } of tagGroups) {
    tagSlugs.set(tag.name, slugger.slug(tag.name));
    for (const endpoint of tagged) endpointSlugs.set(endpoint, slugger.slug(endpoint.heading));
  }
  const schemasSlug = slugger.slug('Schemas');
  /** @type {Map<string, string>} */
  const schemaSlugs = new Map(schemaNames.map((name) => [name, slugger.slug(name)]));

  /** @param {string} name */
  const link = (name) => {
    const slug = schemaSlugs.get(name);
    return slug === undefined ? code(name) : `[${name}](#${slug})`;
  };
  /** @param {Endpoint} endpoint */
  const endpointLink = (endpoint) =>
    `[${endpoint.heading}](#${endpointSlugs.get(endpoint)}) ${code(`${endpoint.method.toUpperCase()} ${endpoint.path}`)}`;

  const parts = [NOTICE, `# ${title}`];

  const contents = [
    `- [Overview](#${sectionSlugs.overview})`,
    `- [Authentication](#${sectionSlugs.authentication})`,
    `- [Problems](#${sectionSlugs.problems})`,
    `- [Response headers](#${sectionSlugs.headers})`,
  ];
  for (const { tag, endpoints: tagged } of tagGroups) {
    contents.push(`- [${tag.name}](#${tagSlugs.get(tag.name)})`);
    for (const endpoint of tagged) contents.push(`  - ${endpointLink(endpoint)}`);
  }
  if (schemaNames.length > 0) contents.push(`- [Schemas](#${schemasSlug})`);
  parts.push('## Contents', contents.join('\n'));

  parts.push('## Overview', overview(document));
  parts.push(
    '## Authentication',
    authentication(
      document,
      endpoints.filter((endpoint) => isSecured(endpoint.operation)),
      endpointLink,
    ),
  );
  parts.push('## Problems', problems(document, endpoints));
  parts.push('## Response headers', responseHeaders(document, endpoints));

  const context = {
    document,
    link,
    problemsSlug: sectionSlugs.problems,
    authSlug: sectionSlugs.authentication,
  };
  for (const { tag, endpoints: tagged } of tagGroups) {
    parts.push(`## ${tag.name}`);
    if (tag.description) parts.push(tag.description);
    for (const endpoint of tagged) parts.push(...endpointSection(endpoint, context));
  }

  if (schemaNames.length > 0) {
    parts.push(
      '## Schemas',
      'The JSON bodies the endpoints take and answer with. Properties not marked required may be left out.',
    );
    for (const name of schemaNames) {
      parts.push(`### ${name}`, schemaSection(document.components.schemas[name], link));
    }
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

/**
 * The page as it is written to disk: rendered from the document at `openApiPath` and formatted
 * as the workspace formats Markdown.
 *
 * @param {{ root?: string, openApiPath?: string }} [options] Default: this workspace and its built
 *   document.
 * @returns {string}
 */
export function generateApiReference(options = {}) {
  const root = options.root ?? WORKSPACE_ROOT;
  const document = readOpenApiDocument(resolvePath(root, options.openApiPath ?? OPENAPI_PATH));
  return formatMarkdown(renderApiReference(document), API_REFERENCE_PATH, { cwd: root });
}

/**
 * Regenerates docs/reference/api.md.
 *
 * @param {{ root?: string }} [options] Default: this workspace.
 * @returns {{ path: string, endpoints: number }}
 */
export function writeApiReference(options = {}) {
  const root = options.root ?? WORKSPACE_ROOT;
  const markdown = generateApiReference({ root });
  const path = resolvePath(root, API_REFERENCE_PATH);
  writeFileSync(path, markdown);
  const endpoints = listEndpoints(readOpenApiDocument(resolvePath(root, OPENAPI_PATH))).length;
  return { path, endpoints };
}

/**
 * @param {string} source
 * @returns {Record<string, any>}
 */
function readOpenApiDocument(source) {
  try {
    return JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new OpenApiDocumentError(
      `Cannot read the OpenAPI document at ${source}: build it first with \`pnpm --filter @peer-groups/core build\`.`,
      error,
    );
  }
}

/**
 * Every operation of `document`, in the order its paths and methods appear.
 *
 * @param {Record<string, any>} document
 * @returns {Endpoint[]}
 */
export function listEndpoints(document) {
  /** @type {Endpoint[]} */
  const endpoints = [];
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    const shared = (pathItem.parameters ?? []).map((/** @type {any} */ p) => resolve(document, p));
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const own = (operation.parameters ?? []).map((/** @type {any} */ p) => resolve(document, p));
      const parameters = [
        ...shared.filter(
          (/** @type {any} */ p) =>
            !own.some((/** @type {any} */ o) => o.name === p.name && o.in === p.in),
        ),
        ...own,
      ];
      const heading =
        operation.summary ?? operation.operationId ?? `${method.toUpperCase()} ${path}`;
      endpoints.push({ method, path, operation, parameters, heading });
    }
  }
  return endpoints;
}

/**
 * Endpoints grouped under the document's tags, in the tags' order; untagged endpoints, and
 * those whose tag the document does not declare, come last under their own tag.
 *
 * @param {Record<string, any>} document
 * @param {Endpoint[]} endpoints
 * @returns {Array<{ tag: { name: string, description?: string }, endpoints: Endpoint[] }>}
 */
function groupByTag(document, endpoints) {
  /** @type {Map<string, { tag: { name: string, description?: string }, endpoints: Endpoint[] }>} */
  const groups = new Map();
  for (const tag of document.tags ?? []) groups.set(tag.name, { tag, endpoints: [] });
  for (const endpoint of endpoints) {
    const name = endpoint.operation.tags?.[0] ?? 'Other';
    if (!groups.has(name)) groups.set(name, { tag: { name }, endpoints: [] });
    groups.get(name)?.endpoints.push(endpoint);
  }
  return [...groups.values()].filter((group) => group.endpoints.length > 0);
}

/** @param {Record<string, any>} operation */
function isSecured(operation) {
  return (
    Array.isArray(operation.security) && operation.security.some((r) => Object.keys(r).length > 0)
  );
}

/** @param {Record<string, any>} document */
function overview(document) {
  const { info } = document;
  const lines = [];
  if (info.summary) lines.push(info.summary, '');
  const facts = [`- Version: ${code(info.version)} (OpenAPI ${code(document.openapi)})`];
  if (info.license?.name) facts.push(`- Licence: ${info.license.name}`);
  const servers = document.servers ?? [];
  if (servers.length > 0) {
    facts.push(`- Base URL: ${servers.map((/** @type {any} */ s) => code(s.url)).join(', ')}`);
  } else {
    facts.push(
      "- Base URL: the directory server's own origin; the paths below are relative to it.",
    );
  }
  lines.push(facts.join('\n'), '');
  if (info.description) lines.push(info.description, '');
  lines.push(
    `The curl examples read the base URL from ${code(`$${BASE_URL_VARIABLE}`)} and a curator key from ${code(`$${API_KEY_VARIABLE}`)}, for instance:`,
    '',
    '```sh',
    `${BASE_URL_VARIABLE}=http://127.0.0.1:8080`,
    `${API_KEY_VARIABLE}=...`,
    '```',
  );
  return lines.join('\n');
}

/**
 * @param {Record<string, any>} document
 * @param {Endpoint[]} secured
 * @param {(endpoint: Endpoint) => string} endpointLink
 */
function authentication(document, secured, endpointLink) {
  const schemes = document.components?.securitySchemes ?? {};
  const lines = [];
  const rows = Object.entries(schemes).map(([name, scheme]) => [
    code(name),
    [scheme.type, scheme.scheme, scheme.bearerFormat].filter(Boolean).join(' '),
    scheme.description,
  ]);
  if (rows.length === 0) return 'No endpoint needs authentication.';
  lines.push(table(['Scheme', 'Type', 'How to send it'], rows));
  if (secured.length === 0) {
    lines.push('No endpoint needs authentication.');
  } else {
    lines.push('These endpoints need it; every other endpoint is public:', '');
    for (const endpoint of secured) lines.push(`- ${endpointLink(endpoint)}`);
  }
  return lines.join('\n');
}

/**
 * @param {Record<string, any>} document
 * @param {Endpoint[]} endpoints
 */
function problems(document, endpoints) {
  const responses = Object.entries(document.components?.responses ?? {});
  /** @type {Array<{ status: number, row: string[] }>} */
  const rows = [];
  /** @type {Map<string, number>} */
  const statusOfName = new Map();
  for (const [name, response] of responses) {
    const media = response.content?.[PROBLEM_MEDIA_TYPE];
    if (!media) continue;
    const example = media.example ?? {};
    const status = Number(example.status);
    statusOfName.set(name, status);
    const title = example.title ?? name;
    const description = String(response.description ?? '');
    const when = description.startsWith(`${title}. `)
      ? description.slice(title.length + 2)
      : description;
    rows.push({
      status,
      row: [String(status), example.type ? code(example.type) : '', title, when, code(name)],
    });
  }
  if (rows.length === 0) return 'The document defines no problem responses.';
  rows.sort((a, b) => a.status - b.status);

  // Statuses every endpoint lists are worth saying once rather than reading off each table.
  let everywhere;
  for (const endpoint of endpoints) {
    const statuses = new Set(Object.keys(endpoint.operation.responses ?? {}));
    everywhere =
      everywhere === undefined ? statuses : new Set([...everywhere].filter((s) => statuses.has(s)));
  }
  const common = [...(everywhere ?? [])].filter((status) =>
    [...statusOfName.values()].includes(Number(status)),
  );

  const lines = [
    `Errors are RFC 9457 problem details, served as ${code(PROBLEM_MEDIA_TYPE)} with the [Problem](#problem) schema. Match on ${code('type')}, not on ${code('title')}, which is for people.`,
    '',
    table(
      ['Status', 'Type', 'Title', 'When', 'Response'],
      rows.map(({ row }) => row),
    ),
  ];
  if (common.length > 0) {
    lines.push(
      `Every endpoint may answer ${common.map(code).join(', ')}; each endpoint's table lists the rest it may answer.`,
    );
  }
  return lines.join('\n');
}

/**
 * The shared response headers, under the names responses send them by (`Retry-After`), which
 * can differ from their component names (`RetryAfter`).
 *
 * @param {Record<string, any>} document
 * @param {Endpoint[]} endpoints
 */
function responseHeaders(document, endpoints) {
  const headers = Object.entries(document.components?.headers ?? {});
  if (headers.length === 0) return 'The document defines no shared response headers.';
  /** @type {Map<string, Set<string>>} */
  const sentAs = new Map();
  const responses = [
    ...Object.values(document.components?.responses ?? {}),
    ...endpoints.flatMap((endpoint) => Object.values(endpoint.operation.responses ?? {})),
  ];
  for (const response of responses) {
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const ref = /** @type {{ $ref?: unknown }} */ (header).$ref;
      if (typeof ref !== 'string') continue;
      const component = ref.slice(ref.lastIndexOf('/') + 1);
      sentAs.set(component, (sentAs.get(component) ?? new Set()).add(name));
    }
  }
  return table(
    ['Header', 'Type', 'Description'],
    headers.map(([component, header]) => [
      [...(sentAs.get(component) ?? [component])].map(code).join(', '),
      typeText(header.schema ?? {}, code),
      header.description,
    ]),
  );
}

/**
 * @param {Endpoint} endpoint
 * @param {{ document: Record<string, any>, link: (name: string) => string, problemsSlug: string, authSlug: string }} context
 * @returns {string[]}
 */
function endpointSection(endpoint, { document, link, problemsSlug, authSlug }) {
  const { method, path, operation, parameters } = endpoint;
  const parts = [`### ${endpoint.heading}`];
  const auth = isSecured(operation) ? `[curator key](#${authSlug})` : 'public';
  const facts = [code(`${method.toUpperCase()} ${path}`)];
  if (operation.operationId) facts.push(`operation ${code(operation.operationId)}`);
  facts.push(auth);
  parts.push(facts.join(' · '));
  if (operation.description) parts.push(operation.description);

  if (parameters.length > 0) {
    parts.push(
      '**Parameters**',
      table(
        ['Name', 'In', 'Type', 'Required', 'Constraints', 'Description'],
        parameters.map((parameter) => {
          const schema = parameter.schema ?? {};
          const constraints = constraintTexts(schema);
          if (
            parameter.in === 'query' &&
            parameter.style === 'form' &&
            parameter.explode === false
          ) {
            constraints.unshift('comma-separated');
          }
          return [
            code(parameter.name),
            parameter.in,
            typeText(schema, link),
            parameter.required ? 'yes' : 'no',
            constraints.join('; '),
            parameter.description,
          ];
        }),
      ),
    );
  }

  if (operation.requestBody) {
    const body = resolve(document, operation.requestBody);
    const media = Object.entries(body.content ?? {}).map(
      ([mediaType, value]) => `${code(mediaType)} ${schemaText(value.schema, link)}`,
    );
    parts.push(
      `**Request body** (${body.required ? 'required' : 'optional'}): ${media.join(', or ')}.${body.description ? ` ${body.description}` : ''}`,
    );
  }

  const rows = Object.entries(operation.responses ?? {}).map(([status, value]) => {
    const response = resolve(document, value);
    const content = Object.entries(response.content ?? {});
    const problem = response.content?.[PROBLEM_MEDIA_TYPE];
    const description = problem
      ? `[${problem.example?.title ?? response.description}](#${problemsSlug})`
      : response.description;
    return [
      status,
      description,
      content.map(([mediaType]) => code(mediaType)).join(', '),
      content.map(([, media]) => schemaText(media.schema, link)).join(', '),
      Object.keys(response.headers ?? {})
        .map(code)
        .join(', '),
    ];
  });
  parts.push(
    '**Responses**',
    table(['Status', 'Description', 'Media type', 'Schema', 'Headers'], rows),
  );

  const curl = curlExample({ document, method, path, operation, parameters });
  if (curl !== undefined) {
    parts.push('**Example**', `\`\`\`sh\n${curl}\n\`\`\``);
    const answer = successExample(document, operation);
    if (answer !== undefined) {
      parts.push(
        `<details>\n<summary>Example answer</summary>\n\n\`\`\`json\n${JSON.stringify(answer, null, 2)}\n\`\`\`\n\n</details>`,
      );
    }
  }
  return parts;
}

/**
 * A body's schema: a link for a component schema, else its type and, for an inline object,
 * the names of its properties.
 *
 * @param {Record<string, any> | undefined} schema
 * @param {(name: string) => string} link
 */
function schemaText(schema, link) {
  if (!schema) return '';
  const type = typeText(schema, link);
  const names = Object.keys(schema.properties ?? {});
  return names.length > 0 ? `${type} with ${names.map(code).join(', ')}` : type;
}

/**
 * @param {Record<string, any>} schema
 * @param {(name: string) => string} link
 */
function schemaSection(schema, link) {
  const lines = [];
  if (schema.description) lines.push(schema.description, '');
  const rows = propertyRows(schema);
  if (rows.length === 0) {
    const constraints = constraintTexts(schema);
    lines.push(
      `Type: ${typeText(schema, link)}${constraints.length > 0 ? `; ${constraints.join('; ')}` : ''}.`,
    );
    return lines.join('\n');
  }
  lines.push(
    table(
      ['Property', 'Type', 'Required', 'Constraints', 'Description'],
      rows.map((row) => [
        code(row.name),
        typeText(row.schema, link),
        row.required ? 'yes' : 'no',
        constraintTexts(row.schema).join('; '),
        row.schema.description,
      ]),
    ),
  );
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    lines.push('Other properties are allowed.');
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { path, endpoints } = writeApiReference();
  console.log(`api.md: ${endpoints} endpoints -> ${path}`);
}
