import {
  decideOn,
  evolve,
  chinaCalendar,
  policies,
  canonicalJson,
  hashEvent,
  validatePetition,
  dueDate,
  shanghaiDate,
} from '../dist/index.js';
import { fullScenario } from '../dist/testing/index.js';
const ctx = { policy: policies.national, calendar: chinaCalendar };
const cmds = fullScenario('p-1');
const evs = [];
let view;
for (const c of cmds) {
  const r = decideOn(view, c, ctx);
  evs.push(r.events[0]);
  view = evolve(view, r.events[0]);
}
function time(label, f, n = 20000) {
  f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  console.log(label, (((performance.now() - t0) * 1000) / n).toFixed(2), 'µs');
}
time('hash registered', () => hashEvent(evs[0]));
time('hash accepted', () => hashEvent(evs[3]));
time('canonical registered', () => canonicalJson(evs[0]));
console.log('registered json bytes', canonicalJson(evs[0]).length);
time('validate', () => validatePetition(cmds[0].petition));
time('dueDate 60d', () => dueDate('2025-09-23', { days: 60, unit: 'day' }, chinaCalendar));
time('shanghaiDate', () => shanghaiDate('2025-09-23T10:00:00+08:00'));
let v0;
time('decide register', () => decideOn(undefined, cmds[0], ctx), 2000);
const v1 = evolve(undefined, evs[0]);
time('decide propose', () => decideOn(v1, cmds[1], ctx));
time('evolve accepted', () => evolve(v1, evs[3]));
