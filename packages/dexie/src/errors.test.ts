import type { DBCore } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPetitionStore,
  DatabaseBlockedError,
  PetitionStoreError,
  StorageFullError,
  StorageUnavailableError,
} from './index.js';
import { dropDatabase, registerCommand, uniqueName } from './test-support.js';

const names: string[] = [];
afterAll(async () => {
  for (const name of names) await dropDatabase(name);
});

function named(prefix: string): string {
  const name = uniqueName(prefix);
  names.push(name);
  return name;
}

function expectBilingual(error: unknown, zh: string, en: string) {
  expect(error).toBeInstanceOf(PetitionStoreError);
  const e = error as PetitionStoreError;
  expect(e.bilingual.zh).toContain(zh);
  expect(e.bilingual.en).toContain(en);
  expect(e.message).toBe(`${e.bilingual.zh} / ${e.bilingual.en}`);
}

describe('errors a person can act on', () => {
  it('storage full (QuotaExceededError): typed error, bilingual, nothing stored', async () => {
    const store = createPetitionStore({ name: named('full') });
    let full = true;
    store.db.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (req) =>
              full && tableName === 'views'
                ? Promise.reject(new DOMException('Quota exceeded (simulated)', 'QuotaExceededError'))
                : table.mutate(req),
          };
        },
      }),
    });
    const error = await store.execute(registerCommand(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).code).toBe('storage-full');
    expectBilingual(error, '存储空间已满', 'storage is full');
    full = false;
    expect(await store.count()).toBe(0);
    store.close();
  });

  it('no IndexedDB at all (private mode, locked-down browser): StorageUnavailableError at creation', () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true });
    try {
      let error: unknown;
      try {
        createPetitionStore({ name: named('none') });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expectBilingual(error, '隐私/无痕模式', 'private/incognito mode');
    } finally {
      if (own) Object.defineProperty(globalThis, 'indexedDB', own);
      else delete (globalThis as { indexedDB?: unknown }).indexedDB;
    }
  });

  it('IndexedDB refuses to open (SecurityError, as in some private modes): StorageUnavailableError', async () => {
    const refusing = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
      deleteDatabase() {
        throw new DOMException('denied', 'SecurityError');
      },
      cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
      databases: async () => [],
    } as unknown as IDBFactory;
    const store = createPetitionStore({ name: named('refused'), indexedDB: refusing });
    const error = await store.open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as StorageUnavailableError).code).toBe('storage-unavailable');
  });

  it('another tab holds an older version open: DatabaseBlockedError instead of waiting forever', async () => {
    const name = named('blocked');
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 5);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    old.onversionchange = () => {}; // an old tab that does not let go
    const store = createPetitionStore({ name });
    const error = await store.open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseBlockedError);
    expect((error as DatabaseBlockedError).reason).toBe('blocked');
    expectBilingual(error, '关闭或刷新本系统的其他标签页', 'Close or reload the other tabs');
    old.close();
  });

  it('another tab upgrades the database (same tables): this tab reconnects and still finds its data', async () => {
    const name = named('upgraded');
    const store = createPetitionStore({ name });
    const r = await store.execute(registerCommand(0));
    expect(r.ok).toBe(true);
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 990);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    expect(await store.count()).toBe(1);
    store.close();
  });
});
