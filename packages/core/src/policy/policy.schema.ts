import type { Bilingual, FieldIssue } from '../schema/types.js';
import { deepFreeze } from './freeze.js';
import { type DeepPartial, POLICY_COMMANDS, type PolicyProfile, type PolicyResult } from './types.js';

/*
 * Validation of policy profiles loaded as JSON. Messages are for the administrator editing the profile: each
 * names the field and says what to write there.
 *
 * The rules are plain TypeScript, written as a few small combinators (`text`, `num`, `list`, `record`, …) that
 * answer exactly as the zod/mini schema they replaced did (test/policy.oracle.ts; the differential property test
 * in policy.differential.test.ts compares the two): the same cleaned policy (unknown fields of a unit, topic or
 * rule dropped), and the same issues in the same order, including zod's details:
 *   - a field's checks stop after a wrong type, except the "at least N" checks of texts and lists, which still
 *     run on anything with a `length`;
 *   - a number that is not whole stops every later check of the profile that depends on the whole, so the
 *     cross-reference checks (units, topics named by rules) do not run then;
 *   - a field missing from an object is checked as `undefined` (its own message), an optional one is skipped.
 */

type Path = (string | number)[];
/**
 * A problem found: `continue` as zod's issues carry it — `true` lets the field's later checks run, `false`
 * stops every check after it, `undefined` (a wrong type) stops the field's own later checks.
 */
interface Problem {
  path: Path;
  message?: Bilingual;
  keys?: string[];
  continue?: boolean;
}
/** Checks `value`, appends what is wrong to `found` (paths relative to `value`), returns the cleaned value. */
type Rule = ((value: unknown, found: Problem[]) => unknown) & { optional?: true };
/** A check of a value of the right type: `when` (if given) decides whether it runs even after a wrong type. */
interface Check {
  run: (value: unknown, found: Problem[]) => void;
  when?: (value: unknown) => boolean;
}

const aborted = (found: Problem[], from = 0) => found.slice(from).some((p) => p.continue !== true);
const stopped = (found: Problem[]) => found.some((p) => p.continue === false);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** zod's `isPlainObject` (what a record accepts). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}
/** Appends the problems `inner` found at `key` to `found`. */
function under(key: string | number, inner: Problem[], found: Problem[]): void {
  for (const p of inner) found.push({ ...p, path: [key, ...p.path] });
}

/** A rule of the right type (`ok`), then its checks in order. */
function typed(ok: (v: unknown) => boolean, message: Bilingual | undefined, ...checks: Check[]): Rule {
  return (value, found) => {
    if (!ok(value)) found.push({ path: [], message });
    return withChecks(value, found, checks);
  };
}
function withChecks(value: unknown, found: Problem[], checks: readonly Check[]): unknown {
  let halted = aborted(found);
  for (const check of checks) {
    if (check.when) {
      if (stopped(found) || !check.when(value)) continue;
    } else if (halted) continue;
    const before = found.length;
    check.run(value, found);
    if (found.length !== before && !halted) halted = aborted(found, before);
  }
  return value;
}
/** Adds checks to a rule (as zod's `.check()` does: they run after the rule's own). */
const also =
  (rule: Rule, ...checks: Check[]): Rule =>
  (value, found) =>
    withChecks(rule(value, found), found, checks);

const hasLength = (v: unknown) => v !== null && v !== undefined && (v as { length?: unknown }).length !== undefined;
const atLeast = (n: number, message: Bilingual): Check => ({
  when: hasLength,
  run: (v, found) => {
    if (!(((v as { length: number }).length as number) >= n)) found.push({ path: [], message, continue: true });
  },
});
const whole = (message: Bilingual): Check => ({
  run: (v, found) => {
    if (!Number.isInteger(v)) found.push({ path: [], message, continue: false });
    else if (!Number.isSafeInteger(v)) found.push({ path: [], message, continue: true });
  },
});
const gte = (n: number, message: Bilingual): Check => ({
  run: (v, found) => {
    if (!((v as number) >= n)) found.push({ path: [], message, continue: true });
  },
});
const lte = (n: number, message: Bilingual): Check => ({
  run: (v, found) => {
    if (!((v as number) <= n)) found.push({ path: [], message, continue: true });
  },
});
const matches = (re: RegExp, message: Bilingual): Check => ({
  run: (v, found) => {
    if (!re.test(v as string)) found.push({ path: [], message, continue: true });
  },
});

const text = (message?: Bilingual, ...checks: Check[]) => typed((v) => typeof v === 'string', message, ...checks);
const num = (message: Bilingual, ...checks: Check[]) =>
  typed((v) => typeof v === 'number' && Number.isFinite(v), message, ...checks);
const bool = (message: Bilingual) => typed((v) => typeof v === 'boolean', message);
function oneOf(values: readonly string[], message: Bilingual): Rule {
  const set = new Set<unknown>(values);
  return typed((v) => set.has(v), message);
}
function optional(rule: Rule): Rule {
  const r: Rule = (value, found) => (value === undefined ? undefined : rule(value, found));
  r.optional = true;
  return r;
}
const nullable =
  (rule: Rule): Rule =>
  (value, found) =>
    value === null ? null : rule(value, found);

/** An object with these fields (checked in this order); `strict` refuses unknown fields, else they are dropped. */
function object(shape: Record<string, Rule>, message?: Bilingual, strict = false): Rule {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  return (input, found) => {
    if (!isObject(input)) {
      found.push({ path: [], message });
      return input;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const rule = shape[key]!;
      const inner: Problem[] = [];
      const value = rule(input[key], inner);
      const present = key in input;
      if (!present && rule.optional) continue;
      under(key, inner, found);
      if (!present) {
        if (inner.length === 0) found.push({ path: [key] });
        continue;
      }
      out[key] = value;
    }
    if (strict) {
      const unknown: string[] = [];
      for (const key in input) if (!known.has(key)) unknown.push(key);
      if (unknown.length > 0) found.push({ path: [], keys: unknown, continue: true });
    }
    return out;
  };
}
const strictObject = (shape: Record<string, Rule>, message?: Bilingual) => object(shape, message, true);

/** An object whose keys are some of `keys`, each value checked by `value`. */
function record(keys: readonly string[], value: Rule): Rule {
  const allowed = new Set<unknown>(keys);
  return (input, found) => {
    if (!isPlainObject(input)) {
      found.push({ path: [] });
      return input;
    }
    const out: Record<string, unknown> = {};
    const unknown: string[] = [];
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      if (!allowed.has(key)) {
        unknown.push(key as string);
        continue;
      }
      const inner: Problem[] = [];
      out[key as string] = value(input[key as string], inner);
      under(key as string, inner, found);
    }
    if (unknown.length > 0) found.push({ path: [], keys: unknown, continue: true });
    return out;
  };
}

const say = (zh: string, en: string): Bilingual => ({ zh, en });
const LIST_MSG = say('请写成数组 [ … ]', 'Write a list [ … ]');
/** A list of items each checked by `item`. */
function list(item: Rule, ...checks: Check[]): Rule {
  return (input, found) => {
    if (!Array.isArray(input)) {
      found.push({ path: [], message: LIST_MSG });
      return withChecks(input, found, checks);
    }
    const out: unknown[] = Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const inner: Problem[] = [];
      out[i] = item(input[i], inner);
      under(i, inner, found);
    }
    return withChecks(out, found, checks);
  };
}

const TEXT_ZH = say('请填写中文文本', 'Write the Chinese text');
const TEXT_EN = say('请填写英文文本', 'Write the English text');
const bilingual = object(
  { zh: text(TEXT_ZH, atLeast(1, TEXT_ZH)), en: text(TEXT_EN, atLeast(1, TEXT_EN)) },
  say('请写成 { "zh": "…", "en": "…" }', 'Write it as { "zh": "…", "en": "…" }'),
);

const PERIOD_MSG = say(
  '期限请写成 { "days": 非负整数, "unit": "day" 或 "workday", "rollForward": 可选 true/false }',
  'Write a period as { "days": whole number ≥ 0, "unit": "day" or "workday", "rollForward": optional true/false }',
);
const period = object(
  {
    days: num(PERIOD_MSG, whole(PERIOD_MSG), gte(0, PERIOD_MSG), lte(3650, PERIOD_MSG)),
    unit: oneOf(['day', 'workday'], PERIOD_MSG),
    rollForward: optional(bool(PERIOD_MSG)),
  },
  PERIOD_MSG,
);
const nullablePeriod = nullable(period);
const flag = bool(say('请写 true 或 false', 'Write true or false'));
const ID_MSG = say(
  '标识请以字母开头，只用字母、数字、- 和 _',
  'Start an id with a letter; use only letters, digits, - and _',
);
const id = text(ID_MSG, matches(/^[A-Za-z][\w-]{0,63}$/, ID_MSG));

const CLASS_MSG = say('类别为 suggestion、accusation 或 claim', 'A class is suggestion, accusation or claim');
const ruleMatch = object(
  {
    classes: optional(list(oneOf(['suggestion', 'accusation', 'claim'], CLASS_MSG))),
    topics: optional(list(id)),
    channels: optional(
      list(
        oneOf(
          ['letter', 'visit', 'call', 'online'],
          say('方式为 letter、visit、call 或 online', 'A channel is letter, visit, call or online'),
        ),
      ),
    ),
    anonymous: optional(flag),
    hotline: optional(flag),
  },
  say(
    '条件请写成对象 { "classes": […], "topics": […] }',
    'Write a condition as an object { "classes": […], "topics": […] }',
  ),
);
const routeRule = object({ when: ruleMatch, unit: id, with: optional(list(id)), reason: bilingual });
const ROLE_MSG = say(
  '角色为 clerk、handler、unitHead、leader、archivist 或 petitioner',
  'A role is clerk, handler, unitHead, leader, archivist or petitioner',
);
const role = oneOf(['clerk', 'handler', 'unitHead', 'leader', 'archivist', 'petitioner'], ROLE_MSG);
const classes = list(oneOf(['suggestion', 'accusation', 'claim'], CLASS_MSG));
const handlingFrom = oneOf(
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
const count = (max: number, ...checks: Check[]) => {
  const message = say(`请写 0 到 ${max} 的整数`, `Write a whole number from 0 to ${max}`);
  return num(message, whole(message), gte(0, message), lte(max, message), ...checks);
};
const VERSION_MSG = say('请填写版本号，例如 "2022.1"', 'Enter a version, e.g. "2022.1"');
const ONE_ROLE = atLeast(1, say('请至少列出一个角色', 'List at least one role'));

/**
 * A {@link PolicyProfile}: every field required (presets are complete) except the optional `permissions`
 * (command → roles), unknown fields refused so that a misspelt setting is not silently ignored. Cross-field
 * rules (checked on the whole profile): unit ids unique; every unit a rule, default or parent names is listed in
 * `units`; every topic a rule names is in `topics`.
 */
const profileFields = strictObject({
  id,
  version: text(VERSION_MSG, atLeast(1, VERSION_MSG)),
  name: bilingual,
  source: text(say('请写明规则来源', 'Say where the rules come from')),
  notes: list(bilingual),
  periods: strictObject({
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
  handling: strictObject({
    direct: period,
    assigned: period,
    transferred: period,
    complex: nullablePeriod,
    rules: list(object({ when: ruleMatch, period, ceiling: optional(period), reason: bilingual })),
    from: strictObject({ direct: handlingFrom, assigned: handlingFrom, transferred: handlingFrom }),
  }),
  extension: strictObject({
    max: period,
    approver: role,
    count: count(10),
    reasonToPetitioner: flag,
    ceiling: nullablePeriod,
  }),
  scope: strictObject({ handling: classes, reply: classes, review: classes }),
  review: strictObject({ unit: id, reReviewUnit: id }),
  accusedUnitEscalation: strictObject({
    units: list(
      id,
      atLeast(1, say('请至少列出一个上级或纪检监察机关', 'List at least one superior or discipline-inspection organ')),
    ),
    roles: list(role, ONE_ROLE),
  }),
  staff: list(
    strictObject({
      id: text(STAFF_MSG, atLeast(1, STAFF_MSG)),
      name: text(STAFF_MSG, atLeast(1, STAFF_MSG)),
      unit: optional(id),
    }),
  ),
  simplified: strictObject({ enabled: flag, period }),
  replyExemptions: strictObject({ anonymous: flag, repeated: flag, unclear: flag, vague: flag }),
  representativesLimit: count(
    100,
    gte(
      1,
      say(
        '代表人数上限请写 1 以上的整数（条例规定不超过 5 人）',
        'Write a representatives limit of at least 1 (22 art 20: at most 5)',
      ),
    ),
  ),
  emergencyReportMinutes: nullable(count(24 * 60)),
  emergencyReportTo: nullable(id),
  dueSoonWorkdays: count(60),
  leaderChain: list(bilingual),
  intake: strictObject({
    openLettersSameDay: flag,
    keepEnvelope: flag,
    visitRecordConfirmation: flag,
    requireContact: flag,
    truthStatement: flag,
    hotlineReportToLeader: flag,
  }),
  units: list(
    object({
      id,
      name: bilingual,
      parent: optional(id),
      code: optional(
        text(
          undefined,
          matches(
            /^[A-Z][A-Z0-9]{1,7}$/,
            say(
              '单位代码为 2–8 位大写字母或数字，以字母开头（如 XFB）',
              'A unit code is 2–8 capital letters or digits starting with a letter (e.g. XFB)',
            ),
          ),
        ),
      ),
    }),
    atLeast(1, say('请至少列出一个单位', 'List at least one unit')),
  ),
  defaultUnit: id,
  topics: list(object({ id, name: bilingual })),
  routing: list(routeRule),
  archive: strictObject({
    defaultUnit: id,
    rules: list(routeRule),
    requires: list(
      oneOf(
        ['proposedHandling', 'leaderInstruction', 'investigation', 'result'],
        say(
          '归档所需材料为 proposedHandling、leaderInstruction、investigation 或 result',
          'A required material is proposedHandling, leaderInstruction, investigation or result',
        ),
      ),
    ),
    supplement: optional(
      oneOf(
        ['allowed', 'late', 'refused'],
        say(
          '结案后补充材料的规则为 allowed、late 或 refused',
          'Supplements after conclusion are allowed, late or refused',
        ),
      ),
    ),
  }),
  // Who may issue which command (optional; each entry replaces the lifecycle's default roles). A key that is no
  // command name is reported as an unrecognised setting.
  permissions: optional(record(POLICY_COMMANDS, list(role, ONE_ROLE))),
  jointHandling: strictObject({
    enabled: flag,
    triggers: list(
      oneOf(
        ['severalPlaces', 'strongDisagreement', 'collectiveRisk', 'handedDown'],
        say(
          '会办情形为 severalPlaces、strongDisagreement、collectiveRisk 或 handedDown',
          'A trigger is severalPlaces, strongDisagreement, collectiveRisk or handedDown',
        ),
      ),
    ),
    forms: list(oneOf(['onSite', 'meeting'], say('会办形式为 onSite 或 meeting', 'A form is onSite or meeting'))),
    petitionerMayAttend: flag,
  }),
  hearings: flag,
  caseOwnership: flag,
  reporting: strictObject({
    statistics: list(
      oneOf(
        ['monthly', 'quarterly', 'yearly'],
        say('请写 monthly、quarterly 或 yearly', 'Write monthly, quarterly or yearly'),
      ),
    ),
    hotIssueScreening: nullable(
      oneOf(['monthly', 'quarterly'], say('请写 monthly、quarterly 或 null', 'Write monthly, quarterly or null')),
    ),
    publishHotIssues: flag,
  }),
  reception: strictObject({
    leaderDays: nullable(
      oneOf(['weekly', 'monthly'], say('请写 weekly、monthly 或 null', 'Write weekly, monthly or null')),
    ),
    dutyRota: flag,
    phone24h: flag,
  }),
});

/** The whole profile: its fields, then (even when single fields failed, so that EVERY problem is listed at once) the cross references. */
const profile = also(profileFields, {
  when: isObject,
  run: (value, found) => crossReferences(value, found),
});

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Ids that rules, defaults and parents name must exist in `units` / `topics` (written defensively). */
function crossReferences(value: unknown, found: Problem[]): void {
  if (!isObject(value)) return;
  const add = (path: Path, _input: unknown, zh: string, en: string) =>
    found.push({ path, message: { zh, en }, continue: true });
  const unitIds = new Set<string>();
  arr(value.units).forEach((u, i) => {
    const id = isObject(u) ? str(u.id) : undefined;
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
    const code = isObject(u) ? str(u.code) : undefined;
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
  const topicIds = new Set(arr(value.topics).map((t) => (isObject(t) ? str(t.id) : undefined)));
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
    if (!isObject(when)) return;
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
  const archive = isObject(value.archive) ? value.archive : {};
  needUnit(archive.defaultUnit, ['archive', 'defaultUnit']);
  arr(value.units).forEach((u, i) => {
    if (isObject(u)) needUnit(u.parent, ['units', i, 'parent']);
  });
  for (const [base, rules] of [
    [['routing'], arr(value.routing)],
    [['archive', 'rules'], arr(archive.rules)],
  ] as const) {
    rules.forEach((r, i) => {
      if (!isObject(r)) return;
      needUnit(r.unit, [...base, i, 'unit']);
      arr(r.with).forEach((w, j) => {
        needUnit(w, [...base, i, 'with', j]);
      });
      needTopics(r.when, [...base, i, 'when', 'topics']);
    });
  }
  // 22 arts 35–36: the re-review is one level above the review organ, never the same organ.
  const review = isObject(value.review) ? value.review : {};
  needUnit(review.unit, ['review', 'unit']);
  needUnit(review.reReviewUnit, ['review', 'reReviewUnit']);
  const escalation = isObject(value.accusedUnitEscalation) ? value.accusedUnitEscalation : {};
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
  const handling = isObject(value.handling) ? value.handling : {};
  arr(handling.rules).forEach((r, i) => {
    if (isObject(r)) needTopics(r.when, ['handling', 'rules', i, 'when', 'topics']);
  });
}

const FALLBACK: Bilingual = { zh: '请按说明修改此项', en: 'Correct this setting as described in the documentation' };

function unrecognised(keys: readonly string[]): Bilingual {
  const list = keys.join(', ');
  return {
    zh: `无法识别的设置 ${list}：请检查拼写或删除`,
    en: `Unrecognised setting ${list}: check the spelling or remove it`,
  };
}

/**
 * Validates a policy profile loaded from JSON (or anywhere). Never throws: an invalid profile is refused with
 * EVERY problem listed, each with its path (e.g. `periods.handling.days`) and a bilingual message. Unknown
 * fields are refused (a misspelt setting is not silently ignored); a valid profile comes back deeply frozen.
 *
 * @example
 * const r = parsePolicy(JSON.parse(text));
 * if (r.ok) use(r.policy); else for (const i of r.issues) console.log(i.path, i.message.zh);
 */
export function parsePolicy(json: unknown): PolicyResult {
  try {
    const found: Problem[] = [];
    const policy = profile(json, found);
    if (found.length === 0) return { ok: true, policy: deepFreeze(policy as PolicyProfile) };
    const issues: FieldIssue[] = found.map((p) => ({
      path: p.path.map(String).join('.'),
      message: p.keys ? unrecognised(p.keys) : (p.message ?? FALLBACK),
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

function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (
    over === null ||
    typeof over !== 'object' ||
    Array.isArray(over) ||
    base === null ||
    typeof base !== 'object' ||
    Array.isArray(base)
  ) {
    return over;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out;
}

/**
 * Derives an agency's own profile from a preset: `overrides` are merged deeply into `base` (arrays replace
 * whole), then the result is validated like {@link parsePolicy}. Give the result its own `id` and `version`.
 *
 * @example
 * const r = derivePolicy(policies.national, { id: 'chengduHighTech', version: '2026.1', dueSoonWorkdays: 5 });
 * if (r.ok) r.policy.handling.direct; // unchanged: { days: 60, unit: 'day' }
 */
export function derivePolicy(base: PolicyProfile, overrides: DeepPartial<PolicyProfile>): PolicyResult {
  return parsePolicy(merge(base, overrides));
}
