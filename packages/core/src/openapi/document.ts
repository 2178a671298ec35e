/**
 * The OpenAPI 3.1 document of the directory API, built from the schemas the server and SDK
 * validate with.
 *
 * @packageDocumentation
 */
import { CURATOR_SECURITY_SCHEME } from './operations.js';
import { sharedParameters } from './parameters.js';
import { apiPaths } from './paths.js';
import { sharedHeaders, sharedResponses } from './responses.js';
import { componentSchemas } from './schemas.js';
import type { OpenApiDocument } from './types.js';
import { CORE_VERSION } from './version.js';

/** Options of {@link createOpenApiDocument}. */
export interface OpenApiDocumentOptions {
  /** The base URL the API is served from, without `/v1`, such as `https://groups.example.org`. Default: none, so clients resolve paths against where they fetched the document. */
  serverUrl?: string;
  /** `info.version`. Default: the version of `@peer-groups/core`, which defines the contract. */
  version?: string;
}

const DESCRIPTION = `Find local and online peer support groups, and curate the directory.

- JSON with camelCase fields. Errors are RFC 9457 \`application/problem+json\` documents whose \`type\` is a \`urn:peer-groups:problem:*\` URN; bad parameters are each named in \`invalidParams\`.
- A method a path does not support answers 405 (the \`MethodNotAllowed\` response) with an \`Allow\` header.
- GET responses carry an \`ETag\`; send it in \`If-None-Match\` to get 304 while it is current.
- Any call may answer 429 with \`Retry-After\`; submissions are rate-limited per client.
- Curator operations need \`Authorization: Bearer <api key>\`: 401 without a valid key, 403 with a key lacking the curator role.
- The server does not log locations or free-text searches.`;

/**
 * The OpenAPI 3.1 document of the directory API: every path with its parameters, bodies,
 * responses and problems, and component schemas generated from core's zod schemas with
 * `$ref`s between them. Built on each call, so bundles that never call it drop it.
 */
export function createOpenApiDocument(options: OpenApiDocumentOptions = {}): OpenApiDocument {
  const document: OpenApiDocument = {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'peer-groups directory API',
      version: options.version ?? CORE_VERSION,
      summary: 'Find peer support groups near you or online; submit and curate listings.',
      description: DESCRIPTION,
      license: { name: 'Apache 2.0', identifier: 'Apache-2.0' },
    },
    tags: [
      { name: 'Groups', description: 'Search groups, get one, its meetings and calendar.' },
      { name: 'Taxonomy', description: 'The topics and audiences groups are tagged with.' },
      { name: 'Places', description: 'Postal codes and place names resolved on the server.' },
      {
        name: 'Submissions',
        description: 'New listings, updates and corrections, queued for moderation.',
      },
      {
        name: 'Curation',
        description: 'Moderating submissions and editing listings; curators only.',
      },
      {
        name: 'Export',
        description:
          'The directory in the formats groups publish: Meeting Guide, HSDS, CSV, iCalendar, JSON-LD.',
      },
      { name: 'Service', description: 'This document, liveness and readiness.' },
    ],
    paths: apiPaths(),
    components: {
      schemas: componentSchemas(),
      parameters: sharedParameters(),
      headers: sharedHeaders(),
      responses: sharedResponses(),
      securitySchemes: {
        [CURATOR_SECURITY_SCHEME]: {
          type: 'http',
          scheme: 'bearer',
          description: "A curator's API key, sent as `Authorization: Bearer <api key>`.",
        },
      },
    },
  };
  if (options.serverUrl !== undefined) document.servers = [{ url: options.serverUrl }];
  return document;
}
