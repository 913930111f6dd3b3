import { createActor } from 'xstate';
import { petitionMachine, chinaCalendar, policies } from '../dist/index.js';
import { fullScenario } from '../dist/testing/index.js';
const ctx = { policy: policies.national, calendar: chinaCalendar };
const cmds = fullScenario('p-1');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu(); let n = 0;
for (let k = 0; k < 1000; k++) {
  const a = createActor(petitionMachine, { input: ctx }).start();
  for (const c of cmds) { a.send({ type: c.type, command: c }); n++; }
  if (a.getSnapshot().value !== 'archived') throw new Error('x');
}
console.log('actor µs/step (cpu)', ((cpu() - t0) * 1000 / n).toFixed(1));
