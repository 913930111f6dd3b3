import { defaultClientConditions, defineConfig, minify, type Plugin } from 'vite';
import { applyEdits, type Edit, type Node, walkModule } from './vite.ast.js';
import { englishMessages } from './vite.messages.js';

/** Every html`` / css`` template in a module: the tag name and the literal parts. */
function taggedTemplates(id: string, code: string): { tag: string; quasis: Node[] }[] {
  const found: { tag: string; quasis: Node[] }[] = [];
  walkModule(id, code, (n) => {
    const tag = n.tag as (Node & { name?: string }) | undefined;
    if (n.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier') {
      found.push({ tag: tag.name ?? '', quasis: (n.quasi as { quasis: Node[] }).quasis });
    }
  });
  return found;
}

/**
 * Minifies CSS text outside its quoted strings: runs of white space become one space; none is kept around braces,
 * semicolons, commas and `!important`, after a colon (in a selector a colon is never followed by white space, so
 * the descendant combinator before `:focus` stays), or inside parentheses; a rule's last semicolon goes.
 */
function minifyCss(text: string): string {
  return text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/\s*!important/g, '!important')
            .replace(/\(\s+/g, '(')
            .replace(/\s+\)/g, ')')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * Minifies the white space inside Lit's html`` and css`` templates of this package's sources (parsed, not
 * pattern-matched): a run of white space with a line break becomes one space, which HTML and CSS read the same
 * way, and CSS loses the spaces around braces, semicolons and commas.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'xf-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const edits: Edit[] = [];
      for (const { tag, quasis } of taggedTemplates(id, code)) {
        if (tag !== 'html' && tag !== 'css') continue;
        for (const q of quasis) {
          let text = code.slice(q.start, q.end).replace(/\s*\n\s*/g, ' ');
          if (tag === 'css') text = minifyCss(text);
          edits.push({ start: q.start, end: q.end, text });
        }
      }
      return edits.length === 0 ? null : { code: applyEdits(code, edits), map: null };
    },
  };
}

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

// The single-file bundle `dist/xinfang-elements.js`: every element registered, Lit and the core's schema
// included, for a plain `<script type="module">`; its text in Chinese, with the English in
// `dist/xinfang-elements.en.js`, which it imports when an element is first shown in English (vite.messages.ts). `tsc` has already written the per-module ESM build and the
// types into dist/, so the bundle must not empty it. The entry is src/define.ts, the module that registers the
// elements (listed in package.json `sideEffects`), so registration can never be tree-shaken away.
// The `source` condition bundles @xinfang/core from its TypeScript sources (only its `schema` and `calendar`
// subpaths are imported, so xstate is never included).
export default defineConfig({
  plugins: [
    minifyTemplates(),
    // The size benchmark's baseline (bench/size.mjs) builds the bundle with both languages in the one file.
    process.env.XF_BUNDLE_BASELINE !== 'both-languages' &&
      englishMessages({
        include: /[\\/]packages[\\/](elements|core)[\\/]src[\\/].*\.ts$/,
        source: /[\\/]packages[\\/]elements[\\/]src[\\/]i18n[\\/]english\.ts$/,
        fileName: 'xinfang-elements.en.js',
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
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'xinfang-elements.js',
    },
    rolldownOptions: {
      output: { codeSplitting: false },
    },
  },
});
