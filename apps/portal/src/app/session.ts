/**
 * The demo session: who is acting (role), for which organ (each organ has its own policy and its own
 * database), and in which unit. Persisted in localStorage so a reload keeps the demo where it was.
 * In a real deployment this would come from the sign-in; here a switch in the office bar sets it.
 */
import type { Text } from './i18n.js';

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

  setRole(role: OfficeRole): void {
    this.role = role;
    write(ROLE_KEY, role);
    this.#changed();
  }

  setOrgan(organ: string): void {
    if (organ === this.organ) return;
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
