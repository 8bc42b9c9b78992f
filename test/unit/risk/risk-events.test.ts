import { describe, expect, it } from 'vitest';
import { createRiskEvent, RiskEventBus, riskEventToWire, type RiskEvent } from '../../../src/risk/index.js';

const EVENT: RiskEvent = createRiskEvent('MAX_DAILY_LOSS_HIT', '', 'error', 1_641_168_000_123, { realizedPnl: -250.5, limit: { abs: 200 }, action: 'halt' });

describe('RiskEventBus', () => {
  it('delivers each event to every listener in subscription order', () => {
    const bus = new RiskEventBus();
    const seen: string[] = [];
    bus.subscribe((e) => seen.push(`a:${e.type}`));
    bus.subscribe((e) => seen.push(`b:${e.type}`));
    bus.publish(EVENT);
    expect(seen).toEqual(['a:MAX_DAILY_LOSS_HIT', 'b:MAX_DAILY_LOSS_HIT']);
  });

  it('stops delivering after unsubscribe', () => {
    const bus = new RiskEventBus();
    const seen: RiskEvent[] = [];
    const off = bus.subscribe((e) => seen.push(e));
    off();
    bus.publish(EVENT);
    expect(seen).toEqual([]);
  });

  it('still runs the other listeners when one throws, then rethrows', () => {
    const bus = new RiskEventBus();
    const seen: string[] = [];
    bus.subscribe(() => {
      throw new Error('listener broke');
    });
    bus.subscribe((e) => seen.push(e.type));
    expect(() => bus.publish(EVENT)).toThrow('listener broke');
    expect(seen).toEqual(['MAX_DAILY_LOSS_HIT']);
  });

  it('hands listener errors to onListenerError when given', () => {
    const errors: unknown[] = [];
    const bus = new RiskEventBus({ onListenerError: (e) => errors.push(e) });
    bus.subscribe(() => {
      throw new Error('x');
    });
    bus.publish(EVENT);
    expect(errors).toHaveLength(1);
  });
});

describe('createRiskEvent', () => {
  it('carries non-finite numbers as strings and drops undefined fields', () => {
    const e = createRiskEvent('DATA_MISSING', 'X', 'error', 0, { field: 'price', value: Number.NaN, extra: undefined, nested: { inf: Number.POSITIVE_INFINITY } });
    expect(e.details).toEqual({ field: 'price', value: 'NaN', nested: { inf: 'Infinity' } });
  });
});

describe('riskEventToWire', () => {
  it('maps an event to the telemetry RiskEvent fields with canonical details JSON and nanoseconds', () => {
    expect(riskEventToWire(EVENT, 'edge-scalper')).toEqual({
      type: 'MAX_DAILY_LOSS_HIT',
      symbol: '',
      detailsJson: '{"action":"halt","limit":{"abs":200},"realizedPnl":-250.5}',
      tsNs: 1_641_168_000_123_000_000n,
      severity: 'error',
      strategy: 'edge-scalper',
    });
  });
});
