import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startCluster } from '../cluster.js';

// One throwaway PostgreSQL cluster for the whole run; each test file creates its own databases in it.
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startCluster(fileURLToPath(new URL('../../build', import.meta.url)));
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
