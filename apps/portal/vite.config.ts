import { defaultClientConditions, defineConfig, type Plugin, type Rollup } from 'vite';

/**
 * Route → the modules its page loads (the dynamic imports of `PAGES` in src/app/portal-shell.ts; office pages
 * also load the office bar). Patterns are those of src/app/router.ts, matched against the hash path.
 */
const OFFICE_BAR = 'src/app/office-bar.ts';
const ROUTE_MODULES: [RegExp, string[]][] = [
  [/^\/submit$/, ['src/pages/submit-page.ts']],
  [/^\/track$/, ['src/pages/track-page.ts']],
  [/^\/office(?:\/queue)?$/, [OFFICE_BAR, 'src/pages/queue-page.ts']],
  [/^\/office\/registry$/, [OFFICE_BAR, 'src/pages/registry-page.ts']],
  [/^\/office\/reception$/, [OFFICE_BAR, 'src/pages/reception-page.ts']],
  [/^\/office\/case\/[^/]+$/, [OFFICE_BAR, 'src/pages/case-page.ts']],
  [/^\/office\/replies$/, [OFFICE_BAR, 'src/pages/replies-page.ts']],
  [/^\/office\/replies\/[^/]+$/, [OFFICE_BAR, 'src/pages/reply-page.ts']],
  [/^\/office\/replies\/[^/]+\/print$/, [OFFICE_BAR, 'src/pages/reply-print-page.ts']],
  [/^\/office\/stats$/, [OFFICE_BAR, 'src/pages/stats-page.ts']],
  [/^\/office\/archive$/, [OFFICE_BAR, 'src/pages/archive-page.ts']],
  [/^\/office\/backup$/, [OFFICE_BAR, 'src/pages/backup-page.ts']],
  [/^\/office\/demo$/, [OFFICE_BAR, 'src/pages/demo-page.ts']],
];

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
  plugins: [routeModulePreload()],
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
