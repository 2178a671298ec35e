/**
 * One answer's bytes, made once and served as often as wanted: the body, its entity tag, and
 * its compressed forms, each computed on first use.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import {
  type ContentCoding,
  compressBody,
  isCompressible,
  MIN_COMPRESSED_BYTES,
} from './content-coding.js';

/** An answer body with its media type, entity tag and compressed forms. */
export class Representation {
  /** The uncompressed body. */
  readonly body: Buffer<ArrayBuffer>;
  /** The `Content-Type` it is served with. */
  readonly contentType: string;
  /** Whether it is worth compressing: compressible text of at least 1 KiB. */
  readonly compressible: boolean;
  #etag: string | undefined;
  readonly #encoded = new Map<ContentCoding, Buffer<ArrayBuffer>>();

  constructor(body: string, contentType: string) {
    this.body = Buffer.from(body, 'utf8');
    this.contentType = contentType;
    this.compressible = this.body.byteLength >= MIN_COMPRESSED_BYTES && isCompressible(contentType);
  }

  /** A JSON representation of `value`. */
  static json(value: unknown): Representation {
    return new Representation(JSON.stringify(value), 'application/json');
  }

  /**
   * The weak entity tag: a digest of the body, so every instance and every restart tags the same
   * bytes the same way. Weak because the same answer is sent in several codings.
   */
  get etag(): string {
    this.#etag ??= `W/"${createHash('sha1').update(this.body).digest('base64url')}"`;
    return this.#etag;
  }

  /** The body in `coding`, compressed on first use and kept. */
  encoded(coding: ContentCoding): Buffer<ArrayBuffer> {
    let bytes = this.#encoded.get(coding);
    if (bytes === undefined) {
      bytes = compressBody(this.body, coding);
      this.#encoded.set(coding, bytes);
    }
    return bytes;
  }

  /** Bytes held: the body and every compressed form made so far. */
  get byteLength(): number {
    let total = this.body.byteLength;
    for (const bytes of this.#encoded.values()) total += bytes.byteLength;
    return total;
  }
}
