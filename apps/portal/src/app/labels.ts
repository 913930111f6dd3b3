/**
 * The codes the portal lists (channels, classes) and their labels: every label comes from the one glossary of
 * `@xinfang/core/i18n`, as do the status, command, role and due-date labels the pages import from the core.
 */
import { msg } from '@xinfang/core/i18n';
import { shanghaiLocal } from '@xinfang/elements';
import type { Text } from './i18n.js';

/** The glossary's labels of channels, classes, outcomes and legal channels (`@xinfang/core/i18n`). */
export {
  channelLabels,
  classLabels,
  legalChannelLabels,
  outcomeLabels,
  reviewOutcomeLabels,
} from '@xinfang/core/i18n';

export const CHANNELS = ['letter', 'visit', 'call', 'online'] as const;
export const CLASSES = ['suggestion', 'accusation', 'claim'] as const;

const NONE: Text = msg('—', '—');

/** A label for a code, or the code itself when unknown. */
export function labelOf(table: Readonly<Record<string, Text>>, code: string | undefined): Text {
  if (!code) return NONE;
  return Object.hasOwn(table, code) ? (table[code] as Text) : { zh: code, en: code };
}

/** An ISO instant shown as an Asia/Shanghai date and time, e.g. `2025-09-20 09:30`. */
export function shanghaiDateTime(at: string | undefined): string {
  if (!at) return '—';
  return shanghaiLocal(at).replace('T', ' ') || at;
}

/** An ISO instant shown as its Asia/Shanghai date. */
export function shanghaiDay(at: string | undefined): string {
  return at ? shanghaiDateTime(at).slice(0, 10) : '—';
}
