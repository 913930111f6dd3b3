import { decideOn, evolve, chinaCalendar, policies, replay, canonicalJson, hashEvent } from '../dist/index.js';
import { instantMillis } from '../dist/calendar/dates.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes, bytesToHex } from '@noble/hashes/utils.js';
import { createHash } from 'node:crypto';
import { fullScenario } from '../dist/testing/index.js';
const ctx = { policy: policies.national, calendar: chinaCalendar };
const cmds = fullScenario('p-1');
const evs = []; let view;
for (const c of cmds) { const r = decideOn(view, c, ctx); evs.push(r.events[0]); view = evolve(view, r.events[0]); }
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function time(label, f, n = 50000) { for (let i = 0; i < 5000; i++) f(); const t0 = cpu(); for (let i = 0; i < n; i++) f(); console.log(label.padEnd(24), ((cpu() - t0) * 1000 / n).toFixed(2), 'µs'); }
const e = evs[3]; const s = canonicalJson(e); const b = utf8ToBytes(s);
console.log('bytes', s.length, b.length);
time('canonicalJson', () => canonicalJson(e));
time('JSON.stringify', () => JSON.stringify(e));
time('utf8ToBytes', () => utf8ToBytes(s));
time('sha256 noble', () => sha256(b));
time('bytesToHex', () => bytesToHex(sha256(b)));
time('node crypto', () => createHash('sha256').update(s).digest('hex'));
time('hashEvent', () => hashEvent(e));
time('instantMillis', () => instantMillis('2025-09-23T09:00:00+08:00'));
time('Date.parse', () => Date.parse('2025-09-23T09:00:00+08:00'));
