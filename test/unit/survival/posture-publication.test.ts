import { describe, expect, it } from 'vitest';
import { dolphin } from '../../../src/wire/gen/bridge.js';
import { InvariantError } from '../../../src/market/index.js';
import {
  PostureCell,
  PublishSchedule,
  SAFETY_KEY,
  SAFETY_MAP,
  SurvivalController,
  createHealthySnapshot,
  toPostureUpdate,
  toSafetyRecord,
} from '../../../src/survival/index.js';

function hibernated() {
  const c = new SurvivalController();
  const s = { ...createHealthySnapshot(), hzNodes: 0 };
  c.evaluate(s, 0);
  return c.evaluate(s, 5_000);
}

describe('toPostureUpdate', () => {
  it('copies the evaluation into the PostureUpdate fields', () => {
    const u = toPostureUpdate(hibernated(), 5_000_000_000n);
    expect(u).toEqual({
      posture: 'HIBERNATE', previousPosture: 'APEX', rm: 0, rTarget: 0,
      cat1: 0, cat2: 1, cat3: 1, cat4: 1, cat5: expect.closeTo(0.9734, 4) as unknown as number,
      reason: 'down:cat1_invariant', tsNs: 5_000_000_000n,
    });
  });

  it('encodes with the wire PostureUpdate and decodes to the same fields', () => {
    const u = toPostureUpdate(hibernated(), 5_000_000_000n);
    const { PostureUpdate } = dolphin.bridge.v1;
    const decoded = PostureUpdate.decode(PostureUpdate.encode(PostureUpdate.create({ ...u, tsNs: Number(u.tsNs) })).finish());
    expect(decoded.posture).toBe('HIBERNATE');
    expect(decoded.previousPosture).toBe('APEX');
    expect(decoded.cat5).toBe(u.cat5);
    expect(decoded.reason).toBe(u.reason);
    expect(Number(decoded.tsNs)).toBe(5_000_000_000);
  });
});

describe('toSafetyRecord', () => {
  it('gives {posture, rm, ts} for DOLPHIN_SAFETY / latest', () => {
    expect(SAFETY_MAP).toBe('DOLPHIN_SAFETY');
    expect(SAFETY_KEY).toBe('latest');
    expect(toSafetyRecord(hibernated())).toEqual({ posture: 'HIBERNATE', rm: 0, ts: 5_000 });
  });
});

describe('PublishSchedule', () => {
  it('publishes the first evaluation, every change, and otherwise once a period', () => {
    const s = new PublishSchedule(60);
    const decisions = [
      s.shouldPublish(false, 0),
      s.shouldPublish(false, 30_000),
      s.shouldPublish(true, 31_000),
      s.shouldPublish(false, 90_000),
      s.shouldPublish(false, 91_000),
    ];
    expect(decisions).toEqual([true, false, true, false, true]);
  });

  it('refuses a zero period', () => {
    expect(() => new PublishSchedule(0)).toThrow(InvariantError);
  });
});

describe('PostureCell', () => {
  it('keeps the applied posture until the next bar applies the pending one', () => {
    const cell = new PostureCell();
    cell.offer('TURTLE', 0.6);
    expect(cell.current()).toEqual({ posture: 'APEX', rm: 1 });
    expect(cell.applyPending()).toEqual({ previous: { posture: 'APEX', rm: 1 }, current: { posture: 'TURTLE', rm: 0.6 }, postureChanged: true });
    expect(cell.current()).toEqual({ posture: 'TURTLE', rm: 0.6 });
  });

  it('applies only the newest of several pending updates', () => {
    const cell = new PostureCell();
    cell.offer('TURTLE', 0.6);
    cell.offer('STALKER', 0.8);
    expect(cell.applyPending()?.current).toEqual({ posture: 'STALKER', rm: 0.8 });
    expect(cell.applyPending()).toBeNull();
  });

  it('reports an rm-only change as no posture change', () => {
    const cell = new PostureCell();
    cell.offer('APEX', 0.95);
    expect(cell.applyPending()?.postureChanged).toBe(false);
  });

  it('refuses an rm outside [0, 1]', () => {
    expect(() => new PostureCell().offer('APEX', 1.2)).toThrow(InvariantError);
  });
});
