// The published package, not the sources: `import { … } from '@xinfang/core'` must work from the built
// dist/ in Node and in a browser bundle, and the core must need no DOM, no clock and no Node built-in.
import { execFileSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = new URL('.', import.meta.url).pathname;
const entry = `
  import { dueDate, chinaCalendar, policies, route, validatePetition } from '@xinfang/core';
  import { PetitionSchema } from '@xinfang/core/zod';
  const petition = {
    channel: 'online', class: 'suggestion', subject: '路灯不亮', content: '幸福路 12 号附近路灯已坏两周，请尽快修复。',
    receivedAt: '2025-09-20T02:00:00Z', anonymous: true,
  };
  globalThis.result = {
    due: dueDate('2025-09-20', { days: 15, unit: 'day' }, chinaCalendar),
    workdays: dueDate('2026-02-10', { days: 5, unit: 'workday' }, chinaCalendar),
    national: policies.national.id,
    routed: typeof route(petition, policies.national).unit,
    schema: typeof PetitionSchema,
    valid: validatePetition(petition).ok,
  };
`;

describe('the built package (dist/)', () => {
  it('imports from @xinfang/core in Node: rules.md §2 worked examples (民法典 201, 203)', () => {
    // A child process resolves the package by its name, through its exports map, as a user's code would.
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { dueDate, chinaCalendar } from '@xinfang/core';
         import { validatePetition } from '@xinfang/core/schema';
         console.log(JSON.stringify([
           dueDate('2025-09-20', { days: 15, unit: 'day' }, chinaCalendar),
           dueDate('2026-02-10', { days: 5, unit: 'workday' }, chinaCalendar),
           validatePetition({}).ok,
         ]));`,
      ],
      { cwd: here, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual(['2025-10-09', '2026-02-24', false]);
  });

  it('bundles for the browser with no Node built-in and runs with no DOM and no clock', async () => {
    const bundle = await build({
      stdin: { contents: entry, resolveDir: here, loader: 'js' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    // A bare context: only the language's own globals; Date is replaced by one that throws when read.
    const context: Record<string, unknown> = {
      Date: new Proxy(Date, {
        construct: (_target, args) => {
          if (args.length === 0) throw new Error('the core read the clock');
          return new Date(...(args as [string]));
        },
        get: (target, key) => {
          if (key === 'now')
            return () => {
              throw new Error('the core read the clock');
            };
          return Reflect.get(target, key);
        },
      }),
    };
    context.globalThis = context;
    runInNewContext(code, context);
    expect(context.result).toEqual({
      due: '2025-10-09',
      workdays: '2026-02-24',
      national: 'national',
      routed: 'string',
      schema: 'object',
      valid: true,
    });
  });
});
