import { initialTransition, transition } from 'xstate';
import { petitionMachine, decideOn, evolve, chinaCalendar, policies, replay } from '../dist/index.js';
import { fullScenario } from '../dist/testing/index.js';
const ctx = { policy: policies.national, calendar: chinaCalendar };
const cmds = fullScenario('p-1');
let t0 = performance.now();
let n = 0;
for (let k = 0; k < 300; k++) {
  let [snap] = initialTransition(petitionMachine, ctx);
  for (const c of cmds) {
    [snap] = transition(petitionMachine, snap, { type: c.type, command: c });
    n++;
  }
}
let t1 = performance.now();
console.log('xstate transition µs/step', (((t1 - t0) * 1000) / n).toFixed(1));
t0 = performance.now();
n = 0;
for (let k = 0; k < 300; k++) {
  let view;
  for (const c of cmds) {
    const r = decideOn(view, c, ctx);
    view = evolve(view, r.events[0]);
    n++;
  }
}
t1 = performance.now();
console.log('decideOn+evolve µs/step', (((t1 - t0) * 1000) / n).toFixed(1));
