/**
 * `@xinfang/core/zod` — zod/mini schemas for agencies that compose zod: the petition schemas and the policy
 * profile schema. Each answers from the core's own rules (`validatePetition`, `parsePolicy`), so it gives the
 * same cleaned value and the same problems; only the shape of the answer is zod's. The only entry of the core
 * that imports `zod`, an optional peer dependency: `npm install @xinfang/core zod`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { parsePolicy } from '../policy/policy.schema.js';
import type { PolicyProfile } from '../policy/types.js';
import { type AdapterRules, DEFAULT_REPRESENTATIVES_LIMIT, runAdapterRules } from '../schema/petition.schema.js';
import type { Bilingual, Petitioner, PetitionInput } from '../schema/types.js';

/** A dotted path as zod writes it: `['collective', 'representatives', 2, 'name']`. */
function zodPath(path: string): (string | number)[] {
  if (path === '') return [];
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** A zod/mini schema (`unknown` in, `T` out) whose issues are the problems the rules find. */
function adapter<T>(rules: AdapterRules, limit?: number, requireContact?: boolean) {
  return z.pipe(
    z.unknown(),
    z.transform((value: unknown, payload): T => {
      const r = runAdapterRules(rules, value, limit, requireContact);
      for (const p of r.problems) {
        payload.issues.push({ code: 'custom', message: p.key, path: zodPath(p.path), input: value });
      }
      return r.value as T;
    }),
  );
}

/**
 * Builds the petition schema (zod/mini) for a representatives limit (a policy's `representativesLimit`).
 * An anonymous petition's `petitioner` is dropped from the output: anonymous petitions carry no contact data.
 * Issue messages are keys of `messages` (`'representatives.limit'` for too many representatives).
 *
 * @example
 * const schema = createPetitionSchema({ representativesLimit: 3 });
 * schema.safeParse(input).success;
 */
export function createPetitionSchema(options: { representativesLimit?: number; requireContact?: boolean } = {}) {
  const limit = options.representativesLimit ?? DEFAULT_REPRESENTATIVES_LIMIT;
  return adapter<PetitionInput>('petition', limit, options.requireContact !== false);
}

/**
 * The petition schema with the national limit of 5 representatives (22 art 20(3)).
 *
 * @example
 * PetitionSchema.safeParse({ channel: 'visit', class: 'claim', subject: '拖欠工资', content: '…', receivedAt: '2025-09-20T09:00:00+08:00', anonymous: true }).success; // true
 */
export const PetitionSchema = /* @__PURE__ */ createPetitionSchema();

/**
 * Resident ID number: 18 characters with the GB 11643 check character (an `x` is stored as `X`), or the old
 * 15-digit form.
 *
 * @example
 * IdNumberSchema.parse('11010519491231002x'); // '11010519491231002X'
 */
export const IdNumberSchema = /* @__PURE__ */ adapter<string>('idNumber');

/**
 * A mobile (`1[3-9]` + 9 digits, optional `+86`/`0086`) or landline phone number.
 *
 * @example
 * PhoneSchema.parse('+86 13800138000'); // '+86 13800138000'
 */
export const PhoneSchema = /* @__PURE__ */ adapter<string>('phone');

/**
 * The petitioner (信访人) or a representative: name, ID number, phone, address, work unit.
 *
 * @example
 * PetitionerSchema.safeParse({ name: '李雷', phone: '13800138000' }).success; // true
 */
export const PetitionerSchema = /* @__PURE__ */ adapter<Petitioner>('petitioner');

/**
 * A policy profile, checked by `parsePolicy`: the output is the deeply frozen policy; each problem is a
 * `custom` issue with the path of the setting, the English message as `message` and both languages as
 * `params.message` (`{ zh, en }`).
 *
 * @example
 * PolicyProfileSchema.safeParse(policies.national).success; // true
 */
export const PolicyProfileSchema = /* @__PURE__ */ z.pipe(
  z.unknown(),
  z.transform((value: unknown, payload): PolicyProfile => {
    const r = parsePolicy(value);
    if (r.ok) return r.policy;
    for (const issue of r.issues) {
      const message: Bilingual = issue.message;
      payload.issues.push({
        code: 'custom',
        message: message.en,
        params: { message },
        path: zodPath(issue.path),
        input: value,
      });
    }
    return value as PolicyProfile;
  }),
);
