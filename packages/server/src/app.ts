/**
 * The HTTP API of a petition office: a Hono app. Every command is decided by the core inside the store;
 * the actor comes from the session and the time from the server clock, never from the request body.
 * Every read applies `viewFor` (22 art 30(3)): whoever has no need to know never receives accuser data.
 */
import {
  type Actor,
  AppendRefusedError,
  type Calendar,
  type Command,
  ConflictError,
  chinaCalendar,
  generateQueryCode,
  hashQueryCode,
  type Instant,
  type PetitionEvent,
  type PetitionStore,
  type PetitionView,
  type PolicyProfile,
  shanghaiDate,
  validatePetition,
  verifyQueryCode,
  viewFor,
} from '@xinfang/core';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Auth, Session } from './auth.js';
import { ApiError, badRequest, forbidden, notFound, signInRequired, tooMany } from './errors.js';
import { createLimiter } from './limiter.js';
import { openApiDocument } from './openapi.js';

/** Options of {@link createServer}. */
export interface ServerOptions {
  store: PetitionStore;
  /** The policies the store knows; online submissions are registered under the first. */
  policies: readonly PolicyProfile[];
  calendar?: Calendar;
  auth: Auth;
  /** The server clock (default the system clock). */
  now?: () => Instant;
  /**
   * A bearer token for trusted integrations (a migration job, a replica): their commands and appends keep
   * the actor and time they carry, as an already-decided history does. Leave unset to allow none.
   */
  serviceToken?: string;
  /** The unit online submissions are registered to (default the first policy's `defaultUnit`). */
  intakeUnit?: string;
  /** Tracking: failures per registration number before it is locked, and for how long (default 5, 15 minutes). */
  tracking?: { maxFailures?: number; lockMinutes?: number };
}

const COOKIE = 'xf_session';
type Principal = { kind: 'staff'; session: Session; token: string } | { kind: 'service' };

function isoNow(): Instant {
  // The server's wall clock as an instant in Asia/Shanghai (UTC+8, no daylight saving).
  const d = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19);
  return `${d}+08:00` as Instant;
}

async function body(c: Context): Promise<Record<string, unknown>> {
  try {
    const b = await c.req.json();
    if (typeof b !== 'object' || b === null || Array.isArray(b)) throw badRequest('JSON object');
    return b as Record<string, unknown>;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw badRequest('JSON');
  }
}

function safeConstantEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i % x.length] ?? 0) ^ (y[i % y.length] ?? 0);
  return diff === 0;
}

/**
 * The app. Run it with `serve({ fetch: app.fetch, port })` from `@hono/node-server`, or call
 * `app.request()` in tests.
 *
 * @example
 * const app = createServer({ store, policies: [policies.national], auth: await createAuth(db) });
 */
export function createServer(options: ServerOptions): Hono {
  const { store, auth } = options;
  const calendar = options.calendar ?? chinaCalendar;
  const now = options.now ?? isoNow;
  const policy = options.policies[0];
  if (policy === undefined)
    throw new Error('createServer needs at least one policy. / createServer 需要至少一个制度。');
  const intake: Actor = {
    id: 'online-intake',
    role: 'clerk',
    unit: options.intakeUnit ?? policy.defaultUnit,
    name: '网上信访受理',
  } as Actor;
  const tracking = createLimiter(options.tracking?.maxFailures ?? 5, (options.tracking?.lockMinutes ?? 15) * 60_000);
  const submissions = createLimiter(20, 60 * 60_000);
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ code: error.code, message: error.bilingual }, error.status);
    if (error instanceof ConflictError) {
      return c.json(
        { code: 'conflict', message: error.bilingual, expectedSeq: error.expectedSeq, actualSeq: error.actualSeq },
        409,
      );
    }
    if (error instanceof AppendRefusedError) {
      return c.json({ code: 'append-refused', message: error.bilingual, refusal: error.refusal }, 412);
    }
    console.error(error);
    return c.json(
      {
        code: 'internal',
        message: { zh: '服务器内部错误，请稍后重试。', en: 'Something went wrong on the server. Try again later.' },
      },
      500,
    );
  });

  async function principal(c: Context): Promise<Principal | undefined> {
    const bearer = c.req.header('authorization');
    if (options.serviceToken !== undefined && bearer !== undefined) {
      if (safeConstantEqual(bearer, `Bearer ${options.serviceToken}`)) return { kind: 'service' };
      throw signInRequired();
    }
    const token = getCookie(c, COOKIE);
    if (token === undefined) return undefined;
    const session = await auth.session(token);
    if (session === undefined) return undefined;
    // CSRF: the cookie is SameSite=Strict, and every unsafe request must echo the session's token.
    if (c.req.method !== 'GET' && !safeConstantEqual(c.req.header('x-csrf-token') ?? '', session.csrf)) {
      throw new ApiError(403, 'csrf', {
        zh: '请求缺少有效的安全令牌，请刷新页面后重试。',
        en: 'The request lacks a valid security token. Reload the page and try again.',
      });
    }
    return { kind: 'staff', session, token };
  }
  async function required(c: Context): Promise<Principal> {
    const p = await principal(c);
    if (p === undefined) throw signInRequired();
    return p;
  }
  const shown = (p: Principal, v: PetitionView) => (p.kind === 'service' ? v : viewFor(v, p.session.actor));
  const mayKnow = (p: Principal, v: PetitionView) => p.kind === 'service' || viewFor(v, p.session.actor) === v;

  app.get('/api/openapi.json', (c) => c.json(openApiDocument));

  // Staff sessions.
  app.post('/api/session', async (c) => {
    const b = await body(c);
    if (typeof b.id !== 'string' || typeof b.password !== 'string') throw badRequest('id, password');
    const key = `staff:${b.id}`;
    const wait = tracking.blocked(key);
    if (wait > 0) throw tooMany(wait / 1000);
    const r = await auth.signIn(b.id, b.password);
    if (r === undefined) {
      tracking.fail(key);
      throw new ApiError(401, 'sign-in-failed', {
        zh: '账号或密码不正确，请重新输入。',
        en: 'The account or password is wrong. Enter them again.',
      });
    }
    tracking.succeed(key);
    setCookie(c, COOKIE, r.token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: c.req.url.startsWith('https:'),
    });
    return c.json({ actor: r.session.actor, csrf: r.session.csrf });
  });
  app.get('/api/session', async (c) => {
    const p = await required(c);
    if (p.kind !== 'staff') return c.json({ actor: null, csrf: null });
    return c.json({ actor: p.session.actor, csrf: p.session.csrf });
  });
  app.delete('/api/session', async (c) => {
    const p = await required(c);
    if (p.kind === 'staff') await auth.signOut(p.token);
    deleteCookie(c, COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  // Commands: decided by the core in the store, as the signed-in staff member, at the server's time.
  app.post('/api/execute', async (c) => {
    const p = await required(c);
    const b = await body(c);
    const given = b.commands;
    if (given === undefined) throw badRequest('commands');
    const list: unknown[] = Array.isArray(given) ? given : [given];
    const expectedSeq = b.expectedSeq;
    if (expectedSeq !== undefined && (typeof expectedSeq !== 'number' || !Number.isInteger(expectedSeq))) {
      throw badRequest('expectedSeq');
    }
    const at = now();
    // Malformed commands go to the store as they are: the core answers them with a rejection.
    const commands = list.map((x) =>
      p.kind === 'service' || typeof x !== 'object' || x === null || Array.isArray(x)
        ? x
        : { ...x, by: p.session.actor, at },
    ) as Command[];
    const r = await store.execute(Array.isArray(given) ? commands : (commands[0] as Command), {
      ...(expectedSeq !== undefined ? { expectedSeq: expectedSeq as number } : {}),
    });
    if (!r.ok) return c.json(r, 200);
    const view = shown(p, r.view);
    // The events carry the accuser's identity: only for those who need to know (their view is not redacted).
    return c.json({ ok: true, events: view === r.view ? r.events : [], view });
  });

  // Appending already decided events: trusted integrations only.
  app.post('/api/petitions/:id/events', async (c) => {
    const p = await required(c);
    if (p.kind !== 'service') throw forbidden();
    const b = await body(c);
    if (typeof b.expectedSeq !== 'number' || !Number.isInteger(b.expectedSeq)) throw badRequest('expectedSeq');
    await store.append(c.req.param('id'), b.expectedSeq, b.events as PetitionEvent[]);
    return c.json({ ok: true });
  });

  app.get('/api/petitions/:id', async (c) => {
    const p = await required(c);
    const v = await store.view(c.req.param('id'));
    if (v === undefined) throw notFound();
    return c.json(shown(p, v));
  });
  app.get('/api/petitions/:id/history', async (c) => {
    const p = await required(c);
    const id = c.req.param('id');
    const v = await store.view(id);
    if (v === undefined) {
      if (p.kind === 'service') return c.json([]);
      throw notFound();
    }
    // The history carries the accuser's identity in its first event: only for those who need to know.
    if (!mayKnow(p, v)) throw forbidden();
    return c.json(await store.history(id));
  });
  app.get('/api/registrations/:no', async (c) => {
    const p = await required(c);
    const v = await store.byRegistrationNo(c.req.param('no'));
    if (v === undefined) throw notFound();
    return c.json(shown(p, v));
  });
  app.post('/api/query', async (c) => {
    const p = await required(c);
    const q = await body(c);
    for (const k of ['offset', 'limit'] as const) {
      if (q[k] !== undefined && (typeof q[k] !== 'number' || !Number.isInteger(q[k]) || (q[k] as number) < 0)) {
        throw badRequest(k);
      }
    }
    // 22 art 23(3): a queue is ordered on a day (objection windows lapse). Staff get the server clock's day
    // unless they name one; a trusted integration asks as it says (no day: every window counts as open).
    if (q.asOf !== undefined && (typeof q.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(q.asOf))) {
      throw badRequest('asOf');
    }
    if (q.asOf === undefined && p.kind === 'staff') q.asOf = shanghaiDate(now());
    if (p.kind === 'staff' && (q.phone !== undefined || q.idNumber !== undefined)) {
      // A lookup by the petitioner's phone or id number must not reveal accusers to those who may not know.
      const r = await store.query(q);
      const items = r.items.filter((v) => mayKnow(p, v));
      return c.json({ items, total: items.length === r.items.length ? r.total : items.length });
    }
    const r = await store.query(q);
    return c.json({ items: r.items.map((v) => shown(p, v)), total: r.total });
  });
  app.get('/api/statistics', async (c) => {
    await required(c);
    const from = c.req.query('from');
    const to = c.req.query('to');
    const asOf = c.req.query('now');
    if (!from || !to || !/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) {
      throw badRequest('from, to');
    }
    return c.json(await store.statistics({ from, to }, calendar, (asOf as Instant | undefined) ?? now()));
  });

  // Citizens: submit without an account, track with registration number and query code.
  app.post('/api/public/petitions', async (c) => {
    const ip = c.req.header('x-forwarded-for') ?? 'local';
    const wait = submissions.blocked(`submit:${ip}`);
    if (wait > 0) throw tooMany(wait / 1000);
    const b = await body(c);
    const at = now();
    const checked = validatePetition({ ...(b.petition as object), channel: 'online', receivedAt: at });
    if (!checked.ok) {
      return c.json({ code: 'invalid-petition', message: checked.issues[0]!.message, issues: checked.issues }, 400);
    }
    submissions.fail(`submit:${ip}`);
    const code = generateQueryCode(crypto.getRandomValues(new Uint8Array(8)));
    const queryCode = await hashQueryCode(code, crypto.getRandomValues(new Uint8Array(16)));
    const r = await store.execute({
      type: 'register',
      petitionId: '',
      registrationNo: '',
      unit: intake.unit as string,
      policyId: policy.id,
      policyVersion: policy.version,
      at,
      by: intake,
      petition: checked.value,
      queryCode,
    } as unknown as Command);
    if (!r.ok) return c.json({ code: r.rejection.code, message: r.rejection.message }, 400);
    // The receipt: the number, the code (shown once, stored only as its digest) and the matter as the petitioner sees it.
    const { queryCode: _digest, ...view } = viewFor(r.view, { id: 'petitioner', role: 'petitioner' } as Actor);
    return c.json({ registrationNo: r.view.registrationNo, queryCode: code, view }, 201);
  });
  /** The matter a registration number and query code open (rate-limited, constant-time), else 404 or 429. */
  async function tracked(b: Record<string, unknown>): Promise<PetitionView> {
    if (typeof b.registrationNo !== 'string' || typeof b.queryCode !== 'string') {
      throw badRequest('registrationNo, queryCode');
    }
    const key = `track:${b.registrationNo}`;
    const wait = tracking.blocked(key);
    if (wait > 0) throw tooMany(wait / 1000);
    const v = await store.byRegistrationNo(b.registrationNo);
    // The digest comparison is constant-time (scrypt output compared in full); unknown numbers cost the same.
    const ok = await verifyQueryCode(b.queryCode, v?.queryCode ?? UNKNOWN_DIGEST);
    if (!ok || v === undefined) {
      tracking.fail(key);
      throw notFound();
    }
    tracking.succeed(key);
    return v;
  }
  const petitionerOf = (v: PetitionView) => ({ id: `petitioner:${v.registrationNo}`, role: 'petitioner' }) as Actor;
  // The petitioner sees the matter as the public does, plus its status, reply and deadlines.
  const forPetitioner = (v: PetitionView) => {
    const { queryCode: _q, ...rest } = viewFor(v, petitionerOf(v));
    return rest;
  };
  app.post('/api/public/track', async (c) => {
    const v = await tracked(await body(c));
    return c.json({ view: forPetitioner(v), history: petitionerHistory(await store.history(v.petitionId)) });
  });
  // 22 arts 35–36: the petitioner asks for a review of the reply, or a re-review of the review decision, with the
  // registration number and query code. The actor is the petitioner and the time the server's; the core decides.
  app.post('/api/public/requests', async (c) => {
    const b = await body(c);
    const v = await tracked(b);
    const r = (typeof b.request === 'object' && b.request !== null ? b.request : {}) as Record<string, unknown>;
    if (r.type !== 'requestReview' && r.type !== 'requestReReview') throw badRequest('request.type');
    const expectedSeq = b.expectedSeq;
    if (expectedSeq !== undefined && (typeof expectedSeq !== 'number' || !Number.isInteger(expectedSeq))) {
      throw badRequest('expectedSeq');
    }
    const result = await store.execute(
      {
        type: r.type,
        petitionId: v.petitionId,
        reviewUnit: r.reviewUnit,
        reasons: r.reasons,
        at: now(),
        by: petitionerOf(v),
      } as Command,
      expectedSeq === undefined ? {} : { expectedSeq },
    );
    if (!result.ok) return c.json(result, 200);
    return c.json({ ok: true, events: [], view: forPetitioner(result.view) });
  });

  return app;
}

/**
 * What the petitioner was told, from the history (22 arts 23, 34, 35, 36): the steps of their matter and the texts
 * addressed to them — notices to them, the extension's reason, the handling opinion, the written reply, review
 * decisions. Never who acted, internal notes (proposed handling, instructions, urging, materials, handlers) nor
 * the petition itself: each kept event carries only its type, time, seq and the fields listed here.
 */
const TOLD: Readonly<Record<string, readonly string[]>> = {
  registered: [],
  accepted: [],
  transferred: [],
  assigned: [],
  declined: ['reason', 'goTo'],
  referred: ['channel', 'organ'],
  notified: ['text'],
  extended: ['days', 'reason'],
  concluded: ['outcome', 'opinion'],
  replied: ['text'],
  delivered: [],
  reviewRequested: [],
  reviewDecided: ['outcome', 'opinion'],
  reReviewRequested: [],
  reReviewDecided: ['outcome', 'opinion'],
};

function petitionerHistory(events: readonly PetitionEvent[]): unknown[] {
  const out: unknown[] = [];
  for (const e of events) {
    const fields = TOLD[e.type];
    const data = (e as { data?: Record<string, unknown> }).data ?? {};
    // 22 art 23: a notice addressed to someone else (another organ, the accused) is not the petitioner's.
    if (fields === undefined || (e.type === 'notified' && data.to !== undefined)) continue;
    const kept: Record<string, unknown> = {};
    for (const f of fields) if (data[f] !== undefined) kept[f] = data[f];
    out.push({ type: e.type, seq: e.seq, at: e.at, data: kept });
  }
  return out;
}

/** A valid digest of no code anyone can type, to compare against when the number is unknown. */
const UNKNOWN_DIGEST = await hashQueryCode('ZZZZ-ZZZZ', new Uint8Array(16));
