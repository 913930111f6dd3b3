import { defaultClientConditions, defineConfig, type Plugin, type Rollup } from 'vite';
// The core's i18n from its sources: the config runs in Node before any package is built (a fresh clone).
import { type Bilingual, LANGS, type Lang, messageId, tr } from '../../packages/core/src/i18n/index.js';
import { APP_TITLE, HOME_TEXT, SHELL_TEXT, SUBMIT_HEAD, TRACK_HEAD } from './src/app/first-screen.js';
import { NAV_GROUPS, navOf, ROUTES } from './src/app/routes.js';

const OFFICE_BAR = 'src/app/office-bar.ts';

/**
 * Route → the modules its page loads (the loaders of src/app/portal-shell.ts: the page's module, and the office
 * bar on office routes), from the one route table (src/app/routes.ts), matched against the hash path.
 */
const ROUTE_MODULES: [RegExp, string[]][] = ROUTES.filter((r) => r.module !== undefined).map((r) => [
  r.pattern,
  r.office ? [OFFICE_BAR, `src/${r.module}`] : [`src/${r.module}`],
]);

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The texts index.html names (`data-msg="home.title"`): the first-screen module's, by group and key. */
const NAMED: Record<string, Bilingual> = Object.fromEntries(
  Object.entries({
    shell: { ...SHELL_TEXT, title: APP_TITLE },
    home: HOME_TEXT,
    submit: SUBMIT_HEAD,
    track: TRACK_HEAD,
  }).flatMap(([group, texts]) => Object.entries(texts).map(([key, text]) => [`${group}.${key}`, text])),
);

/**
 * Every text of the static first screen by id: a text of first-screen.ts by its name (an explicit id, as
 * `msg(zh, en, id)` gives: the submit page's heading and its navigation link share their Chinese, not their
 * English), a navigation label of the route table by its message id. One id with two texts fails the build.
 */
const FIRST_SCREEN: [string, Bilingual][] = [
  ...Object.entries(NAMED),
  ...[...Object.values(NAV_GROUPS), ...ROUTES.flatMap((r) => (r.nav ? [r.nav.label] : []))].map(
    (t) => [messageId(t), t] as [string, Bilingual],
  ),
];

/** The first screen's texts by language, keyed by id: the locale tables of `@xinfang/core/i18n`. */
function firstScreenTexts(): Record<Lang, Record<string, string>> {
  const texts = {} as Record<Lang, Record<string, string>>;
  for (const lang of LANGS) {
    const table: Record<string, string> = {};
    for (const [id, text] of FIRST_SCREEN) {
      const t = tr(lang, text);
      if (table[id] !== undefined && table[id] !== t) throw new Error(`portal-route-nav: two texts have the id ${id}`);
      table[id] = t;
    }
    texts[lang] = table;
  }
  return texts;
}

/** The id of a text index.html names; an unknown name fails the build. */
function idOf(name: string): string {
  if (!NAMED[name]) throw new Error(`portal-route-nav: index.html names a text first-screen.ts lacks: ${name}`);
  return name;
}

/**
 * The static first screen of index.html, written from the route table and src/app/first-screen.ts:
 * - `<!--route-nav-->` becomes the links of each group (the home link current, as the static first screen is the
 *   home page; links of routes that exist in one mode only carry `data-modes`), and `/*route-nav-rules*\/[]` in its
 *   first-paint script the pattern → current link pairs (the shell's `navOf`);
 * - an element marked `data-msg="home.title"` (a text of first-screen.ts, by group and key) gets its Chinese
 *   text; one marked `data-msg-label="…"` its Chinese `aria-label`;
 *   `/*first-screen-texts*\/{}` becomes the texts of every language keyed by id (the script writes a
 *   page's language before it paints), `/*first-screen-heads*\/{}` the ids of the submit and track pages' first
 *   lines, `/*first-screen-langs*\/[]` the languages.
 * In `vite dev` as in the build, so index.html never lists a route or a text by hand. An unknown id fails.
 */
function routeNav(): Plugin {
  const texts = firstScreenTexts();
  const chinese = texts['zh-CN'];
  const zh = (id: string): string => escapeHtml(chinese[id] ?? '');
  const heads = {
    submit: [['submit.title'], ['submit.intro', 'lead']],
    track: [['track.title'], ['track.intro']],
  };
  const lists = (['public', 'office'] as const).map((group) => {
    const items = ROUTES.filter((r) => r.nav?.group === group).map((r) => {
      const nav = r.nav!;
      const current = r.name === 'home' ? ' aria-current="page"' : '';
      const modes = r.modes ? ` data-modes="${r.modes.join(' ')}"` : '';
      const id = messageId(nav.label);
      return `<li${modes}><a href="#${nav.path}" data-nav="${r.name}"${current} data-msg="${id}">${zh(id)}</a></li>`;
    });
    const id = messageId(NAV_GROUPS[group]);
    return `<ul data-msg-label="${id}">${items.join('')}</ul>`;
  });
  const rules = ROUTES.map((r) => [r.pattern.source, navOf(r.name)]);
  return {
    name: 'portal-route-nav',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        for (const marker of [
          '<!--route-nav-->',
          '/*route-nav-rules*/[]',
          '/*first-screen-texts*/{}',
          '/*first-screen-heads*/{}',
          '/*first-screen-langs*/[]',
        ]) {
          if (!html.includes(marker)) throw new Error(`portal-route-nav: index.html lacks ${marker}`);
        }
        return html
          .replace(/^<!-- biome-ignore-all [^\n]*\n/gm, '')
          .replace('<!--route-nav-->', lists.join('\n          '))
          .replace('/*route-nav-rules*/[]', JSON.stringify(rules))
          .replace('/*first-screen-texts*/{}', JSON.stringify(texts))
          .replace('/*first-screen-heads*/{}', JSON.stringify(heads))
          .replace('/*first-screen-langs*/[]', JSON.stringify(LANGS))
          .replace(
            /(<(\w+)\b[^>]*\sdata-msg="([^"]+)"[^>]*>)(<\/\2>)/g,
            (_, open: string, _tag, name: string, close) => {
              const id = idOf(name);
              return open.replace(`data-msg="${name}"`, `data-msg="${id}"`) + zh(id) + close;
            },
          )
          .replace(/\sdata-msg-server="([^"]+)"/g, (_, name: string) => ` data-msg-server="${idOf(name)}"`)
          .replace(/\sdata-msg-label="([^"]+)"/g, (_, name: string) => {
            const id = NAMED[name] ? idOf(name) : name;
            return ` aria-label="${zh(id)}" data-msg-label="${id}"`;
          });
      },
    },
  };
}

/**
 * Deep links (`/#/submit`, `/#/office/queue`) would otherwise fetch their page's chunks only after the entry
 * chunk has downloaded and run (a request waterfall). This plugin writes, from the build's chunk graph, a
 * small inline script into index.html that adds `<link rel="modulepreload">` for the current route's chunks
 * and their static imports while the HTML is still being parsed. Chunks the entry already imports are left out.
 */
function routeModulePreload(): Plugin {
  let base = '/';
  return {
    name: 'portal-route-modulepreload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (start: string[], into = new Set<string>()): Set<string> => {
          for (const file of start) {
            if (into.has(file)) continue;
            into.add(file);
            closure(byFile.get(file)?.imports ?? [], into);
          }
          return into;
        };
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) return html;
        const loaded = closure([entry.fileName]);
        const files: string[] = [];
        const routes: [string, number[]][] = [];
        for (const [pattern, modules] of ROUTE_MODULES) {
          const starts = modules.map((m) => {
            const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/apps/portal/${m}`));
            if (!chunk) throw new Error(`portal-route-modulepreload: no chunk for ${m}`);
            return chunk.fileName;
          });
          const needed = [...closure(starts)].filter((f) => !loaded.has(f));
          routes.push([
            pattern.source,
            needed.map((f) => {
              if (!files.includes(f)) files.push(f);
              return files.indexOf(f);
            }),
          ]);
        }
        const script = `(() => {
  const files = ${JSON.stringify(files)};
  const routes = ${JSON.stringify(routes)};
  const raw = (location.hash.replace(/^#/, '') || '/').split('?')[0] || '/';
  const path = raw.startsWith('/') ? raw : '/' + raw;
  for (const [source, deps] of routes) {
    if (!new RegExp(source).test(path)) continue;
    for (const i of deps) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = ${JSON.stringify(base)} + files[i];
      document.head.append(link);
    }
    break;
  }
})();`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}

// The portal resolves workspace packages to their TypeScript sources (export condition `source`),
// so `npm run dev` works on a fresh clone without building the packages first.
export default defineConfig({
  resolve: {
    conditions: ['@xinfang/source', ...defaultClientConditions],
  },
  plugins: [routeNav(), routeModulePreload()],
  build: {
    target: 'es2022',
    // Small initial JS: pages are split by dynamic import; no polyfill needed for es2022 browsers.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The holiday schedules on their own: the office bar reads which years they cover on its first screen,
          // without evaluating the calendar module, which builds the core's default calendar as it loads.
          groups: [{ name: 'holidays', test: /\/core\/src\/calendar\/holidays\.generated\.ts$/ }],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
