import { defaultClientConditions, defineConfig, minify, type Plugin } from 'vite';
import { englishMessages } from './vite.messages.js';

/**
 * Minifies the bundle in one pass of Vite's minifier (Oxc), after rendering: Vite's library mode would keep the
 * white space of ES output.
 */
function minifyBundle(): Plugin {
  return {
    name: 'xf-minify-bundle',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.fileName, chunk.code, { module: true, compress: true, mangle: true });
        if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.message).join('\n'));
        chunk.code = result.code;
      }
    },
  };
}

// The single-file bundles, each for a plain `<script type="module">`, Lit and the core's schema included:
// - `dist/xinfang-elements.js`: every element registered (entry src/define.ts), for an office's pages;
// - `dist/xinfang-citizen.js` (`XF_BUNDLE=citizen`, entry src/citizen.define.ts): the intake form, the timeline
//   and the deadline badge only, for the pages where citizens submit and track; it never downloads the office's
//   reception and reply forms.
// Each has its text in Chinese, with the English in its own `.en.js` next to it, which it imports when an element
// is first shown in English (vite.messages.ts). `npm run build` runs Vite once per bundle. `tsc` has already
// written the per-module ESM build and the types into dist/, so a bundle must not empty it. Each entry is a module
// that registers elements (listed in package.json `sideEffects`), so registration can never be tree-shaken away.
// The `@xinfang/source` condition bundles @xinfang/core from its TypeScript sources (only its `schema`, `calendar`
// and `i18n` subpaths are imported, so xstate and zod are never included).
const bundles = {
  elements: { entry: 'src/define.ts', fileName: 'xinfang-elements' },
  citizen: { entry: 'src/citizen.define.ts', fileName: 'xinfang-citizen' },
} as const;
const bundle = bundles[(process.env.XF_BUNDLE ?? 'elements') as keyof typeof bundles];
if (bundle === undefined) throw new Error(`XF_BUNDLE must be one of ${Object.keys(bundles).join(', ')}`);

export default defineConfig({
  plugins: [
    // The size benchmark's baseline (bench/size.mjs) builds the bundle with both languages in the one file.
    process.env.XF_BUNDLE_BASELINE !== 'both-languages' &&
      englishMessages({
        include: /[\\/]packages[\\/](elements|core)[\\/]src[\\/].*\.ts$/,
        source: /[\\/]packages[\\/]elements[\\/]src[\\/]i18n[\\/]english\.ts$/,
        fileName: `${bundle.fileName}.en.js`,
      }),
    !process.env.XF_NOMIN && minifyBundle(),
  ],
  resolve: { conditions: ['@xinfang/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    minify: false,
    lib: {
      entry: bundle.entry,
      formats: ['es'],
      fileName: () => `${bundle.fileName}.js`,
    },
    rolldownOptions: {
      output: { codeSplitting: false },
    },
  },
});
