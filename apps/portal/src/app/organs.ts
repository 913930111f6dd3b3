/**
 * The organs of the demo: the national regulation and the seed institutions, each a core
 * `PolicyProfile`. Kept apart from the store so that pages which only name organs (the citizen's form)
 * do not load the database code.
 */
import { type Bilingual, type PolicyProfile, policies } from '@xinfang/core';
import { session } from './session.js';

/** The policy presets by id (the national regulation and the seed institutions). */
export const presets = policies as Readonly<Record<string, PolicyProfile>>;

/** Organ ids in menu order: the national preset first, then the seed institutions. */
export const ORGAN_IDS: readonly string[] = [
  'national',
  ...Object.keys(presets)
    .filter((id) => id !== 'national')
    .sort(),
];

/** The policy of an organ (the current one by default). */
export function policyOf(organ: string = session.organ): PolicyProfile {
  return (Object.hasOwn(presets, organ) ? presets[organ] : undefined) ?? policies.national;
}

/** The organ id in force (falls back to national when a stored id is unknown). */
export function currentOrgan(): string {
  return Object.hasOwn(presets, session.organ) ? session.organ : 'national';
}

/**
 * What a citizen calls each demo organ: the organ's own name, not the name of its rule set (the policy's
 * `name`, e.g. 《信访工作条例》（2022）, is what staff choose between).
 */
const ORGAN_NAMES: Readonly<Record<string, Bilingual>> = {
  national: { zh: '市信访局', en: 'City petition bureau' },
  transportGroup: { zh: '交通集团公司', en: 'Transport group company' },
  cppcc: { zh: '市政协机关', en: 'City CPPCC office' },
  bureau: { zh: '区业务局', en: 'District bureau' },
  priceBureau: { zh: '市物价局', en: 'City price bureau' },
  hospital: { zh: '市人民医院', en: "City people's hospital" },
  school: { zh: '市第一中学', en: 'City No. 1 Middle School' },
  bureauRouting: { zh: '区行政执法局', en: 'District law-enforcement bureau' },
  township: { zh: '镇人民政府', en: 'Township government' },
};

/** The name of an organ for citizens; an organ without one is named by its policy. */
export function organName(organ: string): Bilingual {
  return (Object.hasOwn(ORGAN_NAMES, organ) ? ORGAN_NAMES[organ] : undefined) ?? policyOf(organ).name;
}
