import { decideOn, evolve, chinaCalendar, policies, replay } from '../dist/index.js';
import { fullScenario } from '../dist/testing/index.js';
const ctx = { policy: policies.national, calendar: chinaCalendar };
const cmds = fullScenario('p-1');
const evs = []; let view;
for (const c of cmds) { const r = decideOn(view, c, ctx); evs.push(r.events[0]); view = evolve(view, r.events[0]); }
const v1 = replay(evs.slice(0, 3));
for (let i = 0; i < 100000; i++) decideOn(v1, cmds[3], ctx);
