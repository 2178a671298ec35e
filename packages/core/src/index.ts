/**
 * The peer-groups domain: schemas and types of the directory, schedule arithmetic, iCalendar
 * and JSON-LD export, and the OpenAPI document of the directory API. Runs anywhere JavaScript
 * does: no DOM, no Node built-ins.
 *
 * @packageDocumentation
 */

export * from './ical/index.js';
export * from './jsonld/index.js';
export * from './openapi/index.js';
export * from './query/index.js';
// The field codecs alone let a client write a search without the parser the server reads it with.
export { searchFields } from './query/search.js';
export * from './schedule/index.js';
export * from './schemas/index.js';
export * from './time/index.js';
