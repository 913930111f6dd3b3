import { describe, expect, it } from 'vitest';
import { percent, periodRange, statisticsTables, toCsv } from '../../src/stats/tables.js';
import { quarterStats } from './fixtures.js';

const stats = quarterStats;

describe('statistics tables (seed §政协机关: statistics quarterly and yearly)', () => {
  it('periodRange gives quarters and years with their real last days', () => {
    expect(periodRange(2025, 0)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange(2025, 1)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(periodRange(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange(2025, 2)).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(periodRange(2025, 3)).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(periodRange(2025, 4)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('percent keeps one decimal and leaves an undefined rate undefined', () => {
    expect(percent(0.7143)).toBe(71.4);
    expect(percent(1)).toBe(100);
    expect(percent(null)).toBeNull();
  });

  it('lays out on-time (按期办结率) and reply (答复率) rates, visits as batches and persons', () => {
    const tables = statisticsTables(stats, 'zh-CN', { petitionOffice: { zh: '信访办', en: 'Petition office' } });
    expect(tables.map((t) => t.id)).toEqual(['summary', 'channel', 'class', 'visits', 'unit', 'outcome', 'status']);
    const summary = Object.fromEntries(tables[0]!.rows.map((r) => [r.key, r.value]));
    expect(summary).toEqual({
      total: 10,
      onTimeRate: 71.4,
      concludedOnTime: 5,
      concludedLate: 1,
      openOverdue: 1,
      openDueSoon: 2,
      replyRate: 80,
      replyOwed: 5,
      replied: 4,
      medianDays: 21,
      p90Days: 58,
    });
    expect(tables[3]!.rows.map((r) => [r.label, r.value])).toEqual([
      ['批次', 4],
      ['人次', 19],
    ]);
    expect(tables[4]!.rows.map((r) => [r.label, r.value])).toEqual([
      ['信访办', 6],
      ['unit,"x"', 4],
    ]);
    // Zero counts are left out of the status table, kept in channel and class tables.
    expect(tables[6]!.rows.map((r) => r.key)).toEqual([
      'registered',
      'transferred',
      'handling',
      'declined',
      'concluded',
      'replied',
      'archived',
    ]);
    expect(tables[1]!.rows.map((r) => r.label)).toEqual(['来信', '来访', '来电', '网上信访']);
  });

  it('omits rates whose denominator is 0 instead of showing 0', () => {
    const empty = { ...stats, onTime: { ...stats.onTime, rate: null }, reply: { owed: 0, replied: 0, rate: null } };
    const keys = statisticsTables(empty, 'en')[0]!.rows.map((r) => r.key);
    expect(keys).not.toContain('onTimeRate');
    expect(keys).not.toContain('replyRate');
  });

  it('exports CSV with a UTF-8 BOM for Excel, CRLF lines and RFC 4180 quoting', () => {
    const csv = toCsv(statisticsTables(stats, 'zh-CN'), stats.range, 'zh-CN');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('统计期间 2025-07-01 至 2025-09-30');
    expect(lines[1]).toBe('统计项,项目,数值');
    expect(lines[2]).toBe('总体情况,信访总量（件）,10');
    expect(lines).toContain('按承办单位,"unit,""x""",4');
    expect(lines).toContain('来访批次与人次,人次,19');
    expect(lines.at(-1)).toBe('');
  });

  it('neutralises cells that Excel would run as formulas (CSV injection)', () => {
    const csv = toCsv(
      [{ id: 'unit', title: '=HYPERLINK("x")', chart: 'bar', rows: [{ key: 'a', label: '+1', value: -3 }] }],
      stats.range,
      'en',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'+1,-3`);
  });
});
