import { describe, expect, it } from 'vitest';
import { InvariantError } from '../../../src/market/index.js';
import { SurvivalController, SurvivalMonitor } from '../../../src/survival/index.js';

const H = 3_600_000;

function healthyMonitor(startMs = 0, hasOrderBookProvider = false): SurvivalMonitor {
  const m = new SurvivalMonitor({ startMs, hasOrderBookProvider });
  m.setConnectedShims(1);
  return m;
}

describe('SurvivalMonitor', () => {
  it('counts no nodes before a shim connects', () => {
    expect(new SurvivalMonitor({ startMs: 0 }).snapshot(0).hzNodes).toBe(0);
  });

  it('counts no nodes while the state store is unhealthy', () => {
    const m = healthyMonitor();
    m.setStateStoreHealthy(false);
    expect(m.snapshot(0).hzNodes).toBe(0);
  });

  it('ages the heartbeat from the last one received', () => {
    const m = healthyMonitor();
    m.recordHeartbeat(10_000);
    expect(m.snapshot(41_000).heartbeatAgeS).toBe(31);
  });

  it('ages the heartbeat from the start before any arrives', () => {
    expect(healthyMonitor(5_000).snapshot(20_000).heartbeatAgeS).toBe(15);
  });

  it('measures staleness from the stalest source that has reported', () => {
    const m = healthyMonitor();
    m.recordBar(7 * H);
    m.recordFeatureUpdate(1 * H);
    expect(m.snapshot(7 * H).stalenessHours).toBe(6);
  });

  it('ignores a source that never reported', () => {
    const m = healthyMonitor();
    m.recordBar(2 * H);
    expect(m.snapshot(3 * H).stalenessHours).toBe(1);
  });

  it('keeps the latest time when a signal arrives out of order', () => {
    const m = healthyMonitor();
    m.recordBar(2 * H);
    m.recordBar(1 * H);
    expect(m.snapshot(2 * H).stalenessHours).toBe(0);
  });

  it('passes the MC status through', () => {
    const m = healthyMonitor();
    m.setMcStatus('RED');
    expect(m.snapshot(0).mcStatus).toBe('RED');
  });

  it('reads a healthy book when the run has no order-book provider', () => {
    expect(healthyMonitor(0, false).snapshot(10 * H)).toMatchObject({ obStale: false, depthQuality: 1, fillProb: 1 });
  });

  it('marks the book stale when its provider never reported', () => {
    expect(healthyMonitor(0, true).snapshot(0).obStale).toBe(true);
  });

  it('marks the book stale 10 s after its last update', () => {
    const m = healthyMonitor(0, true);
    m.recordOrderBook(1.4, 0.7, 1_000);
    expect(m.snapshot(11_000)).toMatchObject({ obStale: false, depthQuality: 1.4, fillProb: 0.7 });
    expect(m.snapshot(11_001).obStale).toBe(true);
  });

  it('registers a DVOL spike when the reading crosses 80 from below', () => {
    const m = healthyMonitor();
    m.recordDvol(60, 0);
    expect(m.snapshot(0).dvolSpike).toBe(false);
    m.recordDvol(85, 60_000);
    m.recordDvol(90, 120_000);
    expect(m.snapshot(30 * 60_000)).toMatchObject({ dvolSpike: true, tSinceSpikeMin: 29 });
  });

  it('registers a spike event reported directly', () => {
    const m = healthyMonitor();
    m.recordDvolSpike(60_000);
    expect(m.snapshot(60_000)).toMatchObject({ dvolSpike: true, tSinceSpikeMin: 0 });
  });

  it('computes drawdown from the equity peak', () => {
    const m = healthyMonitor();
    m.recordEquity(10_000);
    m.recordEquity(12_000);
    m.recordEquity(10_800);
    expect(m.snapshot(0).drawdown).toBeCloseTo(0.1, 12);
    expect(m.peak).toBe(12_000);
  });

  it('ignores unknown equity', () => {
    const m = healthyMonitor();
    m.recordEquity(10_000);
    m.recordEquity(Number.NaN);
    expect(m.drawdown).toBe(0);
  });

  it('resumes the drawdown from a persisted peak', () => {
    const m = new SurvivalMonitor({ startMs: 0, peakEquity: 20_000 });
    m.recordEquity(15_000);
    expect(m.drawdown).toBe(0.25);
  });

  it('refuses a negative shim count', () => {
    expect(() => healthyMonitor().setConnectedShims(-1)).toThrow(InvariantError);
  });

  it('feeds the controller: a lost heartbeat reaches HIBERNATE on the second evaluation', () => {
    const m = healthyMonitor();
    const c = new SurvivalController();
    for (let t = 0; t <= 30_000; t += 5_000) {
      m.recordHeartbeat(t);
      m.recordBar(t);
      expect(c.evaluate(m.snapshot(t), t).posture).toBe('APEX');
    }
    const postures = [65_000, 70_000].map((t) => c.evaluate(m.snapshot(t), t).posture);
    expect(postures).toEqual(['APEX', 'HIBERNATE']);
  });
});
