/**
 * The holiday schedules an office loaded in this browser (the 节假日安排 page): the State Council's notice for a
 * year, as a JSON file of `@xinfang/holidays`' format, kept in localStorage so the calendar has it on every
 * visit. Small and free of the calendar's code: the office bar reads the years from here before the store
 * code (which builds the calendar, services.ts) has loaded.
 */
import { chinaSchedules, HORIZON_YEAR } from '@xinfang/core/calendar';

const KEY = 'xinfang.portal.holidaySchedules';

/** localStorage, or a Map in tests and where storage is refused. */
const memory = new Map<string, string>();
function storage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // storage refused (private mode): keep the schedules for this visit only
  }
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
}

/** The schedules loaded here, as stored (each is checked again by `readSchedule` when the calendar is built). */
export function loadedSchedules(): unknown[] {
  try {
    const list: unknown = JSON.parse(storage().getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Keeps a (checked) schedule, replacing one of the same year. */
export function keepSchedule(schedule: { year: number }): void {
  const others = loadedSchedules().filter((s) => (s as { year?: unknown })?.year !== schedule.year);
  storage().setItem(KEY, JSON.stringify([...others, schedule]));
}

/** The years of the loaded schedules. */
export function loadedYears(): number[] {
  return loadedSchedules()
    .map((s) => (s as { year?: unknown })?.year)
    .filter((y): y is number => typeof y === 'number' && Number.isInteger(y));
}

/**
 * The years of the portal's calendar: official (the core's and those loaded here), provisional (the others up
 * to the core's horizon: counted on the statutory holidays, flagged), and the whole span covered.
 */
export function calendarYears(): { official: number[]; provisional: number[]; first: number; last: number } {
  const official = [...new Set([...Object.keys(chinaSchedules).map(Number), ...loadedYears()])].sort((a, b) => a - b);
  const first = official[0]!;
  const last = Math.max(HORIZON_YEAR, official[official.length - 1]!);
  const provisional: number[] = [];
  for (let y = first; y <= last; y++) if (!official.includes(y)) provisional.push(y);
  return { official, provisional, first, last };
}

/** `2027–2040` for a run of years, `—` for none. */
export function yearSpan(years: readonly number[]): string {
  return years.length ? `${years[0]}–${years[years.length - 1]}` : '—';
}
