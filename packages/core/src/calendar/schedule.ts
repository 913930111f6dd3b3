import type { Bilingual, IsoDate } from '../schema/types.js';
import { civilFromDays, parseDay } from './dates.js';
import { statutoryDays } from './statutory.js';

/**
 * One year's official schedule as the State Council publishes it each November: the statutory days off
 * (法定节假日, incl. the weekends inside a block) and the make-up working days (调休上班日).
 *
 * @example
 * const s2026: YearSchedule = { holidays: ['2026-01-01', '2026-01-02', '2026-01-03'], workdays: ['2026-01-04'] };
 */
export interface YearSchedule {
  holidays: IsoDate[];
  workdays: IsoDate[];
}

/**
 * One year's official schedule as a JSON file (what `@xinfang/holidays` ships, one file per year, and what
 * an office loads the day the notice is published): every day off of the notice's blocks, every make-up
 * working day, and the notice's address. `notice` (its title) and `published` (its date) are optional.
 *
 * @example
 * const s: HolidaySchedule = { year: 2027, holidays: ['2027-01-01', …], workdays: ['2027-02-20', …],
 *   source: 'https://www.gov.cn/zhengce/content/…' };
 */
export interface HolidaySchedule extends YearSchedule {
  year: number;
  source: string;
  notice?: string;
  published?: IsoDate;
}

/** Codes of {@link ScheduleError}. */
export type ScheduleErrorCode =
  | 'schedule-not-json'
  | 'schedule-not-object'
  | 'schedule-unknown-field'
  | 'schedule-year'
  | 'schedule-list'
  | 'schedule-date'
  | 'schedule-duplicate'
  | 'schedule-both'
  | 'schedule-workday-weekday'
  | 'schedule-statutory-missing'
  | 'schedule-source'
  | 'schedule-conflict'
  | 'schedule-calendar';

/**
 * A holiday schedule that is malformed, or contradicts the law or a schedule the calendar already has.
 * `code` says which check failed, `messages` says in Chinese and English what to do; `message` holds both.
 * A `TypeError`, so `catch (e) { if (e instanceof TypeError) … }` written for `createCalendar` still works.
 *
 * @example
 * const r = readSchedule('{"year":2027}');
 * if (!r.ok) r.error.messages.zh; // '日程表缺少 holidays 列表…'
 */
export class ScheduleError extends TypeError {
  readonly code: ScheduleErrorCode;
  readonly messages: Bilingual;
  constructor(code: ScheduleErrorCode, messages: Bilingual) {
    super(`${messages.zh} ${messages.en}`);
    this.name = 'ScheduleError';
    this.code = code;
    this.messages = messages;
  }
}

/** The result of {@link readSchedule}. */
export type ScheduleCheck = { ok: true; schedule: HolidaySchedule } | { ok: false; error: ScheduleError };

const err = (code: ScheduleErrorCode, zh: string, en: string): ScheduleError => new ScheduleError(code, { zh, en });

const FIELDS = new Set(['year', 'holidays', 'workdays', 'source', 'notice', 'published']);
/** 国务院令第644号 (2013): the rules the statutory check applies from 2014 (795 from 2025, statutory.ts). */
const STATUTORY_CHECK_FROM = 2014;
const MAX_LISTED = 400;

const short = (v: unknown): string => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
};

/**
 * The checks of one year's days (`createCalendar` and {@link readSchedule}): real dates of that year, listed
 * once, never both off and working, make-up working days on a Saturday or Sunday, every statutory day off
 * (computed, 国务院令第795号 from 2025) listed as a day off. `undefined` when all pass. @internal
 */
export function checkYearSchedule(year: number, s: YearSchedule): ScheduleError | undefined {
  const lists: [unknown, string][] = [
    [s?.holidays, 'holidays'],
    [s?.workdays, 'workdays'],
  ];
  for (const [list, name] of lists) {
    if (!Array.isArray(list) || list.length > MAX_LISTED) {
      return err(
        'schedule-list',
        `${year} 年日程表的 ${name} 须为日期列表（最多 ${MAX_LISTED} 个，如 ["${year}-01-01"]）。请按通知补全后重新载入。`,
        `The ${year} schedule's ${name} must be a list of dates (at most ${MAX_LISTED}, e.g. ["${year}-01-01"]). Complete it from the notice and load it again.`,
      );
    }
  }
  const off = new Set<string>();
  const seen = new Set<string>();
  for (const [list, name] of lists) {
    for (const date of list as unknown[]) {
      const day = typeof date === 'string' ? parseDay(date) : Number.NaN;
      if (Number.isNaN(day) || (date as string).slice(0, 4) !== String(year)) {
        return err(
          'schedule-date',
          `${year} 年日程表的 ${name} 中有 ${short(date)}：应为 ${year} 年内的日期，写作 YYYY-MM-DD。请更正后重新载入。`,
          `The ${year} schedule's ${name} lists ${short(date)}: expected a date in ${year} written YYYY-MM-DD. Correct it and load it again.`,
        );
      }
      const d = date as string;
      if (seen.has(d)) {
        if (name === 'workdays' && off.has(d)) {
          return err(
            'schedule-both',
            `${year} 年日程表把 ${d} 同时列为放假日和调休上班日。请对照通知更正后重新载入。`,
            `The ${year} schedule lists ${d} both as a day off and as a make-up working day. Check it against the notice and load it again.`,
          );
        }
        return err(
          'schedule-duplicate',
          `${year} 年日程表重复列出 ${d}。请删去重复项后重新载入。`,
          `The ${year} schedule lists ${d} twice. Remove the repeat and load it again.`,
        );
      }
      seen.add(d);
      if (name === 'holidays') off.add(d);
      else {
        const dow = (((day + 4) % 7) + 7) % 7;
        if (dow !== 0 && dow !== 6) {
          return err(
            'schedule-workday-weekday',
            `${year} 年日程表把 ${d}（周一至周五）列为调休上班日；调休上班日只能是周六或周日。请对照通知更正后重新载入。`,
            `The ${year} schedule lists ${d}, a weekday, as a make-up working day; make-up working days are Saturdays or Sundays. Check it against the notice and load it again.`,
          );
        }
      }
    }
  }
  if (year >= STATUTORY_CHECK_FROM) {
    for (const { festival, from, to } of statutoryDays(year)) {
      for (let d = from; d <= to; d++) {
        const date = civilFromDays(d);
        if (!off.has(date)) {
          return err(
            'schedule-statutory-missing',
            `${year} 年日程表未把法定节假日 ${date}（${FESTIVAL_ZH[festival]}）列为放假日，与《全国年节及纪念日放假办法》不符。请核对通知与文件是否对应同一年。`,
            `The ${year} schedule does not list the statutory holiday ${date} (${festival}) as a day off, which the national holiday rules require. Check that the file matches the notice for ${year}.`,
          );
        }
      }
    }
  }
  return undefined;
}

const FESTIVAL_ZH: Record<string, string> = {
  newYear: '元旦',
  springFestival: '春节',
  qingming: '清明节',
  labourDay: '劳动节',
  dragonBoat: '端午节',
  midAutumn: '中秋节',
  nationalDay: '国庆节',
};

/**
 * Reads and validates one year's schedule — a {@link HolidaySchedule} object or its JSON text — never
 * throwing: `{ ok: true, schedule }` (a fresh, sorted copy) or `{ ok: false, error }` with a bilingual
 * {@link ScheduleError} that says what to fix. Checked: the fields (`year`, `holidays`, `workdays`,
 * `source`, optional `notice` and `published`, nothing else), real dates of the year listed once, make-up
 * working days on weekends, every statutory day off listed, an `https://` (or `http://`) source address.
 *
 * @example
 * const r = readSchedule(await file.text());
 * if (r.ok) calendar = extendCalendar(calendar, r.schedule); else alert(r.error.messages.zh);
 */
export function readSchedule(input: unknown): ScheduleCheck {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return {
        ok: false,
        error: err(
          'schedule-not-json',
          '文件不是有效的 JSON。请使用 @xinfang/holidays 提供的年度文件或按 README 的格式编写。',
          'The file is not valid JSON. Use a year file of @xinfang/holidays or write it in the format the README gives.',
        ),
      };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      error: err(
        'schedule-not-object',
        '日程表须为一个对象：{ "year": 2027, "holidays": [...], "workdays": [...], "source": "https://…" }。',
        'A schedule is one object: { "year": 2027, "holidays": [...], "workdays": [...], "source": "https://…" }.',
      ),
    };
  }
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!FIELDS.has(key)) {
      return {
        ok: false,
        error: err(
          'schedule-unknown-field',
          `日程表中有未知字段 ${short(key)}。只允许 year、holidays、workdays、source、notice、published。`,
          `The schedule has an unknown field ${short(key)}. Only year, holidays, workdays, source, notice and published are allowed.`,
        ),
      };
    }
  }
  const year = o.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2200) {
    return {
      ok: false,
      error: err(
        'schedule-year',
        `日程表的 year 须为 2000–2200 之间的整数年份，得到 ${short(year)}。请填写通知所针对的年份。`,
        `The schedule's year must be a whole year 2000–2200, got ${short(year)}. Give the year the notice is for.`,
      ),
    };
  }
  const bad = checkYearSchedule(year, { holidays: o.holidays as IsoDate[], workdays: o.workdays as IsoDate[] });
  if (bad) return { ok: false, error: bad };
  const source = o.source;
  if (typeof source !== 'string' || !/^https?:\/\/[^\s<>"]{3,2000}$/.test(source)) {
    return {
      ok: false,
      error: err(
        'schedule-source',
        `日程表的 source 须为通知原文的网址（https://…），得到 ${short(source)}。请填写国务院办公厅通知的网址。`,
        `The schedule's source must be the address of the notice (https://…), got ${short(source)}. Give the address of the State Council's notice.`,
      ),
    };
  }
  if (o.notice !== undefined && (typeof o.notice !== 'string' || o.notice.length > 500)) {
    return {
      ok: false,
      error: err(
        'schedule-not-object',
        'notice 须为通知标题（不超过500字）。',
        "notice must be the notice's title (at most 500 characters).",
      ),
    };
  }
  if (o.published !== undefined && (typeof o.published !== 'string' || Number.isNaN(parseDay(o.published)))) {
    return {
      ok: false,
      error: err(
        'schedule-date',
        `published 须为通知的发布日期，写作 YYYY-MM-DD，得到 ${short(o.published)}。`,
        `published must be the notice's date written YYYY-MM-DD, got ${short(o.published)}.`,
      ),
    };
  }
  const schedule: HolidaySchedule = {
    year,
    holidays: [...(o.holidays as IsoDate[])].sort(),
    workdays: [...(o.workdays as IsoDate[])].sort(),
    source,
  };
  if (o.notice !== undefined) schedule.notice = o.notice as string;
  if (o.published !== undefined) schedule.published = o.published as IsoDate;
  return { ok: true, schedule };
}
