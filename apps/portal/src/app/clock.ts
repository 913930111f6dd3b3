/**
 * The demo clock: the shell's implementation of the core's `Clock` port (`now(): Instant`).
 * It is real time plus a whole number of days, so a demo can move the date forward and watch matters
 * become due soon and overdue. The offset is persisted in localStorage so a reload keeps the demo date.
 * Every command the portal executes takes its `at` from here, and every deadline is computed from it.
 */
const OFFSET_KEY = 'xinfang.clock.offsetDays';
const DAY_MS = 86_400_000;
/** The demo clock stays within ten years of real time. */
const MAX_OFFSET = 3650;
/** Asia/Shanghai is UTC+8 all year (no daylight saving). */
const SHANGHAI_MS = 8 * 3_600_000;

/** The core's clock port: the current instant as an ISO 8601 string. */
export interface Clock {
  now(): string;
}

/** Where the offset is kept (localStorage in the browser, a Map in tests). */
export interface OffsetStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The Asia/Shanghai calendar date (`YYYY-MM-DD`) of an epoch time in ms. */
export function shanghaiDateOf(ms: number): string {
  return new Date(ms + SHANGHAI_MS).toISOString().slice(0, 10);
}

/** Real time plus a persisted offset in whole days. */
export class DemoClock extends EventTarget implements Clock {
  #offsetDays = 0;
  readonly #storage: OffsetStorage | undefined;
  readonly #realNow: () => number;

  constructor(storage?: OffsetStorage, realNow: () => number = Date.now) {
    super();
    this.#storage = storage;
    this.#realNow = realNow;
    const stored = Number(safeGet(storage, OFFSET_KEY));
    if (Number.isInteger(stored) && Math.abs(stored) <= MAX_OFFSET) this.#offsetDays = stored;
  }

  /** Days the demo clock runs ahead of real time. */
  get offsetDays(): number {
    return this.#offsetDays;
  }

  /** The current demo instant (ISO 8601, UTC). */
  now(): string {
    return new Date(this.#ms()).toISOString();
  }

  /** The current demo date in Asia/Shanghai. */
  today(): string {
    return shanghaiDateOf(this.#ms());
  }

  /** Moves the date forward by `days` whole days (1–3650). */
  advance(days: number): void {
    if (!Number.isInteger(days) || days < 1 || Math.abs(this.#offsetDays + days) > MAX_OFFSET) {
      throw new RangeError(`advance() takes 1–3650 whole days, got ${days}`);
    }
    this.#set(this.#offsetDays + days);
  }

  /**
   * Sets the demo date to `date` (YYYY-MM-DD, Asia/Shanghai), keeping the time of day. A date before
   * today is allowed so a demo can start inside the years the statutory calendar covers.
   */
  setDate(date: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`setDate() takes YYYY-MM-DD, got ${date}`);
    const realToday = shanghaiDateOf(this.#realNow());
    const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${realToday}T00:00:00Z`)) / DAY_MS);
    if (!Number.isInteger(days) || Math.abs(days) > MAX_OFFSET) {
      throw new RangeError(`setDate() takes a date within ten years of today, got ${date}`);
    }
    this.#set(days);
  }

  /** Back to real time. */
  reset(): void {
    this.#set(0);
  }

  #ms(): number {
    return this.#realNow() + this.#offsetDays * DAY_MS;
  }

  #set(days: number): void {
    this.#offsetDays = days;
    try {
      if (days === 0) this.#storage?.removeItem(OFFSET_KEY);
      else this.#storage?.setItem(OFFSET_KEY, String(days));
    } catch {
      // Not persisted; the clock still moves for this page.
    }
    this.dispatchEvent(new Event('change'));
  }
}

function safeGet(storage: OffsetStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function browserStorage(): OffsetStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The portal's one clock. */
export const clock = new DemoClock(browserStorage());
