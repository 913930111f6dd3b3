// Node: a Dexie petition store on fake-indexeddb, with whichever Dexie 4 the app installed.
// Run: node store.mjs — prints one JSON line: the Dexie version, the number given at registration and the status.
import 'fake-indexeddb/auto';
import { policies } from '@xinfang/core';
import { actorsOf, registerCommand, samplePetitions } from '@xinfang/core/testing';
import { createPetitionStore } from '@xinfang/dexie';
import Dexie from 'dexie';

const store = createPetitionStore({ name: `example-${process.pid}` });
await store.open();
const registered = await store.execute(
  registerCommand('', samplePetitions.letterClaim, policies.national, { at: '2025-09-22T10:00:00+08:00' }),
);
if (!registered.ok) throw new Error(registered.rejection.message.en);
const { petitionId } = registered.view;
const accepted = await store.execute({
  type: 'accept',
  petitionId,
  at: '2025-09-23T10:00:00+08:00',
  by: actorsOf(policies.national.defaultUnit).clerk,
});
const view = await store.view(petitionId);
const found = await store.byRegistrationNo(registered.view.registrationNo);
store.close();
console.log(
  JSON.stringify({
    dexie: Dexie.semVer,
    registrationNo: registered.view.registrationNo,
    accepted: accepted.ok,
    status: view?.status,
    found: found?.petitionId === petitionId,
  }),
);
