/**
 * The organs of the demo: the national regulation and the seed institutions, each a core
 * `PolicyProfile`. Kept apart from the store so that pages which only name organs (the citizen's form)
 * do not load the database code.
 */
import { type PolicyProfile, policies } from '@xinfang/core';
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
