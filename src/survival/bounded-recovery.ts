/**
 * Bounded recovery of the risk multiplier (seed 002 section 11.4): fast attack, slow recovery.
 */

/**
 * The next Rm from the last one and the target: a lower target is followed at once; a higher one
 * is approached by alpha = min(1, alphaPerMin * dtMin) of the gap, and never by more than
 * `maxStepPerMin * dtMin` (5 % per minute with the seed's 0.05).
 * @param dtMin event time since the last evaluation, minutes (>= 0).
 */
export function applyBoundedRecovery(lastRm: number, rTarget: number, dtMin: number, alphaPerMin: number, maxStepPerMin: number): number {
  if (rTarget < lastRm) return rTarget;
  const alpha = Math.min(1, alphaPerMin * dtMin);
  const step = Math.min(alpha * (rTarget - lastRm), maxStepPerMin * dtMin);
  return lastRm + step;
}
