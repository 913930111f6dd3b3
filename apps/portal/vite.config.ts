import { defaultClientConditions, defineConfig, type Plugin, type Rollup } from 'vite';
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

/**
 * The static navigation of index.html, written from the route table: `<!--route-nav-->` becomes the links of each
 * group (the home link current, as the static first screen is the home page; links of routes that exist in one
 * mode only carry `data-modes`), and `/*route-nav-rules*\/[]` in its first-paint script the pattern → current
 * link pairs (the shell's `navOf`). In `vite dev` as in the build, so index.html never lists a route by hand.
 */
function routeNav(): Plugin {
  const lists = (['public', 'office'] as const).map((group) => {
    const items = ROUTES.filter((r) => r.nav?.group === group).map((r) => {
      const nav = r.nav!;
      const current = r.name === 'home' ? ' aria-current="page"' : '';
      const modes = r.modes ? ` data-modes="${r.modes.join(' ')}"` : '';
      return `<li${modes}><a href="#${nav.path}" data-nav="${r.name}"${current} data-en="${escapeHtml(nav.label.en)}">${escapeHtml(nav.label.zh)}</a></li>`;
    });
    const label = NAV_GROUPS[group];
    return `<ul aria-label="${escapeHtml(label.zh)}" data-en-label="${escapeHtml(label.en)}">${items.join('')}</ul>`;
  });
  const rules = ROUTES.map((r) => [r.pattern.source, navOf(r.name)]);
  return {
    name: 'portal-route-nav',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes('<!--route-nav-->') || !html.includes('/*route-nav-rules*/[]')) {
          throw new Error('portal-route-nav: index.html lacks <!--route-nav--> or /*route-nav-rules*/[]');
        }
        return html
          .replace('<!--route-nav-->', lists.join('\n          '))
          .replace('/*route-nav-rules*/[]', JSON.stringify(rules));
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
