/** Failures per key within a window; a key with too many is blocked until the window ends. */
export function createLimiter(max: number, windowMs: number, clock: () => number = Date.now) {
  const entries = new Map<string, { failures: number; until: number }>();
  return {
    /** Milliseconds the key stays blocked (0 when it may try). */
    blocked(key: string): number {
      const e = entries.get(key);
      if (e === undefined) return 0;
      if (clock() >= e.until) {
        entries.delete(key);
        return 0;
      }
      return e.failures >= max ? e.until - clock() : 0;
    },
    fail(key: string): void {
      const e = entries.get(key);
      if (e === undefined || clock() >= e.until) entries.set(key, { failures: 1, until: clock() + windowMs });
      else e.failures += 1;
    },
    succeed(key: string): void {
      entries.delete(key);
    },
  };
}
