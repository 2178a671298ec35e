/**
 * The parts of the OpenAPI 3.1 object model the directory's document uses. Schemas stay plain
 * JSON Schema 2020-12 objects, as OpenAPI 3.1 defines them.
 *
 * @packageDocumentation
 */

/** A JSON Schema 2020-12 object, or a `$ref` to a component schema. */
export type SchemaObject = { [keyword: string]: unknown };

/** A reference to a component, such as `#/components/responses/NotFound`. */
export interface ReferenceObject {
  $ref: string;
}

/** One example value of a media type. */
export interface ExampleObject {
  summary?: string;
  value: unknown;
}

/** The body of a request or response in one media type. */
export interface MediaTypeObject {
  schema: SchemaObject;
  example?: unknown;
  examples?: Record<string, ExampleObject | ReferenceObject>;
}

/** A response header. */
export interface HeaderObject {
  description: string;
  required?: boolean;
  schema: SchemaObject;
}

/** A parameter of an operation, in the path, query or headers. */
export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  description: string;
  required?: boolean;
  style?: 'form' | 'simple';
  explode?: boolean;
  schema: SchemaObject;
  example?: unknown;
}

/** The body an operation takes. */
export interface RequestBodyObject {
  description: string;
  required: boolean;
  content: Record<string, MediaTypeObject>;
}

/** One response of an operation. */
export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject | ReferenceObject>;
  content?: Record<string, MediaTypeObject>;
}

/** One operation: a method on a path. */
export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (ParameterObject | ReferenceObject)[];
  requestBody?: RequestBodyObject;
  responses: Record<string, ResponseObject | ReferenceObject>;
  security?: Record<string, string[]>[];
}

/** The operations of one path, by lower-case HTTP method. */
export type PathItemObject = Partial<Record<'get' | 'put' | 'post' | 'delete', OperationObject>> & {
  parameters?: (ParameterObject | ReferenceObject)[];
};

/** An HTTP authentication scheme. */
export interface SecuritySchemeObject {
  type: 'http';
  scheme: string;
  description: string;
}

/** An OpenAPI 3.1 document. */
export interface OpenApiDocument {
  openapi: '3.1.1';
  jsonSchemaDialect: string;
  info: {
    title: string;
    version: string;
    summary?: string;
    description?: string;
    license: { name: string; identifier: string };
  };
  servers?: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, SchemaObject>;
    parameters: Record<string, ParameterObject>;
    headers: Record<string, HeaderObject>;
    responses: Record<string, ResponseObject>;
    securitySchemes: Record<string, SecuritySchemeObject>;
  };
}
