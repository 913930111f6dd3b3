import { css } from 'lit';

/**
 * Styles every xinfang element shares. The only ways in from the host page are the documented
 * `--xf-*` custom properties and the `::part`s; inherited properties (font, colour, spacing,
 * text-transform…) are reset at the element's root so a page's global CSS does not leak in,
 * and everything lives in the shadow root so nothing leaks out.
 *
 * Custom properties (defaults in brackets):
 * `--xf-font-family` (CJK sans first — PingFang SC, Microsoft YaHei, Noto Sans CJK SC — then system-ui: Chinese text is set in its own font, not glyph by glyph through fallback), `--xf-font-size` (1rem), `--xf-line-height` (1.6),
 * `--xf-color-text` (#1a1a1a), `--xf-color-muted` (#4b5563), `--xf-color-bg` (#ffffff),
 * `--xf-color-border` (#505a5f), `--xf-color-accent` (#1d5fbf), `--xf-color-accent-text` (#ffffff),
 * `--xf-color-error` (#b3261e), `--xf-color-focus` (#0b57d0), `--xf-radius` (4px), `--xf-space` (1rem).
 * `size="large"` scales text and controls by 1.25 for elderly readers.
 */
export const baseStyles = css`
  :host {
    display: block;
    --_xf-scale: 1;
  }
  :host([hidden]) {
    display: none;
  }
  :host([size='large']) {
    --_xf-scale: 1.25;
  }
  .xf-root {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(
      --xf-font-family,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      system-ui,
      -apple-system,
      sans-serif
    );
    font-size: calc(var(--xf-font-size, 1rem) * var(--_xf-scale));
    line-height: var(--xf-line-height, 1.6);
    color: var(--xf-color-text, #1a1a1a);
    background: var(--xf-color-bg, #ffffff);
    overflow-wrap: anywhere;
  }
  .xf-root *,
  .xf-root *::before,
  .xf-root *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--xf-color-focus, #0b57d0);
    outline-offset: 2px;
  }
`;

/** Form layout: fields, labels, hints, inline errors, the error summary, buttons, repeatable rows. */
export const formStyles = css`
  form {
    margin: 0;
  }
  fieldset {
    margin: 0 0 calc(var(--xf-space, 1rem) * 1.25);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  fieldset.group {
    padding: calc(var(--xf-space, 1rem) * 0.75);
    border: 1px solid var(--xf-color-border, #505a5f);
    border-radius: var(--xf-radius, 4px);
  }
  legend {
    padding: 0;
    font-weight: 700;
    font-size: 1.05em;
    margin-bottom: 0.5em;
  }
  .field {
    display: block;
    margin: 0 0 calc(var(--xf-space, 1rem) * 1.25);
  }
  .field.invalid {
    border-left: 4px solid var(--xf-color-error, #b3261e);
    padding-left: 0.75em;
  }
  label,
  .label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  .hint {
    display: block;
    color: var(--xf-color-muted, #4b5563);
    margin-bottom: 0.25em;
  }
  .error {
    display: block;
    color: var(--xf-color-error, #b3261e);
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  input[type='text'],
  input[type='tel'],
  input[type='number'],
  input[type='date'],
  input[type='datetime-local'],
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: calc(2.5em);
    padding: 0.35em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--xf-color-bg, #ffffff);
    border: 2px solid var(--xf-color-border, #505a5f);
    border-radius: var(--xf-radius, 4px);
  }
  input.short {
    max-width: 12em;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--xf-color-error, #b3261e);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0.25em 0;
    font-weight: 400;
  }
  .choice input {
    width: calc(1.25 * var(--xf-font-size, 1rem) * var(--_xf-scale));
    height: calc(1.25 * var(--xf-font-size, 1rem) * var(--_xf-scale));
    margin: 0.2em 0 0;
    flex: none;
    accent-color: var(--xf-color-accent, #1d5fbf);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
  }
  .choices-inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.5em;
    padding: 0.35em 1em;
    border-radius: var(--xf-radius, 4px);
    border: 2px solid var(--xf-color-accent, #1d5fbf);
    background: var(--xf-color-bg, #ffffff);
    color: var(--xf-color-accent, #1d5fbf);
  }
  button[type='submit'] {
    background: var(--xf-color-accent, #1d5fbf);
    color: var(--xf-color-accent-text, #ffffff);
    font-weight: 700;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--xf-space, 1rem);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0 var(--xf-space, 1rem);
    align-items: end;
    margin-bottom: var(--xf-space, 1rem);
    padding-bottom: 0.5em;
    border-bottom: 1px solid var(--xf-color-border, #505a5f);
  }
  .row .field {
    margin-bottom: 0.5em;
  }
  .error-summary {
    margin: 0 0 calc(var(--xf-space, 1rem) * 1.5);
    padding: var(--xf-space, 1rem);
    border: 4px solid var(--xf-color-error, #b3261e);
  }
  .error-summary h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .error-summary p {
    margin: 0 0 0.5em;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--xf-color-error, #b3261e);
    font-weight: 700;
    text-decoration: underline;
  }
  .notice {
    display: block;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--xf-color-accent, #1d5fbf);
    margin: 0.5em 0;
  }
`;
