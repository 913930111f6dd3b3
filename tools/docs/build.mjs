#!/usr/bin/env node
// `npm run docs`: the API reference of every published TypeScript package, one TypeDoc site per package in
// docs/api/<package>/ (not checked in). Warnings are errors: a broken {@link}, an exported name that is not
// documented, or a type that is used but not exported fails the run, so `npm test` keeps the reference whole.
// TypeDoc 0.28 needs TypeScript 5.x; this workspace has 5.9.3 of its own beside the repository's TypeScript 7.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const typedoc = join(new URL('.', import.meta.url).pathname, 'node_modules', 'typedoc', 'bin', 'typedoc');

/** Packages with an API reference: their exported entries, read from `exports` (the `@xinfang/source` path). */
export const documented = ['core', 'dexie', 'postgres', 'server', 'client'];

function entryPoints(dir) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  return Object.values(manifest.exports)
    .map((target) => (typeof target === 'object' ? target['@xinfang/source'] : undefined))
    .filter((source) => typeof source === 'string')
    .map((source) => join(root, 'packages', dir, source));
}

/**
 * Every exported name (the top-level declarations of each entry) that has no doc comment: on itself, on one of
 * its signatures, or (a type alias of an object) on its declaration. Members of exported objects and
 * interfaces are described by their owner's comment and are not required one by one.
 */
export function undocumented(project) {
  const modules = project.children?.some((c) => c.kind === 2) ? project.children : [project];
  const bare = [];
  for (const mod of modules) {
    for (const decl of mod.children ?? []) {
      const documented =
        decl.comment !== undefined ||
        (decl.signatures ?? []).some((s) => s.comment !== undefined) ||
        (decl.type?.declaration?.signatures ?? []).some((s) => s.comment !== undefined) ||
        decl.kind === 4194304 /* Reference: a re-export, documented where it is declared */;
      if (!documented) bare.push(mod === project ? decl.name : `${mod.name}.${decl.name}`);
    }
  }
  return bare;
}

/** Builds the reference of one package; resolves to whether it is whole. */
async function buildOne(dir) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  const out = join(root, 'docs', 'api', dir);
  rmSync(out, { recursive: true, force: true });
  // The package's README is the site's front page, less its line linking to this very site (which does not
  // exist yet while TypeDoc checks the README's relative links). A copy beside it keeps the other links right.
  const source = join(root, 'packages', dir, 'README.md');
  const readme = existsSync(source) ? join(root, 'packages', dir, '.typedoc-readme.md') : 'none';
  if (readme !== 'none') {
    writeFileSync(readme, readFileSync(source, 'utf8').replace(/^API reference: .*\n\n?/m, ''));
  }
  const args = [
    typedoc,
    ...entryPoints(dir).flatMap((e) => ['--entryPoints', e]),
    '--tsconfig',
    join(root, 'packages', dir, 'tsconfig.build.json'),
    '--name',
    manifest.name,
    '--readme',
    readme,
    '--out',
    out,
    '--json',
    join(out, 'api.json'),
    '--options',
    join(root, 'tools', 'docs', 'typedoc.json'),
  ];
  const started = Date.now();
  const status = await new Promise((resolve) => {
    spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] }).on('close', resolve);
  });
  if (readme !== 'none') rmSync(readme, { force: true });
  const bare = status === 0 ? undocumented(JSON.parse(readFileSync(join(out, 'api.json'), 'utf8'))) : [];
  for (const name of bare) console.error(`docs: ${manifest.name} exports ${name} without a doc comment`);
  const ok = status === 0 && bare.length === 0;
  console.log(
    `docs: ${manifest.name} ${ok ? 'ok' : 'FAILED'} in ${Date.now() - started} ms → docs/api/${dir}/index.html`,
  );
  return ok;
}

// Two at a time (CI has two cores). The other packages read @xinfang/core from its built declarations
// (typedoc.json empties customConditions), so each program holds one package's sources only.
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const queue = documented.filter((dir) => only.length === 0 || only.includes(dir));
let failed = 0;
await Promise.all(
  [0, 1].map(async () => {
    for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) if (!(await buildOne(dir))) failed++;
  }),
);
process.exit(failed > 0 ? 1 : 0);
