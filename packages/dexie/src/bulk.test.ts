import { chinaCalendar, hashEvent, type PetitionEvent, policies } from '@xinfang/core';
import { afterAll, describe, expect, it } from 'vitest';
import { bulkWrite } from './bulk.js';
import { type Digest, openDigest, webCryptoDigest } from './digest.js';
import { sampleHistories, storeTracker } from './test-support.js';

const stores = storeTracker();
afterAll(stores.cleanup);

const ctx = {
  policyFor: (id: string, version: string) => Object.values(policies).find((p) => p.id === id && p.version === version),
  calendar: chinaCalendar,
};
const webCrypto = webCryptoDigest();
/** Chunks of 40 histories (500 in use): three chunks, the last one short. */
const CHUNK = 40;
const histories = sampleHistories(CHUNK * 2 + 20, {}, 300);

/** `events` with event `k` re-stated by `patch` (a bad hash, or a forged content re-hashed). */
function tampered(all: PetitionEvent[][], i: number, k: number, patch: Record<string, unknown>): PetitionEvent[][] {
  const out = all.map((h) => [...h]);
  out[i]![k] = { ...out[i]![k]!, ...patch } as PetitionEvent;
  return out;
}

async function importError(digest: Digest | undefined, input: PetitionEvent[][]) {
  const store = stores.fresh('bulk-digest');
  await store.open();
  const error = await bulkWrite(store.db, input, ctx, undefined, digest, CHUNK).catch((e: unknown) => e);
  return { error: error as { code?: string; bilingual?: { zh: string; en: string } }, count: await store.count() };
}

describe('bulk import with WebCrypto digests', { timeout: 30_000 }, () => {
  it('this runtime has WebCrypto, and its digest is the core’s hash (CJK text, a lone surrogate)', async () => {
    expect(webCrypto).toBeDefined();
    expect(await webCrypto!(['', 'abc'])).toEqual([
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ]);
    const [digest] = await webCrypto!([`{"data":${JSON.stringify('信访\ud800 事项')}}`]);
    expect(digest).toBe(hashEvent({ data: '信访\ud800 事项' } as never));
  });

  it('the digest in a worker (Chromium; on this thread where there is no Worker) equals the core’s hash', async () => {
    const session = openDigest()!;
    expect(session.where).toBe(typeof Worker === 'function' ? 'worker' : 'main');
    const texts = ['', 'abc', `{"data":${JSON.stringify('信访\ud800 事项')}}`];
    const [a, b] = await Promise.all([session.digest(texts), session.digest(texts.slice(1))]);
    session.close();
    expect(a).toEqual([
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      hashEvent({ data: '信访\ud800 事项' } as never),
    ]);
    expect(b).toEqual(a.slice(1));
  });

  it('imports exactly what the synchronous check imports: same views, same counters and tallies', async () => {
    const a = stores.fresh('bulk-sync');
    const b = stores.fresh('bulk-web');
    await a.open();
    await b.open();
    await bulkWrite(a.db, histories, ctx, undefined, undefined, CHUNK);
    const session = openDigest()!;
    await bulkWrite(b.db, histories, ctx, undefined, session.digest, CHUNK);
    session.close();
    expect(await b.db.views.toArray()).toEqual(await a.db.views.toArray());
    expect(await b.db.counters.toArray()).toEqual(await a.db.counters.toArray());
    expect(await b.db.tallies.toArray()).toEqual(await a.db.tallies.toArray());
    expect(await b.count()).toBe(histories.length);
  });

  it('a bad hash in the second chunk is named before a refused history in the third, and nothing is written', async () => {
    let input = tampered(histories, CHUNK + 7, 4, { hash: 'f'.repeat(64) });
    input = tampered(input, CHUNK * 2 + 3, 0, { type: 'archived' });
    const sync = await importError(undefined, input);
    const web = await importError(webCrypto, input);
    expect(sync.error.code).toBe('invalid-history');
    expect(sync.error.bilingual?.en).toContain(`History ${CHUNK + 8} (petition`);
    expect(sync.error.bilingual?.en).toContain('record 5');
    expect(web.error.bilingual).toEqual(sync.error.bilingual);
    expect([sync.count, web.count]).toEqual([0, 0]);
  });

  it('a bad hash in the last chunk only is found before the transaction ends: nothing is written', async () => {
    const input = tampered(histories, histories.length - 1, 9, { hash: '0'.repeat(64) });
    const web = await importError(webCrypto, input);
    expect(web.error.bilingual?.en).toContain(`History ${histories.length} (petition`);
    expect(web.count).toBe(0);
  });

  it('a refused history in the first chunk is named as the synchronous check names it', async () => {
    const input = tampered(histories, 2, 3, { seq: 9 });
    const sync = await importError(undefined, input);
    const web = await importError(webCrypto, input);
    expect(web.error.bilingual).toEqual(sync.error.bilingual);
    expect(web.count).toBe(0);
  });

  it('a digest that fails refuses the import (fail closed): nothing is written', async () => {
    const failing: Digest = () => Promise.reject(new Error('digest unavailable'));
    const wrong: Digest = (texts) => Promise.resolve(texts.map(() => 'a'.repeat(64)));
    expect((await importError(failing, histories.slice(0, 3))).count).toBe(0);
    const refused = await importError(wrong, histories.slice(0, 3));
    expect(refused.error.code).toBe('invalid-history');
    expect(refused.count).toBe(0);
  });
});
