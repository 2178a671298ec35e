/**
 * Idempotency keys for POST requests that may be retried.
 *
 * @packageDocumentation
 */

function hex(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let index = from; index < to; index++) {
    text += (bytes[index] ?? 0).toString(16).padStart(2, '0');
  }
  return text;
}

/**
 * A fresh random UUID (version 4). It names one submission attempt so its retries are answered
 * once; it is random per call and identifies no person or device.
 *
 * `crypto.randomUUID` exists only in secure contexts, and clinic pages are sometimes served over
 * plain http, so the key is built from `crypto.getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // RFC 9562: version 4 in the high nibble of byte 6, variant 10 in the high bits of byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return `${hex(bytes, 0, 4)}-${hex(bytes, 4, 6)}-${hex(bytes, 6, 8)}-${hex(bytes, 8, 10)}-${hex(bytes, 10, 16)}`;
}
