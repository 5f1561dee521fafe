// The workshop server's rate limit per client: a token bucket, with the time given.
import { describe, expect, it } from 'vitest';
import { WORKSHOP_RATE, rateLimiter } from '../../src/workshop/rate-limit.js';

describe('rateLimiter', () => {
  it('lets a burst through, then refuses with the seconds until a request is back', () => {
    const limiter = rateLimiter({ burst: 3, perSecond: 0.5, maxClients: 10 });
    expect([1, 2, 3].map(() => limiter.take('a', 0).ok)).toEqual([true, true, true]);
    expect(limiter.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 2 });
    // Another client has a bucket of its own.
    expect(limiter.take('b', 0).ok).toBe(true);
    // Two seconds give one request back, and only one.
    expect(limiter.take('a', 2000).ok).toBe(true);
    expect(limiter.take('a', 2000).ok).toBe(false);
  });

  it('refuses 1,000 requests in one second from one client past the burst, and lets a room of 60 behind one address save every two seconds', () => {
    const flood = rateLimiter(WORKSHOP_RATE);
    let admitted = 0;
    for (let i = 0; i < 1000; i++) if (flood.take('10.0.0.9', i).ok) admitted++;
    expect(admitted).toBeLessThan(WORKSHOP_RATE.burst + WORKSHOP_RATE.perSecond + 1);
    expect(admitted).toBeGreaterThanOrEqual(WORKSHOP_RATE.burst);

    const room = rateLimiter(WORKSHOP_RATE);
    let refused = 0;
    // Ten minutes: every participant saves once every two seconds, spread over the two seconds.
    for (let ms = 0; ms < 600_000; ms += 2000 / 60) if (!room.take('192.168.1.1', ms).ok) refused++;
    expect(refused).toBe(0);
  });

  it('remembers a bounded number of clients', () => {
    const limiter = rateLimiter({ burst: 5, perSecond: 1, maxClients: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
