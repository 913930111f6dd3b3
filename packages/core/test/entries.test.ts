// Which third-party packages each BUILT entry of the core loads, followed through every static import of dist/
// as Node and an unbundled browser follow them. `xstate` is an optional peer: only the machine entry may reach it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url).pathname;
const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The bare package names reached from `entry` through relative static imports. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [join(dist, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(importPattern)) {
      const spec = match[1] ?? match[2]!;
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return packages;
}

describe('third-party packages each entry of @xinfang/core loads', () => {
  it('is run on the built package', () => {
    expect(existsSync(join(dist, 'index.js'))).toBe(true);
  });

  it('the main entry, schema and calendar load no xstate (an optional peer)', () => {
    expect([...packagesReached('index.js')].sort()).toEqual(['@noble/curves', '@noble/hashes', 'zod']);
    expect([...packagesReached('schema/index.js')].sort()).toEqual(['zod']);
    expect([...packagesReached('calendar/index.js')].sort()).toEqual([]);
  });

  it('control: the machine entry does load xstate (so the check above can fail)', () => {
    expect(packagesReached('machine/index.js').has('xstate')).toBe(true);
  });

  it('the manifest declares xstate an optional peer and zod a dependency', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(manifest.dependencies.xstate).toBeUndefined();
    expect(manifest.peerDependencies.xstate).toBe('^5.33.3');
    expect(manifest.peerDependenciesMeta.xstate).toEqual({ optional: true });
    expect(manifest.dependencies.zod).toBeDefined();
  });
});
