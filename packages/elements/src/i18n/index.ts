export { type Lang, langFromTag, resolveLang } from './lang.js';
export { languageReady, loadLanguage } from './language.js';
export {
  type Bilingual,
  bilingual,
  fill,
  fillBilingual,
  type MessageParams,
  msg,
  type Text,
  type Translate,
  tr,
} from './messages.js';
