/**
 * Freezes an object and everything it holds. Policies are data: the presets and every policy `parsePolicy`
 * or `derivePolicy` returns are deeply frozen, so an edit in place throws instead of silently changing the
 * rules under petitions already registered (derive a new policy instead).
 *
 * @example
 * const p = deepFreeze({ periods: { notice: { days: 15, unit: 'day' } } });
 * Object.isFrozen(p.periods.notice); // true
 */
export function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
