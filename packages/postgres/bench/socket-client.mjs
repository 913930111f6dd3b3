// The clients of the socket benchmark, in their own thread (as browsers would be on their own machines):
// `@xinfang/client` over fetch to the server at `base`, in the staff session whose headers are given.
import { parentPort, workerData } from 'node:worker_threads';

const { policies } = await import('@xinfang/core');
const { actorsOf, at, command } = await import('@xinfang/core/testing');
const { createHttpStore } = await import('../../client/dist/index.js');

const { base, headers, ids, clients, total, warmup } = workerData;
const clerk = actorsOf(policies.national.defaultUnit).clerk;
const store = createHttpStore({ baseUrl: base, headers: () => headers });

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
parentPort.postMessage(await load(total));
