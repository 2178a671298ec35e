/**
 * Curator API keys: random secrets shown once, stored only as SHA-256 digests, and found by
 * their digest.
 *
 * @packageDocumentation
 */
import { createHash, randomBytes } from 'node:crypto';
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
 * The stored key matching `key`, or `undefined`. Malformed keys are refused before any lookup.
 *
 * The key is found by its SHA-256 digest in the store's unique index, with no comparison of
 * our own. The lookup's timing could at most reveal part of a stored *digest*, and a digest is
 * worthless without its key: the server only accepts keys, and finding a key for a given
 * SHA-256 digest (a preimage) is infeasible. A constant-time compare after the lookup would
 * protect nothing the lookup had not already settled.
 */
export async function findApiKey(
  store: DirectoryStore,
  key: string,
): Promise<ApiKeyRecord | undefined> {
  if (!KEY_PATTERN.test(key)) return undefined;
  return store.findApiKeyByHash(hashApiKey(key));
}
