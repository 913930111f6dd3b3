/**
 * The session: who is acting (role), for which organ (each organ has its own policy and its own database), and
 * in which unit.
 *
 * Two modes. Served by @xinfang/server (`npm start`: the page carries `<meta name="xinfang-server">`, written
 * into index.html by the server), the portal is a shared office: staff sign in, and the role, unit and name
 * come from the server's session (the staff record), never from a switch. Served on its own (`npm run
 * start:offline`, `npm run dev`), it is the browser-only demo: a switch in the office bar sets the role and
 * unit, persisted in localStorage so a reload keeps the demo where it was.
 */
import type { Actor } from '@xinfang/core';
import type { Text } from './i18n.js';
import type { PortalMode } from './routes.js';

/**
 * The policy id the server runs the office under, from `<meta name="xinfang-server" content="national">`;
 * undefined when the portal runs on its own.
 */
export const serverPolicy: string | undefined =
  (typeof document === 'undefined'
    ? undefined
    : document.querySelector('meta[name="xinfang-server"]')?.getAttribute('content')) || undefined;

/** Where the portal runs (see above). */
export const portalMode: PortalMode = serverPolicy === undefined ? 'offline' : 'server';

/** A signed-in staff member of the shared office (the server's session). */
export interface StaffActor extends Actor {
  role: OfficeRole;
  unit: string;
}

/** The server's refusal of a sign-in, with its bilingual message. */
export interface SignInRefusal {
  code: string;
  message: Text;
}

export type OfficeRole = 'clerk' | 'handler' | 'unitHead' | 'leader' | 'archivist';

export const ROLES: readonly OfficeRole[] = ['clerk', 'handler', 'unitHead', 'leader', 'archivist'];

export const ROLE_NAMES: Record<OfficeRole, Text> = {
  clerk: { zh: '登记员', en: 'Clerk' },
  handler: { zh: '承办人', en: 'Handler' },
  unitHead: { zh: '单位负责人', en: 'Unit head' },
  leader: { zh: '机关领导', en: 'Leader' },
  archivist: { zh: '档案员', en: 'Archivist' },
};

/** The demo person behind each role (invented names). */
export const ROLE_PEOPLE: Record<OfficeRole, { id: string; name: string }> = {
  clerk: { id: 'demo-clerk', name: '张丽' },
  handler: { id: 'demo-handler', name: '李强' },
  unitHead: { id: 'demo-unit-head', name: '陈建华' },
  leader: { id: 'demo-leader', name: '刘振华' },
  archivist: { id: 'demo-archivist', name: '赵玉兰' },
};

const ROLE_KEY = 'xinfang.role';
/** Set while this browser holds a staff session cookie (HttpOnly, unreadable here): worth asking the server. */
const SIGNED_IN_KEY = 'xinfang.signedIn';
const ORGAN_KEY = 'xinfang.organ';
const UNIT_KEY = 'xinfang.unit';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not persisted; the switch still applies to this page.
  }
}

class Session extends EventTarget {
  role: OfficeRole = (ROLES as readonly string[]).includes(read(ROLE_KEY) ?? '')
    ? (read(ROLE_KEY) as OfficeRole)
    : 'clerk';
  /** Policy id of the organ (a key of the core's `policies`). */
  organ: string = read(ORGAN_KEY) ?? 'national';
  /** The acting unit (unit id of the organ's policy); undefined = the policy's default unit. */
  unit: string | undefined = read(UNIT_KEY) ?? undefined;
  /** The signed-in staff member (shared office only). */
  staff: StaffActor | undefined;
  /** The session's CSRF token, sent with every request that changes something (shared office only). */
  csrf: string | undefined;
  #restored: Promise<void> | undefined;

  constructor() {
    super();
    if (serverPolicy !== undefined) {
      this.organ = serverPolicy;
      this.unit = undefined;
    }
  }

  /**
   * Shared office: asks the server once who is signed in (only when this browser signed in before, so a citizen's
   * visit sends no request). Resolves when `staff` is known.
   */
  restore(): Promise<void> {
    if (serverPolicy === undefined || read(SIGNED_IN_KEY) === null) return Promise.resolve();
    this.#restored ??= (async () => {
      try {
        const response = await fetch('/api/session', { credentials: 'same-origin' });
        if (response.ok) this.#signedIn(await response.json());
        else this.#signedOut();
      } catch {
        // Offline for a moment: stay signed out; the next page asks again.
        this.#restored = undefined;
      }
    })();
    return this.#restored;
  }

  /** Shared office: signs in with the staff account; undefined when signed in, else the server's refusal. */
  async signIn(id: string, password: string): Promise<SignInRefusal | undefined> {
    let response: Response;
    try {
      response = await fetch('/api/session', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ id, password }),
      });
    } catch {
      return {
        code: 'offline',
        message: {
          zh: '无法连接服务器。请检查网络后重试。',
          en: 'The server cannot be reached. Check the network and try again.',
        },
      };
    }
    const data = (await response.json().catch(() => ({}))) as { code?: string; message?: Text };
    if (!response.ok) {
      return {
        code: data.code ?? 'sign-in-failed',
        message: data.message ?? { zh: '登录失败，请重试。', en: 'Sign-in failed. Try again.' },
      };
    }
    this.#signedIn(data as { actor: StaffActor; csrf: string });
    return undefined;
  }

  /** Shared office: ends the session on the server and here. */
  async signOut(): Promise<void> {
    try {
      await fetch('/api/session', {
        method: 'DELETE',
        credentials: 'same-origin',
        headers: { 'x-csrf-token': this.csrf ?? '' },
      });
    } finally {
      this.#signedOut();
    }
  }

  /** The server no longer knows the session (expired, signed out elsewhere): back to signed out. */
  expired(): void {
    this.#signedOut();
  }

  #signedIn(data: { actor: StaffActor | null; csrf: string | null }): void {
    if (!data.actor || !data.csrf) {
      this.#signedOut();
      return;
    }
    this.staff = data.actor;
    this.csrf = data.csrf;
    this.role = data.actor.role;
    this.unit = data.actor.unit;
    this.#restored = Promise.resolve();
    write(SIGNED_IN_KEY, '1');
    this.#changed();
  }

  #signedOut(): void {
    const was = this.staff !== undefined;
    this.staff = undefined;
    this.csrf = undefined;
    this.#restored = Promise.resolve();
    write(SIGNED_IN_KEY, undefined);
    if (was) this.#changed();
  }

  setRole(role: OfficeRole): void {
    if (serverPolicy !== undefined) return; // the staff record's role
    this.role = role;
    write(ROLE_KEY, role);
    this.#changed();
  }

  setOrgan(organ: string): void {
    // The shared office runs under the server's policy.
    if (organ === this.organ || serverPolicy !== undefined) return;
    this.organ = organ;
    this.unit = undefined;
    write(ORGAN_KEY, organ);
    write(UNIT_KEY, undefined);
    this.#changed();
  }

  setUnit(unit: string | undefined): void {
    this.unit = unit;
    write(UNIT_KEY, unit);
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

/** The portal's one session. */
export const session = new Session();
