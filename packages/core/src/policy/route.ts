import type { Period } from '../calendar/periods.js';
import type { Bilingual, PetitionInput } from '../schema/types.js';
import type { HandlingOrigin, PolicyProfile, RouteRule, RuleMatch } from './types.js';

/**
 * The fields of a petition that routing and handling rules look at (a full `PetitionInput` fits).
 *
 * @example
 * const p: RoutablePetition = { channel: 'letter', class: 'claim', anonymous: false, topic: 'medicalDispute' };
 */
export type RoutablePetition = Pick<PetitionInput, 'class' | 'channel' | 'anonymous'> &
  Partial<Pick<PetitionInput, 'topic' | 'hotline' | 'accused'>>;

/**
 * Whether a petition matches a rule's criteria (every listed criterion must hold).
 *
 * @example
 * matches({ classes: ['claim'], anonymous: false }, { class: 'claim', channel: 'letter', anonymous: false }); // true
 */
export function matches(when: RuleMatch, petition: RoutablePetition): boolean {
  if (when.classes && !when.classes.includes(petition.class)) return false;
  if (when.channels && !when.channels.includes(petition.channel)) return false;
  if (when.anonymous !== undefined && when.anonymous !== petition.anonymous) return false;
  if (when.hotline !== undefined && when.hotline !== (petition.hotline?.line === '12345')) return false;
  if (when.topics && (petition.topic === undefined || !when.topics.includes(petition.topic))) return false;
  return true;
}

/**
 * The result of {@link route}: the handling unit, the units working with it, and why.
 *
 * @example
 * const r: Route = { unit: 'medicalAffairs', reason: { zh: '医疗问题由医务科办理', en: 'Medical questions go to the Medical Affairs Office' } };
 */
export interface Route {
  unit: string;
  with?: string[];
  reason: Bilingual;
}

const ACCUSED_SKIPPED: Bilingual = {
  zh: '被检举控告的单位不得办理本件，已改送其他单位（《信访工作条例》第三十条）',
  en: 'The accused unit may not handle this matter, so it went to another unit (22 art 30)',
};

/**
 * Chooses the handling unit for a petition from the policy's routing table: the first rule that matches
 * (class, topic, channel, anonymity, hotline), else `defaultUnit`. An accusation is never routed to a unit it
 * accuses, nor to a sub-unit of one (22 art 30(3)): such rules are skipped, and if the default unit is
 * accused the matter goes to the nearest unaccused parent, else the first unaccused unit of the policy.
 * Pure: same petition and policy, same answer.
 *
 * @example
 * route({ channel: 'letter', class: 'claim', anonymous: false, topic: 'labourDispute' }, policies.bureauRouting);
 * // { unit: 'bureauUnion', reason: { zh: '劳动争议、民事调解由局工会办理', en: … } }
 */
export function route(petition: RoutablePetition, policy: PolicyProfile): Route {
  const parents = new Map(policy.units.map((u) => [u.id, u.parent]));
  const accused = new Set(petition.class === 'accusation' ? (petition.accused?.units ?? []) : []);
  const isTainted = (unit: string): boolean => {
    const seen = new Set<string>();
    for (let u: string | undefined = unit; u !== undefined && !seen.has(u); u = parents.get(u)) {
      if (accused.has(u)) return true;
      seen.add(u);
    }
    return false;
  };
  let skipped = false;
  for (const rule of policy.routing) {
    if (!matches(rule.when, petition)) continue;
    if (isTainted(rule.unit)) {
      skipped = true;
      continue;
    }
    return result(rule, skipped, isTainted);
  }
  const fallbackReason: Bilingual = {
    zh: '没有专门的分办规则，由默认承办单位办理',
    en: 'No routing rule applies, so the default unit handles it',
  };
  if (!isTainted(policy.defaultUnit)) {
    return { unit: policy.defaultUnit, reason: skipped ? ACCUSED_SKIPPED : fallbackReason };
  }
  // The default unit is accused: go up its chain of parents, else any unit that is not accused.
  const seen = new Set<string>();
  for (let u = parents.get(policy.defaultUnit); u !== undefined && !seen.has(u); u = parents.get(u)) {
    seen.add(u);
    if (!isTainted(u)) return { unit: u, reason: ACCUSED_SKIPPED };
  }
  const other = policy.units.find((u) => !isTainted(u.id));
  if (other) return { unit: other.id, reason: ACCUSED_SKIPPED };
  // Every unit of the policy is accused: only the organ one level up may handle it (22 art 30).
  return {
    unit: policy.defaultUnit,
    reason: {
      zh: '本单位各部门均被检举控告，请报上级机关办理（《信访工作条例》第三十条）',
      en: 'Every unit here is accused: refer the matter to the organ one level up (22 art 30)',
    },
  };
}

function result(rule: RouteRule, skipped: boolean, isTainted: (u: string) => boolean): Route {
  const partners = rule.with?.filter((u) => !isTainted(u));
  const r: Route = { unit: rule.unit, reason: skipped ? ACCUSED_SKIPPED : rule.reason };
  if (partners && partners.length > 0) r.with = partners;
  return r;
}

/**
 * The handling period (办理期限) that applies to a petition under a policy: the first matching handling rule
 * (seed §学校: real-name rights matters 15 days, others 30), else the complex period when `complex` is set
 * and the policy has one (seed §医院 2 weeks, §政协机关 3 months), else by origin (22 art 34: 60 days;
 * seed §局: direct 30 / assigned 90 / transferred 90).
 *
 * @example
 * handlingPeriod(policies.national, petition, 'direct');    // { days: 60, unit: 'day' }
 * handlingPeriod(policies.bureau, petition, 'assigned');    // { days: 90, unit: 'day' }
 * handlingPeriod(policies.hospital, petition, 'direct', { complex: true }); // { days: 14, unit: 'day' }
 */
export function handlingPeriod(
  policy: PolicyProfile,
  petition: RoutablePetition,
  origin: HandlingOrigin,
  options: { complex?: boolean } = {},
): Period {
  for (const rule of policy.handling.rules) if (matches(rule.when, petition)) return rule.period;
  if (options.complex && policy.handling.complex) return policy.handling.complex;
  return policy.handling[origin];
}

/**
 * The longest a petition's handling may last with an extension, counted from the same start: the ceiling of
 * the first matching handling rule (seed §医院: letters 1 week, "不超过两周"), else the policy's
 * `extension.ceiling` (seed §政协机关: 重大信访件不得超过三个月), else `null` (only `extension.max` limits it).
 *
 * @example
 * handlingCeiling(policies.hospital, { channel: 'letter', class: 'claim', anonymous: false }); // { days: 14, unit: 'day' }
 * handlingCeiling(policies.national, { channel: 'letter', class: 'claim', anonymous: false }); // null
 */
export function handlingCeiling(policy: PolicyProfile, petition: RoutablePetition): Period | null {
  for (const rule of policy.handling.rules)
    if (matches(rule.when, petition)) return rule.ceiling ?? policy.extension.ceiling;
  return policy.extension.ceiling;
}

/**
 * The unit that archives a concluded petition (seed §物价局: price complaints by the inspection office,
 * others by the general office). An accusation against the archiving unit is archived by the unit `route` gives
 * it (22 art 30(3)).
 *
 * @example
 * archiveUnit(policies.priceBureau, { channel: 'call', class: 'claim', anonymous: false, topic: 'priceComplaint' }); // 'priceInspection'
 */
export function archiveUnit(policy: PolicyProfile, petition: RoutablePetition): string {
  let unit = policy.archive.defaultUnit;
  for (const rule of policy.archive.rules) {
    if (matches(rule.when, petition)) {
      unit = rule.unit;
      break;
    }
  }
  // 22 art 30(3): an accused unit never keeps the file of the accusation; the unit that handles it does.
  if (petition.class === 'accusation' && petition.accused?.units.includes(unit)) return route(petition, policy).unit;
  return unit;
}

/**
 * Staff ids whose name in the policy's directory matches a name the petitioner gave as accused (22 art 30).
 * Names are compared after trimming and removing inner spaces; an id typed as accused also matches. The match
 * blocks those staff from the matter until a clerk clears it (`settleAccusedMatch`).
 *
 * @example
 * accusedStaffOf({ ...policies.national, staff: [{ id: 'u-17', name: '李强' }] }, { persons: ['李 强'] }); // ['u-17']
 */
export function accusedStaffOf(
  policy: Pick<PolicyProfile, 'staff'>,
  accused: { persons?: readonly string[] } | undefined,
): string[] {
  const persons = accused?.persons;
  if (!persons || persons.length === 0 || policy.staff.length === 0) return [];
  const norm = (s: string) => s.replace(/\s+/g, '');
  const names = new Set(persons.map(norm));
  const out: string[] = [];
  for (const s of policy.staff) if ((names.has(norm(s.name)) || names.has(s.id)) && !out.includes(s.id)) out.push(s.id);
  return out;
}
