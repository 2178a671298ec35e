/**
 * `createConnection`: the options, retry policy and conditional-request cache that calls to one
 * directory share, without the calls themselves. Standalone calls (`searchGroups`, `getGroup` ...)
 * take a connection, so a bundle carries only the calls a page makes.
 *
 * @packageDocumentation
 */
import { type ClientOptions, resolveOptions } from './options.js';
import { createTransport, type Transport } from './transport/transport.js';

/**
 * A connection to one directory API, made by {@link createConnection}. Pass it to the standalone
 * calls; every call made through one connection shares its options and its cache.
 */
export interface Connection {
  /** The API root every call goes to, e.g. `https://groups.example.org/v1/`. */
  readonly apiRoot: string;
}

// Connections stay opaque: the transport behind one is internal and may change between versions.
const transports = new WeakMap<Connection, Transport>();

/**
 * A connection to the directory API at `options.baseUrl`, for the standalone calls. Takes the
 * same options as `createClient`; `apiKey` is only sent by the curator calls of a client.
 *
 * @example
 * ```ts
 * import { createConnection, searchGroups } from '@peer-groups/sdk';
 *
 * const directory = createConnection({ baseUrl: 'https://groups.example.org' });
 * const page = await searchGroups(directory, { near: '02139' });
 * ```
 */
export function createConnection(options: ClientOptions): Connection {
  const transport = createTransport(resolveOptions(options));
  const connection: Connection = Object.freeze({ apiRoot: transport.options.apiRoot });
  transports.set(connection, transport);
  return connection;
}

/** The transport behind `connection`; a `TypeError` for anything `createConnection` did not make. */
export function transportOf(connection: Connection): Transport {
  const transport = transports.get(connection);
  if (transport === undefined) {
    throw new TypeError(
      'Expected a connection made by createConnection({ baseUrl }); pass that object to the call.',
    );
  }
  return transport;
}
