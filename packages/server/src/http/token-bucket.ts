/**
 * Token buckets per client: each request takes a token; tokens refill at a steady rate up to
 * the bucket's capacity, so short bursts pass and sustained floods are held to the rate.
 *
 * @packageDocumentation
 */

/** The shape of one bucket. */
export interface BucketPolicy {
  /** Most tokens a bucket holds: the burst a client may send at once. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

/** The outcome of {@link TokenBuckets.take}. */
export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets by client key, forgetting the least recently seen clients beyond `maxClients`. */
export class TokenBuckets {
  readonly #policy: BucketPolicy;
  readonly #maxClients: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(policy: BucketPolicy, options: { maxClients?: number } = {}) {
    if (!(policy.capacity >= 1) || !(policy.refillPerSecond > 0)) {
      throw new RangeError(
        'A rate limit needs a capacity of at least 1 and a refill rate above 0 per second.',
      );
    }
    this.#policy = policy;
    this.#maxClients = options.maxClients ?? 100_000;
  }

  /** Takes a token for `client` at `now` (epoch ms), or says how long until one is free. */
  take(client: string, now: number): TakeResult {
    const { capacity, refillPerSecond } = this.#policy;
    let bucket = this.#buckets.get(client);
    if (bucket === undefined) {
      bucket = { tokens: capacity, updatedAt: now };
    } else {
      // Re-inserted below so the map's order is least recently seen first.
      this.#buckets.delete(client);
      const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
      bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * refillPerSecond);
      bucket.updatedAt = now;
    }
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.#maxClients) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)),
    };
  }
}
