import { describe, expect, it } from 'vitest';
import type { ProblemKind } from '../src/index.js';
import {
  createOpenApiDocument,
  createProblem,
  PROBLEM_MEDIA_TYPE,
  PROBLEM_TYPE_PREFIX,
  PROBLEM_TYPES,
  problemKindOf,
  problemSchema,
} from '../src/index.js';

const KINDS = Object.keys(PROBLEM_TYPES) as ProblemKind[];

describe('problem types', () => {
  it('are URNs of kebab-case names under the shared prefix', () => {
    for (const kind of KINDS) {
      expect(PROBLEM_TYPES[kind].type).toMatch(/^urn:peer-groups:problem:[a-z]+(?:-[a-z]+)*$/);
    }
  });

  it('name the problems of the API contract', () => {
    const names = KINDS.map((kind) => PROBLEM_TYPES[kind].type.slice(PROBLEM_TYPE_PREFIX.length));
    expect(names).toEqual(
      expect.arrayContaining([
        'invalid-parameters',
        'not-found',
        'method-not-allowed',
        'gone',
        'rate-limited',
        'unauthorized',
        'forbidden',
        'payload-too-large',
        'unsupported-media-type',
        'not-acceptable',
        'conflict',
        'internal',
        'unavailable',
      ]),
    );
  });

  it('are distinct, with error statuses', () => {
    const types = KINDS.map((kind) => PROBLEM_TYPES[kind].type);
    expect(new Set(types).size).toBe(types.length);
    for (const kind of KINDS) {
      expect(PROBLEM_TYPES[kind].status).toBeGreaterThanOrEqual(400);
      expect(PROBLEM_TYPES[kind].status).toBeLessThan(600);
    }
  });

  it('map back from type to kind', () => {
    for (const kind of KINDS) expect(problemKindOf(PROBLEM_TYPES[kind].type)).toBe(kind);
    expect(problemKindOf('about:blank')).toBeUndefined();
    expect(problemKindOf('urn:peer-groups:problem:teapot')).toBeUndefined();
  });
});

describe('createProblem', () => {
  it('fills in type, title and status', () => {
    expect(createProblem('notFound')).toEqual({
      type: 'urn:peer-groups:problem:not-found',
      title: 'Not found',
      status: 404,
    });
  });

  it('adds the details given and leaves out the rest', () => {
    const problem = createProblem('invalidParameters', {
      detail: 'Fix the named parameters and retry.',
      invalidParams: [{ name: 'limit', reason: 'must be at most 100' }],
    });
    expect(problem).toEqual({
      type: 'urn:peer-groups:problem:invalid-parameters',
      title: 'Invalid parameters',
      status: 400,
      detail: 'Fix the named parameters and retry.',
      invalidParams: [{ name: 'limit', reason: 'must be at most 100' }],
    });
    expect(Object.keys(createProblem('gone', { instance: '/v1/groups/abc' }))).toEqual([
      'type',
      'title',
      'status',
      'instance',
    ]);
  });

  it('makes documents the problem schema accepts', () => {
    for (const kind of KINDS)
      expect(problemSchema.safeParse(createProblem(kind)).success).toBe(true);
  });
});

describe('problem responses of the OpenAPI document', () => {
  const { responses } = createOpenApiDocument().components;

  it('has one per problem kind, with its status and type in the example', () => {
    for (const kind of KINDS) {
      const name = kind.charAt(0).toUpperCase() + kind.slice(1);
      const example = responses[name]?.content?.[PROBLEM_MEDIA_TYPE]?.example;
      expect(example).toMatchObject({
        type: PROBLEM_TYPES[kind].type,
        status: PROBLEM_TYPES[kind].status,
      });
    }
  });
});
