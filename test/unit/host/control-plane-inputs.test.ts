/**
 * The survival stack's real inputs as the ControlPlane feeds them: data staleness seen across a
 * gap in the bars, DVOL spikes from the external-factor feed (Cat4), the heartbeat age of a live
 * shim through the between-bars watchdog (Cat1), and the posture resumed from DOLPHIN_SAFETY.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ControlPlane } from '../../../src/host/index.js';
import { BTCUSDT_PERP_BINANCE, instrumentFromSpec, ManualClock } from '../../../src/market/index.js';
import { MemoryStateStore, type StateStore } from '../../../src/state/index.js';
import type { Bar, StrategyRunner } from '../../../src/strategy/index.js';
import { defaultSurvivalConfig, SAFETY_KEY, SAFETY_MAP } from '../../../src/survival/index.js';
import { riskConfigSchema } from '../../../src/risk/index.js';

const T0 = Date.UTC(2024, 0, 1, 0, 1);
const MIN = 60_000;

/** Just what the plane reads of a runner: a flat account of 10,000. */
const runner = {
  portfolio: { equity: () => 10_000, openPositions: () => [], openOrders: () => [] },
  forceCloseAll: () => undefined,
} as unknown as StrategyRunner;

function plane(options: { store?: StateStore; heartbeatAgeMs?: () => number; dvolAt?: (tsMs: number) => number } = {}): ControlPlane {
  return new ControlPlane({
    strategyName: 'test',
    instruments: [instrumentFromSpec(BTCUSDT_PERP_BINANCE)],
    clock: new ManualClock(),
    log: pino({ level: 'silent' }),
    telemetry: null,
    store: options.store ?? new MemoryStateStore(),
    risk: null,
    survival: defaultSurvivalConfig(),
    connectedShims: () => 1,
    sessionKey: 'test',
    ...(options.heartbeatAgeMs ? { heartbeatAgeMs: options.heartbeatAgeMs } : {}),
    ...(options.dvolAt ? { dvolAt: options.dvolAt } : {}),
  });
}

function bar(tsMs: number): Bar {
  return { barType: 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL', instrumentId: 'BTCUSDT-PERP.BINANCE', open: 1, high: 1, low: 1, close: 1, volume: 1, tsMs, tsEventMs: tsMs };
}

function factors(p: ControlPlane): Record<string, number> {
  return { ...(p.survival?.controller.last.factors ?? {}) };
}

describe('ControlPlane survival inputs', () => {
  it('sees the data staleness of a gap in the bars: Cat2 decays only past 6 hours', () => {
    const p = plane();
    p.beforeBar(bar(T0), runner);
    p.beforeBar(bar(T0 + MIN), runner);
    expect(factors(p)['cat2']).toBe(1);
    p.beforeBar(bar(T0 + MIN + 5 * 60 * MIN), runner); // 5 h gap
    expect(factors(p)['cat2']).toBe(1);
    p.beforeBar(bar(T0 + MIN + 5 * 60 * MIN + 8 * 60 * MIN), runner); // 8 h gap
    expect(factors(p)['cat2']).toBeLessThan(1);
  });

  it('turns a DVOL reading crossing the spike level into a Cat4 impulse that decays', () => {
    let dvol = 50;
    const p = plane({ dvolAt: () => dvol });
    p.beforeBar(bar(T0), runner);
    expect(factors(p)['cat4']).toBe(1);
    dvol = 86;
    p.beforeBar(bar(T0 + MIN), runner);
    expect(factors(p)['cat4']).toBeCloseTo(0.3, 12);
    p.beforeBar(bar(T0 + 61 * MIN), runner);
    expect(factors(p)['cat4']).toBeCloseTo(0.3 + 0.7 * (1 - Math.exp(-1)), 12);
  });

  it('reaches HIBERNATE between bars when a live shim falls silent, and writes it to DOLPHIN_SAFETY', () => {
    const store = new MemoryStateStore();
    let silentMs = 0;
    const p = plane({ store, heartbeatAgeMs: () => silentMs });
    for (let i = 0; i < 3; i++) p.beforeBar(bar(T0 + i * MIN), runner);
    const last = T0 + 2 * MIN;
    p.watchdog(last + MIN); // on time: nothing evaluated
    expect(p.posture().posture).toBe('APEX');
    silentMs = 150_000;
    p.watchdog(last + 150_000);
    expect(p.survival?.controller.last.posture).toBe('APEX'); // one bad evaluation: hysteresis holds
    silentMs = 155_000;
    p.watchdog(last + 155_000);
    expect([p.survival?.controller.last.posture, factors(p)['cat1']]).toEqual(['HIBERNATE', 0]);
    expect(store.get(SAFETY_MAP, SAFETY_KEY)).toMatchObject({ posture: 'HIBERNATE' });
    // The strategy sees it at the next bar (pending flag), not in the middle of one.
    expect(p.posture().posture).toBe('APEX');
    p.beforeBar(bar(last + 3 * MIN), runner);
    expect(p.posture().posture).toBe('HIBERNATE');
  });

  it('resumes posture, Rm and the same day\'s drawdown peak from DOLPHIN_SAFETY after a restart', () => {
    const store = new MemoryStateStore();
    store.put(SAFETY_MAP, SAFETY_KEY, { posture: 'TURTLE', rm: 0.6, ts: T0 - MIN, peak: 12_500 });
    const p = plane({ store });
    p.beforeBar(bar(T0), runner);
    // Equity 10,000 against the resumed peak of 12,500: a 20 % drawdown, Cat5 about 0.1.
    expect(p.survival?.monitor.drawdown).toBeCloseTo(0.2, 12);
    expect(p.posture().posture).not.toBe('APEX');
    expect(p.posture().rm).toBeLessThanOrEqual(0.6);
  });

  it('does not carry a previous day\'s drawdown peak over (drawdown_peak utc_day)', () => {
    const store = new MemoryStateStore();
    store.put(SAFETY_MAP, SAFETY_KEY, { posture: 'APEX', rm: 1, ts: T0 - 2 * 86_400_000, peak: 12_500 });
    const p = plane({ store });
    p.beforeBar(bar(T0), runner);
    expect(p.survival?.monitor.drawdown).toBe(0);
  });

  it('starts at APEX when DOLPHIN_SAFETY holds no valid record', () => {
    const store = new MemoryStateStore();
    store.put(SAFETY_MAP, SAFETY_KEY, { posture: 'PANIC', rm: 2, ts: 0 });
    const p = plane({ store });
    p.beforeBar(bar(T0), runner);
    expect(p.posture().posture).toBe('APEX');
    expect(p.survival?.controller.last.rm).toBeGreaterThan(0.9);
  });
});

describe('ControlPlane Cat3 from the strategy book-health reports', () => {
  it('reads the reported book at the next bar start, and calls the book stale after a bar without a report', () => {
    const p = plane();
    p.beforeBar(bar(T0), runner);
    expect(factors(p)['cat3']).toBe(1); // no provider has reported: a healthy book
    p.obHealth.record(1.2, 0.8, T0);
    p.beforeBar(bar(T0 + MIN), runner);
    expect(factors(p)['cat3']).toBeCloseTo(0.3 + 0.7 * 0.8, 12);
    // No report during that bar: stale at the next bar start (the seed's 0.5).
    p.beforeBar(bar(T0 + 2 * MIN), runner);
    expect(factors(p)['cat3']).toBe(0.5);
  });
});

describe('ControlPlane faults for strategies without an MC-Forewarner', () => {
  it('applies faults.mc_status to Cat2 on its date and OK after it', () => {
    const p = new ControlPlane({
      strategyName: 'test',
      instruments: [instrumentFromSpec(BTCUSDT_PERP_BINANCE)],
      clock: new ManualClock(),
      log: pino({ level: 'silent' }),
      telemetry: null,
      store: new MemoryStateStore(),
      risk: null,
      survival: defaultSurvivalConfig(),
      connectedShims: () => 1,
      sessionKey: 'test',
      faults: { mc_status: [{ date: '2024-01-02', status: 'RED' }], drawdown: [] },
    });
    const cat2OnDay: Record<string, number[]> = {};
    for (let t = T0; t < T0 + 3 * 86_400_000; t += MIN) {
      p.beforeBar(bar(t), runner);
      (cat2OnDay[new Date(t).toISOString().slice(0, 10)] ??= []).push(factors(p)['cat2'] ?? NaN);
    }
    expect(Object.fromEntries(Object.entries(cat2OnDay).map(([d, v]) => [d, [...new Set(v)]]))).toEqual({ '2024-01-01': [1], '2024-01-02': [0.1], '2024-01-03': [1], '2024-01-04': [1] });
  });
});

describe('ControlPlane on tick data (time bars built from the ticks)', () => {
  const tick = (tsMs: number, price: number): { instrumentId: string; tsMs: number; price: number; size: number } => ({ instrumentId: 'BTCUSDT-PERP.BINANCE', tsMs, price, size: 0.01 });

  it('evaluates survival once per completed bar, at the bar close time, before the tick that completed it', () => {
    const p = plane();
    p.beforeTick(tick(T0 + 100, 100), runner);
    expect(p.survival).toBeNull(); // no bar complete yet
    p.beforeTick(tick(T0 + 30_000, 101), runner);
    expect(p.survival).toBeNull();
    p.beforeTick(tick(T0 + MIN + 1, 102), runner); // completes the bar closing at T0 + 1 min
    expect(p.survival).not.toBeNull();
    expect(p.survival?.controller.last.factors['cat1']).toBe(1);
  });

  it('feeds the risk engine volatility from the tick bars (no bars in the data)', () => {
    const clock = new ManualClock();
    const p = new ControlPlane({
      strategyName: 'test',
      instruments: [instrumentFromSpec(BTCUSDT_PERP_BINANCE)],
      clock,
      log: pino({ level: 'silent' }),
      telemetry: null,
      store: new MemoryStateStore(),
      risk: riskConfigSchema.parse({ volatility: { atr_period: 3, atr_baseline_period: 4, realized_vol_period: 3 } }),
      survival: null,
      connectedShims: () => 1,
      sessionKey: 'test',
      tickBarSeconds: 1,
    });
    const iid = 'BTCUSDT-PERP.BINANCE';
    expect(p.risk?.tracker.snapshot(iid).atr).toBeNull();
    for (let s = 0; s < 8; s++) {
      p.beforeTick(tick(T0 + s * 1000 + 10, 100 + s), runner);
      p.beforeTick(tick(T0 + s * 1000 + 500, 99 + s), runner);
    }
    expect(p.risk?.tracker.snapshot(iid).bars).toBe(7);
    expect(p.risk?.tracker.snapshot(iid).atr).toBeGreaterThan(0);
    expect(p.risk?.tracker.snapshot(iid).atrBaseline).toBeGreaterThan(0);
  });
});
