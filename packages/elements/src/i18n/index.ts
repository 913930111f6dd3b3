export { type Lang, langFromTag, resolveLang } from './lang.js';
export {
  type MessageParams,
  type MessageTables,
  type Translate,
  bilingual,
  common,
  createTranslator,
  pick,
} from './messages.js';
