/**
 * Rate limits of the workshop server, per client address: a token bucket each. A bucket holds up to
 * `burst` requests and fills at `perSecond`; a request takes one, and with none left it is refused
 * with the seconds until one is back. Pure: the time is given by the caller.
 *
 * The numbers the server uses (WORKSHOP_RATE): a room of 60 behind one NAT address (a guest Wi-Fi)
 * is one client here. Each phone saves at most every half second while typing and about every few
 * seconds while answering, and loads a page and its answers on joining: 60 people saving every two
 * seconds is 30 requests a second, all joining in the same minute adds about two a second. 60 a
 * second sustained leaves twice that; a burst of 300 lets the whole room reload at once. A single
 * client firing 1,000 a second is refused after the burst.
 */

export interface RateLimit {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests a second a client gets back. */
  perSecond: number;
  /** Most clients remembered; past it, those whose bucket is full again are forgotten first. */
  maxClients: number;
}

export const WORKSHOP_RATE: RateLimit = { burst: 300, perSecond: 60, maxClients: 10_000 };

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimiter {
  /** Takes one request of `client` at `nowMs`. */
  take(client: string, nowMs: number): Admission;
  /** Clients remembered now (for tests: the memory stays bounded). */
  readonly size: number;
}

export function rateLimiter(limit: RateLimit): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const filled = (bucket: Bucket, nowMs: number) =>
    Math.min(limit.burst, bucket.tokens + (Math.max(0, nowMs - bucket.at) / 1000) * limit.perSecond);

  function forgetIdle(nowMs: number): void {
    for (const [client, bucket] of buckets) if (filled(bucket, nowMs) >= limit.burst) buckets.delete(client);
    // Still full of busy clients: the oldest go (a Map keeps the order they came in).
    for (const client of buckets.keys()) {
      if (buckets.size < limit.maxClients) break;
      buckets.delete(client);
    }
  }

  return {
    take(client, nowMs) {
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= limit.maxClients) forgetIdle(nowMs);
        bucket = { tokens: limit.burst, at: nowMs };
        buckets.set(client, bucket);
      }
      bucket.tokens = filled(bucket, nowMs);
      bucket.at = nowMs;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond)) };
    },
    get size() {
      return buckets.size;
    },
  };
}
