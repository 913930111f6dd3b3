export {
  type XfChangeDetail,
  XfChangeEvent,
  type XfInvalidDetail,
  XfInvalidEvent,
  XfSubmitEvent,
} from './events.js';
export { baseStyles, formStyles } from './styles.js';
export type { Bilingual, FormIssue, FormValidation } from './types.js';
