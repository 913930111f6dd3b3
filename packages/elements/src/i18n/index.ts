export { type Lang, langFromTag, resolveLang } from './lang.js';
export { languageReady, loadLanguage } from './language.js';
export {
  type MessageParams,
  type MessageTables,
  type Text,
  type Translate,
  bilingual,
  createTranslator,
  fill,
  fillBilingual,
  pick,
  tr,
} from './messages.js';
