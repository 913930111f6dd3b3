// `npm run bench -w @xinfang/core`: runs every benchmark of the core on the BUILT package (dist/).
// Each benchmark prints its figures beside a baseline measured in the same run.
import { existsSync } from 'node:fs';

const benches = ['./calendar.bench.mjs', './schema.bench.mjs', './lifecycle.bench.mjs'];
for (const path of benches) {
  if (!existsSync(new URL(path, import.meta.url))) continue;
  const mod = await import(path);
  if (typeof mod.run === 'function') await mod.run();
}
