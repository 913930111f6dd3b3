/**
 * `@xinfang/core/schema` — petition validation, field checks and their bilingual messages, without the
 * lifecycle machine (small enough for a browser form). No dependency; the zod schemas of the same rules are in
 * `@xinfang/core/zod`.
 *
 * @module
 */
export { idCheckCharacter, idNumberProblem, isChinesePhone } from './identity.js';
export { type MessageKey, messages, representativesLimitMessage } from './messages.js';
export {
  checkRepresentatives,
  DEFAULT_REPRESENTATIVES_LIMIT,
  validateField,
  validatePetition,
} from './petition.schema.js';
export { hasVisibleText } from './text.js';
export type {
  Actor,
  Bilingual,
  Channel,
  FieldIssue,
  Instant,
  IsoDate,
  PetitionClass,
  Petitioner,
  PetitionInput,
  Role,
} from './types.js';
