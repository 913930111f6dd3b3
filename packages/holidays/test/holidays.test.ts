import { readdirSync, readFileSync } from 'node:fs';
import {
  chinaCalendar,
  chinaSchedules,
  createCalendar,
  dueDate,
  extendCalendar,
  readSchedule,
  statutoryHolidays,
} from '@xinfang/core';
import { describe, expect, it } from 'vitest';
import { type HolidaySchedule, scheduleOf, schedules } from '../index.js';

const dataDir = new URL('../data/', import.meta.url);
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
// The State Council notices for 2024–2026 as cited in shared/domain (the core's copy): the test reference.
const official = JSON.parse(
  readFileSync(new URL('../../core/src/calendar/fixtures/official-2024-2026.json', import.meta.url), 'utf8'),
) as Record<string, { holidays: string[]; workdays: string[]; source: string }>;

describe('@xinfang/holidays: one schedule per year', () => {
  it('ships 2022–2026, one file each, and the index lists exactly the files', () => {
    expect(files).toEqual(['2022.json', '2023.json', '2024.json', '2025.json', '2026.json']);
    expect(schedules.map((s) => s.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const f of files) {
      const fromFile = JSON.parse(readFileSync(new URL(f, dataDir), 'utf8')) as HolidaySchedule;
      expect(scheduleOf(fromFile.year)).toEqual(fromFile);
    }
    expect(scheduleOf(2019)).toBeUndefined();
  });

  for (const s of schedules) {
    it(`${s.year}: passes readSchedule, lists every statutory day off, names its notice`, () => {
      const r = readSchedule(JSON.stringify(s));
      expect(r.ok ? r.schedule : r.error.messages.en).toEqual(s);
      const off = new Set(s.holidays);
      for (const h of statutoryHolidays(s.year)) for (const d of h.days) expect([d, off.has(d)]).toEqual([d, true]);
      expect(s.source).toMatch(/^https:\/\/www\.gov\.cn\/zhengce\//);
    });
  }

  for (const year of ['2024', '2025', '2026']) {
    it(`${year}: equals the State Council notice (${official[year]!.source})`, () => {
      const s = scheduleOf(Number(year))!;
      expect([s.holidays, s.workdays, s.source]).toEqual([
        [...official[year]!.holidays].sort(),
        [...official[year]!.workdays].sort(),
        official[year]!.source,
      ]);
    });
  }

  it('equals the schedules built into the core, and loading them all gives its answers', () => {
    for (const s of schedules)
      expect([s.holidays, s.workdays]).toEqual([chinaSchedules[s.year]!.holidays, chinaSchedules[s.year]!.workdays]);
    const [first, ...rest] = schedules;
    const loaded = rest.reduce(extendCalendar, createCalendar({ [first!.year]: first! }));
    expect(loaded.edition).toBe(chinaCalendar.edition);
    for (const start of ['2022-09-20', '2024-02-05', '2025-09-26', '2026-12-07']) {
      expect(dueDate(start, { days: 60, unit: 'day' }, loaded)).toBe(
        dueDate(start, { days: 60, unit: 'day' }, chinaCalendar),
      );
    }
    expect(schedules.reduce(extendCalendar, chinaCalendar)).toBe(chinaCalendar);
  });
});
