import { msg } from '@xinfang/core/i18n';
import type { Bilingual } from '../shared/types.js';

/** Splits a textarea into trimmed, non-empty lines (one person, unit or attachment a line). */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Trims every string of a flat record and drops the blank ones (blank optional fields are absent, not ''). */
export function trimmed<T extends { [K in keyof T]: string }>(record: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(record) as [keyof T, string][]) {
    const v = value.trim();
    if (v) out[key] = v as T[keyof T];
  }
  return out;
}

/**
 * An instant as Beijing local time `YYYY-MM-DDTHH:mm` (the value of a `datetime-local` input); `''` for text that
 * is not an instant. The one formatter of a local date and time: the portal shows times with it too.
 *
 * @example
 * shanghaiLocal('2025-09-20T01:30:00Z'); // '2025-09-20T09:30'
 */
export function shanghaiLocal(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);
}

/** Beijing local `YYYY-MM-DDTHH:mm` as an instant with `+08:00`; anything else is passed on for the schema to reject. */
export function instantFromShanghaiLocal(local: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+08:00` : local;
}

/** Messages for the few rules the forms add on top of the core's schema. */
export const truthStatementRequired: Bilingual = msg(
  '请勾选“本人对所反映情况的真实性负责”后再提交',
  'Tick “I answer for the truth of what I have written” before submitting',
);
export const truthToldRequired: Bilingual = msg(
  '请告知来访人应对所反映情况的真实性负责，然后勾选此项',
  'Tell the visitor they answer for the truth of what they say, then tick this box',
);
export const recordConfirmedRequired: Bilingual = msg(
  '请向来访人宣读接待记录，经其确认后勾选此项',
  'Read the record back to the visitor and tick this box once they have confirmed it',
);
export const receivingStaffRequired: Bilingual = msg(
  '请填写接待人员姓名',
  'Enter the name of the receiving staff member',
);
export const outcomeRequired: Bilingual = msg(
  '请选择处理方式：当场答复，或登记后按程序办理',
  'Choose what happens next: answered on the spot, or registered for handling',
);
export const answerRequired: Bilingual = msg('请填写当场答复的内容', 'Enter the answer given on the spot');
export const routeRequired: Bilingual = msg('请选择办理途径', 'Choose the route the matter takes');
