/*
 * TEST ORACLE — NOT PART OF THE PACKAGE, NEVER EXPORTED.
 *
 * The zod/mini implementation of policy validation (`parsePolicy`) as it stood before it was rewritten as
 * plain TypeScript (src/policy/policy.schema.ts), so that zod became an optional peer of the core. It is kept
 * verbatim (only the import paths changed, and `derivePolicy` left out) so that
 * src/policy/policy.differential.test.ts can check that the plain rules give exactly the same policy and the
 * same issues, in the same order, as zod did. Do not fix bugs here.
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../src/policy/freeze.js';
import { POLICY_COMMANDS, type PolicyProfile, type PolicyResult } from '../src/policy/types.js';
import type { Bilingual, FieldIssue } from '../src/schema/types.js';

/*
 * Validation of policy profiles loaded as JSON. Messages are for the administrator editing the profile: each
 * names the field and says what to write there.
 */

const say = (zh: string, en: string) => JSON.stringify({ zh, en });

const bilingual = z.object(
  {
    zh: z
      .string(say('请填写中文文本', 'Write the Chinese text'))
      .check(z.minLength(1, say('请填写中文文本', 'Write the Chinese text'))),
    en: z
      .string(say('请填写英文文本', 'Write the English text'))
      .check(z.minLength(1, say('请填写英文文本', 'Write the English text'))),
  },
  say('请写成 { "zh": "…", "en": "…" }', 'Write it as { "zh": "…", "en": "…" }'),
);

const PERIOD_MSG = say(
  '期限请写成 { "days": 非负整数, "unit": "day" 或 "workday", "rollForward": 可选 true/false }',
  'Write a period as { "days": whole number ≥ 0, "unit": "day" or "workday", "rollForward": optional true/false }',
);
const period = z.object(
  {
    days: z.number(PERIOD_MSG).check(z.int(PERIOD_MSG), z.gte(0, PERIOD_MSG), z.lte(3650, PERIOD_MSG)),
    unit: z.enum(['day', 'workday'], PERIOD_MSG),
    rollForward: z.optional(z.boolean(PERIOD_MSG)),
  },
  PERIOD_MSG,
);
const nullablePeriod = z.nullable(period);
const FLAG_MSG = say('请写 true 或 false', 'Write true or false');
const flag = z.boolean(FLAG_MSG);
const ID_MSG = say(
  '标识请以字母开头，只用字母、数字、- 和 _',
  'Start an id with a letter; use only letters, digits, - and _',
);
const id = z.string(ID_MSG).check(z.regex(/^[A-Za-z][\w-]{0,63}$/, ID_MSG));
const LIST_MSG = say('请写成数组 [ … ]', 'Write a list [ … ]');
const list = <T extends z.core.SomeType>(item: T) => z.array(item, LIST_MSG);

const ruleMatch = z.object(
  {
    classes: z.optional(
      list(
        z.enum(
          ['suggestion', 'accusation', 'claim'],
          say('类别为 suggestion、accusation 或 claim', 'A class is suggestion, accusation or claim'),
        ),
      ),
    ),
    topics: z.optional(list(id)),
    channels: z.optional(
      list(
        z.enum(
          ['letter', 'visit', 'call', 'online'],
          say('方式为 letter、visit、call 或 online', 'A channel is letter, visit, call or online'),
        ),
      ),
    ),
    anonymous: z.optional(flag),
    hotline: z.optional(flag),
  },
  say(
    '条件请写成对象 { "classes": […], "topics": […] }',
    'Write a condition as an object { "classes": […], "topics": […] }',
  ),
);
const routeRule = z.object({ when: ruleMatch, unit: id, with: z.optional(list(id)), reason: bilingual });
const ROLE_MSG = say(
  '角色为 clerk、handler、unitHead、leader、archivist 或 petitioner',
  'A role is clerk, handler, unitHead, leader, archivist or petitioner',
);
const role = z.enum(['clerk', 'handler', 'unitHead', 'leader', 'archivist', 'petitioner'], ROLE_MSG);
const classes = list(
  z.enum(
    ['suggestion', 'accusation', 'claim'],
    say('类别为 suggestion、accusation 或 claim', 'A class is suggestion, accusation or claim'),
  ),
);
const handlingFrom = z.enum(
  ['acceptance', 'receipt'],
  say(
    '起算点为 acceptance（受理之日）或 receipt（收到之日）',
    'Write acceptance or receipt (the day the period runs from)',
  ),
);
const STAFF_MSG = say(
  '工作人员请写成 { "id": 登录标识, "name": 姓名, "unit": 可选单位 }',
  'Write a staff member as { "id": sign-in id, "name": full name, "unit": optional unit }',
);
const count = (max: number) => {
  const msg = say(`请写 0 到 ${max} 的整数`, `Write a whole number from 0 to ${max}`);
  return z.number(msg).check(z.int(msg), z.gte(0, msg), z.lte(max, msg));
};

/**
 * The zod schema of a {@link PolicyProfile}: every field required (presets are complete) except the optional
 * `permissions` (command → roles), unknown fields
 * refused so that a misspelt setting is not silently ignored. Cross-field rules: unit ids unique; every
 * unit a rule, default or parent names is listed in `units`; every topic a rule names is in `topics`.
 *
 * @example
 * PolicyProfileSchema.safeParse(policies.national).success; // true
 */
export const PolicyProfileSchema = z
  .strictObject({
    id,
    version: z
      .string(say('请填写版本号，例如 "2022.1"', 'Enter a version, e.g. "2022.1"'))
      .check(z.minLength(1, say('请填写版本号，例如 "2022.1"', 'Enter a version, e.g. "2022.1"'))),
    name: bilingual,
    source: z.string(say('请写明规则来源', 'Say where the rules come from')),
    notes: list(bilingual),
    periods: z.strictObject({
      disposition: period,
      notice: period,
      objection: period,
      reviewRequest: period,
      reviewDecision: period,
      reReviewRequest: period,
      reReviewDecision: period,
      leaderReview: nullablePeriod,
      reportBack: nullablePeriod,
      reply: nullablePeriod,
    }),
    handling: z.strictObject({
      direct: period,
      assigned: period,
      transferred: period,
      complex: nullablePeriod,
      rules: list(z.object({ when: ruleMatch, period, ceiling: z.optional(period), reason: bilingual })),
      from: z.strictObject({ direct: handlingFrom, assigned: handlingFrom, transferred: handlingFrom }),
    }),
    extension: z.strictObject({
      max: period,
      approver: role,
      count: count(10),
      reasonToPetitioner: flag,
      ceiling: nullablePeriod,
    }),
    scope: z.strictObject({ handling: classes, reply: classes, review: classes }),
    review: z.strictObject({ unit: id, reReviewUnit: id }),
    accusedUnitEscalation: z.strictObject({
      units: list(id).check(
        z.minLength(
          1,
          say('请至少列出一个上级或纪检监察机关', 'List at least one superior or discipline-inspection organ'),
        ),
      ),
      roles: list(role).check(z.minLength(1, say('请至少列出一个角色', 'List at least one role'))),
    }),
    staff: list(
      z.strictObject({
        id: z.string(STAFF_MSG).check(z.minLength(1, STAFF_MSG)),
        name: z.string(STAFF_MSG).check(z.minLength(1, STAFF_MSG)),
        unit: z.optional(id),
      }),
    ),
    simplified: z.strictObject({ enabled: flag, period }),
    replyExemptions: z.strictObject({ anonymous: flag, repeated: flag, unclear: flag, vague: flag }),
    representativesLimit: count(100).check(
      z.gte(
        1,
        say(
          '代表人数上限请写 1 以上的整数（条例规定不超过 5 人）',
          'Write a representatives limit of at least 1 (22 art 20: at most 5)',
        ),
      ),
    ),
    emergencyReportMinutes: z.nullable(count(24 * 60)),
    emergencyReportTo: z.nullable(id),
    dueSoonWorkdays: count(60),
    leaderChain: list(bilingual),
    intake: z.strictObject({
      openLettersSameDay: flag,
      keepEnvelope: flag,
      visitRecordConfirmation: flag,
      requireContact: flag,
      truthStatement: flag,
      hotlineReportToLeader: flag,
    }),
    units: list(
      z.object({
        id,
        name: bilingual,
        parent: z.optional(id),
        code: z.optional(
          z
            .string()
            .check(
              z.regex(
                /^[A-Z][A-Z0-9]{1,7}$/,
                say(
                  '单位代码为 2–8 位大写字母或数字，以字母开头（如 XFB）',
                  'A unit code is 2–8 capital letters or digits starting with a letter (e.g. XFB)',
                ),
              ),
            ),
        ),
      }),
    ).check(z.minLength(1, say('请至少列出一个单位', 'List at least one unit'))),
    defaultUnit: id,
    topics: list(z.object({ id, name: bilingual })),
    routing: list(routeRule),
    archive: z.strictObject({
      defaultUnit: id,
      rules: list(routeRule),
      requires: list(
        z.enum(
          ['proposedHandling', 'leaderInstruction', 'investigation', 'result'],
          say(
            '归档所需材料为 proposedHandling、leaderInstruction、investigation 或 result',
            'A required material is proposedHandling, leaderInstruction, investigation or result',
          ),
        ),
      ),
      supplement: z.optional(
        z.enum(
          ['allowed', 'late', 'refused'],
          say(
            '结案后补充材料的规则为 allowed、late 或 refused',
            'Supplements after conclusion are allowed, late or refused',
          ),
        ),
      ),
    }),
    // Who may issue which command (optional; each entry replaces the lifecycle's default roles).
    permissions: z.optional(
      z.partialRecord(
        z.enum(
          POLICY_COMMANDS,
          say(
            `权限的键须是操作名，例如 ${POLICY_COMMANDS.slice(0, 3).join('、')}`,
            `A permissions key must be a command name, e.g. ${POLICY_COMMANDS.slice(0, 3).join(', ')}`,
          ),
        ),
        list(role).check(z.minLength(1, say('请至少列出一个角色', 'List at least one role'))),
      ),
    ),
    jointHandling: z.strictObject({
      enabled: flag,
      triggers: list(
        z.enum(
          ['severalPlaces', 'strongDisagreement', 'collectiveRisk', 'handedDown'],
          say(
            '会办情形为 severalPlaces、strongDisagreement、collectiveRisk 或 handedDown',
            'A trigger is severalPlaces, strongDisagreement, collectiveRisk or handedDown',
          ),
        ),
      ),
      forms: list(z.enum(['onSite', 'meeting'], say('会办形式为 onSite 或 meeting', 'A form is onSite or meeting'))),
      petitionerMayAttend: flag,
    }),
    hearings: flag,
    caseOwnership: flag,
    reporting: z.strictObject({
      statistics: list(
        z.enum(
          ['monthly', 'quarterly', 'yearly'],
          say('请写 monthly、quarterly 或 yearly', 'Write monthly, quarterly or yearly'),
        ),
      ),
      hotIssueScreening: z.nullable(
        z.enum(['monthly', 'quarterly'], say('请写 monthly、quarterly 或 null', 'Write monthly, quarterly or null')),
      ),
      publishHotIssues: flag,
    }),
    reception: z.strictObject({
      leaderDays: z.nullable(
        z.enum(['weekly', 'monthly'], say('请写 weekly、monthly 或 null', 'Write weekly, monthly or null')),
      ),
      dutyRota: flag,
      phone24h: flag,
    }),
  })
  .check(
    z.superRefine((value: unknown, ctx) => crossReferences(value, ctx), {
      // Run even when single fields failed, so that EVERY problem is listed at once.
      when: (payload) => isObj(payload.value),
    }),
  );

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Ids that rules, defaults and parents name must exist in `units` / `topics` (written defensively). */
function crossReferences(value: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!isObj(value)) return;
  const add = (path: (string | number)[], input: unknown, zh: string, en: string) =>
    ctx.addIssue({ code: 'custom', path, input, message: say(zh, en) });
  const unitIds = new Set<string>();
  arr(value.units).forEach((u, i) => {
    const id = isObj(u) ? str(u.id) : undefined;
    if (id === undefined) return;
    if (unitIds.has(id))
      add(
        ['units', i, 'id'],
        id,
        `单位标识 "${id}" 重复，请改用唯一标识`,
        `Unit id "${id}" is used twice: give each unit its own id`,
      );
    unitIds.add(id);
  });
  const codes = new Set<string>();
  arr(value.units).forEach((u, i) => {
    const code = isObj(u) ? str(u.code) : undefined;
    if (code === undefined) return;
    if (codes.has(code))
      add(
        ['units', i, 'code'],
        code,
        `单位代码 "${code}" 重复，登记编号将无法区分，请改用唯一代码`,
        `Unit code "${code}" is used twice, so registration numbers would clash: give each unit its own code`,
      );
    codes.add(code);
  });
  const topicIds = new Set(arr(value.topics).map((t) => (isObj(t) ? str(t.id) : undefined)));
  const needUnit = (unit: unknown, path: (string | number)[]) => {
    if (typeof unit === 'string' && !unitIds.has(unit)) {
      add(
        path,
        unit,
        `单位 "${unit}" 不在 units 列表中，请先在 units 中添加`,
        `Unit "${unit}" is not in the units list: add it to units first`,
      );
    }
  };
  const needTopics = (when: unknown, path: (string | number)[]) => {
    if (!isObj(when)) return;
    for (const t of arr(when.topics)) {
      if (typeof t === 'string' && !topicIds.has(t)) {
        add(
          path,
          t,
          `事项分类 "${t}" 不在 topics 列表中，请先在 topics 中添加`,
          `Topic "${t}" is not in the topics list: add it to topics first`,
        );
      }
    }
  };
  needUnit(value.defaultUnit, ['defaultUnit']);
  const archive = isObj(value.archive) ? value.archive : {};
  needUnit(archive.defaultUnit, ['archive', 'defaultUnit']);
  arr(value.units).forEach((u, i) => {
    if (isObj(u)) needUnit(u.parent, ['units', i, 'parent']);
  });
  for (const [base, rules] of [
    [['routing'], arr(value.routing)],
    [['archive', 'rules'], arr(archive.rules)],
  ] as const) {
    rules.forEach((r, i) => {
      if (!isObj(r)) return;
      needUnit(r.unit, [...base, i, 'unit']);
      arr(r.with).forEach((w, j) => {
        needUnit(w, [...base, i, 'with', j]);
      });
      needTopics(r.when, [...base, i, 'when', 'topics']);
    });
  }
  // 22 arts 35–36: the re-review is one level above the review organ, never the same organ.
  const review = isObj(value.review) ? value.review : {};
  needUnit(review.unit, ['review', 'unit']);
  needUnit(review.reReviewUnit, ['review', 'reReviewUnit']);
  const escalation = isObj(value.accusedUnitEscalation) ? value.accusedUnitEscalation : {};
  arr(escalation.units).forEach((u, i) => {
    needUnit(u, ['accusedUnitEscalation', 'units', i]);
  });
  needUnit(value.emergencyReportTo, ['emergencyReportTo']);
  if (typeof review.unit === 'string' && review.unit === review.reReviewUnit) {
    add(
      ['review', 'reReviewUnit'],
      review.reReviewUnit,
      '复核机关应是复查机关的上一级机关，不能与复查机关相同（《信访工作条例》第36条）',
      'The re-review organ is the one above the review organ and cannot be the same (22 art 36)',
    );
  }
  const handling = isObj(value.handling) ? value.handling : {};
  arr(handling.rules).forEach((r, i) => {
    if (isObj(r)) needTopics(r.when, ['handling', 'rules', i, 'when', 'topics']);
  });
}

const FALLBACK: Bilingual = { zh: '请按说明修改此项', en: 'Correct this setting as described in the documentation' };

function decode(message: string): Bilingual {
  try {
    const m = JSON.parse(message) as unknown;
    if (m && typeof m === 'object' && 'zh' in m && 'en' in m) return m as Bilingual;
  } catch {
    // zod's own message (e.g. an unrecognised key): fall through
  }
  return FALLBACK;
}

function unrecognised(keys: readonly string[]): Bilingual {
  const list = keys.join(', ');
  return {
    zh: `无法识别的设置 ${list}：请检查拼写或删除`,
    en: `Unrecognised setting ${list}: check the spelling or remove it`,
  };
}

/**
 * Validates a policy profile loaded from JSON (or anywhere). Never throws: an invalid profile is refused with
 * EVERY problem listed, each with its path (e.g. `periods.handling.days`) and a bilingual message.
 *
 * @example
 * const r = parsePolicy(JSON.parse(text));
 * if (r.ok) use(r.policy); else for (const i of r.issues) console.log(i.path, i.message.zh);
 */
export function parsePolicy(json: unknown): PolicyResult {
  try {
    const r = PolicyProfileSchema.safeParse(json);
    if (r.success) return { ok: true, policy: deepFreeze(r.data as PolicyProfile) };
    const issues: FieldIssue[] = r.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.code === 'unrecognized_keys' ? unrecognised(i.keys) : decode(i.message),
    }));
    return { ok: false, issues };
  } catch {
    return {
      ok: false,
      issues: [
        { path: '', message: { zh: '请提供 JSON 格式的政策配置', en: 'Provide the policy profile as JSON data' } },
      ],
    };
  }
}
