/**
 * Curator API keys: random secrets shown once, stored only as SHA-256 digests, compared in
 * constant time.
 *
 * @packageDocumentation
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyRecord, ApiKeyRole, DirectoryStore } from '../store/types.js';

/** Every key starts with this, so a leaked key is easy to recognise and scan for. */
export const API_KEY_PREFIX = 'pgk_';

const KEY_PATTERN = /^pgk_[A-Za-z0-9_-]{43}$/;

/** The lowercase hex SHA-256 digest of a key. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: the prefix and 32 random bytes in base64url. */
export function generateApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * Creates and stores a key with `role`, returning the key text: the only time it is ever
 * visible. Only its digest is kept.
 */
export async function createApiKey(
  store: DirectoryStore,
  role: ApiKeyRole,
  options: { id: string; label?: string; createdAt: string },
): Promise<string> {
  const key = generateApiKey();
  const record: ApiKeyRecord = {
    id: options.id,
    role,
    hash: hashApiKey(key),
    createdAt: options.createdAt,
  };
  if (options.label !== undefined) record.label = options.label;
  await store.createApiKey(record);
  return key;
}

/**
 * The stored key matching `key`, or `undefined`. Malformed keys are refused before any lookup,
 * and the digests are compared in constant time so timing says nothing about near misses.
 */
export async function findApiKey(
  store: DirectoryStore,
  key: string,
): Promise<ApiKeyRecord | undefined> {
  if (!KEY_PATTERN.test(key)) return undefined;
  const hash = hashApiKey(key);
  const record = await store.findApiKeyByHash(hash);
  if (record === undefined) return undefined;
  const expected = Buffer.from(record.hash, 'hex');
  const actual = Buffer.from(hash, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual)
    ? record
    : undefined;
}
