/**
 * Backup (备份与恢复): export every history of the current organ as a verified NDJSON file, and import
 * such a file into an empty store (every chain is verified first; all or nothing), each with a
 * progress bar from the store's progress callbacks. Wiping is here too, for moving data between browsers.
 */
import type { Rejection } from '@xinfang/core';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { chosenFile } from '../app/file-input.js';
import { fill, num, type Text, tr } from '../app/i18n.js';
import { okNotice, rejectionNotice } from '../app/notice.js';
import { fingerprint, officeKey } from '../app/office-key.js';
import { PageElement } from '../app/page.js';
import { type ProgressState, progressBar } from '../app/progress.js';
import { currentOrgan, policyOf, storeOf, unexpected, wipeStore } from '../app/services.js';

const T = {
  title: { zh: '备份与恢复', en: 'Backup and restore' },
  intro: {
    zh: '备份文件包含本机关全部信访事项的完整记录（含哈希链），可在其他浏览器中恢复。备份含个人信息，请按保密要求保管（档案保密）。',
    en: 'A backup holds every record of every petition of this organ (with its hash chain) and can be restored in another browser. It contains personal data: keep it as confidential as the archive.',
  },
  stored: { zh: '本机关（{organ}）现有 {n} 件信访事项。', en: 'This organ ({organ}) holds {n} petitions.' },
  exportTitle: { zh: '导出备份', en: 'Export a backup' },
  export: { zh: '导出备份文件', en: 'Export backup file' },
  exportProgress: { zh: '导出进度', en: 'Export progress' },
  exported: { zh: '备份已生成（{size}）。', en: 'The backup is ready ({size}).' },
  download: { zh: '下载备份文件', en: 'Download the backup file' },
  importTitle: { zh: '从备份恢复', en: 'Restore from a backup' },
  importHint: {
    zh: '只能恢复到没有数据的机关：请先导出并清空。',
    en: 'A backup can only be restored into an organ without data: export and delete first.',
  },
  file: { zh: '备份文件（.ndjson）', en: 'Backup file (.ndjson)' },
  import: { zh: '恢复', en: 'Restore' },
  importProgress: { zh: '恢复进度', en: 'Restore progress' },
  imported: { zh: '已恢复 {p} 件信访事项、{e} 条记录。', en: 'Restored {p} petitions and {e} records.' },
  noFile: { zh: '请选择一个备份文件', en: 'Choose a backup file' },
  notEmpty: {
    zh: '本机关已有数据，不能恢复备份。请先导出现有数据，再清空本机关数据后重试。',
    en: 'This organ already holds data, so a backup cannot be restored. Export the current data, delete it, then try again.',
  },
  signedBy: {
    zh: '导出的备份由本机关的签名密钥签署（公钥指纹 {fp}），密钥保存在数据库之外。',
    en: 'Exported backups are signed with this office’s key (public key fingerprint {fp}), kept outside the database.',
  },
  requireSignature: {
    zh: '要求本机关的签名：删除了事项、截断了记录或调低了编号计数的文件将被拒绝',
    en: 'Require this office’s signature: a file with a petition removed, a history truncated or a counter lowered is refused',
  },
  verified: { zh: '签名已核验。', en: 'The signature was verified.' },
  wipeTitle: { zh: '清空本机关数据', en: 'Delete this organ’s data' },
  wipe: { zh: '清空本机关数据', en: 'Delete this organ’s data' },
  wipeConfirm: {
    zh: '确定清空“{organ}”在本浏览器中的全部信访数据吗？此操作不能撤销。',
    en: 'Delete all petition data of “{organ}” in this browser? This cannot be undone.',
  },
  wiped: { zh: '已清空本机关数据。', en: 'This organ’s data was deleted.' },
} satisfies Record<string, Text>;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export class XfBackupPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    stored: { state: true },
    exportState: { state: true },
    importState: { state: true },
    download: { state: true },
    message: { state: true },
    rejection: { state: true },
    busy: { state: true },
    requireSignature: { state: true },
  };

  declare stored: number | undefined;
  declare exportState: ProgressState | undefined;
  declare importState: ProgressState | undefined;
  declare download: { url: string; name: string; size: number } | undefined;
  declare message: Text | undefined;
  declare rejection: Rejection | undefined;
  declare busy: boolean;
  declare requireSignature: boolean;

  constructor() {
    super();
    this.stored = undefined;
    this.exportState = undefined;
    this.importState = undefined;
    this.download = undefined;
    this.message = undefined;
    this.rejection = undefined;
    this.busy = false;
    this.requireSignature = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#count();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.download) URL.revokeObjectURL(this.download.url);
  }

  protected override contextChanged(): void {
    this.#clearDownload();
    void this.#count();
  }

  #clearDownload(): void {
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = undefined;
  }

  async #count(): Promise<void> {
    try {
      this.stored = await storeOf().count();
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  async #export(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.message = undefined;
    this.rejection = undefined;
    this.#clearDownload();
    this.exportState = { phase: 'read', done: 0, total: this.stored ?? 0 };
    try {
      const organ = currentOrgan();
      const blob = await storeOf(organ).exportBackup({
        onProgress: (p) => {
          this.exportState = { ...p };
        },
        sign: { office: organ, at: clock.now(), secretKey: officeKey(organ).secretKey },
      });
      const name = `xinfang-${organ}-${clock.today()}.ndjson`;
      this.download = { url: URL.createObjectURL(blob), name, size: blob.size };
      this.message = {
        zh: fill(T.exported.zh, { size: size(blob.size) }),
        en: fill(T.exported.en, { size: size(blob.size) }),
      };
      await this.updateComplete;
      this.querySelector<HTMLElement>('[data-testid="backup-download"]')?.focus();
    } catch (error) {
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
    }
  }

  async #import(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const chosen = chosenFile(this, 'backup-file', T.noFile);
    this.message = undefined;
    if ('rejection' in chosen) {
      this.rejection = chosen.rejection;
      return;
    }
    const file = chosen.file;
    this.busy = true;
    this.rejection = undefined;
    try {
      const store = storeOf();
      if ((await store.count()) > 0) {
        this.rejection = { code: 'not-empty', message: T.notEmpty };
        return;
      }
      this.importState = { phase: 'read', done: 0, total: 0 };
      const report = await store.importBackup(file, {
        onProgress: (p) => {
          this.importState = { ...p };
        },
        ...(this.requireSignature ? { trustedKeys: [officeKey(currentOrgan()).publicKey] } : {}),
      });
      const verified = report.signature === 'verified';
      this.message = {
        zh: fill(T.imported.zh, { p: num(report.petitions), e: num(report.events) }) + (verified ? T.verified.zh : ''),
        en: `${fill(T.imported.en, { p: num(report.petitions), e: num(report.events) })}${verified ? ` ${T.verified.en}` : ''}`,
      };
      await this.#count();
    } catch (error) {
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
    }
  }

  async #wipe(): Promise<void> {
    const organ = currentOrgan();
    if (!confirm(fill(tr(T.wipeConfirm), { organ: tr(policyOf(organ).name) }))) return;
    try {
      await wipeStore(organ);
      this.message = T.wiped;
      this.exportState = undefined;
      this.importState = undefined;
      await this.#count();
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  protected override render() {
    const organ = currentOrgan();
    return html`
      <h1>${tr(T.title)}</h1>
      <p class="lead">${tr(T.intro)}</p>
      ${
        this.stored !== undefined
          ? html`<p data-testid="backup-stored" data-count=${this.stored}>${fill(tr(T.stored), { organ: tr(policyOf(organ).name), n: num(this.stored) })}</p>`
          : nothing
      }
      ${rejectionNotice(this.rejection, 'backup-rejection')}
      ${okNotice(this.message, 'backup-done')}
      <section class="panel" aria-labelledby="backup-export-title">
        <h2 id="backup-export-title">${tr(T.exportTitle)}</h2>
        <p class="hint" data-testid="backup-key">${fill(tr(T.signedBy), { fp: fingerprint(officeKey(organ).publicKey) })}</p>
        <button type="button" data-testid="backup-export" ?disabled=${this.busy} @click=${() => this.#export()}>${tr(T.export)}</button>
        ${progressBar('backup-export-progress', T.exportProgress, this.exportState)}
        ${
          this.download
            ? html`<p><a class="button" href=${this.download.url} download=${this.download.name} data-testid="backup-download"
                >${tr(T.download)} (${this.download.name}, ${size(this.download.size)})</a></p>`
            : nothing
        }
      </section>
      <section class="panel" aria-labelledby="backup-wipe-title">
        <h2 id="backup-wipe-title">${tr(T.wipeTitle)}</h2>
        <button type="button" class="button--danger" data-testid="backup-wipe" ?disabled=${this.busy} @click=${() => this.#wipe()}>${tr(T.wipe)}</button>
      </section>
      <section class="panel" aria-labelledby="backup-import-title">
        <h2 id="backup-import-title">${tr(T.importTitle)}</h2>
        <p class="hint">${tr(T.importHint)}</p>
        <form novalidate @submit=${(e: SubmitEvent) => this.#import(e)}>
          <div class="field">
            <label for="backup-file">${tr(T.file)}</label>
            <input id="backup-file" type="file" accept=".ndjson,.jsonl,application/x-ndjson,application/json" data-testid="backup-file" />
          </div>
          <div class="field">
            <label
              ><input
                type="checkbox"
                data-testid="backup-require-signature"
                .checked=${this.requireSignature}
                @change=${(e: Event) => {
                  this.requireSignature = (e.target as HTMLInputElement).checked;
                }}
              />
              ${tr(T.requireSignature)}</label
            >
          </div>
          <button type="submit" data-testid="backup-import" ?disabled=${this.busy}>${tr(T.import)}</button>
        </form>
        ${progressBar('backup-import-progress', T.importProgress, this.importState)}
      </section>
    `;
  }
}

customElements.define('xf-backup-page', XfBackupPage);
