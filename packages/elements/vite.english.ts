import type { Plugin } from 'vite';
import { applyEdits, type Edit, type Node, sources, walkModule } from './vite.ast.js';

/** Chinese characters and full-width punctuation: a text whose first language is Chinese has some. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** An English text has a word in Latin letters (it may quote Chinese: a sample document number). */
const LATIN = /[A-Za-z]{2}/;

/** The value of a string literal or of a template literal without substitutions; otherwise undefined. */
function stringOf(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    return ((node.quasis as { value: { cooked?: string } }[])[0]?.value.cooked ?? undefined) as string | undefined;
  }
  return undefined;
}

function keyOf(property: Node): string | undefined {
  if (property.type !== 'Property' || property.computed || property.kind !== 'init') return undefined;
  const key = property.key as Node & { name?: string };
  return key.type === 'Identifier' ? key.name : stringOf(key);
}

/**
 * A text written in both languages: `[zh, en]` or `{ zh, en }`, each a string literal, the Chinese with Chinese
 * characters and the English with a word in Latin letters. Returns the two texts and the node of the Chinese literal.
 */
function textPair(n: Node): [zh: string, en: string, zhNode: Node] | undefined {
  let zhNode: Node | undefined;
  let enNode: Node | undefined;
  if (n.type === 'ArrayExpression') {
    const elements = n.elements as (Node | null)[];
    if (elements.length !== 2) return undefined;
    [zhNode, enNode] = elements as [Node, Node];
  } else if (n.type === 'ObjectExpression') {
    const properties = n.properties as Node[];
    if (properties.length !== 2) return undefined;
    zhNode = properties.find((p) => keyOf(p) === 'zh')?.value as Node | undefined;
    enNode = properties.find((p) => keyOf(p) === 'en')?.value as Node | undefined;
  } else {
    return undefined;
  }
  const zh = stringOf(zhNode);
  const en = stringOf(enNode);
  if (zh === undefined || en === undefined || !CHINESE.test(zh) || !LATIN.test(en)) return undefined;
  return [zh, en, zhNode as Node];
}

/** The name the build imports the bundle's text helper (`chineseFirst`) under. */
const HELPER = '__xfChineseFirst';

/**
 * Splits the English out of the single-file bundle (the model of @lit/localize's runtime mode: the source
 * language in the code, the other one a module loaded on demand).
 *
 * The sources write every text once with both languages: `[zh, en]` (the elements' text) or `{ zh, en }` (a
 * validation message, a `Bilingual`). For the bundle only, this plugin:
 * - writes `[zh, en]` as `[zh]` and `{ zh, en }` as `chineseFirst(zh)` (an object whose `en` is looked up when
 *   read), in the modules of `include` (this package's and the core's sources);
 * - emits `xinfang-elements.en.js` next to the bundle: `export default { zh: en, … }`, every English text keyed
 *   by its Chinese (a Chinese text with two English texts: see `primary` below);
 * - replaces `src/i18n/english.ts` so that the bundle imports that module the first time an element is shown in
 *   English (`loadLanguage` in `src/i18n/language.ts`).
 * Texts built at run time (a template with `${…}`) keep both languages in the bundle.
 */
export function englishModule(options: {
  /** The folders whose sources are read first, to find the Chinese texts written with two English texts. */
  roots: string[];
  /** The modules whose texts are split. */
  include: RegExp;
  /** The English module's file name, next to the bundle. */
  fileName: string;
  /** The absolute path of the module that exports `chineseFirst`. */
  helper: string;
  /** The module that says where the English comes from (`src/i18n/english.ts`), replaced in the bundle. */
  source: RegExp;
}): Plugin {
  const english = new Map<string, Map<string, string>>();
  /**
   * The English the module holds for each Chinese text. A Chinese text written with two English texts (支持:
   * "Support" as a choice, "Supported" as an outcome) leaves the English it has most often to the module and
   * keeps the other in the bundle, where it was written.
   */
  const primary = new Map<string, string>();
  const specifier = `./${options.fileName}`;
  return {
    name: 'xf-english-module',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      english.clear();
      primary.clear();
      const counts = new Map<string, Map<string, number>>();
      for (const { file, code } of options.roots.flatMap(sources)) {
        walkModule(file, code, (n) => {
          const pair = textPair(n);
          if (!pair) return;
          const byEnglish = counts.get(pair[0]) ?? new Map<string, number>();
          byEnglish.set(pair[1], (byEnglish.get(pair[1]) ?? 0) + 1);
          counts.set(pair[0], byEnglish);
        });
      }
      for (const [zh, byEnglish] of counts) {
        // The most frequent English; on a tie the first one met (files in order).
        let best: [string, number] | undefined;
        for (const entry of byEnglish) if (!best || entry[1] > best[1]) best = entry;
        if (best) primary.set(zh, best[0]);
      }
    },
    resolveId(id) {
      return id === specifier ? { id: specifier, external: true } : null;
    },
    load(id) {
      if (!options.source.test(id)) return null;
      return `export const englishSource = () => import(${JSON.stringify(specifier)});\n`;
    },
    transform(code, id) {
      if (!options.include.test(id) || options.source.test(id)) return null;
      const texts = new Map<string, string>();
      const edits: Edit[] = [];
      let objects = 0;
      const done = new Set<number>();
      walkModule(id, code, (n) => {
        // An object under `as const` / `satisfies` is replaced together with its assertion, which a call
        // cannot carry. (The walk visits the assertion before the object inside it.)
        const asserted = n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression';
        const node = asserted ? (n.expression as Node) : n;
        if (done.has(node.start)) return;
        const pair = textPair(node);
        if (!pair) return;
        const [zh, en, zhNode] = pair;
        // A text the scan did not see (a new file since the build started) or not the module's English stays.
        if (primary.get(zh) !== en) return;
        texts.set(zh, en);
        done.add(node.start);
        if (node.type === 'ArrayExpression') {
          edits.push({ start: zhNode.end, end: node.end - 1, text: '' });
        } else {
          objects++;
          edits.push({ start: n.start, end: n.end, text: `${HELPER}(${code.slice(zhNode.start, zhNode.end)})` });
        }
      });
      if (edits.length === 0) return null;
      english.set(id, texts);
      const out = applyEdits(code, edits);
      const helper = `import { chineseFirst as ${HELPER} } from ${JSON.stringify(options.helper)};\n`;
      return { code: objects > 0 ? helper + out : out, map: null };
    },
    generateBundle() {
      const table = new Map<string, string>();
      for (const id of [...english.keys()].sort()) for (const [zh, en] of english.get(id) ?? []) table.set(zh, en);
      this.emitFile({
        type: 'asset',
        fileName: options.fileName,
        source: `export default${JSON.stringify(Object.fromEntries(table))};\n`,
      });
    },
  };
}
