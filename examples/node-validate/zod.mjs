// Node: the same rules as zod schemas, for a server that composes zod (`npm install @xinfang/core zod`).
// Run: node zod.mjs — prints one JSON line per answer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { policies } from '@xinfang/core';
import { IdNumberSchema, PetitionSchema, PolicyProfileSchema } from '@xinfang/core/zod';
import * as z from 'zod/mini';

const require = createRequire(import.meta.url);
console.log(JSON.stringify({ zod: JSON.parse(readFileSync(require.resolve('zod/package.json'), 'utf8')).version }));

// The core's schema inside the app's own zod schema: issues carry a zod path and a key of `messages`.
const Request = z.object({ petition: PetitionSchema, idNumber: IdNumberSchema });
const bad = Request.safeParse({
  petition: { channel: 'visit', class: 'claim', subject: '拖', content: '公司拖欠三个月工资。', anonymous: true },
  idNumber: '110105194912310021',
});
console.log(JSON.stringify(bad.error.issues.map(({ code, path, message }) => ({ code, path, message }))));
console.log(JSON.stringify(IdNumberSchema.parse('11010519491231002x')));

// A policy profile loaded from JSON: the policy, or each problem with both languages in params.message.
console.log(JSON.stringify(PolicyProfileSchema.safeParse(JSON.parse(JSON.stringify(policies.national))).success));
const edited = PolicyProfileSchema.safeParse({ ...policies.national, dueSoonWorkdays: 1.5 });
console.log(JSON.stringify(edited.error.issues.map(({ path, message, params }) => ({ path, message, params }))));
