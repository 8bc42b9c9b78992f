import { describe, expect, it } from 'vitest';
import { applyBoundedRecovery } from '../../../src/survival/index.js';

describe('applyBoundedRecovery', () => {
  it('follows a drop at once', () => {
    expect(applyBoundedRecovery(0.95, 0.2, 0.01, 0.02, 0.05)).toBe(0.2);
  });

  it('approaches a higher target by alpha = 0.02 per minute of the gap', () => {
    expect(applyBoundedRecovery(0.5, 1, 1, 0.02, 0.05)).toBeCloseTo(0.51, 12);
  });

  it('never rises more than 5 % per minute', () => {
    // alpha = min(1, 0.02 * 30) = 0.6 of a 0.9 gap would be 0.54; the step cap is 0.05 * 30 = 1.5.
    expect(applyBoundedRecovery(0.1, 1, 30, 0.02, 0.05)).toBeCloseTo(0.64, 12);
    // With a fast alpha, the 5 %/min cap binds.
    expect(applyBoundedRecovery(0.1, 1, 2, 1, 0.05)).toBeCloseTo(0.2, 12);
  });

  it('does not move without elapsed time', () => {
    expect(applyBoundedRecovery(0.3, 1, 0, 0.02, 0.05)).toBe(0.3);
  });
});
