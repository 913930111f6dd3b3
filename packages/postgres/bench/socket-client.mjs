// The clients of the socket benchmark, in their own thread (as browsers would be on their own machines):
// `@xinfang/client` to the server at `base`, in the staff session whose headers are given. Its transport is
// node:http with kept-alive connections (`transport: 'http'`), or Node's fetch (undici, `transport: 'fetch'`),
// which costs this thread about twice the server's CPU per request: on two shared cores the load generator
// then starves the server it measures.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import { parentPort, workerData } from 'node:worker_threads';

const { policies } = await import('@xinfang/core');
const { actorsOf, at, command } = await import('@xinfang/core/testing');
const { createHttpStore } = await import('../../client/dist/index.js');

const { base, headers, ids, clients, total, warmup, transport } = workerData;
const clerk = actorsOf(policies.national.defaultUnit).clerk;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
/** The part of fetch the client uses (status and text), over node:http. */
const httpFetch = (url, init) =>
  new Promise((resolve, reject) => {
    const body = init.body;
    const request = http.request(
      url,
      {
        method: init.method,
        agent,
        headers: body === undefined ? init.headers : { ...init.headers, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode, text: async () => text });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
const store = createHttpStore({
  baseUrl: base,
  headers: () => headers,
  ...(transport === 'fetch' ? {} : { fetch: httpFetch }),
});

async function load(count) {
  const times = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < count; i = next++) {
        const s = performance.now();
        const r = await store.execute(
          command('proposeHandling', ids[i % ids.length], at('2025-09-21'), clerk, { text: `意见 ${i}` }),
        );
        if (!r.ok) throw new Error(r.rejection.message.en);
        times.push(performance.now() - s);
      }
    }),
  );
  return { seconds: (performance.now() - t0) / 1000, times };
}
await load(warmup);
// BENCH_PROFILE: a CPU profile of this thread too, beside the server's (`<file>.clients.cpuprofile`).
const profile = workerData.profile === undefined ? undefined : new Session();
if (profile) {
  profile.connect();
  await profile.post('Profiler.enable');
  await profile.post('Profiler.start');
}
const result = await load(total);
if (profile) {
  const { profile: cpu } = await profile.post('Profiler.stop');
  writeFileSync(`${workerData.profile}.clients.cpuprofile`, JSON.stringify(cpu));
}
parentPort.postMessage(result);
