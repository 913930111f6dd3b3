export {
  XfChangeEvent,
  type XfChangeDetail,
  XfInvalidEvent,
  type XfInvalidDetail,
  XfSubmitEvent,
} from './events.js';
export { baseStyles, formStyles } from './styles.js';
export type { Bilingual, FormIssue, FormValidation } from './types.js';
