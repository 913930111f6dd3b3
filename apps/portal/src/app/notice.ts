/**
 * Rendering of outcomes: a rejection (or any bilingual error) is shown in the interface language
 * with the other language beneath it, so a clerk and a visitor who reads the other language both
 * understand it. Texts are rendered as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { otherLangTag, type Text, tr, trOther } from './i18n.js';

/** A refusal as an alert: code for support staff, message in both languages. */
export function rejectionNotice(
  rejection: { code: string; message: Text } | undefined,
  testid = 'rejection',
): TemplateResult | typeof nothing {
  if (!rejection) return nothing;
  return html`<div class="notice notice--error" role="alert" data-testid=${testid} data-code=${rejection.code}>
    <p>${tr(rejection.message)}</p>
    <p class="other-lang" lang=${otherLangTag()}>${trOther(rejection.message)}</p>
  </div>`;
}

/** A success message (polite live region). */
export function okNotice(text: Text | undefined, testid = 'ok'): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class="notice notice--ok" role="status" data-testid=${testid}><p>${tr(text)}</p></div>`;
}

const ISSUES_HEADING: Text = { zh: '请先改正以下问题', en: 'There is a problem' };

/**
 * The error summary above a form: an alert that takes focus (give it `id`), each issue a link that moves focus
 * to its field (the issue's id is the field's id), the hash left alone (the portal routes by hash).
 */
export function issueSummary(
  id: string,
  issues: readonly { id: string; message: Text }[],
  host: ParentNode,
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<div id=${id} class="notice notice--error" role="alert" tabindex="-1">
    <p><strong>${tr(ISSUES_HEADING)}</strong></p>
    <ul>${issues.map(
      (i) =>
        html`<li><a href=${`#${i.id}`} @click=${(e: Event) => {
          e.preventDefault();
          host.querySelector<HTMLElement>(`#${CSS.escape(i.id)}`)?.focus();
        }}>${tr(i.message)}</a></li>`,
    )}</ul>
  </div>`;
}
