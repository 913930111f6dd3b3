import { defaultClientConditions, defineConfig, minify, type Plugin, parseSync } from 'vite';

interface Quasi {
  start: number;
  end: number;
}

/** Every html`` / css`` template in a module: the tag name and the source ranges of its literal parts. */
function taggedTemplates(id: string, code: string): { tag: string; quasis: Quasi[] }[] {
  const found: { tag: string; quasis: Quasi[] }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: Quasi[] } };
    if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && n.quasi) {
      found.push({ tag: n.tag.name ?? '', quasis: n.quasi.quasis });
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(parseSync(id, code, { lang: 'ts' }).program);
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
      const edits: { start: number; end: number; text: string }[] = [];
      for (const { tag, quasis } of taggedTemplates(id, code)) {
        if (tag !== 'html' && tag !== 'css') continue;
        for (const q of quasis) {
          let text = code.slice(q.start, q.end).replace(/\s*\n\s*/g, ' ');
          if (tag === 'css') text = minifyCss(text);
          edits.push({ start: q.start, end: q.end, text });
        }
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/** Fully minifies the bundle: Vite's library mode keeps white space in ES output. */
function minifyBundle(): Plugin {
  return {
    name: 'xf-minify-bundle',
    apply: 'build',
    // After rendering, so nothing re-prints the code afterwards.
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
// included, for a plain `<script type="module">`. `tsc` has already written the per-module ESM build and the
// types into dist/, so the bundle must not empty it. The entry is src/define.ts, the module that registers the
// elements (listed in package.json `sideEffects`), so registration can never be tree-shaken away.
// The `source` condition bundles @xinfang/core from its TypeScript sources (only its `schema` and `calendar`
// subpaths are imported, so xstate is never included).
export default defineConfig({
  plugins: [minifyTemplates(), minifyBundle()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
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
