import { describe, expect, it } from 'vitest';
import { curlExample, shellQuote, successExample } from '../../docs/openapi-curl.mjs';

const group = { id: 'grp-1', name: 'Riverside' };

/** A small document with one example answer and one example body. */
const document = {
  components: {
    parameters: {
      GroupId: { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    },
    responses: {
      Created: {
        description: 'Created.',
        content: { 'application/json': { example: { id: 's-1' } } },
      },
    },
  },
};

const getGroup = {
  operationId: 'getGroup',
  responses: {
    200: { description: 'The group.', content: { 'application/json': { example: group } } },
    404: { description: 'Not found.' },
  },
};

const idParameter = document.components.parameters.GroupId;

describe('curlExample', () => {
  it('fills a path parameter from the same-named field of the example answer', () => {
    expect(
      curlExample({
        document,
        method: 'get',
        path: '/v1/groups/{id}',
        operation: getGroup,
        parameters: [idParameter],
      }),
    ).toBe('curl "$API/v1/groups/grp-1"');
  });

  it('sends query examples URL-encoded with -G', () => {
    const operation = { responses: { 200: { description: 'A page.' } } };
    const near = {
      name: 'near',
      in: 'query',
      schema: { type: 'string', examples: ['Cambridge, MA'] },
    };
    const limit = { name: 'limit', in: 'query', schema: { type: 'integer' } };
    expect(
      curlExample({
        document,
        method: 'get',
        path: '/v1/groups',
        operation,
        parameters: [near, limit],
      }),
    ).toBe(`curl -G "$API/v1/groups" \\\n  --data-urlencode 'near=Cambridge, MA'`);
  });

  it('writes the example body to standard input, with its media type', () => {
    const operation = {
      requestBody: {
        required: true,
        content: { 'application/json': { example: { kind: 'new' } } },
      },
      responses: { 201: { $ref: '#/components/responses/Created' } },
    };
    expect(
      curlExample({ document, method: 'post', path: '/v1/submissions', operation, parameters: [] }),
    ).toBe(
      [
        'curl "$API/v1/submissions" \\',
        "  -H 'Content-Type: application/json' \\",
        "  --data-binary @- <<'JSON'",
        '{',
        '  "kind": "new"',
        '}',
        'JSON',
      ].join('\n'),
    );
  });

  it('sends the curator key and the method of a secured call without a body', () => {
    const operation = {
      security: [{ curatorKey: [] }],
      responses: {
        200: { description: 'Retired.', content: { 'application/json': { example: group } } },
      },
    };
    expect(
      curlExample({
        document,
        method: 'delete',
        path: '/v1/groups/{id}',
        operation,
        parameters: [idParameter],
      }),
    ).toBe(
      'curl -X DELETE "$API/v1/groups/grp-1" \\\n  -H "Authorization: Bearer $PEER_GROUPS_API_KEY"',
    );
  });

  it('writes nothing when the document has no example for the operation', () => {
    const operation = { responses: { 200: { description: 'The taxonomy.' } } };
    expect(
      curlExample({ document, method: 'get', path: '/v1/topics', operation, parameters: [] }),
    ).toBeUndefined();
  });

  it('writes nothing when a required value has no example', () => {
    const operation = {
      responses: {
        200: { description: 'Places.', content: { 'application/json': { example: [] } } },
      },
    };
    const q = { name: 'q', in: 'query', required: true, schema: { type: 'string' } };
    expect(
      curlExample({ document, method: 'get', path: '/v1/places', operation, parameters: [q] }),
    ).toBeUndefined();
  });

  it('writes nothing when a required body has no example', () => {
    const operation = {
      requestBody: { required: true, content: { 'application/json': { schema: {} } } },
      responses: {
        200: { description: 'Updated.', content: { 'application/json': { example: group } } },
      },
    };
    expect(
      curlExample({
        document,
        method: 'put',
        path: '/v1/groups/{id}',
        operation,
        parameters: [idParameter],
      }),
    ).toBeUndefined();
  });

  it('encodes a path value so it cannot add a segment', () => {
    const operation = {
      responses: {
        200: { description: 'x', content: { 'application/json': { example: { id: 'a/b' } } } },
      },
    };
    expect(
      curlExample({
        document,
        method: 'get',
        path: '/v1/groups/{id}',
        operation,
        parameters: [idParameter],
      }),
    ).toBe('curl "$API/v1/groups/a%2Fb"');
  });
});

describe('successExample', () => {
  it('takes the first success answer that has an example, following references', () => {
    const operation = {
      responses: { 201: { $ref: '#/components/responses/Created' }, 400: { description: 'Bad.' } },
    };
    expect(successExample(document, operation)).toEqual({ id: 's-1' });
  });

  it('reads named examples too', () => {
    const operation = {
      responses: {
        200: {
          description: 'x',
          content: { 'application/json': { examples: { one: { value: 1 } } } },
        },
      },
    };
    expect(successExample(document, operation)).toBe(1);
  });
});

describe('shellQuote', () => {
  it('keeps a single quote literal', () => {
    expect(shellQuote("group's")).toBe(`'group'\\''s'`);
  });
});
