import type { PetitionView } from '@xinfang/core';
import { daysBetween, shanghaiDate } from '@xinfang/core';
import type { PetitionDatabase, TallyRow } from './schema.js';

/**
 * The statistics facts of a petition, counted per date of receipt in the `tallies` table. A quarter's
 * statistics then read at most 92 small tally rows and add them up — no petition row is read (measured
 * in Chromium: reading the rows or even their index keys is 10–100× slower).
 *
 * | fact | counts petitions … |
 * |---|---|
 * | `r` | received |
 * | `c:<channel>`, `k:<class>`, `s:<status>`, `u:<unit>` | by channel, class, status, current unit |
 * | `p:<persons>` | visits with that head count (批次 / 人次) |
 * | `ct` / `cl` | concluded on time / late (conclusion recorded late, 22 art 34) |
 * | `o:<outcome>` | concluded, by outcome |
 * | `d:<days>` | concluded, by calendar days from receipt to conclusion |
 * | `ro` / `rr` | concluded and owing a reply / and replied |
 * | `q:<due>:<soon>` | still open, by conclusion due date and its due-soon working days |
 */
export function factsOf(v: PetitionView): { date: string; facts: string[] } {
  const date = shanghaiDate(v.receivedAt);
  const facts = ['r', `c:${v.channel}`, `k:${v.class}`, `s:${v.status}`, `u:${v.unit}`];
  if (v.channel === 'visit') facts.push(`p:${v.persons}`);
  if (v.concludedAt !== undefined) {
    facts.push(v.late.includes('conclusion') ? 'cl' : 'ct');
    if (v.outcome !== undefined) facts.push(`o:${v.outcome}`);
    facts.push(`d:${daysBetween(date, shanghaiDate(v.concludedAt))}`);
    if (!v.terms.replyExempt) {
      facts.push('ro');
      if (v.repliedAt !== undefined) facts.push('rr');
    }
  } else if (v.due.conclusion !== undefined) {
    facts.push(`q:${v.due.conclusion}:${v.terms.dueSoonWorkdays}`);
  }
  return { date, facts };
}

/** Tally changes by date: +1 for each fact of the new views, −1 for each fact of the views they replace. */
export class TallyDelta {
  readonly byDate = new Map<string, Map<string, number>>();

  add(view: PetitionView, sign: 1 | -1): void {
    const { date, facts } = factsOf(view);
    let m = this.byDate.get(date);
    if (!m) {
      m = new Map();
      this.byDate.set(date, m);
    }
    for (const f of facts) m.set(f, (m.get(f) ?? 0) + sign);
  }

  /** The tally rows of these changes alone (for a database that has none yet). */
  rows(): TallyRow[] {
    return [...this.byDate].map(([date, m]) => ({ date, n: Object.fromEntries([...m].filter(([, v]) => v !== 0)) }));
  }

  /** Applies the changes to the stored tallies (inside the caller's read-write transaction). */
  async apply(db: PetitionDatabase): Promise<void> {
    const dates = [...this.byDate.keys()].filter((d) => [...this.byDate.get(d)!.values()].some((n) => n !== 0));
    if (dates.length === 0) return;
    const current = await db.tallies.bulkGet(dates);
    const rows: TallyRow[] = [];
    const empty: string[] = [];
    dates.forEach((date, i) => {
      const n: Record<string, number> = { ...(current[i]?.n ?? {}) };
      for (const [fact, delta] of this.byDate.get(date)!) {
        const next = (n[fact] ?? 0) + delta;
        if (next === 0) delete n[fact];
        else n[fact] = next;
      }
      if (Object.keys(n).length === 0) empty.push(date);
      else rows.push({ date, n });
    });
    await Promise.all([db.tallies.bulkPut(rows), db.tallies.bulkDelete(empty)]);
  }
}
