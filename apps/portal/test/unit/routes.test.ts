import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOffice, parseHash } from '../../src/app/router.js';
import { inMode, NOT_FOUND, navOf, ROUTES, routeDef } from '../../src/app/routes.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

// One route table: the router, the shell's loaders and index.html's navigation all read src/app/routes.ts.
describe('the route table', () => {
  it('every route has a page module that defines its element, and a unique name and tag', () => {
    for (const route of ROUTES) {
      if (route.module === undefined) continue;
      expect(existsSync(`${src}${route.module}`), route.module).toBe(true);
      expect(readFileSync(`${src}${route.module}`, 'utf8')).toContain(`customElements.define('${route.tag}'`);
    }
    expect(new Set(ROUTES.map((r) => r.name)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((r) => r.tag)).size).toBe(ROUTES.length);
  });

  it('the router (browser-only mode here) finds every route of that mode at its link, and no other', () => {
    const found = ROUTES.filter((r) => r.nav).map((r) => [r.name, parseHash(`#${r.nav?.path}`).name]);
    expect(found).toEqual(ROUTES.filter((r) => r.nav).map((r) => [r.name, r.name]));
    // The sign-in page exists only in the shared office.
    expect(parseHash('#/sign-in').name).toBe('notFound');
    expect(parseHash('#/office/case/XF-1?x=1')).toMatchObject({ name: 'case', params: { id: 'XF-1' } });
    expect(parseHash('#/office/replies/a%2Fb/print')).toMatchObject({ name: 'replyPrint', params: { id: 'a/b' } });
  });

  it('links, office routes and modes as the shell and index.html use them', () => {
    expect(ROUTES.filter((r) => r.nav?.group === 'public').map((r) => r.name)).toEqual(['home', 'submit', 'track']);
    expect(ROUTES.filter((r) => r.nav?.group === 'office').map((r) => r.name)).toEqual([
      'queue',
      'registry',
      'reception',
      'replies',
      'stats',
      'archive',
      'backup',
      'calendar',
      'demo',
    ]);
    expect(ROUTES.filter((r) => !inMode(r, 'server')).map((r) => r.name)).toEqual(['backup', 'calendar', 'demo']);
    expect(ROUTES.filter((r) => !inMode(r, 'offline')).map((r) => r.name)).toEqual(['signIn']);
    expect([navOf('case'), navOf('reply'), navOf('replyPrint'), navOf('signIn'), navOf('stats')]).toEqual([
      'queue',
      'replies',
      'replies',
      'queue',
      'stats',
    ]);
    expect([isOffice('queue'), isOffice('track'), isOffice('signIn'), isOffice('notFound')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(routeDef('notFound')).toBe(NOT_FOUND);
  });

  it('index.html has no hand-written links: its navigation is written from the table at build', () => {
    const html = readFileSync(fileURLToPath(new URL('../../index.html', import.meta.url)), 'utf8');
    expect(html.match(/data-nav="/g)).toBeNull();
    expect([html.includes('<!--route-nav-->'), html.includes('/*route-nav-rules*/[]')]).toEqual([true, true]);
  });
});
