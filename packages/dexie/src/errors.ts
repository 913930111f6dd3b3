import type { Bilingual } from '@xinfang/core';

/**
 * Base class of every error this store throws on purpose. `code` is stable for programs,
 * `bilingual` tells the person (in Chinese first, then English) what happened and what to do.
 */
export class PetitionStoreError extends Error {
  readonly code: string;
  readonly bilingual: Bilingual;
  override readonly cause: unknown;

  constructor(code: string, bilingual: Bilingual, cause?: unknown) {
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = 'PetitionStoreError';
    this.code = code;
    this.bilingual = bilingual;
    this.cause = cause;
  }
}

/** The browser refused to store more (IndexedDB `QuotaExceededError`). Nothing of the failed write was kept. */
export class StorageFullError extends PetitionStoreError {
  constructor(cause?: unknown) {
    super(
      'storage-full',
      {
        zh: '浏览器存储空间已满，本次操作未保存。请导出备份后清理浏览器中不需要的网站数据，或在浏览器设置中允许本站使用更多空间，然后重试。',
        en: 'The browser storage is full and this action was not saved. Export a backup, free space by clearing other site data or allow this site more storage in the browser settings, then try again.',
      },
      cause,
    );
    this.name = 'StorageFullError';
  }
}

/**
 * Another tab keeps the database open at an older version (`blocked`), or another tab opened a newer
 * version and this tab's connection was closed for it (`versionchange`).
 */
export class DatabaseBlockedError extends PetitionStoreError {
  readonly reason: 'blocked' | 'versionchange';

  constructor(cause?: unknown, reason: 'blocked' | 'versionchange' = 'blocked') {
    super(
      'database-blocked',
      reason === 'blocked'
        ? {
            zh: '另一个标签页正在使用旧版本的信访数据库，无法打开或升级。请关闭或刷新本系统的其他标签页，然后重新加载本页。',
            en: 'Another tab is using an older version of the petition database, so it cannot be opened or upgraded. Close or reload the other tabs of this system, then reload this page.',
          }
        : {
            zh: '另一个标签页已将信访数据库升级到新版本，本页的连接已关闭。请重新加载本页后继续操作（未保存的输入请先复制）。',
            en: 'Another tab upgraded the petition database to a newer version and closed this page’s connection. Reload this page to continue (copy any unsaved input first).',
          },
      cause,
    );
    this.name = 'DatabaseBlockedError';
    this.reason = reason;
  }
}

/** IndexedDB is missing or disabled (some private/incognito modes, locked-down browsers). */
export class StorageUnavailableError extends PetitionStoreError {
  constructor(cause?: unknown) {
    super(
      'storage-unavailable',
      {
        zh: '此浏览器无法使用本地数据库（IndexedDB），可能处于隐私/无痕模式或被策略禁用。请在普通窗口中打开本系统，或换用最新版 Chrome、Edge、Firefox。',
        en: 'This browser cannot use the local database (IndexedDB); it may be in private/incognito mode or blocked by policy. Open the system in a normal window, or use a current Chrome, Edge or Firefox.',
      },
      cause,
    );
    this.name = 'StorageUnavailableError';
  }
}

/** Where a backup file went wrong: the 1-based line, and the petition/event when known. */
export interface BackupProblem {
  line: number;
  petitionId?: string;
  seq?: number;
}

/** A backup file was refused; nothing of it was imported. */
export class BackupError extends PetitionStoreError {
  readonly problem: BackupProblem;

  constructor(code: string, bilingual: Bilingual, problem: BackupProblem, cause?: unknown) {
    super(code, bilingual, cause);
    this.name = 'BackupError';
    this.problem = problem;
  }
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const e = error as { name?: unknown; inner?: { name?: unknown } };
  const inner = typeof e.inner?.name === 'string' ? e.inner.name : '';
  const name = typeof e.name === 'string' ? e.name : '';
  return `${name} ${inner}`;
}

/**
 * Maps the raw IndexedDB/Dexie failures a person can act on to typed errors; anything else is
 * returned unchanged (a programming mistake stays an exception with its own stack).
 */
export function toStoreError(error: unknown): unknown {
  if (error instanceof PetitionStoreError) return error;
  const name = errorName(error);
  if (name.includes('QuotaExceeded')) return new StorageFullError(error);
  if (name.includes('MissingAPI')) return new StorageUnavailableError(error);
  if (name.includes('VersionChange') || name.includes('Blocked')) return new DatabaseBlockedError(error);
  if (name.includes('SecurityError') || name.includes('InvalidStateError') || name.includes('NotAllowed')) {
    // Firefox private mode (InvalidStateError), Safari/Chrome with storage blocked (SecurityError).
    return new StorageUnavailableError(error);
  }
  return error;
}
