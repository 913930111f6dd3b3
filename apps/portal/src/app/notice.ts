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
