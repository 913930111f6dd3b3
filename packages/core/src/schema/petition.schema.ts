import { dayNumber, instantMillis, isIsoDate, shanghaiDay } from '../calendar/dates.js';
import { idNumberProblem, isChinesePhone } from './identity.js';
import * as m from './messages.js';
import { type MessageKey, messages, representativesLimitMessage } from './messages.js';
import { hasVisibleText } from './text.js';
import type { Bilingual, FieldIssue, PetitionInput } from './types.js';

/*
 * The petition rules, written once as plain TypeScript (no dependency): a browser form that imports
 * `validatePetition` bundles no validation library, and a registration is checked in well under a microsecond.
 * The zod schemas of `@xinfang/core/zod` (`PetitionSchema`, …, src/zod/index.ts) are thin adapters over the same
 * rules for agencies that use zod; nothing in this file imports zod.
 *
 * The results are those of the zod/mini schemas these rules replaced (test/schema.oracle.ts, checked by the
 * differential property test in src/schema/petition.differential.test.ts), including zod's details:
 *   - string lengths count Unicode code points; text is trimmed before it is measured;
 *   - unknown keys are dropped; a key present with `undefined` stays in the output;
 *   - a field of the wrong type that still has a `length` (an array for a text) is measured too;
 *   - a list longer than its maximum is reported once, without checking its entries;
 *   - a non-integer head count, or an over-long list, stops the rules between fields (zod aborts there).
 */

/**
 * 22 art 20(3): collective visits elect at most 5 representatives. A policy may set fewer.
 *
 * @example
 * validatePetition(input, { representativesLimit: DEFAULT_REPRESENTATIVES_LIMIT });
 */
export const DEFAULT_REPRESENTATIVES_LIMIT = 5;

type Raw = Record<string, unknown>;
/**
 * What a problem says: one of the messages (the constants of messages.ts, referred to directly so that a
 * form's bundle carries no message keys), or {@link LIMIT}.
 */
type IssueKey = Bilingual;
/** Stands for the representatives limit: its message is built from the policy, its key is 'representatives.limit'. */
const LIMIT: Bilingual = { zh: '', en: '' };

/** One problem found: a dotted path and what it says. */
interface Found {
  path: string;
  key: IssueKey;
}

/**
 * The problems of one validation, in the order they are found, and whether a problem stops the rules
 * between fields. One small object per call; the issue list is only created when something is wrong.
 */
class Run {
  found: Found[] | undefined;
  stop: boolean;
  constructor() {
    this.found = undefined;
    this.stop = false;
  }
  add(path: string, key: IssueKey): void {
    if (this.found === undefined) this.found = [{ path, key }];
    else this.found.push({ path, key });
  }
}

const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown): boolean => typeof v === 'string' && hasVisibleText(v);
/** Path of field `key` inside the object at `base` ('' for the petition), built only to report a problem. */
const at = (base: string, key: string): string => (base === '' ? key : `${base}.${key}`);

/** Number of Unicode code points (a surrogate pair counts once), as a person counts characters. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}
// A code point is one or two UTF-16 units, so the exact count is needed only near the bounds.
const tooShort = (s: string, min: number): boolean => s.length < min || (s.length < 2 * min && codePoints(s) < min);
const tooLong = (s: string, max: number): boolean => s.length > max && codePoints(s) > max;

/**
 * A value of the wrong type is still measured when it has a `length` (an array where a text belongs), as the
 * zod schemas these rules replaced did. The comparisons are JavaScript's own: `{ length: 'x' }` is too short
 * and too long at once (reported once).
 */
function measure(run: Run, path: string, v: unknown, min: number | undefined, max: number | undefined, key: IssueKey) {
  if (v === undefined || v === null) return;
  const len = (v as { length?: unknown }).length as number | undefined;
  if (len === undefined) return;
  // `!(a >= b)` rather than `a < b`: a length that is not a number fails every bound.
  if ((min !== undefined && !(len >= min)) || (max !== undefined && !(len <= max))) run.add(path, key);
}

/**
 * Text, trimmed, of `min`…`max` characters. Text that may be left out (`v` is not `undefined` here) is checked
 * with `min` 0 and one message for both problems.
 */
function text(
  run: Run,
  base: string,
  key: string,
  v: unknown,
  min: number,
  max: number,
  required: IssueKey,
  length: IssueKey,
): unknown {
  if (typeof v === 'string') {
    const t = v.trim();
    // Text that looks empty is empty: only zero-width, control or direction characters.
    if (t.length > 0 && !hasVisibleText(t)) run.add(at(base, key), m.textInvisible);
    else if (tooShort(t, min) || tooLong(t, max)) run.add(at(base, key), length);
    return t;
  }
  const path = at(base, key);
  run.add(path, required);
  measure(run, path, v, min, max, length);
  return v;
}

/** Whether `s` is an instant, exactly as `instantMillis` decides. */
function isInstant(s: string): boolean {
  return instantMillis(s) !== undefined;
}

/** An ISO 8601 instant with a real date and time. */
function instant(run: Run, base: string, key: string, v: unknown, k: IssueKey): unknown {
  if (typeof v !== 'string' || !isInstant(v)) run.add(at(base, key), k);
  return v;
}

/** A text matching `re`, trimmed first when `trim`. */
function matching(run: Run, base: string, key: string, v: unknown, re: RegExp, trim: boolean, k: IssueKey): unknown {
  if (typeof v !== 'string') {
    run.add(at(base, key), k);
    return v;
  }
  const t = trim ? v.trim() : v;
  if (!re.test(t)) run.add(at(base, key), k);
  return t;
}

function flag(run: Run, key: string, v: unknown): unknown {
  if (typeof v !== 'boolean') run.add(key, m.flagType);
  return v;
}

/**
 * A list of short texts: at most `maxCount` entries of 1…`maxItem` characters each, trimmed. A list over the
 * maximum is reported once, without checking its entries, and stops the rules between fields.
 */
function list(run: Run, base: string, key: string, v: unknown, maxItem: number, maxCount: number, k: IssueKey) {
  if (!Array.isArray(v)) {
    const path = at(base, key);
    run.add(path, k);
    measure(run, path, v, undefined, maxCount, k);
    return v;
  }
  if (v.length > maxCount) {
    run.add(at(base, key), k);
    run.stop = true;
    return v;
  }
  const out: unknown[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (typeof item === 'string') {
      const t = item.trim();
      if (!hasVisibleText(t) || tooLong(t, maxItem)) run.add(`${at(base, key)}.${i}`, k);
      out[i] = t;
    } else {
      const path = `${at(base, key)}.${i}`;
      run.add(path, k);
      measure(run, path, item, 1, maxItem, k);
      out[i] = item;
    }
  }
  return out;
}

/** Resident ID number (GB 11643): trimmed, `x` stored as `X`. */
function idNumber(run: Run, base: string, key: string, v: unknown): unknown {
  if (typeof v !== 'string') {
    run.add(at(base, key), m.idNumberFormat);
    return v;
  }
  // The check is the same before and after upper-casing (only a final x can be lower case in a valid number),
  // so the copy is made only where it changes something.
  const t = v.trim();
  const problem = idNumberProblem(t);
  if (problem !== undefined) {
    run.add(
      at(base, key),
      problem === 'format' ? m.idNumberFormat : problem === 'birthDate' ? m.idNumberBirthDate : m.idNumberChecksum,
    );
    return t.toUpperCase();
  }
  return t.charCodeAt(17) === 120 ? `${t.slice(0, 17)}X` : t;
}

function phone(run: Run, base: string, key: string, v: unknown): unknown {
  if (typeof v !== 'string') {
    run.add(at(base, key), m.phoneFormat);
    return v;
  }
  const t = v.trim();
  if (!isChinesePhone(t)) run.add(at(base, key), m.phoneFormat);
  return t;
}

/**
 * The petitioner or a representative, at path `path` (`''` for `PetitionerSchema`). Keys other than the five
 * below are dropped; a key given as `undefined` is kept as `undefined`.
 */
function petitioner(run: Run, path: string, v: unknown): unknown {
  if (!isObj(v)) {
    run.add(path, m.petitionerRequired);
    return v;
  }
  const out: Raw = {};
  let x: unknown = v.name;
  const name = text(run, path, 'name', x, 1, 50, m.nameRequired, m.nameLength);
  if (x !== undefined || 'name' in v) out.name = name;
  x = v.idNumber;
  if (x !== undefined) out.idNumber = idNumber(run, path, 'idNumber', x);
  else if ('idNumber' in v) out.idNumber = undefined;
  x = v.phone;
  if (x !== undefined) out.phone = phone(run, path, 'phone', x);
  else if ('phone' in v) out.phone = undefined;
  x = v.address;
  if (x !== undefined) out.address = text(run, path, 'address', x, 0, 200, m.addressLength, m.addressLength);
  else if ('address' in v) out.address = undefined;
  x = v.workUnit;
  if (x !== undefined) out.workUnit = text(run, path, 'workUnit', x, 0, 100, m.workUnitLength, m.workUnitLength);
  else if ('workUnit' in v) out.workUnit = undefined;
  return out;
}

const TICKET = /^[A-Za-z0-9-]{4,32}$/;
const CODE = /^[A-Za-z][\w-]{0,63}$/;
const REGISTRATION_NO = /^[\w-]{3,64}$/;

/** 12345 hotline origin: `{ line: '12345', ticket }` (22 art 17: calls and online petitions). */
function hotline(run: Run, v: unknown): unknown {
  if (!isObj(v)) {
    run.add('hotline', m.hotlineTicket);
    return v;
  }
  const out: Raw = {};
  const line = v.line;
  if (line !== '12345') run.add('hotline.line', m.hotlineTicket);
  if (line !== undefined || 'line' in v) out.line = line;
  const ticket = v.ticket;
  const t = matching(run, 'hotline', 'ticket', ticket, TICKET, true, m.hotlineTicket);
  if (ticket !== undefined || 'ticket' in v) out.ticket = t;
  return out;
}

/** A letter's envelope: postmark date, sender address, when it was opened (seed §交通集团). */
function letter(run: Run, v: unknown): unknown {
  if (!isObj(v)) {
    run.add('letter', m.letterRequired);
    return v;
  }
  const out: Raw = {};
  let x: unknown = v.postmarkDate;
  if (!isIsoDate(x)) run.add('letter.postmarkDate', m.postmarkDateFormat);
  if (x !== undefined || 'postmarkDate' in v) out.postmarkDate = x;
  x = v.senderAddress;
  let address = x;
  if (typeof x === 'string') {
    address = x.trim();
    if ((address as string).length > 0 && !hasVisibleText(address as string)) {
      run.add('letter.senderAddress', m.textInvisible);
    } else if (tooLong(address as string, 200)) run.add('letter.senderAddress', m.addressLength);
  } else {
    run.add('letter.senderAddress', m.senderAddressRequired);
    measure(run, 'letter.senderAddress', x, undefined, 200, m.addressLength);
  }
  if (x !== undefined || 'senderAddress' in v) out.senderAddress = address;
  x = v.openedAt;
  if (x !== undefined) out.openedAt = instant(run, 'letter', 'openedAt', x, m.openedAtFormat);
  else if ('openedAt' in v) out.openedAt = undefined;
  return out;
}

/** 22 art 30: the persons and units accused. */
function accused(run: Run, v: unknown): unknown {
  if (!isObj(v)) {
    run.add('accused', m.accusedRequired);
    return v;
  }
  const out: Raw = {};
  let x: unknown = v.persons;
  let parsed = list(run, 'accused', 'persons', x, 100, 50, m.accusedItem);
  if (x !== undefined || 'persons' in v) out.persons = parsed;
  x = v.units;
  parsed = list(run, 'accused', 'units', x, 100, 50, m.accusedItem);
  if (x !== undefined || 'units' in v) out.units = parsed;
  return out;
}

/** A collective visit: head count and elected representatives (22 art 20). */
function collective(run: Run, v: unknown): unknown {
  if (!isObj(v)) {
    run.add('collective', m.headCountRange);
    return v;
  }
  const out: Raw = {};
  const head = v.headCount;
  if (typeof head !== 'number' || !Number.isFinite(head)) run.add('collective.headCount', m.headCountRange);
  else if (!Number.isInteger(head)) {
    run.add('collective.headCount', m.headCountRange);
    run.stop = true;
  } else if (head < 2 || head > 10_000) run.add('collective.headCount', m.headCountRange);
  if (head !== undefined || 'headCount' in v) out.headCount = head;
  const reps = v.representatives;
  let parsed: unknown = reps;
  if (Array.isArray(reps)) {
    const items: unknown[] = new Array(reps.length);
    for (let i = 0; i < reps.length; i++) {
      const rep: unknown = reps[i];
      items[i] = petitioner(run, `collective.representatives.${i}`, rep);
    }
    if (reps.length < 1) run.add('collective.representatives', m.representativesCount);
    parsed = items;
  } else {
    run.add('collective.representatives', m.representativesCount);
    measure(run, 'collective.representatives', reps, 1, undefined, m.representativesCount);
  }
  if (reps !== undefined || 'representatives' in v) out.representatives = parsed;
  return out;
}

/**
 * Rules between fields, written defensively: they run even when single fields failed, so a person sees
 * every problem at once.
 */
function crossRules(run: Run, v: Raw, limit: number, requireContact: boolean): void {
  const { channel, anonymous } = v;
  const petitioner = v.petitioner;
  if (anonymous === false) {
    if (petitioner === undefined) run.add('petitioner', m.petitionerRequired);
    else if (requireContact && isObj(petitioner) && !filled(petitioner.phone) && !filled(petitioner.address)) {
      // A policy's own rule (`intake.requireContact`): no regulation makes a named visitor give contact details;
      // forms ask for them by default so that a reply can reach the petitioner.
      run.add('petitioner.phone', m.contactRequired);
    }
  }
  if (v.hotline !== undefined && channel !== undefined && channel !== 'call' && channel !== 'online') {
    run.add('hotline', m.hotlineChannel);
  }
  if (channel === 'letter') {
    // seed §交通集团: envelope kept as evidence of posting date and address.
    if (v.letter === undefined) run.add('letter', m.letterRequired);
    else if (isObj(v.letter)) {
      const { postmarkDate, senderAddress } = v.letter;
      if (anonymous === false && typeof senderAddress === 'string' && !filled(senderAddress)) {
        run.add('letter.senderAddress', m.senderAddressRequired);
      }
      if (isIsoDate(postmarkDate) && typeof v.receivedAt === 'string' && isInstant(v.receivedAt)) {
        if (dayNumber(postmarkDate) > shanghaiDay(v.receivedAt)) {
          run.add('letter.postmarkDate', m.postmarkDateFuture);
        }
      }
    }
  } else if (v.letter !== undefined && channel !== undefined) {
    run.add('letter', m.letterChannel);
  }
  if (v.class === 'accusation') {
    const a = v.accused;
    if (!isObj(a) || countFilled(a.persons) + countFilled(a.units) === 0) run.add('accused', m.accusedRequired);
  } else if (v.accused !== undefined && v.class !== undefined) {
    run.add('accused', m.accusedClass);
  }
  if (v.collective !== undefined) {
    if (channel !== undefined && channel !== 'visit') run.add('collective', m.collectiveChannel);
    if (anonymous === true) run.add('collective', m.collectiveAnonymous);
    if (isObj(v.collective) && Array.isArray(v.collective.representatives)) {
      const n = v.collective.representatives.length;
      // 22 art 20(3): at most 5 representatives (a policy may set its own limit).
      if (n > limit) run.add('collective.representatives', LIMIT);
      const head = v.collective.headCount;
      if (typeof head === 'number' && n > head) run.add('collective.representatives', m.representativesHeadCount);
    }
  }
}

function countFilled(x: unknown): number {
  if (!Array.isArray(x)) return 0;
  let n = 0;
  for (const item of x) if (filled(item)) n++;
  return n;
}

/**
 * Checks a whole petition. Returns the cleaned petition (what a form hands over, trimmed, unknown keys
 * dropped, an anonymous petition without `petitioner`) — meaningful only when `run` found nothing.
 */
function checkPetition(run: Run, input: unknown, limit: number, requireContact = true): unknown {
  if (!isObj(input)) {
    run.add('', m.formType);
    return input;
  }
  const out: Raw = {};
  let x: unknown = input.channel;
  if (x !== 'letter' && x !== 'visit' && x !== 'call' && x !== 'online') run.add('channel', m.channelRequired);
  if (x !== undefined || 'channel' in input) out.channel = x;
  x = input.hotline;
  if (x !== undefined) out.hotline = hotline(run, x);
  else if ('hotline' in input) out.hotline = undefined;
  x = input.class;
  if (x !== 'suggestion' && x !== 'accusation' && x !== 'claim') run.add('class', m.classRequired);
  if (x !== undefined || 'class' in input) out.class = x;
  x = input.subject;
  let parsed = text(run, '', 'subject', x, 2, 100, m.subjectRequired, m.subjectLength);
  if (x !== undefined || 'subject' in input) out.subject = parsed;
  x = input.content;
  parsed = text(run, '', 'content', x, 2, 10_000, m.contentRequired, m.contentLength);
  if (x !== undefined || 'content' in input) out.content = parsed;
  x = input.receivedAt;
  instant(run, '', 'receivedAt', x, m.receivedAtFormat);
  if (x !== undefined || 'receivedAt' in input) out.receivedAt = x;
  const anonymous = input.anonymous;
  if (typeof anonymous !== 'boolean') run.add('anonymous', m.anonymousRequired);
  if (anonymous !== undefined || 'anonymous' in input) out.anonymous = anonymous;
  x = input.petitioner;
  // Anonymous petitions carry no contact data: the petitioner is checked but not kept.
  if (x !== undefined) {
    parsed = petitioner(run, 'petitioner', x);
    if (anonymous !== true) out.petitioner = parsed;
  } else if (anonymous !== true && 'petitioner' in input) out.petitioner = undefined;
  x = input.letter;
  if (x !== undefined) out.letter = letter(run, x);
  else if ('letter' in input) out.letter = undefined;
  x = input.accused;
  if (x !== undefined) out.accused = accused(run, x);
  else if ('accused' in input) out.accused = undefined;
  x = input.attachments;
  if (x !== undefined) out.attachments = list(run, '', 'attachments', x, 200, 50, m.attachmentsItem);
  else if ('attachments' in input) out.attachments = undefined;
  x = input.topic;
  if (x !== undefined) out.topic = matching(run, '', 'topic', x, CODE, false, m.topicFormat);
  else if ('topic' in input) out.topic = undefined;
  x = input.receivingUnit;
  if (x !== undefined) out.receivingUnit = matching(run, '', 'receivingUnit', x, CODE, false, m.receivingUnitFormat);
  else if ('receivingUnit' in input) out.receivingUnit = undefined;
  x = input.proposedHandling;
  if (x !== undefined)
    out.proposedHandling = text(
      run,
      '',
      'proposedHandling',
      x,
      0,
      2000,
      m.proposedHandlingLength,
      m.proposedHandlingLength,
    );
  else if ('proposedHandling' in input) out.proposedHandling = undefined;
  x = input.collective;
  if (x !== undefined) out.collective = collective(run, x);
  else if ('collective' in input) out.collective = undefined;
  x = input.visitRecordConfirmed;
  if (x !== undefined) out.visitRecordConfirmed = flag(run, 'visitRecordConfirmed', x);
  else if ('visitRecordConfirmed' in input) out.visitRecordConfirmed = undefined;
  x = input.truthStatement;
  if (x !== undefined) out.truthStatement = flag(run, 'truthStatement', x);
  else if ('truthStatement' in input) out.truthStatement = undefined;
  x = input.repeatOf;
  if (x !== undefined) out.repeatOf = matching(run, '', 'repeatOf', x, REGISTRATION_NO, true, m.repeatOfFormat);
  else if ('repeatOf' in input) out.repeatOf = undefined;
  // A head count that is not a whole number, or an over-long list, stops here: the rules between fields would
  // only repeat the same problem in other words.
  if (!run.stop) crossRules(run, input, limit, requireContact);
  return out;
}

/** The message of a problem, with the policy's representatives limit filled in. */
function messageFor(key: IssueKey, limit: number): Bilingual {
  if (key !== LIMIT) return key;
  return limit === DEFAULT_REPRESENTATIVES_LIMIT ? m.representativesCount : representativesLimitMessage(limit);
}

/** The key of `messages` of a problem (what the zod adapters report). */
function keyOf(key: IssueKey): MessageKey | 'representatives.limit' {
  if (key === LIMIT) return 'representatives.limit';
  return (Object.keys(messages) as MessageKey[]).find((k) => messages[k] === key) ?? 'form.type';
}

/** Each problem once (same path and same message), in the order found. */
function distinct(found: Found[]): Found[] {
  if (found.length === 1) return found;
  const seen = new Map<string, IssueKey[]>();
  const out: Found[] = [];
  for (const f of found) {
    const said = seen.get(f.path);
    if (said === undefined) seen.set(f.path, [f.key]);
    else if (said.includes(f.key)) continue;
    else said.push(f.key);
    out.push(f);
  }
  return out;
}

/**
 * Validates what a form hands over. Never throws: returns the cleaned petition (trimmed, ID `x` → `X`,
 * unknown keys dropped, anonymous petitions without contact data) or every problem with its field path and a
 * bilingual message that says what to do. Plain TypeScript: it bundles no validation library.
 * `requireContact` (default `true`; pass a policy's `intake.requireContact`) asks a named petitioner for a phone
 * or an address; `false` registers a visitor who leaves no contact details (no regulation requires them).
 *
 * @example
 * const r = validatePetition({ channel: 'visit', class: 'claim', subject: '', content: '…', receivedAt: '2025-09-20T09:00:00+08:00', anonymous: true });
 * // { ok: false, issues: [{ path: 'subject', message: { zh: '标题请写 2 到 100 个字', en: 'Write a subject of 2 to 100 characters' } }] }
 */
export function validatePetition(
  input: unknown,
  options?: { representativesLimit?: number; requireContact?: boolean },
): { ok: true; value: PetitionInput } | { ok: false; issues: FieldIssue[] } {
  const limit = options?.representativesLimit ?? DEFAULT_REPRESENTATIVES_LIMIT;
  try {
    const run = new Run();
    const value = checkPetition(run, input, limit, options?.requireContact !== false);
    if (run.found === undefined) return { ok: true, value: value as PetitionInput };
    const issues: FieldIssue[] = [];
    for (const f of distinct(run.found)) issues.push({ path: f.path, message: messageFor(f.key, limit) });
    return { ok: false, issues };
  } catch {
    // Exotic input (getters that throw, proxies): still an answer, never an exception.
    return { ok: false, issues: [{ path: '', message: m.formType }] };
  }
}

/**
 * Checks a collective visit's representatives against a policy's limit (22 art 20(3): 5 unless the
 * policy says fewer).
 *
 * @example
 * checkRepresentatives({ headCount: 40, representatives: reps }, policies.national.representativesLimit);
 * // undefined when reps.length <= 5, else { path: 'collective.representatives', message: … }
 */
export function checkRepresentatives(
  collective: { headCount: number; representatives: readonly unknown[] } | undefined,
  limit: number,
): FieldIssue | undefined {
  if (typeof collective !== 'object' || collective === null || !Array.isArray(collective.representatives)) {
    return undefined; // no list of representatives to count (validatePetition reports a malformed one)
  }
  if (collective.representatives.length <= limit) return undefined;
  return { path: 'collective.representatives', message: messageFor(LIMIT, limit) };
}

function setPath(whole: unknown, path: string, value: unknown): unknown {
  const keys = path.split('.');
  const root: Raw = isObj(whole) ? { ...whole } : {};
  let node: Raw | unknown[] = root;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const last = i === keys.length - 1;
    const container = node as Record<string, unknown>;
    if (last) {
      container[k] = value;
    } else {
      const next = container[k];
      const copy: Raw | unknown[] = Array.isArray(next)
        ? [...next]
        : isObj(next)
          ? { ...next }
          : /^\d+$/.test(keys[i + 1]!)
            ? []
            : {};
      container[k] = copy;
      node = copy;
    }
  }
  return root;
}

/**
 * Validates one field for a form, as it would be validated in the whole petition: pass the rest of the form
 * as `whole` to get the rules between fields too (e.g. a phone or an address for a named petitioner). Returns
 * the first problem of that field, or `undefined`. Never throws.
 *
 * @example
 * validateField('petitioner.idNumber', '110105194912310021')?.message.en;
 * // 'The ID number does not add up: check each character and enter it again'
 */
export function validateField(path: string, value: unknown, whole?: unknown): FieldIssue | undefined {
  // A path that is no dotted field name (not a text, or one that reaches into an object's prototype) names no
  // field of the form: the form itself is what is wrong.
  if (typeof path !== 'string' || path === '' || path.split('.').some((k) => k === '' || k === '__proto__')) {
    return { path: '', message: m.formType };
  }
  const result = validatePetition(setPath(whole, path, value));
  if (result.ok) return undefined;
  return result.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`));
}

/** The rules behind each of the zod adapters of `@xinfang/core/zod`. */
export type AdapterRules = 'petition' | 'petitioner' | 'idNumber' | 'phone';

/**
 * Runs the rules behind a zod adapter of `@xinfang/core/zod` (not exported by this entry): the cleaned value,
 * and each distinct problem as a dotted path and a key of `messages` (`'representatives.limit'` for too many
 * representatives). Never throws.
 */
export function runAdapterRules(
  rules: AdapterRules,
  value: unknown,
  limit = DEFAULT_REPRESENTATIVES_LIMIT,
  requireContact = true,
): { value: unknown; problems: { path: string; key: MessageKey | 'representatives.limit' }[] } {
  const run = new Run();
  let out: unknown;
  try {
    if (rules === 'petition') out = checkPetition(run, value, limit, requireContact);
    else if (rules === 'petitioner') out = petitioner(run, '', value);
    else if (rules === 'idNumber') out = idNumber(run, '', '', value);
    else out = phone(run, '', '', value);
  } catch {
    run.found = [{ path: '', key: m.formType }];
  }
  const problems = run.found === undefined ? [] : distinct(run.found).map((f) => ({ path: f.path, key: keyOf(f.key) }));
  return { value: out, problems };
}
