/**
 * `@xinfang/client` — the `PetitionStore` port over HTTP, talking to `@xinfang/server`. The server decides
 * every command; this store only carries them and maps the answers back to the port's typed results and
 * errors (`ConflictError` on 409, `AppendRefusedError` on 412).
 *
 * @module
 */
import {
  AppendRefusedError,
  type Bilingual,
  type Calendar,
  type Command,
  ConflictError,
  type ExecuteOptions,
  type ExecuteResult,
  type Instant,
  type IsoDate,
  type PetitionEvent,
  type PetitionStore,
  type PetitionView,
  type Statistics,
  type ViewQuery,
} from '@xinfang/core';

/** Options of {@link createHttpStore}. */
export interface HttpStoreOptions {
  /** Where the server is, e.g. `https://xinfang.example.gov.cn` ('' for the same origin). */
  baseUrl: string;
  /** The fetch to use (default the global one; tests pass `app.request`). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Headers sent with every request (the CSRF token of the session, or a service bearer token). */
  headers?: () => Record<string, string>;
}

/** An error answer of the server that the port has no typed error for. */
export class HttpStoreError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingual: Bilingual,
  ) {
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = 'HttpStoreError';
  }
}

const UNSENDABLE: Bilingual = {
  zh: '该操作含有无法发送的数据。请刷新后重试。',
  en: 'The action holds data that cannot be sent. Reload and try again.',
};

/**
 * A copy that JSON can carry: properties whose getter throws, cycles, BigInt and functions are left out, so
 * the server (and the core behind it) judges what is left and answers with its typed refusal.
 */
function sendable(value: unknown, seen: Set<object> = new Set()): unknown {
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return undefined;
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => sendable(v, seen) ?? null);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      try {
        out[key] = sendable((value as Record<string, unknown>)[key], seen);
      } catch {
        // a getter that throws: the property is not sent
      }
    }
    return out;
  } catch {
    return undefined;
  } finally {
    seen.delete(value);
  }
}

function encode(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    try {
      return JSON.stringify(sendable(value));
    } catch {
      return undefined;
    }
  }
}

/**
 * A `PetitionStore` that calls the server.
 *
 * @example
 * const store = createHttpStore({ baseUrl: '', headers: () => ({ 'x-csrf-token': csrf }) });
 * const r = await store.execute({ type: 'accept', petitionId, at, by });   // the server puts in its own time and actor
 */
export function createHttpStore(options: HttpStoreOptions): PetitionStore {
  const doFetch = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  async function call(method: string, path: string, payload?: string): Promise<{ status: number; data: unknown }> {
    const response = await doFetch(`${options.baseUrl}${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.headers?.() ?? {}),
      },
      ...(payload !== undefined ? { body: payload } : {}),
    });
    const text = await response.text();
    let data: unknown;
    try {
      data = text === '' ? undefined : JSON.parse(text);
    } catch {
      data = undefined;
    }
    return { status: response.status, data };
  }
  const fail = (status: number, data: unknown): never => {
    const d = (data ?? {}) as { code?: string; message?: Bilingual };
    throw new HttpStoreError(
      status,
      d.code ?? 'http',
      d.message ?? { zh: `服务器返回 ${status}。`, en: `The server answered ${status}.` },
    );
  };
  const get = async <T>(path: string, missing: T): Promise<T> => {
    const r = await call('GET', path);
    if (r.status === 404) return missing;
    if (r.status !== 200) fail(r.status, r.data);
    return r.data as T;
  };

  return {
    async execute(input: Command | readonly Command[], opts?: ExecuteOptions): Promise<ExecuteResult> {
      const payload = encode({
        commands: input,
        ...(opts?.expectedSeq !== undefined ? { expectedSeq: opts.expectedSeq } : {}),
      });
      if (payload === undefined) return { ok: false, rejection: { code: 'invalid-command', message: UNSENDABLE } };
      const r = await call('POST', '/api/execute', payload);
      if (r.status === 200) return r.data as ExecuteResult;
      const d = (r.data ?? {}) as { code?: string; message?: Bilingual; expectedSeq?: number; actualSeq?: number };
      if (r.status === 409) {
        const first = (Array.isArray(input) ? input[0] : input) as { petitionId?: unknown } | undefined;
        throw new ConflictError(String(first?.petitionId), d.expectedSeq ?? -1, d.actualSeq ?? -1);
      }
      if (r.status === 400)
        return { ok: false, rejection: { code: d.code ?? 'invalid-command', message: d.message ?? UNSENDABLE } };
      return fail(r.status, r.data);
    },
    async append(petitionId: string, expectedSeq: number, events: PetitionEvent[]): Promise<void> {
      const malformed = (message: Bilingual) =>
        new AppendRefusedError(petitionId, { reason: 'malformed', index: 0, seq: 1, message });
      const payload = encode({ expectedSeq, events });
      if (payload === undefined) throw malformed(UNSENDABLE);
      const r = await call('POST', `/api/petitions/${encodeURIComponent(String(petitionId))}/events`, payload);
      if (r.status === 200) return;
      const d = (r.data ?? {}) as {
        message?: Bilingual;
        refusal?: ConstructorParameters<typeof AppendRefusedError>[1];
      };
      if (r.status === 409) {
        const conflict = r.data as { expectedSeq?: number; actualSeq?: number };
        throw new ConflictError(String(petitionId), conflict.expectedSeq ?? expectedSeq, conflict.actualSeq ?? -1);
      }
      if (r.status === 412 && d.refusal !== undefined) throw new AppendRefusedError(petitionId, d.refusal);
      if (r.status === 400) throw malformed(d.message ?? UNSENDABLE);
      fail(r.status, r.data);
    },
    history(petitionId: string): Promise<PetitionEvent[]> {
      return get(`/api/petitions/${encodeURIComponent(String(petitionId))}/history`, []);
    },
    view(petitionId: string): Promise<PetitionView | undefined> {
      return get(`/api/petitions/${encodeURIComponent(String(petitionId))}`, undefined);
    },
    byRegistrationNo(no: string): Promise<PetitionView | undefined> {
      return get(`/api/registrations/${encodeURIComponent(String(no))}`, undefined);
    },
    /**
     * The query as given; a queue without `asOf` is ordered on the server clock's day for a staff session
     * (22 art 23(3): objection windows lapse), and as the port says (every window open) for a service token.
     */
    async query(q: ViewQuery): Promise<{ items: PetitionView[]; total: number }> {
      const r = await call('POST', '/api/query', encode(q) ?? '{}');
      if (r.status !== 200) fail(r.status, r.data);
      return r.data as { items: PetitionView[]; total: number };
    },
    /** The server counts with its own calendar; `calendar` is not sent. */
    async statistics(range: { from: IsoDate; to: IsoDate }, _calendar: Calendar, now?: Instant): Promise<Statistics> {
      const qs = new URLSearchParams({ from: range.from, to: range.to, ...(now !== undefined ? { now } : {}) });
      return get(`/api/statistics?${qs}`, undefined as unknown as Statistics);
    },
  };
}
