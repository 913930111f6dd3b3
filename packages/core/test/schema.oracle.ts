/*
 * TEST / BENCH ORACLE — NOT PART OF THE PACKAGE, NEVER EXPORTED.
 *
 * This is the zod/mini implementation of the petition schema as it stood before the validation was rewritten
 * as plain TypeScript (src/schema/petition.schema.ts). It is kept verbatim (only the import
 * paths changed) so that:
 *   - src/schema/petition.differential.test.ts can check, property by property, that the plain rules give
 *     exactly the same cleaned value and the same FieldIssue[] as zod did;
 *   - bench/schema.bench.mjs can time both and size both bundles side by side.
 * The ID number and phone checks of src/schema/identity.ts as they stood then are copied at the end, so that a
 * change there is compared against the old code too.
 * Do not fix bugs here: a difference between this file and the plain rules must be decided in the plain rules
 * and, when it is deliberate, the differential test changed with a comment saying why.
 */
import * as z from 'zod/mini';
import { dayNumber, instantMillis, isIsoDate, shanghaiDate } from '../src/calendar/dates.js';
import { type MessageKey, messages, representativesLimitMessage } from '../src/schema/messages.js';
import type { Bilingual, FieldIssue, PetitionInput } from '../src/schema/types.js';

/*
 * Petition schemas (zod/mini: tree-shakable, so a browser form bundles only what it uses). Every check carries
 * a key of `messages`; `validatePetition` turns zod's issues into bilingual `FieldIssue`s.
 */

/**
 * 22 art 20(3): collective visits elect at most 5 representatives. A policy may set fewer.
 *
 * @example
 * validatePetition(input, { representativesLimit: DEFAULT_REPRESENTATIVES_LIMIT });
 */
export const DEFAULT_REPRESENTATIVES_LIMIT = 5;

const text = (min: number, max: number, required: MessageKey, length: MessageKey) =>
  z.string({ error: required }).check(z.trim(), z.minLength(min, length), z.maxLength(max, length));
const optionalText = (max: number, key: MessageKey) =>
  z.optional(z.string({ error: key }).check(z.trim(), z.maxLength(max, key)));
const flag = z.optional(z.boolean({ error: 'flag.type' }));
const instant = (key: MessageKey) =>
  z.string({ error: key }).check(z.refine((s: string) => instantMillis(s) !== undefined, key));
const isoDate = (key: MessageKey) => z.string({ error: key }).check(z.refine((s: string) => isIsoDate(s), key));

/**
 * Resident ID number: 18 characters with the GB 11643 check character (an `x` is stored as `X`), or the old
 * 15-digit form.
 *
 * @example
 * IdNumberSchema.parse('11010519491231002x'); // '11010519491231002X'
 */
export const IdNumberSchema = z.string({ error: 'idNumber.format' }).check(
  z.trim(),
  z.toUpperCase(),
  z.superRefine((value: string, ctx) => {
    const problem = idNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `idNumber.${problem}`, input: value });
  }),
);

/**
 * A mobile (`1[3-9]` + 9 digits, optional `+86`/`0086`) or landline phone number.
 *
 * @example
 * PhoneSchema.parse('+86 13800138000'); // '+86 13800138000'
 */
export const PhoneSchema = z.string({ error: 'phone.format' }).check(
  z.trim(),
  z.refine((s: string) => isChinesePhone(s), 'phone.format'),
);

/**
 * The petitioner (信访人) or a representative: name, ID number, phone, address, work unit.
 *
 * @example
 * PetitionerSchema.safeParse({ name: '李雷', phone: '13800138000' }).success; // true
 */
export const PetitionerSchema = z.object(
  {
    name: text(1, 50, 'name.required', 'name.length'),
    idNumber: z.optional(IdNumberSchema),
    phone: z.optional(PhoneSchema),
    address: optionalText(200, 'address.length'),
    workUnit: optionalText(100, 'workUnit.length'),
  },
  { error: 'petitioner.required' },
);

const shortList = (maxItem: number, maxCount: number, key: MessageKey) =>
  z
    .array(z.string({ error: key }).check(z.trim(), z.minLength(1, key), z.maxLength(maxItem, key)), { error: key })
    .check(z.maxLength(maxCount, key));

const shape = {
  channel: z.enum(['letter', 'visit', 'call', 'online'], { error: 'channel.required' }),
  hotline: z.optional(
    z.object(
      {
        line: z.literal('12345', { error: 'hotline.ticket' }),
        ticket: z
          .string({ error: 'hotline.ticket' })
          .check(z.trim(), z.regex(/^[A-Za-z0-9-]{4,32}$/, 'hotline.ticket')),
      },
      { error: 'hotline.ticket' },
    ),
  ),
  class: z.enum(['suggestion', 'accusation', 'claim'], { error: 'class.required' }),
  subject: text(2, 100, 'subject.required', 'subject.length'),
  content: text(2, 10_000, 'content.required', 'content.length'),
  receivedAt: instant('receivedAt.format'),
  anonymous: z.boolean({ error: 'anonymous.required' }),
  petitioner: z.optional(PetitionerSchema),
  letter: z.optional(
    z.object(
      {
        postmarkDate: isoDate('postmarkDate.format'),
        senderAddress: z
          .string({ error: 'senderAddress.required' })
          .check(z.trim(), z.maxLength(200, 'address.length')),
        openedAt: z.optional(instant('openedAt.format')),
      },
      { error: 'letter.required' },
    ),
  ),
  accused: z.optional(
    z.object(
      { persons: shortList(100, 50, 'accused.item'), units: shortList(100, 50, 'accused.item') },
      { error: 'accused.required' },
    ),
  ),
  attachments: z.optional(shortList(200, 50, 'attachments.item')),
  topic: z.optional(z.string({ error: 'topic.format' }).check(z.regex(/^[A-Za-z][\w-]{0,63}$/, 'topic.format'))),
  receivingUnit: z.optional(
    z.string({ error: 'receivingUnit.format' }).check(z.regex(/^[A-Za-z][\w-]{0,63}$/, 'receivingUnit.format')),
  ),
  proposedHandling: optionalText(2000, 'proposedHandling.length'),
  collective: z.optional(
    z.object(
      {
        headCount: z
          .number({ error: 'headCount.range' })
          .check(z.int('headCount.range'), z.gte(2, 'headCount.range'), z.lte(10_000, 'headCount.range')),
        representatives: z
          .array(PetitionerSchema, { error: 'representatives.count' })
          .check(z.minLength(1, 'representatives.count')),
      },
      { error: 'headCount.range' },
    ),
  ),
  visitRecordConfirmed: flag,
  truthStatement: flag,
  repeatOf: z.optional(
    z.string({ error: 'repeatOf.format' }).check(z.trim(), z.regex(/^[\w-]{3,64}$/, 'repeatOf.format')),
  ),
};

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;

/**
 * Rules between fields, written defensively: they run even when single fields failed, so a person sees
 * every problem at once.
 */
function crossIssues(
  v: Raw,
  limit: number,
): { path: (string | number)[]; key: MessageKey | 'representatives.limit' }[] {
  const out: { path: (string | number)[]; key: MessageKey | 'representatives.limit' }[] = [];
  const { channel, anonymous } = v;
  const petitioner = v.petitioner;
  if (anonymous === false) {
    if (petitioner === undefined) out.push({ path: ['petitioner'], key: 'petitioner.required' });
    else if (isObj(petitioner) && !filled(petitioner.phone) && !filled(petitioner.address)) {
      // 22 art 23(2): a notice is owed only where it can reach the petitioner.
      out.push({ path: ['petitioner', 'phone'], key: 'contact.required' });
    }
  }
  if (v.hotline !== undefined && channel !== undefined && channel !== 'call' && channel !== 'online') {
    out.push({ path: ['hotline'], key: 'hotline.channel' });
  }
  if (channel === 'letter') {
    // seed §交通集团: envelope kept as evidence of posting date and address.
    if (v.letter === undefined) out.push({ path: ['letter'], key: 'letter.required' });
    else if (isObj(v.letter)) {
      const { postmarkDate, senderAddress } = v.letter;
      if (anonymous === false && typeof senderAddress === 'string' && !filled(senderAddress)) {
        out.push({ path: ['letter', 'senderAddress'], key: 'senderAddress.required' });
      }
      if (isIsoDate(postmarkDate) && typeof v.receivedAt === 'string' && instantMillis(v.receivedAt) !== undefined) {
        if (dayNumber(postmarkDate) > dayNumber(shanghaiDate(v.receivedAt))) {
          out.push({ path: ['letter', 'postmarkDate'], key: 'postmarkDate.future' });
        }
      }
    }
  } else if (v.letter !== undefined && channel !== undefined) {
    out.push({ path: ['letter'], key: 'letter.channel' });
  }
  if (v.class === 'accusation') {
    const a = v.accused;
    const count = (x: unknown) => (Array.isArray(x) ? x.filter(filled).length : 0);
    if (!isObj(a) || count(a.persons) + count(a.units) === 0) out.push({ path: ['accused'], key: 'accused.required' });
  } else if (v.accused !== undefined && v.class !== undefined) {
    out.push({ path: ['accused'], key: 'accused.class' });
  }
  if (v.collective !== undefined) {
    if (channel !== undefined && channel !== 'visit') out.push({ path: ['collective'], key: 'collective.channel' });
    if (anonymous === true) out.push({ path: ['collective'], key: 'collective.anonymous' });
    if (isObj(v.collective) && Array.isArray(v.collective.representatives)) {
      const n = v.collective.representatives.length;
      // 22 art 20(3): at most 5 representatives (a policy may set its own limit).
      if (n > limit) out.push({ path: ['collective', 'representatives'], key: 'representatives.limit' });
      const head = v.collective.headCount;
      if (typeof head === 'number' && n > head) {
        out.push({ path: ['collective', 'representatives'], key: 'representatives.headCount' });
      }
    }
  }
  return out;
}

/** The message for a key produced by the schema, with the policy's representatives limit filled in. */
function messageFor(key: string, limit: number): Bilingual {
  if (key === 'representatives.limit') {
    return limit === DEFAULT_REPRESENTATIVES_LIMIT
      ? messages['representatives.count']
      : representativesLimitMessage(limit);
  }
  return (messages as Record<string, Bilingual>)[key] ?? messages['form.type'];
}

/**
 * Builds the petition schema for a representatives limit (a policy's `representativesLimit`). An anonymous
 * petition's `petitioner` is dropped from the output: anonymous petitions carry no contact data.
 *
 * @example
 * const schema = createPetitionSchema({ representativesLimit: 3 });
 * schema.safeParse(input).success;
 */
export function createPetitionSchema(options: { representativesLimit?: number } = {}) {
  const limit = options.representativesLimit ?? DEFAULT_REPRESENTATIVES_LIMIT;
  const object = z.object(shape, { error: 'form.type' }).check(
    z.superRefine(
      (value: unknown, ctx) => {
        if (!isObj(value)) return;
        for (const { path, key } of crossIssues(value, limit)) {
          ctx.addIssue({ code: 'custom', message: key, path, input: value });
        }
      },
      { when: (payload) => isObj(payload.value) },
    ),
  );
  return z.pipe(
    object,
    z.transform((value): PetitionInput => {
      if (!value.anonymous) return value as PetitionInput;
      const { petitioner: _dropped, ...rest } = value;
      return rest as PetitionInput;
    }),
  );
}

/**
 * The petition schema with the national limit of 5 representatives (22 art 20(3)).
 *
 * @example
 * PetitionSchema.safeParse({ channel: 'visit', class: 'claim', subject: '拖欠工资', content: '…', receivedAt: '2025-09-20T09:00:00+08:00', anonymous: true }).success; // true
 */
export const PetitionSchema = /* @__PURE__ */ createPetitionSchema();

const schemaCache = new Map<number, ReturnType<typeof createPetitionSchema>>([
  [DEFAULT_REPRESENTATIVES_LIMIT, PetitionSchema],
]);

function toIssues(error: z.core.$ZodError, limit: number): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    const id = `${path}\u0000${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ path, message: messageFor(issue.message, limit) });
  }
  return out;
}

/**
 * Validates what a form hands over. Never throws: returns the cleaned petition (trimmed, ID `x` → `X`,
 * anonymous petitions without contact data) or every problem with its field path and a bilingual message
 * that says what to do.
 *
 * @example
 * const r = validatePetition({ channel: 'visit', class: 'claim', subject: '', content: '…', receivedAt: '2025-09-20T09:00:00+08:00', anonymous: true });
 * // { ok: false, issues: [{ path: 'subject', message: { zh: '标题请写 2 到 100 个字', en: 'Write a subject of 2 to 100 characters' } }] }
 */
export function validatePetition(
  input: unknown,
  options: { representativesLimit?: number } = {},
): { ok: true; value: PetitionInput } | { ok: false; issues: FieldIssue[] } {
  const limit = options.representativesLimit ?? DEFAULT_REPRESENTATIVES_LIMIT;
  try {
    let schema = schemaCache.get(limit);
    if (!schema) {
      schema = createPetitionSchema({ representativesLimit: limit });
      schemaCache.set(limit, schema);
    }
    const r = schema.safeParse(input);
    return r.success ? { ok: true, value: r.data } : { ok: false, issues: toIssues(r.error, limit) };
  } catch {
    // Exotic input (getters that throw, proxies): still an answer, never an exception.
    return { ok: false, issues: [{ path: '', message: messages['form.type'] }] };
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
  if (!collective || collective.representatives.length <= limit) return undefined;
  return { path: 'collective.representatives', message: messageFor('representatives.limit', limit) };
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
  const result = validatePetition(setPath(whole, path, value));
  if (result.ok) return undefined;
  return result.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`));
}

// ---- src/schema/identity.ts as it stood before the rewrite (verbatim but for `export` on idCheckCharacter) ----

const ID18 = /^[1-9]\d{16}[\dXx]$/;
const ID15 = /^[1-9]\d{14}$/;
// GB 11643 / ISO 7064 MOD 11-2: weight of position i (1-based from the left) is 2^(18-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

function realDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim =
    m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= dim;
}

/**
 * The check character (0–9 or X) of the first 17 digits of an 18-character ID number (ISO 7064 MOD 11-2).
 *
 * @example
 * idCheckCharacter('11010519491231002'); // 'X'
 */
function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Why an ID number is not valid (`'format'`, `'birthDate'` or `'checksum'`), or `undefined` when it is:
 * 18 characters with a correct GB 11643 check character (lower-case x accepted), or the old 15-digit form
 * (issued before 1999, birth year 19YY).
 *
 * @example
 * idNumberProblem('11010519491231002X'); // undefined
 * idNumberProblem('110105194912310021'); // 'checksum'
 * idNumberProblem('110105491231002');    // undefined (15-digit form)
 */
export function idNumberProblem(value: string): 'format' | 'birthDate' | 'checksum' | undefined {
  if (ID18.test(value)) {
    if (!realDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)))) {
      return 'birthDate';
    }
    return idCheckCharacter(value) === value[17]!.toUpperCase() ? undefined : 'checksum';
  }
  if (ID15.test(value)) {
    return realDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)))
      ? undefined
      : 'birthDate';
  }
  return 'format';
}

// Mobile: 1[3-9] + 9 digits, optionally +86 / 0086 / 86 in front. Spaces and hyphens between groups allowed.
const MOBILE = /^(?:(?:\+|00)?86)?1[3-9]\d{9}$/;
// Landline: area code 0 + 2–3 digits, 7–8 digit number, optional extension; or a 7–8 digit local number.
const LANDLINE = /^(?:(?:\+|00)?86-?)?(?:0\d{2,3}-?)?[2-9]\d{6,7}(?:-\d{1,6})?$/;

/**
 * Whether a string is a Chinese mobile number (`1[3-9]` + 9 digits, optional `+86`/`0086`) or a landline
 * (`028-12345678`, `(010) 6512 3456`, with an optional extension `-123`).
 *
 * @example
 * isChinesePhone('+86 138 0013 8000'); // true
 * isChinesePhone('028-85123456');      // true
 * isChinesePhone('12345678901');       // false
 */
export function isChinesePhone(value: string): boolean {
  const compact = value.replace(/[\s()]/g, '');
  if (MOBILE.test(compact.replace(/-/g, ''))) return true;
  return LANDLINE.test(compact);
}
