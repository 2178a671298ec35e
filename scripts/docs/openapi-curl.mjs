// @ts-check
// curl commands for the operations of an OpenAPI document, built only from the examples the
// document carries, so a reference page never shows a request the contract does not vouch for.

import { resolve } from './openapi-schema.mjs';

/** The shell variable the examples read the API's base URL from. */
export const BASE_URL_VARIABLE = 'API';
/** The shell variable the examples read a curator's API key from. */
export const API_KEY_VARIABLE = 'PEER_GROUPS_API_KEY';

/**
 * @typedef {object} CurlInput What a curl example is built from.
 * @property {Record<string, any>} document The whole OpenAPI document, for `$ref`s.
 * @property {string} method Lower-case HTTP method.
 * @property {string} path The path template, such as `/v1/groups/{id}`.
 * @property {Record<string, any>} operation The operation object.
 * @property {Record<string, any>[]} parameters Its parameters and its path's, resolved.
 */

/**
 * The curl command for one operation, or undefined when the document has no example for it or
 * lacks an example value for something the call requires.
 *
 * @param {CurlInput} input
 * @returns {string | undefined}
 */
export function curlExample({ document, method, path, operation, parameters }) {
  const responseExample = successExample(document, operation);
  const body = bodyExample(document, operation);
  let hasExample = responseExample !== undefined || body !== undefined;

  let url = path;
  /** @type {string[]} */
  const queryArguments = [];
  /** @type {string[]} */
  const headerArguments = [];
  for (const parameter of parameters) {
    let value = exampleOf(parameter);
    if (value !== undefined) hasExample = true;
    // A path parameter with no example of its own takes the value the operation's own
    // example answer carries under that name, such as a group's `id`.
    if (value === undefined && parameter.in === 'path' && isRecord(responseExample)) {
      value = responseExample[parameter.name];
    }
    if (value === undefined) {
      if (parameter.required) return undefined;
      continue;
    }
    const text = String(value);
    if (parameter.in === 'path') {
      url = url.replace(`{${parameter.name}}`, encodeURIComponent(text));
    } else if (parameter.in === 'query') {
      queryArguments.push(`--data-urlencode ${shellQuote(`${parameter.name}=${text}`)}`);
    } else if (parameter.in === 'header') {
      headerArguments.push(`-H ${shellQuote(`${parameter.name}: ${text}`)}`);
    }
  }
  if (!hasExample) return undefined;
  const requestBody = operation.requestBody ? resolve(document, operation.requestBody) : undefined;
  if (requestBody?.required && body === undefined) return undefined;

  const lines = [];
  const needsMethod = method !== 'get' && !(method === 'post' && body !== undefined);
  const flags = [
    queryArguments.length > 0 ? '-G' : '',
    needsMethod ? `-X ${method.toUpperCase()}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  lines.push(`curl ${flags ? `${flags} ` : ''}"$${BASE_URL_VARIABLE}${url}"`);
  if (Array.isArray(operation.security) && operation.security.length > 0) {
    lines.push(`-H "Authorization: Bearer $${API_KEY_VARIABLE}"`);
  }
  lines.push(...headerArguments, ...queryArguments);
  if (body !== undefined) {
    lines.push(`-H ${shellQuote(`Content-Type: ${body.mediaType}`)}`);
    lines.push("--data-binary @- <<'JSON'");
  }
  let command = lines.join(' \\\n  ');
  if (body !== undefined) command += `\n${JSON.stringify(body.value, null, 2)}\nJSON`;
  return command;
}

/**
 * The example of the operation's first success answer that has one, if any.
 *
 * @param {Record<string, any>} document
 * @param {Record<string, any>} operation
 * @returns {unknown}
 */
export function successExample(document, operation) {
  for (const [status, value] of Object.entries(operation.responses ?? {})) {
    if (!status.startsWith('2')) continue;
    const response = resolve(document, value);
    for (const media of Object.values(response.content ?? {})) {
      const example = mediaExample(media);
      if (example !== undefined) return example;
    }
  }
  return undefined;
}

/**
 * @param {Record<string, any>} document
 * @param {Record<string, any>} operation
 * @returns {{ mediaType: string, value: unknown } | undefined}
 */
function bodyExample(document, operation) {
  if (!operation.requestBody) return undefined;
  const requestBody = resolve(document, operation.requestBody);
  for (const [mediaType, media] of Object.entries(requestBody.content ?? {})) {
    const value = mediaExample(media);
    if (value !== undefined) return { mediaType, value };
  }
  return undefined;
}

/** @param {Record<string, any>} media */
function mediaExample(media) {
  if (media.example !== undefined) return media.example;
  const [first] = Object.values(media.examples ?? {});
  return first?.value;
}

/** @param {Record<string, any>} parameter */
function exampleOf(parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const [named] = Object.values(parameter.examples ?? {});
  if (named?.value !== undefined) return named.value;
  const schema = parameter.schema ?? {};
  if (schema.example !== undefined) return schema.example;
  return Array.isArray(schema.examples) ? schema.examples[0] : undefined;
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One shell word in single quotes, which keep everything literal except a single quote.
 *
 * @param {string} text
 */
export function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
