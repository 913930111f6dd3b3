/**
 * Loads the store code (services.ts: Dexie, the lifecycle, history hashing) on demand, after the page that
 * needs it has drawn its first screen, so that screen does not wait for — or share a long task with — the
 * biggest chunk of the office. Every caller gets the same module.
 */
import { yieldToMain } from './yield.js';

let loading: Promise<typeof import('./services.js')> | undefined;

/**
 * The office's services with its store, loaded once. Its biggest parts are evaluated one at a time, each in a
 * task of its own with a yield in between (so none of them blocks input for long): the Dexie library, then the
 * core's petition schema, then the rest (the lifecycle, the store, the calendar's tables). Each `import()`
 * evaluates only what the earlier ones have not.
 */
export function loadServices(): Promise<typeof import('./services.js')> {
  loading ??= (async () => {
    await yieldToMain();
    // `dexie` is the dependency of @xinfang/dexie (installed with it); imported here only to evaluate it first.
    await import('dexie');
    await yieldToMain();
    await import('@xinfang/core/schema');
    await yieldToMain();
    return import('./services.js');
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
