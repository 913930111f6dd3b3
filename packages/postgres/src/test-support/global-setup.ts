import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startCluster } from '../cluster.js';

// One throwaway PostgreSQL cluster for the whole run; each test file creates its own databases in it.
export default async function setup(project: TestProject): Promise<() => void> {
  // XINFANG_PG_PORT pins the port (where only some ports may be used); else the OS picks a free one.
  const port = process.env.XINFANG_PG_PORT === undefined ? undefined : Number(process.env.XINFANG_PG_PORT);
  const cluster = await startCluster(fileURLToPath(new URL('../../build', import.meta.url)), port);
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
