/**
 * `@xinfang/core/i18n` — the one vocabulary of languages and texts that the core, the elements and the portal
 * share: `Lang`, the text shape `Bilingual`, the message marker `msg`, and `tr`. No dependencies, no DOM.
 *
 * A text is written once, where it is used, with `msg(zh, en)`: Chinese is the source language, and unless an
 * explicit id is given the text's id is a hash of its Chinese (`textId`; the model of @lit/localize's runtime
 * mode, whose ids derive from the source text). A build that serves Chinese pages can move every `msg` call's
 * English into a locale module keyed by id (`@xinfang/elements` does, for its single-file bundle) and register it
 * with `addMessages` when a page first shows English. Another language (繁體中文, say) is a locale module keyed the
 * same way plus one key of `Languages`: call sites keep calling `tr(lang, text)`, and a text it lacks reads in
 * Chinese. The labels of the domain's codes (roles, states, events, outcomes…) are the glossary (`glossary.ts`).
 *
 * @module
 */

export {
  channelLabels,
  classLabels,
  commandLabels,
  dueLabels,
  eventLabels,
  legalChannelLabels,
  outcomeLabels,
  reviewOutcomeLabels,
  roleLabels,
  statusLabels,
} from './glossary.js';
export * from './messages.js';
