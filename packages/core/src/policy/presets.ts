import type { Period } from '../calendar/periods.js';
import type { Bilingual } from '../schema/types.js';
import { deepFreeze } from './freeze.js';
import type { PolicyProfile, PolicyUnit } from './types.js';

/*
 * Presets: the national regulation (22) and each institution of rules.md §3. Plain data, JSON-serialisable.
 * Seed citations use the section names of ../shared/seeds/000_b5b68b5fce5940f9.txt (see rules.md §3).
 */

const days = (n: number): Period => ({ days: n, unit: 'day' });
const workdays = (n: number): Period => ({ days: n, unit: 'workday' });
const t = (zh: string, en: string): Bilingual => ({ zh, en });
/** A unit with its registration-number code (pinyin initials of its short Chinese name: 信访办 → XFB). */
const unit = (code: string, id: string, zh: string, en: string, parent?: string): PolicyUnit =>
  parent === undefined ? { id, code, name: t(zh, en) } : { id, code, name: t(zh, en), parent };

/**
 * 22 arts 30, 35, 36: the organs one level up — the review organ (原办理机关的上一级机关), the re-review organ
 * (复查机关的上一级机关) — listed as units so that a matter can be sent to them.
 */
const SUPERIORS: PolicyUnit[] = [
  unit('SJJG', 'superiorOrgan', '上一级机关', 'The organ one level up'),
  unit('FCSJ', 'reReviewOrgan', '复查机关的上一级机关', 'The organ above the reviewing organ'),
];

const FROM_ACCEPTANCE = { direct: 'acceptance', assigned: 'acceptance', transferred: 'acceptance' } as const;

const ONE_MONTH = t(
  '制度中的“一个月”按 30 日计算（民法典第二百零一条、第二百零三条）；如按日历月计算，请修改相应期限',
  'The seed\'s "one month" is counted as 30 days (民法典 201/203); change the period if you count calendar months',
);

/**
 * 《信访工作条例》(2022, in force 2022-05-01): the national default every preset starts from.
 *
 * @example
 * national.periods.objection; // { days: 5, unit: 'workday' } — 22 art 23(3)
 */
const national: PolicyProfile = {
  id: 'national',
  version: '2022.1',
  name: t('《信访工作条例》（2022）', 'Regulations on Petition Work (2022)'),
  source: '《信访工作条例》2022 (22); 民法典 arts 201, 203 for counting',
  notes: [
    t(
      '按日计算的期限，开始当日不计入，期限最后一日是法定休假日的，以休假日结束的次日为最后一日（民法典第二百零一条、第二百零三条）',
      'Periods in days start the day after the event; a last day that is a statutory day off moves to the next working day (民法典 201, 203)',
    ),
  ],
  periods: {
    disposition: days(15), // 22 art 22
    notice: days(15), // 22 art 23(2)
    objection: workdays(5), // 22 art 23(3)
    reviewRequest: days(30), // 22 art 35
    reviewDecision: days(30), // 22 art 35
    reReviewRequest: days(30), // 22 art 36
    reReviewDecision: days(30), // 22 art 36
    leaderReview: null,
    reportBack: null,
    reply: null,
  },
  // 22 art 34: 60 days from acceptance (受理之日), whatever the origin.
  handling: {
    direct: days(60),
    assigned: days(60),
    transferred: days(60),
    complex: null,
    rules: [],
    from: FROM_ACCEPTANCE,
  },
  extension: { max: days(30), approver: 'unitHead', count: 1, reasonToPetitioner: true, ceiling: null }, // 22 art 34
  // 22 art 34 for every accepted matter; 22 arts 29, 30, 32 a reply for each class; 22 arts 35–36 review of a claim's opinion.
  scope: {
    handling: ['suggestion', 'accusation', 'claim'],
    reply: ['suggestion', 'accusation', 'claim'],
    review: ['claim'],
  },
  review: { unit: 'superiorOrgan', reReviewUnit: 'reReviewOrgan' }, // 22 arts 35, 36: one level up, then one more
  // 22 art 30: an accusation against the receiving unit itself goes to the superior or the discipline-inspection organ.
  accusedUnitEscalation: { units: ['superiorOrgan', 'disciplineInspection'], roles: ['clerk'] },
  staff: [],
  // rules.md N20 (unverified): simplified handling within 10 working days, off unless the organ switches it on.
  simplified: { enabled: false, period: workdays(10) },
  replyExemptions: { anonymous: true, repeated: false, unclear: true, vague: false }, // 22 art 23(2): name or address unclear
  representativesLimit: 5, // 22 art 20(3)
  emergencyReportMinutes: null,
  emergencyReportTo: null,
  dueSoonWorkdays: 3,
  leaderChain: [],
  intake: {
    // rules.md §4 (all seeds): same-day opening, envelope kept, record read back, truth statement
    openLettersSameDay: true,
    keepEnvelope: true,
    // 22 art 19(1) has staff write an oral petition down; the visitor's signature is a seed rule (§政协机关).
    visitRecordConfirmation: false,
    // No regulation makes a named petitioner give a phone or address (22 art 23(2) only spares the notice).
    requireContact: false,
    truthStatement: true,
    hotlineReportToLeader: false,
  },
  units: [
    unit('XFB', 'petitionOffice', '信访工作机构', 'Petition office'),
    unit('JJJC', 'disciplineInspection', '纪检监察机关', 'Discipline inspection and supervision organ'),
    unit('YQJG', 'competentOrgan', '有权处理的机关、单位', 'Organ or unit with power to handle the matter'),
    ...SUPERIORS,
  ],
  defaultUnit: 'petitionOffice',
  topics: [],
  routing: [
    {
      when: { classes: ['accusation'] },
      unit: 'disciplineInspection',
      reason: t(
        '检举控告类事项由纪检监察机关或有权处理的机关办理（第三十条）',
        'Accusations go to discipline inspection or the competent organ (22 art 30)',
      ),
    },
    {
      when: { classes: ['claim'] },
      unit: 'competentOrgan',
      reason: t(
        '申诉求决类事项由有权处理的机关、单位办理（第三十一条）',
        'Claims go to the organ or unit with power to decide them (22 art 31)',
      ),
    },
    {
      when: { classes: ['suggestion'] },
      unit: 'competentOrgan',
      reason: t(
        '建议意见类事项由有关机关、单位研究论证（第二十九条）',
        'Suggestions go to the organ or unit concerned for study (22 art 29)',
      ),
    },
  ],
  // Archived once concluded with its result (rules.md §4); the seed §交通集团 list of materials is that preset's own.
  archive: { defaultUnit: 'petitionOffice', rules: [], requires: ['result'] },
  jointHandling: {
    // 22 art 24 (several organs agree who accepts) and seed §会办 (triggers and forms)
    enabled: true,
    triggers: ['severalPlaces', 'strongDisagreement', 'collectiveRisk', 'handedDown'],
    forms: ['onSite', 'meeting'],
    petitionerMayAttend: true,
  },
  hearings: true, // 22 art 32
  caseOwnership: false,
  reporting: { statistics: ['yearly'], hotIssueScreening: null, publishHotIssues: false },
  reception: { leaderDays: null, dutyRota: false, phone24h: false },
};

const nationalPeriods = national.periods;

/** seed §交通集团 (国土资源厅信访工作制度, 交通集团 text). */
const transportGroup: PolicyProfile = {
  ...national,
  id: 'transportGroup',
  version: '2026.1',
  name: t('交通集团公司信访工作制度', 'Transport group petition rules'),
  source: 'seed §交通集团; 22',
  notes: [
    t(
      '转送、交办件自收到之日起 15 日内决定是否受理并书面告知；自受理之日起 60 日内办结，经集团公司领导批准可延长不超过 30 日',
      "Transferred or assigned matters: acceptance decided and notified within 15 days of receipt; concluded within 60 days of acceptance, extension of at most 30 days with the group leadership's approval",
    ),
  ],
  periods: { ...nationalPeriods, notice: days(15) },
  handling: { ...national.handling, direct: days(60), assigned: days(60), transferred: days(60) },
  extension: { max: days(30), approver: 'leader', count: 1, reasonToPetitioner: true, ceiling: null },
  // seed §交通集团 三(一)3: 呈送集团公司政工领导、总经理、董事长逐级阅批, then transferred: enforced before disposal.
  leaderChain: [
    t('集团公司政工领导', 'Group political-work leader'),
    t('总经理', 'General manager'),
    t('董事长', 'Chairman of the board'),
  ],
  intake: { ...national.intake, openLettersSameDay: true, keepEnvelope: true, hotlineReportToLeader: true },
  units: [
    unit('XFB', 'groupPetitionOffice', '集团公司信访办公室', 'Group petition office'),
    unit('DQB', 'partyWork', '党群工作部', 'Party and public work department'),
    unit('JW', 'groupDiscipline', '集团公司纪委', 'Group discipline inspection committee'),
    unit('ZJB', 'generalManagerOffice', '总经理办公室', "General manager's office"),
    unit('YYB', 'operations', '运营管理部', 'Operations department'),
    unit('RLB', 'humanResources', '人力资源部', 'Human resources department'),
    ...SUPERIORS,
  ],
  defaultUnit: 'groupPetitionOffice',
  topics: [
    { id: 'employment', name: t('劳动人事', 'Employment and staffing') },
    { id: 'serviceQuality', name: t('运营服务', 'Transport service') },
  ],
  routing: [
    {
      when: { classes: ['accusation'] },
      unit: 'groupDiscipline',
      reason: t(
        '检举控告类事项由集团公司纪委办理，材料严格保密',
        'Accusations go to the group discipline committee and stay confidential',
      ),
    },
    {
      when: { topics: ['employment'] },
      unit: 'humanResources',
      reason: t(
        '按“分级负责、归口办理”，劳动人事问题由人力资源部办理',
        'By responsibility: employment matters go to human resources',
      ),
    },
    {
      when: { topics: ['serviceQuality'] },
      unit: 'operations',
      reason: t(
        '按“分级负责、归口办理”，运营服务问题由运营管理部办理',
        'By responsibility: service matters go to operations',
      ),
    },
  ],
  // seed §交通集团 四: 信访原件材料、拟办意见、领导批示、调查材料、处理结果 … 统一立卷归档.
  archive: {
    defaultUnit: 'groupPetitionOffice',
    rules: [],
    requires: ['proposedHandling', 'leaderInstruction', 'investigation', 'result'],
    // What the file lacks may be added after conclusion, recorded as late.
    supplement: 'late',
  },
  accusedUnitEscalation: { units: ['superiorOrgan', 'groupDiscipline'], roles: ['clerk'] },
};

/** seed §政协机关 (成都市政协机关信访工作制度). */
const cppcc: PolicyProfile = {
  ...national,
  id: 'cppcc',
  version: '2026.1',
  name: t('政协机关信访工作制度', 'CPPCC office petition rules'),
  source: 'seed §政协机关; 22',
  notes: [
    ONE_MONTH,
    t(
      '一般信访件一个月内办理完毕，重大信访件不超过三个月；一个月内复信，不能办理的也应复信说明原因',
      'Ordinary matters within one month, major ones within three months; a reply within one month, or a letter explaining the delay',
    ),
  ],
  periods: { ...nationalPeriods, leaderReview: days(3), reply: days(30) },
  handling: {
    direct: days(30),
    assigned: days(30),
    transferred: days(30),
    complex: days(90),
    rules: [],
    from: FROM_ACCEPTANCE,
  },
  // seed §政协机关 四.1: 重大信访件不得超过三个月 — no extension pushes past it.
  extension: { ...national.extension, ceiling: days(90) },
  // seed §政协机关 五.1: no reply to anonymous, repeated or vague (含糊不清) letters.
  replyExemptions: { anonymous: true, repeated: true, unclear: true, vague: true },
  // seed §政协机关 一.3: 请来访人阅看记录确认后签名.
  intake: { ...national.intake, visitRecordConfirmation: true },
  units: [
    unit('XFC', 'petitionDivision', '政协机关信访处', 'CPPCC petition division'),
    unit('BGT', 'generalOffice', '办公厅', 'General office'),
    unit('MSZ', 'secretaryGeneral', '秘书长办公会', "Secretaries-general's meeting"),
    unit('TAW', 'proposalCommittee', '提案委员会', 'Proposals committee'),
    unit('JGJW', 'agencyDiscipline', '机关纪委', 'Agency discipline committee'),
    ...SUPERIORS,
  ],
  defaultUnit: 'petitionDivision',
  routing: [
    {
      when: { classes: ['accusation'] },
      unit: 'agencyDiscipline',
      reason: t(
        '检举控告类事项由机关纪委办理（第三十条）',
        'Accusations go to the agency discipline committee (22 art 30)',
      ),
    },
    {
      when: { classes: ['suggestion'] },
      unit: 'proposalCommittee',
      reason: t('建议意见类事项由提案委员会研究', 'Suggestions go to the proposals committee for study'),
    },
  ],
  archive: { ...national.archive, defaultUnit: 'generalOffice' },
  accusedUnitEscalation: { units: ['superiorOrgan', 'agencyDiscipline'], roles: ['clerk'] },
  reporting: { statistics: ['quarterly', 'yearly'], hotIssueScreening: null, publishHotIssues: false },
  reception: { leaderDays: 'weekly', dutyRota: true, phone24h: false }, // half a working day a week, rota of secretaries-general
};

/** seed §局 (信访接待工作制度, 办公室 text): direct 30 / assigned 90 / transferred 90 days. */
const bureau: PolicyProfile = {
  ...national,
  id: 'bureau',
  version: '2026.1',
  name: t('局信访接待工作制度', 'Bureau petition reception rules'),
  source: 'seed §局 (信访接待工作制度 II); 22',
  notes: [
    t(
      '直接办理的事项 30 日内办结，情况复杂的可适当延长；交办事项自收到之日起 90 日内办结并报告交办机关；转办事项 90 日内办结',
      'Direct matters within 30 days (extendable if complex); assigned matters within 90 days of receipt, result reported to the assigner; transferred matters within 90 days',
    ),
  ],
  periods: { ...nationalPeriods, reportBack: days(90) },
  // seed §局 (六): assigned and transferred matters 自收到之日起 90 日内办结 — from receipt, not acceptance.
  handling: {
    direct: days(30),
    assigned: days(90),
    transferred: days(90),
    complex: null,
    rules: [],
    from: { direct: 'acceptance', assigned: 'receipt', transferred: 'receipt' },
  },
  units: [
    unit('JBG', 'bureauOffice', '局办公室', 'Bureau general office'),
    unit('JLD', 'bureauLeader', '局领导', 'Bureau leadership'),
    unit('ZCFG', 'policyRegulation', '政策法规科', 'Policy and regulations section', 'bureauOffice'),
    unit('YWK', 'businessSection', '业务科', 'Business section', 'bureauOffice'),
    unit('JJZ', 'bureauDiscipline', '驻局纪检组', 'Discipline inspection team'),
    ...SUPERIORS,
  ],
  defaultUnit: 'bureauOffice',
  routing: [
    {
      when: { classes: ['accusation'] },
      unit: 'bureauDiscipline',
      reason: t(
        '检举控告类事项由驻局纪检组办理（第三十条）',
        'Accusations go to the discipline inspection team (22 art 30)',
      ),
    },
  ],
  archive: { ...national.archive, defaultUnit: 'bureauOffice' },
  accusedUnitEscalation: { units: ['superiorOrgan', 'bureauDiscipline'], roles: ['clerk'] },
};

/** seed §物价局 (xxx物价局信访工作制度). */
const priceBureau: PolicyProfile = {
  ...national,
  // 22 art 30: the organ one level up (the seed names no discipline-inspection unit of its own).
  accusedUnitEscalation: { units: ['superiorOrgan'], roles: ['clerk'] },
  id: 'priceBureau',
  version: '2026.1',
  name: t('物价局信访工作制度', 'Price bureau petition rules'),
  source: 'seed §物价局; 22; 《价格违法行为举报规定》',
  notes: [
    t(
      '自受理之日起 60 日内办结；情况复杂的，经局主要领导批准可延长不超过 30 日，并告知信访人延期理由；上级批办事项的结果书面报告',
      "Concluded within 60 days of acceptance; if complex, extended by at most 30 days with the principal's approval and the reason told to the petitioner; results of matters handed down are reported in writing",
    ),
  ],
  handling: national.handling, // seed §物价局 五: 自受理之日起 60 日内办结, as 22 art 34
  // seed §物价局 五: 经局主要领导批准 … 不得超过30日，并告知信访人延期理由.
  extension: { max: days(30), approver: 'unitHead', count: 1, reasonToPetitioner: true, ceiling: null },
  units: [
    unit('BGS', 'generalOffice', '办公室', 'General office'),
    unit('JCS', 'priceInspection', '价格监督检查所', 'Price supervision and inspection office'),
    unit('JGK', 'pricingSection', '价格管理科', 'Pricing section'),
    unit('SFK', 'chargesSection', '收费管理科', 'Charges section'),
    ...SUPERIORS,
  ],
  defaultUnit: 'generalOffice',
  topics: [
    { id: 'priceComplaint', name: t('价格投诉举报', 'Price complaint or report') },
    { id: 'charges', name: t('行政事业性收费', 'Administrative fees and charges') },
  ],
  routing: [
    {
      when: { topics: ['priceComplaint'] },
      unit: 'priceInspection',
      reason: t('价格投诉举报由价格监督检查所办理', 'Price complaints go to the price inspection office'),
    },
    {
      when: { topics: ['charges'] },
      unit: 'chargesSection',
      reason: t('收费问题由收费管理科办理', 'Fees and charges go to the charges section'),
    },
  ],
  archive: {
    defaultUnit: 'generalOffice',
    requires: ['result'],
    rules: [
      {
        when: { topics: ['priceComplaint'] },
        unit: 'priceInspection',
        reason: t(
          '价格投诉举报由检查所整理归档，其他信访件由办公室归档',
          'Price complaints are archived by the inspection office, others by the general office',
        ),
      },
    ],
  },
};

/** seed §医院 (国土资源厅信访工作制度, 医院 text): 1 week, complex 2 weeks; routing by topic. */
const hospital: PolicyProfile = {
  ...national,
  // 22 art 30: the organ one level up (the seed names no discipline-inspection unit of its own).
  accusedUnitEscalation: { units: ['superiorOrgan'], roles: ['clerk'] },
  id: 'hospital',
  version: '2026.1',
  name: t('医院信访工作制度', 'Hospital petition rules'),
  source: 'seed §医院; 22',
  notes: [
    t(
      '来信原则上一周内处理，涉及较复杂的纠纷或特殊情况不超过两周（按 7 日、14 日计算）',
      'Letters are handled within one week, complex disputes or special cases within two weeks (counted as 7 and 14 days)',
    ),
  ],
  // seed §医院 5: 所有来信在一周内予以处理 … 可适当推迟，但不超过两周 — letters only; visits and calls keep 22 art 34.
  handling: {
    ...national.handling,
    rules: [
      {
        when: { channels: ['letter'] },
        period: days(7),
        ceiling: days(14),
        reason: t('来信一周内处理，复杂的不超过两周', 'Letters within one week, complex ones within two weeks'),
      },
    ],
  },
  units: [
    unit('YBS', 'hospitalOffice', '院办室', "Hospital president's office"),
    unit('YWK', 'medicalAffairs', '医务科', 'Medical Affairs Office', 'hospitalOffice'),
    unit('YHB', 'patientRelations', '医患关系办公室', 'Patient Relations Office', 'hospitalOffice'),
    unit('HLB', 'nursing', '护理部', 'Nursing Department', 'hospitalOffice'),
    unit('DWB', 'partyOffice', '党委办公室', 'Party Committee Office'),
    ...SUPERIORS,
  ],
  defaultUnit: 'hospitalOffice',
  topics: [
    { id: 'medicalQuestion', name: t('医疗咨询', 'Medical question') },
    { id: 'medicalDispute', name: t('医疗纠纷', 'Medical dispute') },
    { id: 'nursingCare', name: t('护理问题', 'Nursing care') },
    { id: 'professionalEthics', name: t('职业道德', 'Professional ethics') },
  ],
  routing: [
    {
      when: { topics: ['medicalQuestion'] },
      unit: 'medicalAffairs',
      reason: t('医疗咨询由医务科或有关科室回信', 'Medical questions are answered by the Medical Affairs Office'),
    },
    {
      when: { topics: ['medicalDispute'] },
      unit: 'patientRelations',
      with: ['medicalAffairs', 'nursing'],
      reason: t(
        '医疗纠纷由医患关系办公室、医务科或护理部处理答复',
        'Medical disputes go to Patient Relations with Medical Affairs and Nursing',
      ),
    },
    {
      when: { topics: ['nursingCare'] },
      unit: 'nursing',
      reason: t('护理问题由护理部处理答复', 'Nursing care goes to the Nursing Department'),
    },
    {
      when: { topics: ['professionalEthics'] },
      unit: 'partyOffice',
      reason: t('职业道德方面的来信由党委办公室处理答复', 'Professional ethics goes to the Party Committee Office'),
    },
  ],
  archive: { ...national.archive, defaultUnit: 'hospitalOffice' },
};

/** seed §学校 (信访接待工作制度, 学校 text). */
const school: PolicyProfile = {
  ...national,
  id: 'school',
  version: '2026.1',
  name: t('学校信访工作制度', 'School petition rules'),
  source: 'seed §学校; 22',
  notes: [
    t(
      '“涉及信访人权益、署真实姓名的重要信访件”按实名的申诉求决类事项处理：交校长批示，15 日内完成；其他交分管领导批示，30 日内完成',
      '"Important real-name matters touching the petitioner\'s rights" are read as real-name claims: principal, 15 days; all others: the deputy in charge, 30 days',
    ),
  ],
  handling: {
    direct: days(30),
    assigned: days(30),
    transferred: days(30),
    complex: null,
    from: FROM_ACCEPTANCE,
    rules: [
      {
        when: { classes: ['claim'], anonymous: false },
        period: days(15),
        reason: t(
          '涉及信访人权益的实名信访件交校长批示，15 日内完成',
          "Real-name matters touching the petitioner's rights: principal, 15 days",
        ),
      },
    ],
  },
  emergencyReportMinutes: 30, // seed §学校: 重大紧急信访事件 30 分钟以内报教育局信访办
  emergencyReportTo: 'educationBureau',
  review: { unit: 'educationBureau', reReviewUnit: 'reReviewOrgan' },
  accusedUnitEscalation: { units: ['educationBureau'], roles: ['clerk'] },
  units: [
    unit('XB', 'schoolOffice', '学校信访办（校办）', 'School office (petitions)'),
    unit('JYJ', 'educationBureau', '教育局信访办', 'Education bureau petition office'),
    unit('XZ', 'principal', '校长', 'Principal'),
    unit('FGXZ', 'deputyPrincipal', '分管校领导', 'Deputy principal in charge'),
    unit('JWC', 'academicAffairs', '教务处', 'Academic affairs'),
    unit('XSC', 'studentAffairs', '学生处', 'Student affairs'),
    unit('ZWC', 'generalAffairs', '总务处', 'General affairs'),
    ...SUPERIORS,
  ],
  defaultUnit: 'deputyPrincipal',
  routing: [
    {
      when: { classes: ['claim'], anonymous: false },
      unit: 'principal',
      reason: t(
        '涉及信访人权益、署真实姓名的信访件交校长批示',
        "Real-name matters touching the petitioner's rights go to the principal",
      ),
    },
    {
      when: {},
      unit: 'deputyPrincipal',
      reason: t('其他信访件交分管领导批示', 'Other matters go to the deputy principal in charge'),
    },
  ],
  archive: { ...national.archive, defaultUnit: 'schoolOffice' },
  reporting: { statistics: ['yearly'], hotIssueScreening: null, publishHotIssues: true },
  reception: { leaderDays: null, dutyRota: true, phone24h: true },
};

/** seed §局 (信访工作制度, 局办公室 text): 来信归口 routing table. */
const bureauRouting: PolicyProfile = {
  ...national,
  // 22 art 30: the organ one level up (the seed names no discipline-inspection unit of its own).
  accusedUnitEscalation: { units: ['superiorOrgan'], roles: ['clerk'] },
  id: 'bureauRouting',
  version: '2026.1',
  name: t('局来信归口处理办法', 'Bureau letter routing rules'),
  source: 'seed §局 (来信归口); 22',
  notes: [
    t(
      '群众来信由局办公室负责登记、交办、协调和督办；重大、政策性较强或涉及两个以上科室的问题报局领导批办',
      'Letters are registered, assigned, coordinated and supervised by the bureau office; major matters, matters of policy weight or beyond one section go to the bureau leader',
    ),
  ],
  units: [
    unit('JBG', 'bureauOffice', '局办公室', 'Bureau office'),
    unit('JGH', 'bureauUnion', '局工会', 'Bureau trade union'),
    unit('JLD', 'bureauLeader', '局领导', 'Bureau leader'),
    unit('YGKS', 'competentSections', '有关科室', 'Competent sections', 'bureauOffice'),
    ...SUPERIORS,
  ],
  defaultUnit: 'bureauOffice',
  topics: [
    {
      id: 'detentionPenalty',
      name: t('职工受拘留、劳教、治安管理处分', 'Staff detention, re-education or public-security penalties'),
    },
    { id: 'labourDispute', name: t('劳资纠纷和民事调解', 'Labour disputes and civil mediation') },
    { id: 'logistics', name: t('行政后勤', 'Administration and logistics') },
    {
      id: 'majorPolicy',
      name: t('重大、政策性或涉及两个以上科室的问题', 'Major, policy-weighted or multi-section matters'),
    },
  ],
  routing: [
    {
      when: { topics: ['majorPolicy'] },
      unit: 'bureauLeader',
      reason: t(
        '重大、政策性较强或涉及两个以上科室的问题报局领导批办',
        'Major, policy-weighted or multi-section matters go to the bureau leader',
      ),
    },
    {
      when: { topics: ['detentionPenalty'] },
      unit: 'bureauOffice',
      reason: t(
        '职工受拘留、劳教、治安管理等处分问题由局办公室办理',
        'Detention, re-education and public-security penalties go to the bureau office',
      ),
    },
    {
      when: { topics: ['labourDispute'] },
      unit: 'bureauUnion',
      reason: t('劳资纠纷和民事调解由局工会办理', 'Labour disputes and civil mediation go to the bureau union'),
    },
    {
      when: { topics: ['logistics'] },
      unit: 'bureauOffice',
      reason: t('行政后勤问题由局办公室办理', 'Administration and logistics go to the bureau office'),
    },
    {
      when: {},
      unit: 'bureauOffice',
      with: ['competentSections'],
      reason: t(
        '其他问题由局办公室牵头，会同有关科室办理',
        'Other matters: the bureau office leads, together with the competent sections',
      ),
    },
  ],
  archive: { ...national.archive, defaultUnit: 'bureauOffice' },
};

/** seed §镇 (学校信访工作制度, 镇 text). */
const township: PolicyProfile = {
  ...national,
  id: 'township',
  version: '2026.1',
  name: t('镇信访工作制度', 'Township petition rules'),
  source: 'seed §镇; 22',
  notes: [
    t(
      '每月排摸信访突出问题；党政领导接待日每月不少于 1 次；包案领导一包到底并写出书面调处报告；每季度向上一级信访部门报告',
      'Hot issues screened monthly; leader reception day at least monthly; case-owning leaders follow a matter to the end with a written report; quarterly report to the office above',
    ),
  ],
  units: [
    unit('XFB', 'townshipPetitionOffice', '镇信访办', 'Township petition office'),
    unit('DZBZ', 'townshipLeadership', '镇党政领导班子', 'Township Party and government leadership'),
    unit('ZZB', 'comprehensiveGovernance', '综治办', 'Comprehensive governance office', 'townshipPetitionOffice'),
    unit('CSQ', 'villageCommittee', '村（社区）', 'Village or community committee', 'townshipPetitionOffice'),
    unit('ZJW', 'townshipDiscipline', '镇纪委', 'Township discipline committee'),
    ...SUPERIORS,
  ],
  defaultUnit: 'townshipPetitionOffice',
  routing: [
    {
      when: { classes: ['accusation'] },
      unit: 'townshipDiscipline',
      reason: t(
        '检举控告类事项由镇纪委办理（第三十条）',
        'Accusations go to the township discipline committee (22 art 30)',
      ),
    },
  ],
  archive: { ...national.archive, defaultUnit: 'townshipPetitionOffice' },
  accusedUnitEscalation: { units: ['superiorOrgan', 'townshipDiscipline'], roles: ['clerk'] },
  hearings: true,
  caseOwnership: true,
  reporting: { statistics: ['quarterly', 'yearly'], hotIssueScreening: 'monthly', publishHotIssues: false },
  reception: { leaderDays: 'monthly', dutyRota: true, phone24h: false },
};

/**
 * The shipped presets, keyed by id: `national` (《信访工作条例》2022) and one per institution of rules.md §3.
 * Joint handling (信访会办, seed §会办) is the `jointHandling` field of every preset. Derive your own with
 * `derivePolicy`.
 *
 * @example
 * policies.bureau.handling.assigned;      // { days: 90, unit: 'day' }
 * policies.school.emergencyReportMinutes; // 30
 */
export const policies: Readonly<Record<PolicyId, PolicyProfile>> = /* @__PURE__ */ deepFreeze({
  national,
  transportGroup,
  cppcc,
  bureau,
  priceBureau,
  hospital,
  school,
  bureauRouting,
  township,
});

/**
 * Ids of the shipped presets.
 *
 * @example
 * const id: PolicyId = 'hospital';
 */
export type PolicyId =
  | 'national'
  | 'transportGroup'
  | 'cppcc'
  | 'bureau'
  | 'priceBureau'
  | 'hospital'
  | 'school'
  | 'bureauRouting'
  | 'township';
