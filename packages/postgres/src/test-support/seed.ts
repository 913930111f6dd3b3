import { PGlite } from '@electric-sql/pglite';
import { addDays, type Command, type PetitionInput, policies } from '@xinfang/core';
import { actorsOf, at, command, fullScenario, samplePetitions } from '@xinfang/core/testing';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, pgDatabase, pgliteDatabase } from '../db.js';
import type { PostgresPetitionStore } from '../store.js';

const national = policies.national;
const A = actorsOf(national.defaultUnit, national.extension.approver);

/**
 * Registers `petition` and runs up to `steps` commands of its full scenario after registration, stopping at
 * the first one its kind of petition refuses (an anonymous one owes no reply, …).
 */
async function drive(store: PostgresPetitionStore, petition: PetitionInput, steps: number): Promise<string> {
  const [register, ...rest] = fullScenario('x', national, petition);
  const r = await store.execute(register as Command);
  if (!r.ok) throw new Error(r.rejection.message.en);
  for (const c of rest.slice(0, steps)) {
    const x = await store.execute({ ...c, petitionId: r.view.petitionId } as Command);
    if (!x.ok) break;
  }
  return r.view.petitionId;
}

/**
 * A seeded office: petitions of every channel and class stopped at every stage (registered, accepted,
 * extended, concluded, replied, reviewed, archived), one concluded late, one transferred to another unit,
 * one received in 2024 and one in 2026.
 */
export async function seedOffice(store: PostgresPetitionStore): Promise<void> {
  const inputs = [
    samplePetitions.letterClaim,
    samplePetitions.visitClaim,
    samplePetitions.collectiveVisit,
    samplePetitions.anonymousSuggestion,
    samplePetitions.hotlineCall,
    samplePetitions.accusation,
  ];
  for (let i = 0; i < 18; i++) await drive(store, inputs[i % inputs.length]!, (i * 5) % 19);
  // 22 art 34: concluded after its due date, without an extension — counted late.
  const late = await drive(store, { ...samplePetitions.visitClaim, receivedAt: at('2025-03-03') }, 0);
  for (const c of [
    command('accept', late, at('2025-03-04'), A.clerk, {}),
    command('conclude', late, at(addDays('2025-03-04', 90)), A.handler, { outcome: 'explain', opinion: '迟办' }),
  ]) {
    const r = await store.execute(c as Command);
    if (!r.ok) throw new Error(r.rejection.message.en);
  }
  const moved = await drive(store, { ...samplePetitions.visitClaim, receivedAt: at('2025-06-10') }, 0);
  const t = await store.execute(
    command('transfer', moved, at('2025-06-10', '15:00'), A.clerk, { toUnit: 'competentOrgan', reason: '属其职责' }),
  );
  if (!t.ok) throw new Error(t.rejection.message.en);
  await drive(store, { ...samplePetitions.accusation, receivedAt: at('2024-12-31') }, 6);
  await drive(store, { ...samplePetitions.hotlineCall, receivedAt: at('2026-01-05') }, 3);
}

/** Both databases a test file runs on: PGlite in memory, and a database `name` of its own in the cluster. */
export function openDatabases(name: string): [string, () => Promise<Database>][] {
  return [
    ['PGlite', async () => pgliteDatabase(await PGlite.create())],
    [
      'PostgreSQL 15',
      async () => {
        const admin = new pg.Client({ connectionString: inject('postgresUrl') });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        return pgDatabase(new pg.Pool({ connectionString: inject('postgresUrl').replace(/\/postgres$/, `/${name}`) }));
      },
    ],
  ];
}
