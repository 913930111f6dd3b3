/**
 * SHA-256 through WebCrypto (`crypto.subtle.digest`), where the core's pure-JavaScript SHA-256 would block
 * the main thread. Used by bulk imports, which check every history with `checkHistoryUnhashed` and compare the
 * digests afterwards (`settleHashes`): byte for byte the same verdict as hashing synchronously.
 */

/** SHA-256 of each text's UTF-8 bytes, lower-case hex, in order. */
export type Digest = (texts: readonly string[]) => Promise<string[]>;

/**
 * The digest loop, written self-contained (no outer names): it runs as is on the main thread and, as the
 * source text of a dedicated worker, off it. `subtle.digest` copies its input when called, so all texts are
 * encoded into one buffer (no buffer per text).
 */
function digestLoop(subtle: SubtleCrypto): (texts: readonly string[]) => Promise<string[]> {
  const encoder = new TextEncoder();
  const HEX: string[] = [];
  for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));
  return (texts) => {
    let size = 0;
    for (const t of texts) size += t.length;
    const bytes = new Uint8Array(size * 3); // UTF-8 needs at most 3 bytes per UTF-16 code unit
    const pending: Promise<ArrayBuffer>[] = [];
    let at = 0;
    for (const t of texts) {
      const written = encoder.encodeInto(t, bytes.subarray(at)).written;
      pending.push(subtle.digest('SHA-256', bytes.subarray(at, at + written)));
      at += written;
    }
    return Promise.all(pending).then((digests) =>
      digests.map((d) => {
        const b = new Uint8Array(d);
        let s = '';
        for (let i = 0; i < b.length; i++) s += HEX[b[i] as number];
        return s;
      }),
    );
  };
}

/** The worker's body: answers `{ id, texts }` with `{ id, hashes }` (or `{ id, error }`). Self-contained. */
function workerMain(): void {
  const scope = self as unknown as {
    onmessage: ((e: { data: { id: number; texts: string[] } }) => void) | null;
    postMessage(message: unknown): void;
  };
  const digest = __DIGEST_LOOP__(crypto.subtle);
  scope.onmessage = (e) => {
    const { id, texts } = e.data;
    digest(texts).then(
      (hashes) => scope.postMessage({ id, hashes }),
      (error: unknown) => scope.postMessage({ id, error: String(error) }),
    );
  };
}
declare const __DIGEST_LOOP__: typeof digestLoop;

function subtleCrypto(): SubtleCrypto | undefined {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  return typeof subtle?.digest === 'function' && typeof TextEncoder === 'function' ? subtle : undefined;
}

/**
 * The WebCrypto digest on this thread, or `undefined` where there is none (a page served over plain HTTP from
 * another host than localhost has no `crypto.subtle`): the caller then hashes synchronously with the core.
 */
export function webCryptoDigest(): Digest | undefined {
  const subtle = subtleCrypto();
  return subtle ? digestLoop(subtle) : undefined;
}

/** A digest and how to release what it holds (a worker). */
export interface DigestSession {
  digest: Digest;
  /** `'worker'`: WebCrypto in a dedicated worker; `'main'`: on this thread (also once the worker failed). */
  readonly where: 'worker' | 'main';
  close(): void;
}

/**
 * WebCrypto in a dedicated worker (a blob: script, so no bundler needs to know of it), so not even the calls
 * to `digest` take main-thread time; where no worker can be started (no `Worker`, a Content-Security-Policy
 * without `worker-src blob:`) or it fails, the same digest on this thread. `undefined` without WebCrypto.
 */
export function openDigest(): DigestSession | undefined {
  const main = webCryptoDigest();
  if (main === undefined) return undefined;
  const onThisThread: DigestSession = { digest: main, where: 'main', close() {} };
  if (typeof Worker !== 'function' || typeof Blob !== 'function' || typeof URL.createObjectURL !== 'function') {
    return onThisThread;
  }
  let worker: Worker;
  let url: string;
  try {
    const source = `const __DIGEST_LOOP__ = ${digestLoop.toString()};\n(${workerMain.toString()})();`;
    url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch {
    return onThisThread;
  }
  const waiting = new Map<number, { texts: readonly string[]; resolve(h: string[]): void; reject(e: unknown): void }>();
  let next = 0;
  let failed = false;
  const onMain = (w: { texts: readonly string[]; resolve(h: string[]): void; reject(e: unknown): void }) =>
    main(w.texts).then(w.resolve, w.reject);
  worker.onmessage = (e: MessageEvent<{ id: number; hashes?: string[]; error?: string }>) => {
    const w = waiting.get(e.data.id);
    if (w === undefined) return;
    waiting.delete(e.data.id);
    if (e.data.hashes) w.resolve(e.data.hashes);
    else onMain(w); // the worker's digest failed: do it here
  };
  worker.onerror = (e) => {
    // The worker could not start (e.g. blocked by policy) or broke: everything it holds is digested here.
    e.preventDefault();
    failed = true;
    for (const w of waiting.values()) onMain(w);
    waiting.clear();
  };
  return {
    get where() {
      return failed ? 'main' : 'worker';
    },
    digest: (texts) =>
      new Promise<string[]>((resolve, reject) => {
        const w = { texts, resolve, reject };
        if (failed) return onMain(w);
        const id = next++;
        waiting.set(id, w);
        worker.postMessage({ id, texts });
      }),
    close() {
      worker.terminate();
      URL.revokeObjectURL(url);
      for (const w of waiting.values()) onMain(w);
      waiting.clear();
    },
  };
}
