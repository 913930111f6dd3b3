// Every published package's manifest, read as an installer and a consumer's TypeScript read it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const packagesDir = new URL('../../', import.meta.url).pathname;
const manifests = readdirSync(packagesDir)
  .sort()
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(`${packagesDir}${dir}/package.json`, 'utf8')) }));

/** Every condition name used anywhere in an exports map. */
function conditions(exportsMap: unknown, into = new Set<string>()): Set<string> {
  if (exportsMap && typeof exportsMap === 'object') {
    for (const [key, value] of Object.entries(exportsMap)) {
      if (!key.startsWith('.')) into.add(key);
      conditions(value, into);
    }
  }
  return into;
}

describe('package manifests', () => {
  it('lists the seven published packages', () => {
    expect(manifests.map((m) => m.json.name)).toEqual([
      '@xinfang/client',
      '@xinfang/core',
      '@xinfang/dexie',
      '@xinfang/elements',
      '@xinfang/holidays',
      '@xinfang/postgres',
      '@xinfang/server',
    ]);
  });

  it('never uses the bare `source` condition a consumer may use for its own packages', () => {
    for (const { json } of manifests) {
      const used = conditions(json.exports);
      expect(used.has('source'), json.name).toBe(false);
      for (const name of used)
        expect(['@xinfang/source', 'types', 'default', 'import'], `${json.name}: ${name}`).toContain(name);
    }
  });

  it('declares engines, the repository, homepage and issue tracker', () => {
    for (const { dir, json } of manifests) {
      expect(json.engines, json.name).toEqual({ node: '>=20.19' });
      expect(json.repository, json.name).toEqual({
        type: 'git',
        url: 'git+https://github.com/xinfang-dev/xinfang.git',
        directory: `packages/${dir}`,
      });
      expect(json.homepage, json.name).toBe(`https://github.com/xinfang-dev/xinfang/tree/main/packages/${dir}#readme`);
      expect(json.bugs, json.name).toEqual({ url: 'https://github.com/xinfang-dev/xinfang/issues' });
    }
  });
});
