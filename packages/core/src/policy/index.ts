/**
 * Policy profiles: every institution's petition rules as validated JSON data, with routing and handling periods.
 *
 * @module
 */
export { derivePolicy, PolicyProfileSchema, parsePolicy } from './policy.schema.js';
export { type PolicyId, policies } from './presets.js';
export { archiveUnit, handlingPeriod, matches, type RoutablePetition, type Route, route } from './route.js';
export type {
  DeepPartial,
  HandlingOrigin,
  HandlingRule,
  JointHandlingTrigger,
  PolicyProfile,
  PolicyResult,
  PolicyUnit,
  RouteRule,
  RuleMatch,
} from './types.js';
