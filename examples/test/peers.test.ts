// Every range we claim for a library the host app also has starts at a version some test runs on: the package's
// own suite (its exact devDependency) or the examples (test/install.ts installs the bottom of the range).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { react18Versions, versions } from './install.js';

const packagesDir = new URL('../../packages/', import.meta.url).pathname;
const manifests = readdirSync(packagesDir)
  .map((dir) => JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')))
  .filter((m) => m.private !== true);

/** The lowest version a range admits (`^1.2.3`, `~1.2.3`, `1.2.3`, `1.x`, `1.2.x`, and `a || b` of those). */
function lowest(range: string): string {
  if (range.includes('||')) {
    const bottoms = range.split('||').map(lowest);
    return bottoms.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0]!;
  }
  const m = /^[\^~]?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(range.trim());
  if (!m) throw new Error(`a range this check does not read: ${range}`);
  return [m[1], m[2], m[3]].map((part) => (part === undefined || part === 'x' ? '0' : part)).join('.');
}

/** Versions the examples install: the top-level ones, and the lowest Dexie in its own app. */
const examplesInstall: Record<string, string[]> = {};
for (const [name, version] of [...Object.entries(versions), ...Object.entries(react18Versions)]) {
  const pkg = name === 'lowestDexie' ? 'dexie' : name;
  examplesInstall[pkg] = [...(examplesInstall[pkg] ?? []), version];
}

describe('claimed ranges are tested at their lowest version', () => {
  it('reads the range forms', () => {
    expect(lowest('^19.0.0 || ^18.0.0')).toBe('18.0.0');
    expect([lowest('^4.0.1'), lowest('8.x'), lowest('0.5.x'), lowest('~0.5.17'), lowest('5.33.3')]).toEqual([
      '4.0.1',
      '8.0.0',
      '0.5.0',
      '0.5.17',
      '5.33.3',
    ]);
  });

  const claims = manifests.flatMap((m) => [
    ...Object.entries<string>(m.peerDependencies ?? {}).map(([dep, range]) => ({ pkg: m, dep, range })),
    // A caret dependency the host may share (lit): its lowest version too.
    ...Object.entries<string>(m.dependencies ?? {})
      .filter(([dep, range]) => !dep.startsWith('@xinfang/') && /^[\^~]/.test(range))
      .map(([dep, range]) => ({ pkg: m, dep, range })),
  ]);

  it.each(claims.map((c) => [`${c.pkg.name} → ${c.dep}@${c.range}`, c]))('%s', (_label, { pkg, dep, range }) => {
    const bottom = lowest(range);
    const tested = [pkg.devDependencies?.[dep], ...(examplesInstall[dep] ?? [])].filter(Boolean);
    expect(tested, `${pkg.name}: ${dep}@${range} starts at ${bottom}; test it there or raise the range`).toContain(
      bottom,
    );
  });

  it('finds the claims it is about (dexie, lit, xstate, zod, pg, pglite)', () => {
    expect(claims.map((c) => `${c.pkg.name}:${c.dep}`).sort()).toEqual(
      expect.arrayContaining([
        '@xinfang/core:xstate',
        '@xinfang/core:zod',
        '@xinfang/dexie:dexie',
        '@xinfang/elements:lit',
        '@xinfang/postgres:@electric-sql/pglite',
        '@xinfang/postgres:pg',
      ]),
    );
  });
});
