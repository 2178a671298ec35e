/**
 * How one query parameter reads and writes its value: the wire syntax (numbers, booleans,
 * comma-separated lists), before the value is checked against the typed schema.
 *
 * @packageDocumentation
 */
import type { Coordinates } from '../schemas/primitives.js';
import { coordinatesSchema } from '../schemas/primitives.js';

/** A value read from the wire, or why it could not be read. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Reads and writes the value of one query parameter. */
export interface FieldCodec<T> {
  /** Whether the value is a comma-separated list (OpenAPI `style: form, explode: false`). */
  readonly list: boolean;
  /** Reads the raw parameter value; the typed schema checks ranges and allowed values afterwards. */
  decode(raw: string): Decoded<T>;
  /** Writes the value, or `undefined` when it means "no filter" and the parameter is left out. */
  encode(value: T): string | undefined;
}

const EMPTY_REASON = 'is empty; leave the parameter out instead';
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = '[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?';
const NUMBER = new RegExp(`^${DECIMAL}$`);
/** Longest place name or postal code `near` takes, as `searchQuerySchema` says. */
const NEAR_TEXT_MAX = 100;
const COORDINATE_PAIR = new RegExp(`^\\s*(${DECIMAL})\\s*,\\s*(${DECIMAL})\\s*$`);

function ok<T>(value: T): Decoded<T> {
  return { ok: true, value };
}

function fail<T>(reason: string): Decoded<T> {
  return { ok: false, reason };
}

/** Writes a number so that reading it back gives the same number, `-0` included. */
function formatNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Free text, kept exactly as given. */
export const textField: FieldCodec<string> = {
  list: false,
  decode: (raw) => (raw === '' ? fail(EMPTY_REASON) : ok(raw)),
  encode: (value) => (value === '' ? undefined : value),
};

/** A whole number such as `20`. */
export const integerField: FieldCodec<number> = {
  list: false,
  decode: (raw) =>
    INTEGER.test(raw) ? ok(Number(raw)) : fail('must be a whole number, such as 20'),
  encode: formatNumber,
};

/** A decimal number such as `12.5`. */
export const numberField: FieldCodec<number> = {
  list: false,
  decode: (raw) => (NUMBER.test(raw) ? ok(Number(raw)) : fail('must be a number, such as 12.5')),
  encode: formatNumber,
};

/** `true` or `false`, spelled exactly so. */
export const booleanField: FieldCodec<boolean> = {
  list: false,
  decode: (raw) => {
    if (raw === 'true') return ok(true);
    if (raw === 'false') return ok(false);
    return fail('must be true or false');
  },
  encode: (value) => (value ? 'true' : 'false'),
};

/**
 * A comma-separated list such as `depression,anxiety`. Spaces around values are forgiven; an
 * empty list is written as no parameter at all, since it would filter nothing.
 */
export const listField: FieldCodec<string[]> = {
  list: true,
  decode: (raw) => {
    if (raw.trim() === '') return fail(`${EMPTY_REASON}, or list values separated by commas`);
    const values = raw.split(',').map((value) => value.trim());
    if (values.includes('')) {
      return fail('has an empty value; separate values by single commas, with none at either end');
    }
    return ok(values);
  },
  encode: (values) => (values.length === 0 ? undefined : values.join(',')),
};

/**
 * Where to search: `lat,lng` in decimal degrees reads as coordinates, anything else is a postal
 * code or place name for the server to resolve. So a place name that is itself two numbers
 * separated by a comma reads as coordinates.
 */
export const nearField: FieldCodec<Coordinates | string> = {
  list: false,
  // Checked here in full: the schema's union of coordinates and text could only say that neither
  // branch matched, which tells a developer nothing.
  decode: (raw) => {
    const pair = COORDINATE_PAIR.exec(raw);
    if (pair === null) {
      if (raw.trim() === '') {
        return fail('must be "lat,lng", a postal code or a place name');
      }
      if (raw.length > NEAR_TEXT_MAX) return fail(`must be at most ${NEAR_TEXT_MAX} characters`);
      return ok(raw);
    }
    const coordinates = coordinatesSchema.safeParse({ lat: Number(pair[1]), lng: Number(pair[2]) });
    if (!coordinates.success) {
      const messages = coordinates.error.issues.map((issue) => issue.message);
      return fail(`${messages.join('; ')} (read as "lat,lng")`);
    }
    return ok(coordinates.data);
  },
  encode: (value) =>
    typeof value === 'string' ? value : `${formatNumber(value.lat)},${formatNumber(value.lng)}`,
};
