// Starts `vite preview` on the BUILT portal (turbo builds it first: `test:browser` depends on the portal's own
// build) on a free port, hands the URL to the tests through `inject('baseURL')`, and stops it afterwards.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Asks the OS for a port that is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // PORTAL_DIST (optional): serve another build output, e.g. a private one while the portal is rebuilt.
  const outDir = process.env.PORTAL_DIST ?? `${root}dist`;
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/index.html is missing: build the portal first (\`npm run build -w portal\`).`);
  }
  // PORTAL_PORT (optional): a fixed port, for machines where each user has a range of ports.
  const port = Number(process.env.PORTAL_PORT) || (await freePort());
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
