/**
 * Registration (登记) from the portal's forms: the shell generates the query code (crypto.getRandomValues),
 * keeps only its digest in the petition, and lets the store allocate the petition id and the
 * registration number in the registering transaction (22 arts 22–23, N2).
 */
import type { Actor, ExecuteResult, PetitionInput, PolicyProfile } from '@xinfang/core';
import { clock } from './clock.js';
import { newQueryCode } from './query-code.js';
import { currentActor, currentUnit, execute, policyOf, submitToServer } from './services.js';
import { serverPolicy } from './session.js';

/** The online system registers what a citizen submits, as the petition office's intake desk. */
export function onlineDesk(unit: string): Actor {
  return { id: 'online-desk', role: 'clerk', unit, name: '网上信访受理平台' };
}

/**
 * Accused units are typed as names; where a name (or id) is one of the organ's units, it is kept as that
 * unit's id, so the core can refuse to pass the accusation to the unit it accuses (22 art 30(3)).
 * Other names stay as typed.
 */
export function withAccusedUnitIds(petition: PetitionInput, policy: PolicyProfile): PetitionInput {
  if (!petition.accused) return petition;
  const units = petition.accused.units.map((typed) => {
    const name = typed.trim();
    const unit = policy.units.find(
      (u) => u.id === name || u.name.zh === name || u.name.en.toLowerCase() === name.toLowerCase(),
    );
    return unit ? unit.id : typed;
  });
  return { ...petition, accused: { ...petition.accused, units } };
}

export interface Registered {
  result: ExecuteResult;
  /** The query code to hand to the petitioner (shown once; only its digest is stored). */
  queryCode: string;
}

/**
 * Registers a validated petition for `organ` (the current one by default: a citizen names the organ they
 * petition, which leaves the office's own organ as it is). `online` submissions are registered by the online
 * desk in the organ's default unit; staff registrations by the acting clerk in their unit.
 */
export async function registerPetition(
  petition: PetitionInput,
  options: { online: boolean; organ?: string },
): Promise<Registered> {
  const policy = policyOf(options.organ);
  // The shared office: the server registers the citizen's submission itself (no account, its own time and desk).
  if (options.online && serverPolicy !== undefined) return submitToServer(withAccusedUnitIds(petition, policy));
  const unit = options.online ? policy.defaultUnit : currentUnit(policy);
  const by = options.online ? onlineDesk(unit) : currentActor();
  const { code: queryCode, digest } = await newQueryCode();
  const result = await execute(
    {
      type: 'register',
      petitionId: '',
      registrationNo: '',
      unit,
      policyId: policy.id,
      policyVersion: policy.version,
      queryCode: digest,
      petition: withAccusedUnitIds(petition, policy),
      at: clock.now(),
      by,
    },
    undefined,
    options.organ,
  );
  return { result, queryCode };
}
