// A browser form imports `validatePetition`, `validateField` and `messages` from
// `@xinfang/core/schema`; bundled, that must contain no zod at all (the zod adapters are in
// `@xinfang/core/zod`, the only module that imports zod). Checked on the sources with esbuild, as a form's bundler sees them.
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = new URL('.', import.meta.url).pathname;

async function bundle(contents: string, format: 'esm' | 'iife' = 'esm'): Promise<string> {
  const r = await build({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    format,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

describe('the schema entry in a browser bundle', () => {
  it('a form importing validatePetition, validateField and messages bundles no zod', async () => {
    const code = await bundle("export { validatePetition, validateField, messages } from './index.js';");
    expect(code.includes('_zod')).toBe(false);
    expect(code.includes('$ZodType')).toBe(false);
    expect(code.includes('zod/')).toBe(false);
  });

  it('the same bundle validates (22 art 23(2): a named petitioner leaves a phone or an address)', async () => {
    const code = await bundle(
      `import { validatePetition, validateField } from './index.js';
       globalThis.result = [
         validatePetition({ channel: 'visit', class: 'claim', subject: '拖欠工资', content: '公司拖欠三个月工资。',
           receivedAt: '2025-09-20T09:00:00+08:00', anonymous: false, petitioner: { name: ' 李雷 ' } }),
         validateField('petitioner.idNumber', '110105194912310021')?.message.en,
       ];`,
      'iife',
    );
    const context: Record<string, unknown> = {};
    context.globalThis = context;
    runInNewContext(code, context);
    expect(context.result).toEqual([
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
      'The ID number does not add up: check each character and enter it again',
    ]);
  });

  it('control: a bundle that uses PetitionSchema (@xinfang/core/zod) does contain zod (so the check above can fail)', async () => {
    const code = await bundle("export { PetitionSchema } from '../zod/index.js';");
    expect(code.includes('_zod')).toBe(true);
  });
});
