import { parseSync } from 'vite';

// What the bundle's build steps (vite.config.ts, vite.messages.ts) share to read and rewrite source code.

/** A node of the ESTree that Vite's parser (Oxc) gives: its type, its range in the source, its fields. */
export type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Calls `enter` on every node below `node`, a parent before its children. */
export function walk(node: unknown, enter: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (typeof (node as { type?: unknown }).type === 'string') enter(node as Node);
  for (const child of Object.values(node)) if (child && typeof child === 'object') walk(child, enter);
}

/** Parses a module (TypeScript or JavaScript) and walks it. */
export function walkModule(id: string, code: string, enter: (n: Node) => void): void {
  walk(parseSync(id, code, { lang: 'ts' }).program, enter);
}

/** A replacement of the source between `start` and `end`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The code with every edit made (edits do not overlap; their order does not matter). */
export function applyEdits(code: string, edits: readonly Edit[]): string {
  let out = code;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
