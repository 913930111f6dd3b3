/**
 * A labelled progress bar for long operations (demo data, export, import), reporting the phase and
 * `done` of `total` in words as well (a polite live region announces the phase, not every step).
 */
import { html, nothing } from 'lit';
import { fill, num, type Text, tr } from './i18n.js';

export interface ProgressState {
  phase: string;
  done: number;
  total: number;
}

const PHASES: Record<string, Text> = {
  read: { zh: '读取', en: 'Reading' },
  verify: { zh: '校验', en: 'Verifying' },
  write: { zh: '写入', en: 'Writing' },
  generate: { zh: '生成', en: 'Generating' },
};

export function progressBar(id: string, label: Text, state: ProgressState | undefined) {
  if (!state) return nothing;
  const phase = PHASES[state.phase] ?? { zh: state.phase, en: state.phase };
  return html`<div class="field" data-testid=${id} data-phase=${state.phase} data-done=${state.done} data-total=${state.total}>
    <label for=${`${id}-bar`}>${tr(label)}</label>
    <progress id=${`${id}-bar`} max=${Math.max(1, state.total)} .value=${state.done}></progress>
    <p class="hint" aria-live="polite">${tr(phase)} ${fill(tr({ zh: '{done} / {total}', en: '{done} of {total}' }), {
      done: num(state.done),
      total: num(state.total),
    })}</p>
  </div>`;
}
