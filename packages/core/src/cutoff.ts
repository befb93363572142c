/**
 * The cutoff rule of the core (c_api.h): with maxDistance k >= 0, a distance above k is reported
 * as k + 1 and a script above k as "none". TypeScript answers some pairs itself (the shortcuts,
 * the short-string kernel) and applies the same rule, here, once.
 */

/** Whether a cost is over the cutoff (maxDistance < 0 means none). */
export function overCutoff(cost: number, maxDistance: number): boolean {
  return maxDistance >= 0 && cost > maxDistance;
}

/** What the core returns for a distance of `value` under the cutoff: maxDistance + 1 when over. */
export function cutOff(value: number, maxDistance: number): number {
  return overCutoff(value, maxDistance) ? maxDistance + 1 : value;
}
