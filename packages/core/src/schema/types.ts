/**
 * Common types shared by every part of the core: dates, instants, bilingual messages and the
 * shape of a petition as a form hands it over. Pure types, no runtime code.
 *
 * @module
 */

/**
 * A calendar date in the Asia/Shanghai calendar, written `YYYY-MM-DD`.
 *
 * @example
 * const due: IsoDate = '2025-10-09';
 */
export type IsoDate = string;

/**
 * An ISO 8601 instant with an explicit offset, e.g. `2025-09-30T16:30:00Z` or `2025-10-01T00:30:00+08:00`.
 * It becomes an {@link IsoDate} through `shanghaiDate()` (a day ends at 24:00 Asia/Shanghai, 民法典 203).
 *
 * @example
 * const at: Instant = '2025-09-30T16:30:00Z';
 */
export type Instant = string;

/** A text in Chinese (first) and English (`@xinfang/core/i18n`). */
import type { Bilingual } from '../i18n/index.js';

export type { Bilingual };

/**
 * How a petition arrived (22 art 17): letter (来信), visit (来访), call (来电, incl. the 12345 hotline) or
 * online (网上信访).
 *
 * @example
 * const channel: Channel = 'visit';
 */
export type Channel = 'letter' | 'visit' | 'call' | 'online';

/**
 * The three classes of 22 arts 29–31: suggestion (建议意见类), accusation (检举控告类), claim (申诉求决类).
 *
 * @example
 * const cls: PetitionClass = 'claim';
 */
export type PetitionClass = 'suggestion' | 'accusation' | 'claim';

/**
 * Who acts on a petition.
 *
 * @example
 * const role: Role = 'unitHead';
 */
export type Role = 'clerk' | 'handler' | 'unitHead' | 'leader' | 'archivist' | 'petitioner';

/**
 * The author of a command or event.
 *
 * @example
 * const by: Actor = { id: 'u-7', role: 'clerk', unit: 'petitionOffice', name: '王芳' };
 */
export interface Actor {
  id: string;
  role: Role;
  unit?: string;
  name?: string;
}

/**
 * The person who petitions (信访人). Contact data is absent for anonymous petitions.
 *
 * @example
 * const p: Petitioner = { name: '李雷', phone: '13800138000', address: '成都市青羊区' };
 */
export interface Petitioner {
  name: string;
  /** 18-character resident ID number (GB 11643) or the old 15-digit form. */
  idNumber?: string;
  /** Mobile (`1[3-9]` + 9 digits, optional +86/0086) or landline (e.g. `028-12345678`). */
  phone?: string;
  address?: string;
  workUnit?: string;
}

/**
 * What a form hands over for registration, after `validatePetition()` accepted it.
 *
 * @example
 * const input: PetitionInput = {
 *   channel: 'visit', class: 'claim', subject: '拖欠工资', content: '公司拖欠三个月工资，请求督促支付。',
 *   receivedAt: '2025-09-20T09:00:00+08:00', anonymous: false, petitioner: { name: '李雷', phone: '13800138000' },
 * };
 */
export interface PetitionInput {
  channel: Channel;
  /** 12345 government hotline origin and its ticket number (channel `call` or `online`). */
  hotline?: { line: '12345'; ticket: string };
  class: PetitionClass;
  subject: string;
  content: string;
  receivedAt: Instant;
  anonymous: boolean;
  /** Absent when `anonymous` (anonymous petitions carry no contact data). */
  petitioner?: Petitioner;
  /** Letters: postmark date and sender address kept as evidence (seed §交通集团). */
  letter?: { postmarkDate: IsoDate; senderAddress: string; openedAt?: Instant };
  /** Accusations: persons and unit ids accused; never disclosed to them (22 art 30(3)). */
  accused?: { persons: string[]; units: string[] };
  /** Descriptions of attached material. */
  attachments?: string[];
  /** Topic id from the policy's topic list, used by `route()`. */
  topic?: string;
  receivingUnit?: string;
  proposedHandling?: string;
  /** Collective visits: head count and elected representatives (≤ policy limit, 5 by 22 art 20(3)). */
  collective?: { headCount: number; representatives: Petitioner[] };
  /** The visitor read the record back and confirmed it (seed §政协机关). */
  visitRecordConfirmed?: boolean;
  /** The visitor was told they answer for the truth of what they say. */
  truthStatement?: boolean;
  /** Registration number of an earlier petition on the same matter (重复信访). */
  repeatOf?: string;
}

/**
 * One problem with one field: a dotted path (`petitioner.idNumber`, `collective.representatives.2.name`)
 * and a bilingual message that tells the person what to do.
 *
 * @example
 * const issue: FieldIssue = { path: 'subject', message: { zh: '请填写标题', en: 'Enter a subject' } };
 */
export interface FieldIssue {
  path: string;
  message: Bilingual;
}
