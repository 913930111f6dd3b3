import { shanghaiDate } from '@xinfang/core';
import type { Channel, Outcome, PetitionClass, PetitionStatus, PetitionView } from '@xinfang/core';

/**
 * The covering statistics key of a petition: exactly the fields the core's `statistics` reads, as an
 * IndexedDB array key that starts with the date of receipt (Asia/Shanghai) and ends with the petition id.
 * Statistics for a period read these keys with ONE `getAllKeys` over a key range (no rows are read).
 */
export type StatKey = [
  received: string,
  channel: string,
  cls: string,
  status: string,
  unit: string,
  persons: number,
  concludedDate: string,
  outcome: string,
  lateConclusion: number,
  replyExempt: number,
  replied: number,
  dueConclusion: string,
  dueSoonWorkdays: number,
  petitionId: string,
];

/** The statistics key of a view. */
export function statKey(v: PetitionView): StatKey {
  return [
    shanghaiDate(v.receivedAt),
    v.channel,
    v.class,
    v.status,
    v.unit,
    v.persons,
    v.concludedAt === undefined ? '' : shanghaiDate(v.concludedAt),
    v.outcome ?? '',
    v.late.includes('conclusion') ? 1 : 0,
    v.terms.replyExempt ? 1 : 0,
    v.repliedAt === undefined ? 0 : 1,
    v.due.conclusion ?? '',
    v.terms.dueSoonWorkdays,
    v.petitionId,
  ];
}

/** Noon in Beijing on a date: an instant whose Asia/Shanghai date is that date. */
const noon = (date: string) => `${date}T12:00:00+08:00`;

/**
 * The part of a view that `statistics` reads, rebuilt from its key (the other fields are absent).
 * Equality with the core's figures on full views is pinned by statistics.test.ts.
 */
export function viewOfStatKey(k: StatKey): PetitionView {
  const [received, channel, cls, status, unit, persons, concluded, outcome, late, exempt, replied, due, soon, id] = k;
  const v = {
    petitionId: id,
    receivedAt: noon(received),
    channel: channel as Channel,
    class: cls as PetitionClass,
    status: status as PetitionStatus,
    unit,
    persons,
    late: late === 1 ? ['conclusion'] : [],
    terms: { replyExempt: exempt === 1, dueSoonWorkdays: soon },
    due: due === '' ? {} : { conclusion: due },
  } as unknown as PetitionView;
  if (concluded !== '') v.concludedAt = noon(concluded);
  if (outcome !== '') v.outcome = outcome as Outcome;
  if (replied === 1) v.repliedAt = noon(concluded || received);
  return v;
}
