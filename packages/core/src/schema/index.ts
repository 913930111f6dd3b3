/**
 * `@xinfang/core/schema` — petition schemas, field checks and their bilingual messages, without the lifecycle
 * machine (small enough for a browser form).
 *
 * @module
 */
export { idCheckCharacter, idNumberProblem, isChinesePhone } from './identity.js';
export { type MessageKey, messages, representativesLimitMessage } from './messages.js';
export {
  checkRepresentatives,
  createPetitionSchema,
  DEFAULT_REPRESENTATIVES_LIMIT,
  IdNumberSchema,
  PetitionerSchema,
  PetitionSchema,
  PhoneSchema,
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
