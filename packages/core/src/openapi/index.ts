export { createOpenApiDocument, type OpenApiDocumentOptions } from './document.js';
export { type Health, healthSchema } from './schemas.js';
export type * from './types.js';
export { CORE_VERSION } from './version.js';
