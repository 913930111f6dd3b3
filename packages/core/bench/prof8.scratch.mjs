import { decideOn, evolve, chinaCalendar, policies, replay } from '../dist/index.js';
import { fullScenario } from '../dist/testing/index.js';
import { dueDate } from '../dist/calendar/index.js';
const ctx = { policy: policies.national, calendar: chinaCalendar };
const cmds = fullScenario('p-1');
const evs = []; let view;
for (const c of cmds) { const r = decideOn(view, c, ctx); evs.push(r.events[0]); view = evolve(view, r.events[0]); }
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function time(label, f, n = 100000) { for (let i = 0; i < 10000; i++) f(); const t0 = cpu(); for (let i = 0; i < n; i++) f(); console.log(label.padEnd(24), ((cpu() - t0) * 1000 / n).toFixed(3), 'µs'); }
const v3 = replay(evs.slice(0, 4));
console.log(%HasFastProperties(v3), Object.keys(v3).length);
time('spread view', () => ({ ...v3, due: { ...v3.due } }));
time('evolve notify', () => evolve(v3, evs[4]));
time('evolve urge-like(handlerAssigned)', () => evolve(v3, evs[5]));
time('dueDate', () => dueDate('2025-09-23', { days: 60, unit: 'day' }, chinaCalendar));
