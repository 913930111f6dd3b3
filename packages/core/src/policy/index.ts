/**
 * Policy profiles: every institution's petition rules as validated JSON data, with routing and handling periods.
 *
 * @module
 */
export { derivePolicy, parsePolicy } from './policy.schema.js';
export { type PolicyId, policies } from './presets.js';
export {
  accusedStaffOf,
  archiveUnit,
  handlingCeiling,
  handlingPeriod,
  matches,
  type RoutablePetition,
  type Route,
  route,
} from './route.js';
export type {
  DeepPartial,
  HandlingFrom,
  HandlingOrigin,
  HandlingRule,
  JointHandlingTrigger,
  PolicyMaterial,
  PolicyProfile,
  PolicyResult,
  PolicyUnit,
  RouteRule,
  RuleMatch,
  StaffMember,
} from './types.js';
