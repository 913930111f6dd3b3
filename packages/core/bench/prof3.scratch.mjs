import { decideOn, evolve, chinaCalendar, policies, replay } from '../dist/index.js';
import { fullScenario } from '../dist/testing/index.js';
const ctx = { policy: policies.national, calendar: chinaCalendar };
const cmds = fullScenario('p-1');
const evs = []; let view;
for (const c of cmds) { const r = decideOn(view, c, ctx); evs.push(r.events[0]); view = evolve(view, r.events[0]); }
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let i = 0; i < 2000; i++) replay(evs);
let t0 = cpu();
for (let i = 0; i < 20000; i++) replay(evs);
console.log('replay events/s (cpu)', Math.round(20000 * evs.length / ((cpu() - t0) / 1000)));
const v1 = replay(evs.slice(0, 3));
t0 = cpu();
for (let i = 0; i < 20000; i++) decideOn(v1, cmds[3], ctx);
console.log('decide accept µs (cpu)', ((cpu() - t0) * 1000 / 20000).toFixed(2));
