export { type Lang, langFromTag, resolveLang } from './lang.js';
export {
  type MessageParams,
  type MessageTables,
  type Text,
  type Translate,
  bilingual,
  common,
  createTranslator,
  fill,
  pick,
  tr,
} from './messages.js';
