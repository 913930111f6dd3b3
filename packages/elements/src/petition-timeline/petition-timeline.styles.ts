import { css } from 'lit';

/** A vertical line of records, oldest first; each record is one list item. */
export const petitionTimelineStyles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 3px solid var(--xf-timeline-line-color, #505a5f);
  }
  li {
    position: relative;
    margin: 0 0 calc(var(--xf-space, 1rem) * 0.75);
    padding-inline-start: calc(var(--xf-space, 1rem) * 1.25);
  }
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.5em;
    top: 0.45em;
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    background: var(--xf-timeline-dot-color, #1d5fbf);
    border: 2px solid var(--xf-color-bg, #ffffff);
  }
  .type {
    display: block;
    font-weight: 700;
  }
  .meta,
  .detail {
    display: block;
  }
  .meta {
    color: var(--xf-color-muted, #4b5563);
  }
  .late {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--xf-radius, 4px);
    color: var(--xf-color-error, #b3261e);
    font-weight: 400;
  }
  .empty {
    margin: 0;
  }
`;
