/**
 * The file a person chose in a page's file input, or the same refusal everywhere when none was chosen.
 */
import type { Rejection } from '@xinfang/core';
import type { Text } from './i18n.js';

/**
 * The file chosen in the input `#id` under `root`; when there is none, a `no-file` rejection saying `noFile`,
 * with the focus moved to the input.
 */
export function chosenFile(root: ParentNode, id: string, noFile: Text): { file: File } | { rejection: Rejection } {
  const input = root.querySelector<HTMLInputElement>(`#${id}`);
  const file = input?.files?.[0];
  if (file) return { file };
  input?.focus();
  return { rejection: { code: 'no-file', message: noFile } };
}
