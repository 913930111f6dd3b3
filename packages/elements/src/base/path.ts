/** Reads a dotted path (`petitioner.name`, `collective.representatives.0.phone`) from a plain object. */
export function getPath(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Writes a dotted path into a plain object, creating objects (or arrays before a numeric key) on the way. */
export function setPath(target: object, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value;
      return;
    }
    let next = node[key];
    if (next === null || typeof next !== 'object') {
      next = /^\d+$/.test(keys[i + 1] ?? '') ? [] : {};
      node[key] = next;
    }
    node = next as Record<string, unknown>;
  });
}

/** A DOM id for a field path, stable and unique within one shadow root. */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/[^\w-]/g, '-');
}
