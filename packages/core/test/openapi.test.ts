import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import type {
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
} from '../src/index.js';
import {
  CORE_VERSION,
  createOpenApiDocument,
  groupSchema,
  PROBLEM_MEDIA_TYPE,
  searchPageSchema,
  searchQuerySchema,
  submissionInputSchema,
} from '../src/index.js';
import { validGroup } from './fixtures.js';

const document = createOpenApiDocument();
type Method = 'get' | 'put' | 'post' | 'delete';

/** The methods of every path in the API contract. */
const CONTRACT: Record<string, Method[]> = {
  '/v1/groups': ['get'],
  '/v1/groups/{id}': ['get', 'put', 'delete'],
  '/v1/groups/{id}/meetings': ['get'],
  '/v1/groups/{id}/calendar.ics': ['get'],
  '/v1/groups/{id}/event.jsonld': ['get'],
  '/v1/topics': ['get'],
  '/v1/places': ['get'],
  '/v1/submissions': ['post', 'get'],
  '/v1/submissions/{id}': ['get'],
  '/v1/submissions/{id}/approve': ['post'],
  '/v1/submissions/{id}/reject': ['post'],
  '/v1/export/meeting-guide.json': ['get'],
  '/v1/export/hsds/services': ['get'],
  '/v1/export/hsds/services/{id}': ['get'],
  '/v1/export/groups.csv': ['get'],
  '/v1/export/calendar.ics': ['get'],
  '/v1/openapi.json': ['get'],
  '/healthz': ['get'],
  '/readyz': ['get'],
};

const CURATOR_OPERATIONS = [
  'updateGroup',
  'retireGroup',
  'listSubmissions',
  'getSubmission',
  'approveSubmission',
  'rejectSubmission',
];

function operations(doc: OpenApiDocument = document): [string, Method, OperationObject][] {
  const found: [string, Method, OperationObject][] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete'] as const) {
      const op = item[method];
      if (op !== undefined) found.push([path, method, op]);
    }
  }
  return found;
}

function operationById(id: string): OperationObject {
  const found = operations().find(([, , op]) => op.operationId === id);
  if (found === undefined) throw new Error(`no operation ${id}`);
  return found[2];
}

/** The value a local `$ref` points at, or `undefined` when it points at nothing. */
function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function collectRefs(node: unknown, refs: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, refs);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.add(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

function resolved<T>(item: T | ReferenceObject): T {
  if (typeof item === 'object' && item !== null && '$ref' in item) {
    return resolvePointer(document, item.$ref) as T;
  }
  return item;
}

/** The response of `op` for `status`, followed through its `$ref`. */
function responseOf(op: OperationObject, status: string): ResponseObject {
  const response = op.responses[status];
  if (response === undefined) throw new Error(`${op.operationId} has no ${status} response`);
  return resolved(response);
}

describe('createOpenApiDocument', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(document) as unknown as Record<string, unknown>,
    );
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has every path of the contract with exactly its methods', () => {
    const actual: Record<string, Method[]> = {};
    for (const [path, method] of operations()) {
      actual[path] = [...(actual[path] ?? []), method];
    }
    for (const methods of [...Object.values(actual), ...Object.values(CONTRACT)]) methods.sort();
    expect(actual).toEqual(CONTRACT);
  });

  it('resolves every $ref', () => {
    const refs = collectRefs(document);
    expect(refs.size).toBeGreaterThan(20);
    const broken = [...refs].filter((ref) => resolvePointer(document, ref) === undefined);
    expect(broken).toEqual([]);
  });

  it('gives every operation a unique operationId, a tag and a summary', () => {
    const ids = operations().map(([, , op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, , op] of operations()) {
      expect(op.tags.length).toBe(1);
      expect(op.summary).not.toBe('');
    }
  });

  it('refers to named component schemas', () => {
    expect(
      responseOf(operationById('getGroup'), '200').content?.['application/json']?.schema,
    ).toEqual({
      $ref: '#/components/schemas/Group',
    });
    expect(document.components.schemas.Group?.properties).toMatchObject({
      attendance: { $ref: '#/components/schemas/Attendance' },
      location: { $ref: '#/components/schemas/Location' },
    });
  });

  it('leaves no $schema or $id inside component schemas', () => {
    for (const schema of Object.values(document.components.schemas)) {
      expect(schema).not.toHaveProperty('$schema');
      expect(schema).not.toHaveProperty('$id');
    }
  });

  it('describes every search parameter in canonical order, lists as comma-separated arrays', () => {
    const parameters = (operationById('searchGroups').parameters ?? []).map(
      resolved<ParameterObject>,
    );
    const query = parameters.filter((parameter) => parameter.in === 'query');
    expect(query.map((parameter) => parameter.name)).toEqual(
      Object.keys(searchQuerySchema.def.shape),
    );
    const topics = query.find((parameter) => parameter.name === 'topics');
    expect(topics).toMatchObject({ style: 'form', explode: false, schema: { type: 'array' } });
    const days = query.find((parameter) => parameter.name === 'days');
    expect(days?.schema).toMatchObject({
      items: { enum: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
    });
    const limit = query.find((parameter) => parameter.name === 'limit');
    expect(limit).toMatchObject({ schema: { type: 'integer', minimum: 1, maximum: 100 } });
    expect(limit?.style).toBeUndefined();
  });

  it('requires q of the places look-up', () => {
    const parameters = (operationById('searchPlaces').parameters ?? []).map(
      resolved<ParameterObject>,
    );
    expect(parameters.find((parameter) => parameter.name === 'q')?.required).toBe(true);
  });

  it('secures curator operations with the bearer scheme and documents 401 and 403', () => {
    expect(document.components.securitySchemes.curatorKey).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    for (const id of CURATOR_OPERATIONS) {
      const op = operationById(id);
      expect(op.security).toEqual([{ curatorKey: [] }]);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  it('leaves public operations open', () => {
    for (const [, , op] of operations()) {
      if (CURATOR_OPERATIONS.includes(op.operationId)) continue;
      expect(op.security).toBeUndefined();
      expect(op.responses['401']).toBeUndefined();
    }
  });

  it('gives GETs an ETag, If-None-Match and 304, except the health checks', () => {
    for (const [path, method, op] of operations()) {
      if (method !== 'get' || path === '/healthz' || path === '/readyz') continue;
      expect(op.parameters).toContainEqual({ $ref: '#/components/parameters/IfNoneMatch' });
      expect(op.responses['304']).toEqual({ $ref: '#/components/responses/NotModified' });
      expect(responseOf(op, '200').headers?.ETag).toEqual({
        $ref: '#/components/headers/ETag',
      });
    }
  });

  it('documents problem responses as problem+json, with Retry-After on 429', () => {
    for (const [, , op] of operations()) {
      for (const status of ['406', '429', '500', '503']) expect(op.responses[status]).toBeDefined();
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(resolved(response).content?.[PROBLEM_MEDIA_TYPE]?.schema).toEqual({
          $ref: '#/components/schemas/Problem',
        });
      }
    }
    expect(document.components.responses.RateLimited?.headers).toEqual({
      'Retry-After': { $ref: '#/components/headers/RetryAfter' },
    });
    expect(document.components.responses.MethodNotAllowed?.headers).toHaveProperty('Allow');
  });

  it('answers 404 and 410 for a group that is missing or retired', () => {
    for (const id of [
      'getGroup',
      'listGroupMeetings',
      'getGroupCalendar',
      'getGroupJsonLd',
      'exportHsdsService',
      'updateGroup',
      'retireGroup',
    ]) {
      expect(Object.keys(operationById(id).responses)).toEqual(
        expect.arrayContaining(['404', '410']),
      );
    }
  });

  it('takes JSON bodies with 400, 413 and 415, and an Idempotency-Key on submissions', () => {
    const create = operationById('createSubmission');
    expect(create.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
    expect(responseOf(create, '201').headers).toHaveProperty('Location');
    for (const id of ['createSubmission', 'rejectSubmission', 'updateGroup']) {
      const op = operationById(id);
      expect(op.requestBody?.content['application/json']).toBeDefined();
      expect(op.responses['400']).toEqual({ $ref: '#/components/responses/InvalidBody' });
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['413', '415']));
    }
  });

  it('lists responses in order of status', () => {
    for (const [, , op] of operations()) {
      const statuses = Object.keys(op.responses).map(Number);
      expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
    }
  });

  it('shows examples that the schemas accept', () => {
    const json = (id: string, status: string) =>
      responseOf(operationById(id), status).content?.['application/json']?.example;
    expect(groupSchema.safeParse(json('getGroup', '200')).error).toBeUndefined();
    expect(searchPageSchema.safeParse(json('searchGroups', '200')).error).toBeUndefined();
    const body =
      operationById('createSubmission').requestBody?.content['application/json']?.example;
    expect(submissionInputSchema.safeParse(body).error).toBeUndefined();
  });

  it('takes info.version from core by default, and the servers from the options', () => {
    expect(CORE_VERSION).toBe(manifest.version);
    expect(document.info.version).toBe(manifest.version);
    expect(document.info.license.identifier).toBe('Apache-2.0');
    expect(document.servers).toBeUndefined();
    const custom = createOpenApiDocument({
      serverUrl: 'https://groups.example.org',
      version: '2.0.0',
    });
    expect(custom.servers).toEqual([{ url: 'https://groups.example.org' }]);
    expect(custom.info.version).toBe('2.0.0');
  });

  it('serializes to plain JSON and builds the same document each time', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    expect(createOpenApiDocument()).toEqual(document);
  });
});

interface JsonSchemaValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}
interface Ajv {
  compile(schema: object): JsonSchemaValidator;
}
interface NodeModuleApi {
  createRequire(from: string): { (id: string): unknown; resolve(id: string): string };
}

/**
 * Ajv for JSON Schema 2020-12, as the OpenAPI validator brings it: core does not depend on ajv
 * itself, so it is loaded from beside the validator.
 */
function ajvFromValidator(): Ajv {
  const { process } = globalThis as unknown as {
    process: { getBuiltinModule(id: 'node:module'): NodeModuleApi };
  };
  const { createRequire } = process.getBuiltinModule('node:module');
  const validatorEntry = createRequire(import.meta.url).resolve(
    '@seriousme/openapi-schema-validator',
  );
  const requireBesideValidator = createRequire(validatorEntry);
  const { default: Ajv2020 } = requireBesideValidator('ajv/dist/2020.js') as {
    default: new (options: object) => Ajv;
  };
  const { default: addFormats } = requireBesideValidator('ajv-formats') as {
    default: (ajv: Ajv) => void;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** A validator of the component schema `name`, resolving its `$ref`s within the document. */
function componentValidator(name: string): JsonSchemaValidator {
  return ajvFromValidator().compile({
    $id: 'urn:peer-groups:openapi',
    components: document.components,
    $ref: `#/components/schemas/${name}`,
  });
}

describe('component schemas as JSON Schema', () => {
  const group = componentValidator('Group');

  it('accepts a valid group', () => {
    expect(group(validGroup())).toBe(true);
  });

  it('refuses a javascript: link', () => {
    const contact = { ...validGroup().contact, url: 'javascript:alert(1)' };
    expect(group({ ...validGroup(), contact })).toBe(false);
    expect(group.errors?.map((error) => error.instancePath)).toContain('/contact/url');
  });

  it('refuses a group without a required field', () => {
    const { name: _name, ...nameless } = validGroup();
    expect(group(nameless)).toBe(false);
  });

  it('refuses an unknown attendance', () => {
    expect(group({ ...validGroup(), attendance: 'sometimes' })).toBe(false);
  });

  it('accepts the documented examples', () => {
    const page = responseOf(operationById('searchGroups'), '200').content?.['application/json']
      ?.example;
    expect(componentValidator('SearchPage')(page)).toBe(true);
    const body =
      operationById('createSubmission').requestBody?.content['application/json']?.example;
    expect(componentValidator('SubmissionInput')(body)).toBe(true);
    const problem =
      document.components.responses.InvalidParameters?.content?.[PROBLEM_MEDIA_TYPE]?.example;
    expect(componentValidator('Problem')(problem)).toBe(true);
  });
});

// A fixture check outside the validator, so a broken fixture is told apart from a broken document.
it('uses a fixture the zod schema accepts', () => {
  expect(groupSchema.safeParse(validGroup()).success).toBe(true);
});
