/**
 * Hash routing (`#/office/queue`): works from any static host and from `vite preview` without
 * server rewrites. A route is a name plus its parameters; the shell maps names to lazily loaded pages. Both read
 * the one route table (routes.ts); routes of the other mode (the browser-only pages in the shared office, the
 * sign-in page in the browser-only portal) are not found.
 */
import { inMode, ROUTES, type RouteName, routeDef } from './routes.js';
import { portalMode } from './session.js';

export interface Route {
  name: RouteName;
  params: Record<string, string>;
  /** The path after `#`, e.g. `/office/case/abc`. */
  path: string;
  /** Query parameters after `?` in the hash. */
  query: URLSearchParams;
}

export type { RouteName } from './routes.js';

/** The routes of this mode, from the one route table (routes.ts). */
const ACTIVE = ROUTES.filter((r) => inMode(r, portalMode));

/** Parses `location.hash` (with or without the leading `#`). */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', queryPart = ''] = raw.split('?', 2);
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  for (const { name, pattern } of ACTIVE) {
    const match = pattern.exec(path);
    if (match) {
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(match.groups ?? {})) params[key] = decodeURIComponent(value);
      return { name, params, path, query: new URLSearchParams(queryPart) };
    }
  }
  return { name: 'notFound', params: {}, path, query: new URLSearchParams(queryPart) };
}

/** The `href` of a path (`/office/queue` → `#/office/queue`). */
export function href(path: string): string {
  return `#${path}`;
}

/** Navigates to a path. */
export function navigate(path: string): void {
  location.hash = path;
}

/** Whether a route belongs to the office side (shows the role/organ bar). */
export function isOffice(name: RouteName): boolean {
  return routeDef(name).office;
}
