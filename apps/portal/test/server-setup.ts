// Starts the real shared office for the e2e tests: `node packages/server/dist/serve.js` (what `npm start` runs: the
// API on PGlite in a throwaway data folder, serving the BUILT portal with its demo staff seeded), on a free port.
// Hands its URL to the tests through `inject('serverURL')`, and stops it and removes the data folder afterwards.
// turbo builds @xinfang/server before the portal's browser tests (`^build`: the portal depends on it).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { freePort } from './global-setup.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverURL: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
const serveJs = fileURLToPath(new URL('../../../packages/server/dist/serve.js', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const portal = process.env.PORTAL_DIST ?? `${root}dist`;
  if (!existsSync(serveJs)) {
    throw new Error(
      `${serveJs} is missing: build the server first (\`npx turbo run build --filter=@xinfang/server\`).`,
    );
  }
  const data = mkdtempSync(join(tmpdir(), 'xinfang-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [serveJs], {
    env: { ...process.env, PORT: String(port), XINFANG_DATA: data, XINFANG_PORTAL: portal },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${log}`)), 60_000);
    const listen = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${log}`));
    });
  });
  project.provide('serverURL', `http://127.0.0.1:${port}/`);
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(data, { recursive: true, force: true });
  };
}
