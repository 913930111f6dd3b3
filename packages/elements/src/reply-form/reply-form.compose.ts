/**
 * The letter of `<xf-reply-form>`, composed without the element: the reply kind, the petition view, what has
 * been typed and the language in, a `ReplyLetter` out. Pure: no DOM, no clock, no state. The periods it states
 * come from the terms the petition was registered under (national defaults when a view carries none).
 */
import type { PetitionView } from '@xinfang/core';
import { type Calendar, chinaCalendar, isIsoDate, shanghaiDate } from '@xinfang/core/calendar';
import { extendedDueOf, handlingOf } from '@xinfang/core/periods';
import type { IsoDate } from '@xinfang/core/schema';
import { formatDate } from '../deadline-badge/dates.js';
import { type Lang, type Text, tr } from '../i18n/index.js';
import { lines } from '../shared/values.js';
import type { HandlingOutcome, ReplyDraft, ReplyKind, ReplyLetter, ReviewDecision } from './reply-form.js';
import * as l from './reply-form.letter.js';

/** What an empty field shows in the letter: a line to fill by hand. */
export const BLANK = '＿＿＿＿';
export const HANDLING_OUTCOMES: readonly HandlingOutcome[] = ['support', 'explain', 'reject'];
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['upheld', 'changed', 'revoked'];
/** What the letter states before a view is set (the national periods, 22 arts 34–36). */
const DEFAULT_DAYS = { handling: 60, extensionMax: 30, review: 30, reReview: 30 };

const TITLES: Record<ReplyKind, Text> = {
  acceptance: l.titleAcceptance,
  nonAcceptance: l.titleNonAcceptance,
  transfer: l.titleTransfer,
  extension: l.titleExtension,
  opinion: l.titleOpinion,
  review: l.titleReview,
  reReview: l.titleReReview,
};

/** The Asia/Shanghai date of an instant, or '' when it cannot be read. */
export function shanghaiDateSafe(at: string): IsoDate {
  try {
    return shanghaiDate(at);
  } catch {
    return '';
  }
}

/** The handling period in days, from the core (22 art 34: 60 by default when there is no view). */
export function handlingDays(v: PetitionView | undefined): number {
  return v?.terms ? handlingOf(v).days : DEFAULT_DAYS.handling;
}

/** The longest extension (22 art 34: 30 days by default). */
export function extensionMax(v: PetitionView | undefined): number {
  return v?.terms?.extensionMax?.days ?? DEFAULT_DAYS.extensionMax;
}

/** The days to ask for a review (22 art 35) or a re-review (22 art 36): 30 by default. */
export function requestDays(v: PetitionView | undefined, kind: 'review' | 'reReview'): number {
  const period = kind === 'review' ? v?.terms?.reviewRequest : v?.terms?.reReviewRequest;
  return period?.days ?? DEFAULT_DAYS[kind];
}

/** The extension in whole days, or undefined when the field is not a whole number. */
export function extensionDays(draft: ReplyDraft): number | undefined {
  const text = draft.days.trim();
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * The due date after an extension, from the core (`extendedDueOf`: counted from the same start as the handling
 * period, 22 art 34). Undefined when it cannot be known: no view, no start, no days, or a calendar without that year.
 */
export function extendedDue(
  v: PetitionView | undefined,
  days: number | undefined,
  calendar: Calendar,
): IsoDate | undefined {
  return v?.terms && days !== undefined ? extendedDueOf(v, days, calendar) : undefined;
}

/**
 * Composes a letter from what has been typed so far; a blank field shows as a line to fill by hand.
 *
 * @example
 * composeLetter('transfer', view, { ...draft, addressee: '张三', toUnit: '市交通运输局' }, 'zh-CN').title;
 * // '信访事项转送告知书'
 */
export function composeLetter(
  kind: ReplyKind,
  v: PetitionView | undefined,
  draft: ReplyDraft,
  lang: Lang,
  calendar: Calendar = chinaCalendar,
): ReplyLetter {
  const b = (s: string) => s.trim() || BLANK;
  const received = v ? formatDate(shanghaiDateSafe(v.receivedAt) || v.receivedAt, lang) : BLANK;
  const no = v?.registrationNo || BLANK;
  const subject = v?.subject || BLANK;
  const matter = tr(lang, l.matter, { received, no, subject });
  const date = (s: string) => (isIsoDate(s.trim()) ? formatDate(s.trim(), lang) : BLANK);
  const paragraphs: string[] = [];
  switch (kind) {
    case 'acceptance':
      paragraphs.push(tr(lang, l.accepted, { matter }));
      paragraphs.push(
        tr(lang, l.acceptedHandling, { unit: b(draft.handlingUnit), days: handlingDays(v), due: date(draft.due) }),
      );
      break;
    case 'nonAcceptance':
      paragraphs.push(tr(lang, l.notAccepted, { matter, reason: b(draft.reason) }));
      paragraphs.push(tr(lang, l.goTo, { organ: b(draft.goTo) }));
      break;
    case 'transfer':
      paragraphs.push(tr(lang, l.transferred, { matter, unit: b(draft.toUnit) }));
      if (draft.reason.trim()) paragraphs.push(tr(lang, l.transferReason, { reason: draft.reason.trim() }));
      paragraphs.push(tr(lang, l.transferContact, { unit: b(draft.toUnit) }));
      break;
    case 'extension': {
      const days = extensionDays(draft);
      paragraphs.push(tr(lang, l.extended, { matter, reason: b(draft.reason), days: days ?? BLANK }));
      const newDue = extendedDue(v, days, calendar);
      if (newDue) paragraphs.push(tr(lang, l.extendedTo, { due: formatDate(newDue, lang) }));
      paragraphs.push(tr(lang, l.extensionBasis));
      break;
    }
    case 'opinion': {
      paragraphs.push(tr(lang, l.opinionIntro, { matter }));
      const outcomeText = { support: l.outcomeSupport, explain: l.outcomeExplain, reject: l.outcomeReject };
      const outcome = HANDLING_OUTCOMES.find((o) => o === draft.outcome);
      if (outcome) paragraphs.push(tr(lang, outcomeText[outcome]));
      paragraphs.push(...lines(draft.opinion));
      paragraphs.push(tr(lang, l.basis, { basis: b(draft.legalBasis) }));
      // 22 art 35: the petitioner is told which organ reviews, and within how many days to ask.
      paragraphs.push(tr(lang, l.reviewRight, { days: requestDays(v, 'review'), organ: b(draft.reviewOrgan) }));
      break;
    }
    case 'review':
    case 'reReview': {
      paragraphs.push(tr(lang, kind === 'review' ? l.reviewIntro : l.reReviewIntro, { no, subject }));
      const outcome = REVIEW_DECISIONS.find((o) => o === draft.outcome);
      if (outcome) paragraphs.push(tr(lang, { upheld: l.upheld, changed: l.changed, revoked: l.revoked }[outcome]));
      paragraphs.push(...lines(draft.opinion));
      paragraphs.push(tr(lang, l.basis, { basis: b(draft.legalBasis) }));
      // 22 art 36: after a review, the re-review right; after a re-review, the matter is final.
      paragraphs.push(
        kind === 'review'
          ? tr(lang, l.reReviewRight, { days: requestDays(v, 'reReview'), organ: b(draft.reviewOrgan) })
          : tr(lang, l.final),
      );
      break;
    }
  }
  return {
    lang,
    title: tr(lang, TITLES[kind]),
    salutation: tr(lang, l.salutation, { name: b(draft.addressee) }),
    paragraphs,
  };
}
