import { type PetitionView, statisticsFacts } from '@xinfang/core';
import type { PetitionDatabase, TallyRow } from './schema.js';

/** Tally changes by date: +1 for each fact of the new views, −1 for each fact of the views they replace. */
export class TallyDelta {
  readonly byDate = new Map<string, Map<string, number>>();

  add(view: PetitionView, sign: 1 | -1): void {
    // The facts of the core's `statisticsFacts`, counted per date of receipt in the `tallies` table.
    const { date, facts } = statisticsFacts(view);
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
