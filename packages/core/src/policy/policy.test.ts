import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../test/helpers.js';
import { chinaCalendar } from '../calendar/calendar.js';
import { dueDate } from '../calendar/periods.js';
import { decideOn } from '../lifecycle/decide.js';
import { replay } from '../lifecycle/evolve.js';
import { can } from '../lifecycle/queries.js';
import { defaultPermissions } from '../lifecycle/terms.js';
import type { CommandType } from '../lifecycle/types.js';
import { actorsOf, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { derivePolicy, parsePolicy } from './policy.schema.js';
import { policies } from './presets.js';
import { archiveUnit, handlingCeiling, handlingPeriod, type RoutablePetition, route } from './route.js';
import { POLICY_COMMANDS, type PolicyCommand, type PolicyProfile } from './types.js';

const day = (days: number) => ({ days, unit: 'day' });
const petition = (over: Partial<RoutablePetition> = {}): RoutablePetition => ({
  channel: 'letter',
  class: 'claim',
  anonymous: false,
  ...over,
});

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('every preset', () => {
  it('ships national and one preset per institution of rules.md §3', () => {
    expect(Object.keys(policies)).toEqual([
      'national',
      'transportGroup',
      'cppcc',
      'bureau',
      'priceBureau',
      'hospital',
      'school',
      'bureauRouting',
      'township',
    ]);
  });

  for (const [key, policy] of Object.entries(policies)) {
    it(`${key}: is valid JSON data with its id and a version`, () => {
      expect(policy.id).toBe(key);
      expect(policy.version).toMatch(/^\d{4}\.\d+$/);
      const roundTrip = JSON.parse(JSON.stringify(policy)) as unknown;
      expect(roundTrip).toEqual(policy);
      expect(parsePolicy(roundTrip)).toEqual({ ok: true, policy });
    });

    it(`${key}: keeps the national periods it does not change (22 arts 22, 23, 35, 36) and joint handling (seed §会办)`, () => {
      expect(policy.periods.disposition).toEqual(day(15));
      expect(policy.periods.notice).toEqual(day(15));
      expect(policy.periods.objection).toEqual({ days: 5, unit: 'workday' });
      expect(policy.periods.reviewRequest).toEqual(day(30));
      expect(policy.periods.reviewDecision).toEqual(day(30));
      expect(policy.periods.reReviewRequest).toEqual(day(30));
      expect(policy.periods.reReviewDecision).toEqual(day(30));
      expect(policy.extension.max).toEqual(day(30));
      expect(policy.extension.count).toBe(1);
      expect(policy.representativesLimit).toBe(5);
      expect(policy.jointHandling).toEqual({
        enabled: true,
        triggers: ['severalPlaces', 'strongDisagreement', 'collectiveRisk', 'handedDown'],
        forms: ['onSite', 'meeting'],
        petitionerMayAttend: true,
      });
    });
  }
});

describe('national (《信访工作条例》2022)', () => {
  const p = policies.national;
  it('22 art 34: handling 60 days, one extension ≤ 30 days approved by the head, reason told', () => {
    expect(handlingPeriod(p, petition(), 'direct')).toEqual(day(60));
    expect(handlingPeriod(p, petition(), 'assigned')).toEqual(day(60));
    expect(handlingPeriod(p, petition(), 'transferred', { complex: true })).toEqual(day(60));
    expect(p.extension).toEqual({
      max: day(30),
      approver: 'unitHead',
      count: 1,
      reasonToPetitioner: true,
      ceiling: null,
    });
  });

  it('22 art 23(2): no notice owed where the name or address is unclear (anonymous, unclear); repeated is not exempt', () => {
    expect(p.replyExemptions).toEqual({ anonymous: true, repeated: false, unclear: true, vague: false });
    expect(p.emergencyReportMinutes).toBeNull();
    expect(p.dueSoonWorkdays).toBe(3);
  });

  it('22 arts 29–31: routes by class', () => {
    expect(route(petition({ class: 'accusation' }), p).unit).toBe('disciplineInspection');
    expect(route(petition({ class: 'claim' }), p).unit).toBe('competentOrgan');
    expect(route(petition({ class: 'suggestion' }), p)).toEqual({
      unit: 'competentOrgan',
      reason: {
        zh: '建议意见类事项由有关机关、单位研究论证（第二十九条）',
        en: 'Suggestions go to the organ or unit concerned for study (22 art 29)',
      },
    });
  });

  it('its periods give the rules.md §2 dates: notice for a petition received 2025-09-20 is due 2025-10-09', () => {
    expect(dueDate('2025-09-20', p.periods.notice, chinaCalendar)).toBe('2025-10-09');
    expect(dueDate('2026-02-10', p.periods.objection, chinaCalendar)).toBe('2026-02-24');
  });
});

describe('transportGroup (seed §交通集团)', () => {
  const p = policies.transportGroup;
  it('acceptance decided and notified within 15 days; concluded within 60, extension ≤ 30 with the group leader', () => {
    expect(p.periods.notice).toEqual(day(15));
    expect(handlingPeriod(p, petition(), 'transferred')).toEqual(day(60));
    expect(p.extension.approver).toBe('leader');
  });

  it('leader review chain 政工领导 → 总经理 → 董事长; letters opened the same day, envelope kept, 12345 reported at once', () => {
    expect(p.leaderChain.map((l) => l.zh)).toEqual(['集团公司政工领导', '总经理', '董事长']);
    expect(p.intake).toEqual({
      openLettersSameDay: true,
      keepEnvelope: true,
      // seed §交通集团 三(二)2 has the visitor told they answer for the truth; it asks for no signature.
      visitRecordConfirmation: false,
      requireContact: false,
      truthStatement: true,
      hotlineReportToLeader: true,
    });
  });

  it('routes accusations to the group discipline committee', () => {
    expect(route(petition({ class: 'accusation' }), p).unit).toBe('groupDiscipline');
    expect(route(petition({ topic: 'employment' }), p).unit).toBe('humanResources');
  });
});

describe('cppcc (seed §政协机关)', () => {
  const p = policies.cppcc;
  it('leader review within 3 days; ordinary matters 1 month (30 days), major 3 months (90 days); reply within 1 month', () => {
    expect(p.periods.leaderReview).toEqual(day(3));
    expect(handlingPeriod(p, petition(), 'direct')).toEqual(day(30));
    expect(handlingPeriod(p, petition(), 'direct', { complex: true })).toEqual(day(90));
    expect(p.periods.reply).toEqual(day(30));
    expect(p.notes[0]!.en).toMatch(/one month.*30 days/);
  });

  it('no reply owed for anonymous, repeated or unclear letters; statistics quarterly and yearly; weekly reception', () => {
    expect(p.replyExemptions).toEqual({ anonymous: true, repeated: true, unclear: true, vague: true });
    expect(p.reporting.statistics).toEqual(['quarterly', 'yearly']);
    expect(p.reception.leaderDays).toBe('weekly');
    expect(p.hearings).toBe(true);
  });
});

describe('bureau (seed §局 信访接待工作制度)', () => {
  const p = policies.bureau;
  it('direct 30 days, assigned 90 days with report-back, transferred 90 days', () => {
    expect(handlingPeriod(p, petition(), 'direct')).toEqual(day(30));
    expect(handlingPeriod(p, petition(), 'assigned')).toEqual(day(90));
    expect(handlingPeriod(p, petition(), 'transferred')).toEqual(day(90));
    expect(p.periods.reportBack).toEqual(day(90));
  });
});

describe('priceBureau (seed §物价局)', () => {
  const p = policies.priceBureau;
  it('60 days + at most 30 with the principal’s approval and the reason told to the petitioner', () => {
    expect(handlingPeriod(p, petition(), 'direct')).toEqual(day(60));
    expect(p.extension).toEqual({
      max: day(30),
      approver: 'unitHead',
      count: 1,
      reasonToPetitioner: true,
      ceiling: null,
    });
  });

  it('price complaints are handled and archived by the inspection office, others archived by the general office', () => {
    expect(route(petition({ topic: 'priceComplaint' }), p).unit).toBe('priceInspection');
    expect(archiveUnit(p, petition({ topic: 'priceComplaint' }))).toBe('priceInspection');
    expect(archiveUnit(p, petition({ topic: 'charges' }))).toBe('generalOffice');
    expect(archiveUnit(p, petition())).toBe('generalOffice');
  });
});

describe('hospital (seed §医院)', () => {
  const p = policies.hospital;
  it('seed §医院 5: letters handled within 1 week (7 days), at most 2 weeks (14 days) with an extension; visits keep 22 art 34', () => {
    expect(handlingPeriod(p, petition(), 'direct')).toEqual(day(7));
    expect(handlingCeiling(p, petition())).toEqual(day(14));
    expect(handlingPeriod(p, petition({ channel: 'visit' }), 'direct')).toEqual(day(60));
    expect(handlingCeiling(p, petition({ channel: 'visit' }))).toBeNull();
  });

  it('routes medical questions → 医务科, disputes → 医患关系办公室 with 医务科 and 护理部, ethics → 党委办公室', () => {
    const unitName = (id: string) => p.units.find((u) => u.id === id)?.name.zh;
    const q = route(petition({ topic: 'medicalQuestion' }), p);
    expect([q.unit, unitName(q.unit)]).toEqual(['medicalAffairs', '医务科']);
    const d = route(petition({ topic: 'medicalDispute' }), p);
    expect([unitName(d.unit), d.with?.map(unitName)]).toEqual(['医患关系办公室', ['医务科', '护理部']]);
    expect(unitName(route(petition({ topic: 'professionalEthics' }), p).unit)).toBe('党委办公室');
    expect(unitName(route(petition(), p).unit)).toBe('院办室');
  });
});

describe('school (seed §学校)', () => {
  const p = policies.school;
  it('real-name matters touching the petitioner’s rights → principal, 15 days', () => {
    const named = petition({ class: 'claim', anonymous: false });
    expect(route(named, p).unit).toBe('principal');
    expect(handlingPeriod(p, named, 'direct')).toEqual(day(15));
  });

  it('all others → deputy principal, 30 days', () => {
    for (const other of [
      petition({ class: 'claim', anonymous: true }),
      petition({ class: 'suggestion' }),
      petition({ class: 'accusation' }),
    ]) {
      expect(route(other, p).unit).toBe('deputyPrincipal');
      expect(handlingPeriod(p, other, 'direct')).toEqual(day(30));
    }
  });

  it('serious emergencies reported within 30 minutes; holiday duty rota with phones on 24 h; hot issues may be published', () => {
    expect(p.emergencyReportMinutes).toBe(30);
    expect(p.reception).toEqual({ leaderDays: null, dutyRota: true, phone24h: true });
    expect(p.reporting.publishHotIssues).toBe(true);
  });
});

describe('bureauRouting (seed §局 来信归口)', () => {
  const p = policies.bureauRouting;
  const to = (topic?: string) => route(petition(topic ? { topic } : {}), p);
  it('detention / re-education / public-security penalties → 局办公室; labour disputes and mediation → 局工会; logistics → 局办公室', () => {
    expect(to('detentionPenalty').unit).toBe('bureauOffice');
    expect(to('labourDispute')).toEqual({
      unit: 'bureauUnion',
      reason: {
        zh: '劳资纠纷和民事调解由局工会办理',
        en: 'Labour disputes and civil mediation go to the bureau union',
      },
    });
    expect(to('logistics').unit).toBe('bureauOffice');
  });

  it('matters beyond one section or of policy weight → bureau leader; others → 局办公室 together with the sections', () => {
    expect(to('majorPolicy').unit).toBe('bureauLeader');
    expect(to()).toMatchObject({ unit: 'bureauOffice', with: ['competentSections'] });
  });
});

describe('township (seed §镇)', () => {
  const p = policies.township;
  it('monthly hot-issue screening, monthly leader reception day, case ownership, hearings, quarterly report', () => {
    expect(p.reporting.hotIssueScreening).toBe('monthly');
    expect(p.reception.leaderDays).toBe('monthly');
    expect(p.caseOwnership).toBe(true);
    expect(p.hearings).toBe(true);
    expect(p.reporting.statistics).toContain('quarterly');
  });
});

describe('route — confidentiality of accusations (22 art 30(3); seed §物价局 八)', () => {
  it('never routes an accusation to the unit it accuses: the next rule or the default unit takes it', () => {
    const r = route(
      petition({ class: 'accusation', accused: { persons: [], units: ['disciplineInspection'] } }),
      policies.national,
    );
    expect(r.unit).toBe('petitionOffice');
    expect(r.reason.en).toMatch(/accused unit may not handle/);
  });

  it('skips sub-units of an accused unit and, if the default unit is accused too, picks an unaccused one', () => {
    const p = policies.hospital;
    const accusing = (units: string[], topic?: string) =>
      route(petition({ class: 'accusation', accused: { persons: [], units }, ...(topic ? { topic } : {}) }), p);
    expect(accusing(['medicalAffairs'], 'medicalQuestion').unit).toBe('hospitalOffice');
    expect(accusing(['hospitalOffice'], 'medicalQuestion').unit).toBe('partyOffice');
    expect(accusing(['nursing'], 'medicalDispute')).toMatchObject({
      unit: 'patientRelations',
      with: ['medicalAffairs'],
    });
  });

  it('ignores accused units on petitions that are not accusations', () => {
    expect(
      route(petition({ class: 'claim', accused: { persons: [], units: ['competentOrgan'] } }), policies.national).unit,
    ).toBe('competentOrgan');
  });

  it('is pure: same input, same answer, policy untouched', () => {
    const frozen = deepFreeze(structuredClone(policies.bureauRouting));
    const input = deepFreeze(petition({ topic: 'labourDispute' }));
    expect(route(input, frozen)).toEqual(route(input, frozen));
  });
});

describe('derivePolicy (an agency’s own profile from a preset)', () => {
  it('overrides a few fields and keeps the rest', () => {
    const r = derivePolicy(policies.national, {
      id: 'chengduHighTech',
      version: '2026.1',
      dueSoonWorkdays: 5,
      periods: { notice: { days: 10, unit: 'workday' } },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.periods.notice).toEqual({ days: 10, unit: 'workday' });
    expect(r.policy.periods.disposition).toEqual(day(15));
    expect(r.policy.dueSoonWorkdays).toBe(5);
    expect(policies.national.periods.notice).toEqual(day(15)); // the preset is not changed
  });

  it('replaces arrays whole and validates the result', () => {
    const r = derivePolicy(policies.hospital, { id: 'hospital2', routing: [] });
    expect(r.ok && r.policy.routing).toEqual([]);
    const bad = derivePolicy(policies.hospital, { defaultUnit: 'nowhere', extension: { count: -1 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => i.path)).toEqual(['extension.count', 'defaultUnit']);
  });
});

describe('parsePolicy (a profile loaded from JSON)', () => {
  it('refuses an invalid profile with every problem listed, each with a bilingual message', () => {
    const broken = JSON.parse(JSON.stringify(policies.school)) as Record<string, unknown> & PolicyProfile;
    broken.version = '';
    broken.periods.notice = { days: -3, unit: 'week' as 'day' };
    broken.representativesLimit = 0;
    broken.extension.approver = 'mayor' as 'leader';
    broken.routing[0]!.unit = 'headmaster';
    broken.units.push({ id: 'principal', name: { zh: '校长', en: 'Principal' } });
    broken.handling.rules[0]!.when.topics = ['sports'];
    (broken as Record<string, unknown>).replyExemption = {};
    const r = parsePolicy(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual([
      'version',
      'periods.notice.days',
      'periods.notice.unit',
      'extension.approver',
      'representativesLimit',
      '',
      'units.9.id',
      'routing.0.unit',
      'handling.rules.0.when.topics',
    ]);
    for (const i of r.issues) expect(i.message.zh.length * i.message.en.length).toBeGreaterThan(0);
    const en = (path: string) => r.issues.find((i) => i.path === path)?.message.en;
    expect(en('')).toBe('Unrecognised setting replyExemption: check the spelling or remove it');
    expect(en('routing.0.unit')).toBe('Unit "headmaster" is not in the units list: add it to units first');
    expect(en('units.9.id')).toBe('Unit id "principal" is used twice: give each unit its own id');
    expect(en('representativesLimit')).toBe('Write a representatives limit of at least 1 (22 art 20: at most 5)');
  });

  it('refuses something that is not a profile at all', () => {
    for (const bad of [null, 42, 'national', []]) {
      const r = parsePolicy(bad);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.issues.length).toBeGreaterThan(0);
    }
  });

  it('accepts every preset as it is, and returns an equal, frozen copy', () => {
    for (const preset of Object.values(policies)) {
      const r = parsePolicy(JSON.parse(JSON.stringify(preset)));
      expect(r.ok && r.policy).toEqual(preset);
      expect(r.ok && Object.isFrozen(r.policy.periods.notice)).toBe(true);
    }
  });
});

describe('permissions and archive requirements (policy settings where 22 art 22 and seed §交通集团 leave the roles to the organ)', () => {
  const ctxOf = (policy: PolicyProfile) => ({ policy, calendar: chinaCalendar });
  const registered = (policy: PolicyProfile) => {
    const r = decideOn(undefined, registerCommand('perm-1', samplePetitions.letterClaim, policy), ctxOf(policy));
    if (!r.ok) throw new Error(r.rejection.message.en);
    return replay(r.events);
  };
  const staff = actorsOf(policies.national.defaultUnit);

  it('national: a clerk may accept (the default role table)', () => {
    expect(can(registered(policies.national), 'accept', staff.clerk)).toEqual({ ok: true });
  });

  it('22 art 22: a derived policy where only the unit head accepts refuses the clerk and lets the head', () => {
    const r = derivePolicy(policies.national, {
      id: 'headAccepts',
      version: '2026.1',
      permissions: { accept: ['unitHead'] },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.permissions).toEqual({ accept: ['unitHead'] });
    const view = registered(r.policy);
    const refused = can(view, 'accept', staff.clerk);
    expect(expectRejected(refused, 'role-not-permitted').message.en).toBe(
      'Only a head of unit may accept. Ask someone with that role to do it.',
    );
    expect(can(view, 'accept', staff.head)).toEqual({ ok: true });
    // Commands the policy does not list keep their defaults.
    expect(can(view, 'transfer', staff.clerk)).toEqual({ ok: true });
  });

  it('22 art 34: permissions cannot take the extension away from the approver named in the policy', () => {
    const r = derivePolicy(policies.national, { id: 'x', version: '1', permissions: { extend: ['clerk'] } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(registered(r.policy).terms.permissions.extend).toEqual(['unitHead']);
  });

  it('seed §交通集团: archive.requires is recorded in the terms (the four materials there, the result elsewhere)', () => {
    expect(registered(policies.transportGroup).terms.archiveRequires).toEqual([
      'proposedHandling',
      'leaderInstruction',
      'investigation',
      'result',
    ]);
    expect(registered(policies.national).terms.archiveRequires).toEqual(['result']);
    const r = derivePolicy(policies.national, { id: 'lean', version: '1', archive: { requires: [] } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.archive.defaultUnit).toBe(policies.national.archive.defaultUnit);
      expect(registered(r.policy).terms.archiveRequires).toEqual([]);
    }
  });

  it('the permission keys are exactly the lifecycle commands', () => {
    const same: [CommandType, PolicyCommand] extends [PolicyCommand, CommandType] ? true : false = true;
    expect(same).toBe(true);
    expect([...POLICY_COMMANDS].sort()).toEqual(Object.keys(defaultPermissions).sort());
  });

  it('refuses unknown commands, unknown roles, empty role lists and unknown materials, with every path', () => {
    const r = parsePolicy({
      ...policies.national,
      permissions: { acept: ['clerk'], accept: ['boss'], archive: [] },
      archive: { ...policies.national.archive, requires: ['photos'] },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path).sort();
    // A misspelt command is reported on `permissions` itself, naming what to write.
    expect(paths).toEqual(['archive.requires.0', 'permissions', 'permissions.accept.0', 'permissions.archive']);
    const byPath = new Map(r.issues.map((i) => [i.path, i.message]));
    expect(byPath.get('permissions.accept.0')?.en).toBe(
      'A role is clerk, handler, unitHead, leader, archivist or petitioner',
    );
    expect(byPath.get('permissions.archive')?.en).toBe('List at least one role');
    expect(byPath.get('archive.requires.0')?.en).toBe(
      'A required material is proposedHandling, leaderInstruction, investigation or result',
    );
    expect(byPath.get('permissions')).toEqual({
      zh: '无法识别的设置 acept：请检查拼写或删除',
      en: 'Unrecognised setting acept: check the spelling or remove it',
    });
  });
});

describe('policies are values (architecture: policy as data)', () => {
  it('every preset is deeply frozen: an edit in place throws instead of changing the rules of registered petitions', () => {
    expect(Object.isFrozen(policies.national.periods.disposition)).toBe(true);
    expect(Object.isFrozen(policies.hospital.routing)).toBe(true);
    expect(() => {
      (policies.national.periods.disposition as { days: number }).days = 10;
    }).toThrow(TypeError);
    expect(policies.national.periods.disposition.days).toBe(15); // 22 art 22: still 15 days
  });

  it('parsePolicy and derivePolicy return deeply frozen policies; the base stays as it was', () => {
    const r = derivePolicy(policies.national, { id: 'city', periods: { notice: { days: 10, unit: 'day' } } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.periods.notice.days).toBe(10);
    expect(Object.isFrozen(r.policy)).toBe(true);
    expect(Object.isFrozen(r.policy.periods.notice)).toBe(true);
    expect(policies.national.periods.notice.days).toBe(15);
    const parsed = parsePolicy(structuredClone(policies.school));
    expect(parsed.ok && Object.isFrozen(parsed.policy.handling)).toBe(true);
  });
});
