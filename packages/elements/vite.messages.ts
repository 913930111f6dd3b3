import type { Plugin } from 'vite';
import { textId } from '../core/src/i18n/index.js';
import { applyEdits, type Edit, type Node, walkModule } from './vite.ast.js';

/** The value of a string literal or of a template literal without substitutions; otherwise undefined. */
function stringOf(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    return (node.quasis as { value: { cooked?: string } }[])[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The local names under which a module imports `msg` (the marker of `@xinfang/core/i18n`). */
function markerNames(program: Node[]): Set<string> {
  const names = new Set<string>();
  for (const statement of program) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const s of statement.specifiers as Node[]) {
      const imported = s.imported as (Node & { name?: string; value?: string }) | undefined;
      const local = s.local as Node & { name: string };
      if (s.type === 'ImportSpecifier' && (imported?.name ?? imported?.value) === 'msg') names.add(local.name);
    }
  }
  return names;
}

/**
 * Moves the English of the message markers into a locale module (the model of @lit/localize's runtime mode: the
 * source language in the code, each other language a module of texts keyed by message id, loaded on demand).
 *
 * Only explicit markers are touched: a call `msg(zh, en)` or `msg(zh, en, id)` of the `msg` that a module imports
 * (from `@xinfang/core/i18n` or this package's i18n module), with string literals. For the single-file bundle
 * only, this plugin:
 * - writes each as `msg(zh)` / `msg(zh, void 0, id)`, in the modules of `include`; `msg` then reads the English
 *   from the table registered with `addMessages` once loaded;
 * - emits `fileName` next to the bundle: `export default { id: en, … }`, the id being `textId(zh)` unless given,
 *   for the markers whose Chinese the bundle still holds after tree-shaking;
 * - replaces `src/i18n/english.ts` so that the bundle imports that module the first time an element is shown in
 *   English (`loadLanguage` in `src/i18n/language.ts`).
 * Two markers with one id and two English texts fail the build: give one of them an id.
 */
export function englishMessages(options: {
  /** The modules whose markers are split. */
  include: RegExp;
  /** The English module's file name, next to the bundle. */
  fileName: string;
  /** The module that says where the English comes from (`src/i18n/english.ts`), replaced in the bundle. */
  source: RegExp;
}): Plugin {
  const english = new Map<string, { zh: string; en: string; where: string }>();
  const specifier = `./${options.fileName}`;
  return {
    name: 'xf-english-messages',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      english.clear();
    },
    resolveId(id) {
      return id === specifier ? { id: specifier, external: true } : null;
    },
    load(id) {
      if (!options.source.test(id)) return null;
      return `export const englishSource = () => import(${JSON.stringify(specifier)});\n`;
    },
    transform(code, id) {
      if (!options.include.test(id) || options.source.test(id) || !code.includes('msg')) return null;
      const edits: Edit[] = [];
      let names: Set<string> | undefined;
      walkModule(id, code, (n) => {
        if (n.type === 'Program') names = markerNames(n.body as Node[]);
        const callee = n.callee as (Node & { name?: string }) | undefined;
        if (n.type !== 'CallExpression' || callee?.type !== 'Identifier' || !names?.has(callee.name ?? '')) return;
        const args = n.arguments as Node[];
        const [zh, en, key] = args.map(stringOf);
        if (args.length < 2 || zh === undefined || en === undefined || (args.length > 2 && key === undefined)) return;
        const messageId = key ?? textId(zh);
        const where = `${id}:${n.start}`;
        const known = english.get(messageId);
        if (known && known.en !== en) {
          this.error(
            `msg ${JSON.stringify(key ?? zh)} has two English texts (${JSON.stringify(known.en)} in ${known.where}, ` +
              `${JSON.stringify(en)} in ${where}): give one of them an id, msg(zh, en, 'id').`,
          );
        }
        if (known && known.zh !== zh) {
          this.error(`msg ${JSON.stringify(zh)} and ${JSON.stringify(known.zh)} have one id: give one of them an id.`);
        }
        english.set(messageId, { zh, en, where });
        const [first, second] = args as [Node, Node];
        const third = args[2];
        edits.push(
          third
            ? { start: second.start, end: second.end, text: 'void 0' }
            : { start: first.end, end: second.end, text: '' },
        );
      });
      return edits.length === 0 ? null : { code: applyEdits(code, edits), map: null };
    },
    generateBundle(_options, bundle) {
      // Only the markers the bundle kept: a module's unused texts (the glossary's tables of commands and states,
      // say) are tree-shaken from the bundle, and their English stays out of the locale module too.
      const code = Object.values(bundle)
        .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
        .join('\n');
      const kept = [...english].filter(
        ([, v]) => code.includes(v.zh) || code.includes(JSON.stringify(v.zh).slice(1, -1)),
      );
      const table = Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.en]));
      this.emitFile({ type: 'asset', fileName: options.fileName, source: `export default${JSON.stringify(table)};\n` });
    },
  };
}
