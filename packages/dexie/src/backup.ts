import {
  type AppendContext,
  type Checkpoint,
  checkpointOf,
  compareWithCheckpoint,
  type Instant,
  type PetitionEvent,
  type PetitionView,
  type SignedCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
} from '@xinfang/core';
import { CHUNK, checkHistory, type Progress, writeAll } from './bulk.js';
import { BackupError } from './errors.js';
import { counterOf } from './rows.js';
import type { CounterRow, HistoryRow, PetitionDatabase } from './schema.js';

/** The format name in a backup's first line. */
export const BACKUP_FORMAT = 'xinfang-backup';
/** The version of the backup format this code writes and reads. */
export const BACKUP_VERSION = 1;

/** What an import found and stored. */
export interface ImportReport {
  petitions: number;
  events: number;
  counters: number;
  /**
   * 'verified': the file carried a checkpoint signed with a trusted key and every signed head and counter
   * is in it. 'not-checked': no trusted keys were given (the file's integrity rests on the unkeyed chain and
   * the totals only). Present only when the file carried a checkpoint or keys were given.
   */
  signature?: 'verified' | 'not-checked';
}

/** Sign the exported snapshot: the office's secret key (hex, kept outside the database), its name and the time. */
export interface SignWith {
  secretKey: string;
  office: string;
  at: Instant;
}

/** Options of `importBackup`. */
export interface ImportOptions {
  /**
   * Public keys (hex) of the offices whose signature this store trusts. When given, a file must carry a
   * checkpoint signed with one of them, and every petition, head and counter it signed must be in the file
   * unchanged (a removed petition, a cut history or a lowered counter is refused).
   */
  trustedKeys?: readonly string[];
  onProgress?: (p: Progress) => void;
}

/** The checkpoint of the heads and counters read (one snapshot). */
export function snapshotCheckpoint(
  rows: readonly HistoryRow[],
  counters: readonly CounterRow[],
  office: string,
  at: Instant,
): Checkpoint {
  return checkpointOf({
    office,
    at,
    heads: rows.map((r) => {
      const last = r.events[r.events.length - 1] as PetitionEvent;
      return { petitionId: r.petitionId, seq: last.seq, hash: last.hash };
    }),
    counters,
  });
}

interface Header {
  format: string;
  version: number;
  petitions: number;
  events: number;
}

/**
 * Exports every counter and history as NDJSON in one read transaction (a consistent snapshot):
 * a header line, one `{"counter":…}` line per unit-year counter, one `{"petitionId","events"}` line per
 * petition (in id order), and an `{"end":true,…}` line with the totals so a truncated file is detected.
 * Deterministic: the same data always gives the same bytes.
 */
export async function exportBackup(
  db: PetitionDatabase,
  onProgress?: (p: Progress) => void,
  sign?: SignWith,
): Promise<Blob> {
  return db.transaction('r', [db.histories, db.counters], async () => {
    const total = await db.histories.count();
    const counters = await db.counters.orderBy(':id').toArray();
    const parts: string[] = [];
    let events = 0;
    let done = 0;
    let last: string | undefined;
    const body: string[] = [];
    const heads: HistoryRow[] = [];
    for (;;) {
      const batch =
        last === undefined
          ? await db.histories.orderBy(':id').limit(CHUNK).toArray()
          : await db.histories.where(':id').above(last).limit(CHUNK).toArray();
      if (batch.length === 0) break;
      for (const row of batch) {
        events += row.events.length;
        if (sign) heads.push({ petitionId: row.petitionId, seq: row.seq, events: row.events.slice(-1) });
        body.push(`${JSON.stringify({ petitionId: row.petitionId, events: row.events })}\n`);
      }
      done += batch.length;
      last = batch[batch.length - 1]!.petitionId;
      onProgress?.({ phase: 'read', done, total });
    }
    const header: Header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, petitions: done, events };
    parts.push(`${JSON.stringify(header)}\n`);
    for (const c of counters) parts.push(`${JSON.stringify({ counter: { key: c.key, last: c.last } })}\n`);
    parts.push(...body);
    if (sign) {
      const signed = signCheckpoint(snapshotCheckpoint(heads, counters, sign.office, sign.at), sign.secretKey);
      parts.push(`${JSON.stringify({ checkpoint: signed })}\n`);
    }
    parts.push(`${JSON.stringify({ end: true, petitions: done, events })}\n`);
    if (total === 0) onProgress?.({ phase: 'read', done: 0, total: 0 });
    return new Blob(parts, { type: 'application/x-ndjson' });
  });
}

function refuse(line: number, zh: string, en: string, extra: { petitionId?: string; seq?: number } = {}): never {
  throw new BackupError(
    'backup-invalid',
    {
      zh: `备份文件第 ${line} 行有误：${zh} 未导入任何数据。请使用本系统导出且未经修改的完整备份文件重试。`,
      en: `Line ${line} of the backup file is wrong: ${en} Nothing was imported. Use a complete, unmodified backup file exported by this system and try again.`,
    },
    { line, ...extra },
  );
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Imports a backup into an empty store. Every line is parsed and every history chain verified
 * (`verifyHistory`) BEFORE anything is written; the write is one transaction. The first bad line or
 * event is named in a {@link BackupError}; nothing is imported then.
 */
export async function importBackup(
  db: PetitionDatabase,
  file: string | Blob,
  ctx: AppendContext,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { onProgress, trustedKeys } = options;
  const notEmpty = () =>
    new BackupError(
      'backup-target-not-empty',
      {
        zh: '只能将备份导入空的数据库，当前数据库已有数据，未导入任何内容。请先导出当前数据留存，再使用一个新的（空）数据库导入。',
        en: 'A backup can only be imported into an empty database; this one already holds data, so nothing was imported. Export the current data first, then import into a new (empty) database.',
      },
      { line: 0 },
    );
  const requireEmpty = async () => {
    const [h, v, c, t] = await Promise.all([
      db.histories.count(),
      db.views.count(),
      db.counters.count(),
      db.tallies.count(),
    ]);
    if (h + v + c + t > 0) throw notEmpty();
  };
  await requireEmpty();

  const raw = typeof file === 'string' ? file : await file.text();
  // A UTF-8 byte order mark (added by some editors and Windows tools) is not part of the first line.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();

  let header: Header | undefined;
  let end: { petitions: number; events: number } | undefined;
  const counters: CounterRow[] = [];
  const counterLines = new Map<string, number>();
  const highest = new Map<string, { seq: number; line: number; petitionId: string; registrationNo: string }>();
  const rows: HistoryRow[] = [];
  const lineOf = new Map<string, number>();
  let signed: { value: SignedCheckpoint; line: number } | undefined;
  const views: PetitionView[] = [];
  const seen = new Set<string>();
  const numbers = new Set<string>();
  let events = 0;
  const total = lines.length;

  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(lines[i]!);
    } catch {
      refuse(
        line,
        '不是有效的 JSON（文件可能已损坏或被截断）。',
        'it is not valid JSON (the file may be damaged or cut off).',
      );
    }
    if (!isObject(parsed)) refuse(line, '内容不是对象。', 'it is not an object.');
    if (i === 0) {
      if (parsed.format !== BACKUP_FORMAT) {
        refuse(line, '这不是信访系统的备份文件。', 'this is not a xinfang backup file.');
      }
      if (parsed.version !== BACKUP_VERSION) {
        refuse(
          line,
          `备份格式版本 ${String(parsed.version)} 不受支持（支持 ${BACKUP_VERSION}）。`,
          `backup format version ${String(parsed.version)} is not supported (supported: ${BACKUP_VERSION}).`,
        );
      }
      header = parsed as unknown as Header;
      continue;
    }
    if (end) refuse(line, '结束标记之后还有内容。', 'there is content after the end marker.');
    if (parsed.end === true) {
      end = { petitions: Number(parsed.petitions), events: Number(parsed.events) };
      continue;
    }
    if (parsed.checkpoint !== undefined) {
      if (signed) refuse(line, '签名检查点重复出现。', 'the signed checkpoint appears twice.');
      signed = { value: parsed.checkpoint as SignedCheckpoint, line };
      continue;
    }
    if (isObject(parsed.counter)) {
      const { key, last } = parsed.counter;
      if (typeof key !== 'string' || !Number.isSafeInteger(last) || (last as number) < 0) {
        refuse(line, '编号计数器格式错误。', 'the number counter is malformed.');
      }
      if (counterLines.has(key))
        refuse(line, `编号计数器 ${key} 重复出现。`, `the number counter ${key} appears twice.`);
      counterLines.set(key, line);
      counters.push({ key, last: last as number });
      continue;
    }
    const petitionId = parsed.petitionId;
    if (typeof petitionId !== 'string' || !Array.isArray(parsed.events)) {
      refuse(line, '既不是计数器也不是信访事项历史。', 'it is neither a counter nor a petition history.');
    }
    const history = parsed.events as PetitionEvent[];
    if (seen.has(petitionId))
      refuse(line, `信访事项 ${petitionId} 重复出现。`, `petition ${petitionId} appears twice.`, { petitionId });
    seen.add(petitionId);
    if (history.some((e) => !isObject(e))) {
      refuse(line, `信访事项 ${petitionId} 的记录格式错误。`, `the records of petition ${petitionId} are malformed.`, {
        petitionId,
      });
    }
    if (history[0] && history[0].petitionId !== petitionId) {
      refuse(line, `记录不属于信访事项 ${petitionId}。`, `the records do not belong to petition ${petitionId}.`, {
        petitionId,
      });
    }
    let checked: ReturnType<typeof checkHistory>;
    try {
      checked = checkHistory(history, ctx);
    } catch {
      refuse(line, `信访事项 ${petitionId} 的记录无法读取。`, `the records of petition ${petitionId} cannot be read.`, {
        petitionId,
      });
    }
    if (!checked.ok) {
      refuse(
        line,
        `信访事项 ${petitionId} 的第 ${checked.seq} 条记录（第 ${checked.index + 1} 个）校验失败：${checked.message.zh}`,
        `record ${checked.seq} (item ${checked.index + 1}) of petition ${petitionId} failed verification: ${checked.message.en}`,
        { petitionId, seq: checked.seq },
      );
    }
    if (numbers.has(checked.view.registrationNo)) {
      refuse(
        line,
        `登记编号 ${checked.view.registrationNo} 重复。`,
        `registration number ${checked.view.registrationNo} appears twice.`,
        { petitionId },
      );
    }
    numbers.add(checked.view.registrationNo);
    const number = counterOf(checked.view.registrationNo);
    if (number && number.seq > (highest.get(number.key)?.seq ?? 0)) {
      highest.set(number.key, { seq: number.seq, line, petitionId, registrationNo: checked.view.registrationNo });
    }
    events += history.length;
    rows.push({ petitionId, seq: checked.view.seq, events: history });
    lineOf.set(petitionId, line);
    views.push(checked.view);
    if (onProgress && line % CHUNK === 0) onProgress({ phase: 'verify', done: line, total });
  }
  if (!header) refuse(1, '文件为空。', 'the file is empty.');
  if (!end || end.petitions !== rows.length || end.events !== events || header.petitions !== rows.length) {
    refuse(
      lines.length,
      `文件不完整：应有 ${header.petitions} 个信访事项，实际读到 ${rows.length} 个。`,
      `the file is incomplete: ${header.petitions} petitions announced, ${rows.length} found.`,
    );
  }
  // A counter lower than a number present would hand that number out again: the file was cut or edited.
  for (const [key, top] of highest) {
    const counter = counters.find((c) => c.key === key);
    if (counter === undefined || counter.last < top.seq) {
      refuse(
        counterLines.get(key) ?? top.line,
        `编号计数器 ${key} 为 ${counter?.last ?? '（缺失）'}，低于第 ${top.line} 行信访事项 ${top.petitionId} 的登记编号 ${top.registrationNo}（文件可能被删改，导入后会重复发放编号）。`,
        `the number counter ${key} is ${counter?.last ?? 'missing'}, lower than registration number ${top.registrationNo} of petition ${top.petitionId} on line ${top.line} (the file may have been edited; importing it would hand out that number again).`,
        { petitionId: top.petitionId },
      );
    }
  }
  let signature: ImportReport['signature'];
  if (trustedKeys !== undefined) {
    const where = signed?.line ?? lines.length;
    const verdict = verifyCheckpoint(signed?.value, trustedKeys);
    if (!verdict.ok) refuse(where, verdict.message.zh, verdict.message.en);
    const byId = new Map(rows.map((r) => [r.petitionId, r.events]));
    const counterOf = new Map(counters.map((c) => [c.key, c.last]));
    const [problem] = compareWithCheckpoint(
      verdict.checkpoint,
      (id, seq) => byId.get(id)?.[seq - 1]?.hash,
      (key) => counterOf.get(key),
    );
    if (problem !== undefined) {
      const line =
        problem.petitionId !== undefined
          ? (lineOf.get(problem.petitionId) ?? where)
          : (counterLines.get(problem.counter ?? '') ?? where);
      refuse(
        line,
        problem.message.zh,
        problem.message.en,
        problem.petitionId ? { petitionId: problem.petitionId } : {},
      );
    }
    signature = 'verified';
  } else if (signed) {
    signature = 'not-checked';
  }
  onProgress?.({ phase: 'verify', done: total, total });
  await db.transaction('rw', [db.histories, db.views, db.counters, db.tallies, db.commands], async () => {
    await writeAll(db, rows, views, onProgress, requireEmpty);
    if (counters.length > 0) {
      // Keep the higher of the file's counter and the highest number found (never reuse a number).
      const current = await db.counters.bulkGet(counters.map((c) => c.key));
      await db.counters.bulkPut(
        counters.map((c, i) => ({ key: c.key, last: Math.max(c.last, current[i]?.last ?? 0) })),
      );
    }
  });
  return { petitions: rows.length, events, counters: counters.length, ...(signature ? { signature } : {}) };
}
