import { initialTransition, transition } from 'xstate';
import { petitionMachine, chinaCalendar, policies } from '../dist/index.js';
import { fullScenario } from '../dist/testing/index.js';
const ctx = { policy: policies.national, calendar: chinaCalendar };
const cmds = fullScenario('p-1');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu(); let n = 0;
for (let k = 0; k < 300; k++) {
  let [snap] = initialTransition(petitionMachine, ctx);
  for (const c of cmds) { [snap] = transition(petitionMachine, snap, { type: c.type, command: c }); n++; }
}
console.log('xstate µs/step (cpu)', ((cpu() - t0) * 1000 / n).toFixed(1));
