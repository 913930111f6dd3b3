// The Node examples, run with `node` inside the app that installed the tarballs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const examples = new URL('..', import.meta.url).pathname;

function runExample(app: string, file: string): unknown[] {
  const target = join(app, file.split('/').pop()!);
  copyFileSync(join(examples, file), target);
  const out = execFileSync(process.execPath, [target], { cwd: app, encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('node-validate: server-side validation with @xinfang/core', () => {
  it('accepts a complete petition and refuses a named one with no way to reply (22 art 23(2))', () => {
    expect(runExample(inject('app'), 'node-validate/validate.mjs')).toEqual([
      { ok: true, name: '李雷' },
      {
        ok: false,
        issues: [
          {
            path: 'petitioner.phone',
            message: {
              zh: '请填写联系电话或通信地址，以便答复您',
              en: 'Enter a phone number or a postal address so that we can reply',
            },
          },
        ],
      },
      {
        ok: false,
        issues: [
          {
            path: '',
            message: { zh: '请填写信访登记表后再提交', en: 'Fill in the petition form before submitting it' },
          },
        ],
      },
      {
        zh: '公民身份号码的校验位不符，请逐位核对后重新输入',
        en: 'The ID number does not add up: check each character and enter it again',
      },
    ]);
  });

  it('the zod schemas of @xinfang/core/zod with zod 4.0.0, the lowest of the claimed peer range ^4.0.0', () => {
    expect(runExample(inject('app'), 'node-validate/zod.mjs')).toEqual([
      { zod: '4.0.0' },
      [
        { code: 'custom', path: ['petition', 'subject'], message: 'subject.length' },
        { code: 'custom', path: ['petition', 'receivedAt'], message: 'receivedAt.format' },
        { code: 'custom', path: ['idNumber'], message: 'idNumber.checksum' },
      ],
      '11010519491231002X',
      true,
      [
        {
          path: ['dueSoonWorkdays'],
          message: 'Write a whole number from 0 to 60',
          params: { message: { zh: '请写 0 到 60 的整数', en: 'Write a whole number from 0 to 60' } },
        },
      ],
    ]);
  });

  it('the core alone brings no zod (an optional peer): validation and policies work without it', () => {
    const app = inject('lowestDexieApp');
    expect(() => readFileSync(join(app, 'node_modules/zod/package.json'))).toThrow();
    expect(runExample(app, 'node-validate/validate.mjs')[0]).toEqual({ ok: true, name: '李雷' });
  });

  it('loads no xstate: the core installed from its tarball does not bring it (an optional peer)', () => {
    const app = inject('app');
    expect(() => readFileSync(join(app, 'node_modules/xstate/package.json'))).toThrow();
    expect(JSON.parse(readFileSync(join(app, 'node_modules/@xinfang/core/package.json'), 'utf8')).version).toBe(
      '0.0.0',
    );
  });
});

describe('node-dexie: @xinfang/dexie with the Dexie 4 the app has', () => {
  const expected = (dexie: string) => ({
    dexie,
    registrationNo: 'XF-XFB-2025-0001',
    accepted: true,
    status: 'handling',
    found: true,
  });

  it('works with Dexie 4.4.7 (the highest 4.x tested)', () => {
    expect(runExample(inject('app'), 'node-dexie/store.mjs')).toEqual([expected('4.4.7')]);
  });

  it('works with Dexie 4.0.1, the lowest of the claimed peer range ^4.0.1 (one Dexie in the app)', () => {
    const app = inject('lowestDexieApp');
    expect(runExample(app, 'node-dexie/store.mjs')).toEqual([expected('4.0.1')]);
    expect(() => readFileSync(join(app, 'node_modules/@xinfang/dexie/node_modules/dexie/package.json'))).toThrow();
  });
});
