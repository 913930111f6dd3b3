/**
 * The portal's one route table. The router (router.ts) matches hashes with its patterns, the shell
 * (portal-shell.ts) loads each route's page module and titles the document from it, and the static navigation of
 * index.html, with the script that marks its current link before the first paint, is written from it at build
 * (and in `vite dev`) by the `portal-route-nav` plugin of vite.config.ts, which also preloads each route's chunks.
 *
 * Pure data (no DOM, no imports at run time), so vite.config.ts can read it in Node.
 */
import type { Text } from './i18n.js';
import type { OfficeRole } from './session.js';

export type RouteName =
  | 'home'
  | 'submit'
  | 'track'
  | 'signIn'
  | 'queue'
  | 'registry'
  | 'reception'
  | 'case'
  | 'replies'
  | 'reply'
  | 'replyPrint'
  | 'stats'
  | 'archive'
  | 'backup'
  | 'calendar'
  | 'demo'
  | 'notFound';

/** Where the portal runs: on its own in the browser (IndexedDB), or served by @xinfang/server (shared office). */
export type PortalMode = 'offline' | 'server';

export interface RouteDef {
  name: RouteName;
  /** Matched against the hash path (`/office/case/abc`); named groups become the route's parameters. */
  pattern: RegExp;
  /** The page's custom element. */
  tag: string;
  /** The page's module under src/ (loaded on demand), or none when the entry already has it. */
  module?: string;
  /** The document title (before " — " and the portal's name). */
  title: Text;
  /** Office routes: the office bar above the page; in the shared office, a signed-in staff member only. */
  office: boolean;
  /** The navigation link: its group, path and label; routes without one belong to `navAs`'s link. */
  nav?: { group: 'public' | 'office'; path: string; label: Text };
  /** The link marked current on this route, when it has none of its own (a case page → the work queue). */
  navAs?: RouteName;
  /** The roles whose navigation shows the link once signed in to the shared office (default every role). */
  roles?: readonly OfficeRole[];
  /** The modes the route exists in (default both). */
  modes?: readonly PortalMode[];
}

/** The navigation's two groups of links. */
export const NAV_GROUPS: Record<'public' | 'office', Text> = {
  public: { zh: '公众服务', en: 'Public services' },
  office: { zh: '办公', en: 'Office' },
};

const OFFLINE: readonly PortalMode[] = ['offline'];
const SERVER: readonly PortalMode[] = ['server'];

/** Every route, in navigation order. The first match wins. */
export const ROUTES: readonly RouteDef[] = [
  {
    name: 'home',
    pattern: /^\/?$/,
    tag: 'xf-home-page',
    title: { zh: '首页', en: 'Home' },
    office: false,
    nav: { group: 'public', path: '/', label: { zh: '首页', en: 'Home' } },
  },
  {
    name: 'submit',
    pattern: /^\/submit$/,
    tag: 'xf-submit-page',
    module: 'pages/submit-page.ts',
    title: { zh: '网上信访', en: 'Submit a petition online' },
    office: false,
    nav: { group: 'public', path: '/submit', label: { zh: '网上信访', en: 'Submit online' } },
  },
  {
    name: 'track',
    pattern: /^\/track$/,
    tag: 'xf-track-page',
    module: 'pages/track-page.ts',
    title: { zh: '信访事项查询', en: 'Track a petition' },
    office: false,
    nav: { group: 'public', path: '/track', label: { zh: '查询办理进度', en: 'Track a petition' } },
  },
  {
    name: 'signIn',
    pattern: /^\/sign-in$/,
    tag: 'xf-sign-in-page',
    module: 'pages/sign-in-page.ts',
    title: { zh: '工作人员登录', en: 'Staff sign-in' },
    office: false,
    navAs: 'queue',
    modes: SERVER,
  },
  {
    name: 'queue',
    pattern: /^\/office(?:\/queue)?$/,
    tag: 'xf-queue-page',
    module: 'pages/queue-page.ts',
    title: { zh: '工作台', en: 'Work queue' },
    office: true,
    nav: { group: 'office', path: '/office/queue', label: { zh: '工作台', en: 'Work queue' } },
  },
  {
    name: 'registry',
    pattern: /^\/office\/registry$/,
    tag: 'xf-registry-page',
    module: 'pages/registry-page.ts',
    title: { zh: '来信来电登记', en: 'Letters and calls' },
    office: true,
    nav: { group: 'office', path: '/office/registry', label: { zh: '来信来电', en: 'Letters & calls' } },
    roles: ['clerk', 'unitHead', 'leader'],
  },
  {
    name: 'reception',
    pattern: /^\/office\/reception$/,
    tag: 'xf-reception-page',
    module: 'pages/reception-page.ts',
    title: { zh: '来访接待', en: 'Reception desk' },
    office: true,
    nav: { group: 'office', path: '/office/reception', label: { zh: '来访接待', en: 'Reception' } },
    roles: ['clerk', 'unitHead', 'leader'],
  },
  {
    name: 'case',
    pattern: /^\/office\/case\/(?<id>[^/]+)$/,
    tag: 'xf-case-page',
    module: 'pages/case-page.ts',
    title: { zh: '信访事项', en: 'Petition' },
    office: true,
    navAs: 'queue',
  },
  {
    name: 'replies',
    pattern: /^\/office\/replies$/,
    tag: 'xf-replies-page',
    module: 'pages/replies-page.ts',
    title: { zh: '答复', en: 'Replies' },
    office: true,
    nav: { group: 'office', path: '/office/replies', label: { zh: '答复', en: 'Replies' } },
  },
  {
    name: 'reply',
    pattern: /^\/office\/replies\/(?<id>[^/]+)$/,
    tag: 'xf-reply-page',
    module: 'pages/reply-page.ts',
    title: { zh: '书面答复', en: 'Written reply' },
    office: true,
    navAs: 'replies',
  },
  {
    name: 'replyPrint',
    pattern: /^\/office\/replies\/(?<id>[^/]+)\/print$/,
    tag: 'xf-reply-print-page',
    module: 'pages/reply-print-page.ts',
    title: { zh: '答复打印', en: 'Print reply' },
    office: true,
    navAs: 'replies',
  },
  {
    name: 'stats',
    pattern: /^\/office\/stats$/,
    tag: 'xf-stats-page',
    module: 'pages/stats-page.ts',
    title: { zh: '统计', en: 'Statistics' },
    office: true,
    nav: { group: 'office', path: '/office/stats', label: { zh: '统计', en: 'Statistics' } },
  },
  {
    name: 'archive',
    pattern: /^\/office\/archive$/,
    tag: 'xf-archive-page',
    module: 'pages/archive-page.ts',
    title: { zh: '立卷归档', en: 'Archive' },
    office: true,
    nav: { group: 'office', path: '/office/archive', label: { zh: '归档', en: 'Archive' } },
    roles: ['archivist', 'unitHead', 'leader'],
  },
  // The browser's own data: backup, holiday schedules loaded into this browser's calendar, demo data and clock.
  {
    name: 'backup',
    pattern: /^\/office\/backup$/,
    tag: 'xf-backup-page',
    module: 'pages/backup-page.ts',
    title: { zh: '备份与恢复', en: 'Backup' },
    office: true,
    nav: { group: 'office', path: '/office/backup', label: { zh: '备份', en: 'Backup' } },
    modes: OFFLINE,
  },
  {
    name: 'calendar',
    pattern: /^\/office\/calendar$/,
    tag: 'xf-calendar-page',
    module: 'pages/calendar-page.ts',
    title: { zh: '节假日安排', en: 'Holiday schedules' },
    office: true,
    nav: { group: 'office', path: '/office/calendar', label: { zh: '节假日', en: 'Holidays' } },
    modes: OFFLINE,
  },
  {
    name: 'demo',
    pattern: /^\/office\/demo$/,
    tag: 'xf-demo-page',
    module: 'pages/demo-page.ts',
    title: { zh: '演示数据与演示时钟', en: 'Demo data and clock' },
    office: true,
    nav: { group: 'office', path: '/office/demo', label: { zh: '演示数据', en: 'Demo data' } },
    modes: OFFLINE,
  },
];

/** The page shown when no route matches (or the route does not exist in this mode). */
export const NOT_FOUND: RouteDef = {
  name: 'notFound',
  pattern: /(?!)/,
  tag: 'xf-not-found-page',
  title: { zh: '页面不存在', en: 'Page not found' },
  office: false,
};

/** A route by name. */
export function routeDef(name: RouteName): RouteDef {
  return ROUTES.find((r) => r.name === name) ?? NOT_FOUND;
}

/** Whether a route exists in a mode. */
export function inMode(route: RouteDef, mode: PortalMode): boolean {
  return route.modes === undefined || route.modes.includes(mode);
}

/** The navigation link marked current on a route. */
export function navOf(name: RouteName): RouteName {
  return routeDef(name).navAs ?? name;
}
