// Which third-party packages each BUILT entry of the core loads, followed through every static import of dist/
// as Node and an unbundled browser follow them. `xstate` and `zod` are optional peers: only the machine entry may
// reach xstate, only the zod entry zod.
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

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
/** Every entry of the exports map with its built file: `.` → `index.js`, `./zod` → `zod/index.js`, … */
const entries: [string, string][] = Object.entries<string | Record<string, string>>(manifest.exports)
  .filter(([, target]) => typeof target !== 'string')
  .map(([name, target]) => [name, (target as Record<string, string>).default!.replace('./dist/', '')]);

describe('third-party packages each entry of @xinfang/core loads', () => {
  it('is run on the built package', () => {
    expect(existsSync(join(dist, 'index.js'))).toBe(true);
  });

  it('reads every entry of the exports map', () => {
    expect(entries.map(([name]) => name)).toEqual([
      '.',
      './schema',
      './calendar',
      './i18n',
      './periods',
      './machine',
      './zod',
      './testing',
    ]);
  });

  it('only @xinfang/core/zod reaches zod and only @xinfang/core/machine reaches xstate (optional peers)', () => {
    const reached = Object.fromEntries(entries.map(([name, file]) => [name, [...packagesReached(file)].sort()]));
    expect(reached).toEqual({
      '.': ['@noble/curves', '@noble/hashes'],
      './schema': [],
      './calendar': [],
      './i18n': [],
      './periods': [],
      './machine': ['@noble/curves', '@noble/hashes', 'xstate'],
      './zod': ['zod'],
      './testing': ['@noble/curves', '@noble/hashes'],
    });
    expect(entries.filter(([, file]) => packagesReached(file).has('zod')).map(([name]) => name)).toEqual(['./zod']);
  });

  it('the manifest declares xstate and zod optional peers, not dependencies', () => {
    expect(manifest.dependencies.xstate).toBeUndefined();
    expect(manifest.dependencies.zod).toBeUndefined();
    expect(manifest.peerDependencies).toMatchObject({ xstate: '^5.33.3', zod: '^4.0.0' });
    expect(manifest.peerDependenciesMeta).toEqual({ xstate: { optional: true }, zod: { optional: true } });
  });
});
