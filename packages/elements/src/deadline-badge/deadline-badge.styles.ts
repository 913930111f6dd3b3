import { css } from 'lit';

/**
 * The badge carries its status three ways — the word, an icon shape and a colour — so colour is
 * never the only signal (WCAG 1.4.1). Every pair of text and background colours passes 4.5:1.
 */
export const deadlineBadgeStyles = css`
  :host {
    display: inline-block;
  }
  .xf-root {
    display: inline-block;
    background: transparent;
  }
  .badge {
    display: inline-block;
    padding: 0.15em 0.6em;
    border: 2px solid currentColor;
    border-radius: var(--xf-radius, 4px);
    color: var(--xf-color-text, #1a1a1a);
    background: var(--xf-color-bg, #ffffff);
  }
  .badge[data-status='on-time'] {
    color: var(--xf-deadline-on-time-color, #1b5e20);
    background: var(--xf-deadline-on-time-bg, #edf7ee);
  }
  .badge[data-status='due-soon'] {
    color: var(--xf-deadline-due-soon-color, #6b3a00);
    background: var(--xf-deadline-due-soon-bg, #fff4e0);
  }
  .badge[data-status='overdue'] {
    color: var(--xf-deadline-overdue-color, #a4161a);
    background: var(--xf-deadline-overdue-bg, #fdecec);
  }
  .icon {
    font-weight: 700;
    margin-inline-end: 0.35em;
  }
  .status {
    font-weight: 700;
  }
`;
