import { describe, expect, it } from 'vitest';
import {
  constraintTexts,
  propertyRows,
  resolve,
  schemaNameOf,
  typeText,
  UnresolvedReferenceError,
} from '../../docs/openapi-schema.mjs';

const link = (name) => `<${name}>`;

describe('resolve', () => {
  const document = {
    components: {
      parameters: { Id: { name: 'id', in: 'path' }, Alias: { $ref: '#/components/parameters/Id' } },
      schemas: { 'a/b': { type: 'string' } },
    },
  };

  it('follows a chain of local references', () => {
    expect(resolve(document, { $ref: '#/components/parameters/Alias' })).toEqual({
      name: 'id',
      in: 'path',
    });
  });

  it('unescapes JSON pointer segments', () => {
    expect(resolve(document, { $ref: '#/components/schemas/a~1b' })).toEqual({ type: 'string' });
  });

  it('returns objects without a reference as they are', () => {
    const value = { type: 'integer' };
    expect(resolve(document, value)).toBe(value);
  });

  it('refuses a reference to nothing, saying how to fix it', () => {
    expect(() => resolve(document, { $ref: '#/components/schemas/Missing' })).toThrow(
      UnresolvedReferenceError,
    );
    expect(() => resolve(document, { $ref: '#/components/schemas/Missing' })).toThrow(/rebuild/);
  });

  it('refuses a cycle instead of looping', () => {
    const cyclic = { components: { schemas: { A: { $ref: '#/components/schemas/A' } } } };
    expect(() => resolve(cyclic, { $ref: '#/components/schemas/A' })).toThrow(
      UnresolvedReferenceError,
    );
  });
});

describe('schemaNameOf', () => {
  it('names component schemas and nothing else', () => {
    expect(schemaNameOf('#/components/schemas/Group')).toBe('Group');
    expect(schemaNameOf('#/components/responses/NotFound')).toBeUndefined();
  });
});

describe('typeText', () => {
  it('links component schemas', () => {
    expect(typeText({ $ref: '#/components/schemas/Group' }, link)).toBe('<Group>');
  });

  it('says what an array holds', () => {
    expect(typeText({ type: 'array', items: { $ref: '#/components/schemas/Weekday' } }, link)).toBe(
      'array of <Weekday>',
    );
  });

  it('joins alternatives', () => {
    expect(
      typeText({ anyOf: [{ $ref: '#/components/schemas/NextMeeting' }, { type: 'null' }] }, link),
    ).toBe('<NextMeeting> or null');
    expect(typeText({ type: ['string', 'null'] }, link)).toBe('string or null');
  });

  it('calls an object of arbitrary keys a map', () => {
    expect(
      typeText(
        {
          type: 'object',
          propertyNames: { type: 'string' },
          additionalProperties: { type: 'integer' },
        },
        link,
      ),
    ).toBe('map of integer');
  });

  it('takes the type of a constant', () => {
    expect(typeText({ const: 'ok' }, link)).toBe('string');
  });

  it('calls a schema without a type any', () => {
    expect(typeText({}, link)).toBe('any');
  });
});

describe('constraintTexts', () => {
  it('lists allowed values', () => {
    expect(constraintTexts({ type: 'string', enum: ['a', 'b'] })).toEqual(['one of `a`, `b`']);
  });

  it('says lengths and bounds in words', () => {
    expect(constraintTexts({ type: 'string', minLength: 1, maxLength: 100 })).toEqual([
      '1 to 100 characters',
    ]);
    expect(constraintTexts({ type: 'number', exclusiveMinimum: 0, maximum: 500 })).toEqual([
      '> 0, ≤ 500',
    ]);
    expect(constraintTexts({ type: 'array', maxItems: 1 })).toEqual(['at most 1 item']);
  });

  it('leaves out the safe-integer bounds every integer has', () => {
    expect(
      constraintTexts({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
    ).toEqual(['≥ 0']);
  });

  it('describes inline items and map values', () => {
    expect(
      constraintTexts({ type: 'array', items: { type: 'string', pattern: '^[a-z]+$' } }),
    ).toEqual(['each: pattern `^[a-z]+$`']);
    expect(
      constraintTexts({ type: 'object', additionalProperties: { type: 'integer', minimum: 0 } }),
    ).toEqual(['each value: ≥ 0']);
  });

  it('shows constants, defaults and examples as code', () => {
    expect(constraintTexts({ const: 'ok' })).toEqual(['always `"ok"`']);
    expect(constraintTexts({ type: 'integer', default: 50, examples: [10, 20] })).toEqual([
      'default `50`',
      'e.g. `10`, `20`',
    ]);
  });

  it('is empty when the schema sets nothing', () => {
    expect(constraintTexts({ type: 'boolean' })).toEqual([]);
  });
});

describe('propertyRows', () => {
  it('marks required properties and flattens inline objects into dotted names', () => {
    const rows = propertyRows({
      type: 'object',
      required: ['id', 'labels'],
      properties: {
        id: { type: 'string' },
        labels: {
          type: 'object',
          required: ['en'],
          properties: { en: { type: 'string' }, es: { type: 'string' } },
        },
        parent: { $ref: '#/components/schemas/Term' },
      },
    });
    expect(rows.map(({ name, required }) => [name, required])).toEqual([
      ['id', true],
      ['labels', true],
      ['labels.en', true],
      ['labels.es', false],
      ['parent', false],
    ]);
  });
});
