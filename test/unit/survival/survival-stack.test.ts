import { describe, expect, it } from 'vitest';
import { SurvivalStack, parseSurvivalConfig, type SensorPlugin } from '../../../src/survival/index.js';

const BAR = 60_000;

function feedHealthy(stack: SurvivalStack, t: number): void {
  stack.monitor.recordHeartbeat(t);
  stack.monitor.recordBar(t);
  stack.monitor.recordEquity(10_000);
}

function runningStack(): SurvivalStack {
  const stack = new SurvivalStack({ startMs: 0 });
  stack.monitor.setConnectedShims(1);
  return stack;
}

describe('SurvivalStack', () => {
  it('starts in APEX and publishes the first evaluation', () => {
    const stack = runningStack();
    feedHealthy(stack, BAR);
    const tick = stack.atBarStart(BAR);
    expect(stack.posture().posture).toBe('APEX');
    expect(tick.publish).toBe(true);
    expect(tick.transition?.postureChanged).toBe(false);
  });

  it('applies a posture change at the bar start and publishes it', () => {
    const stack = runningStack();
    feedHealthy(stack, BAR);
    stack.atBarStart(BAR);
    stack.monitor.recordEquity(8_000);
    stack.monitor.recordBar(2 * BAR);
    stack.monitor.recordHeartbeat(2 * BAR);
    stack.atBarStart(2 * BAR);
    stack.monitor.recordBar(3 * BAR);
    stack.monitor.recordHeartbeat(3 * BAR);
    const tick = stack.atBarStart(3 * BAR);
    // 20 % drawdown: Cat5 0.083, Rm under 0.5 on two bars.
    expect(tick.evaluation.changed).toBe(true);
    expect(tick.transition).toMatchObject({ previous: { posture: 'APEX' }, current: { posture: 'HIBERNATE' }, postureChanged: true });
    expect(stack.posture().posture).toBe('HIBERNATE');
    expect(tick.publish).toBe(true);
  });

  it('keeps the strategy posture until the next bar when evaluating between bars', () => {
    const stack = runningStack();
    feedHealthy(stack, BAR);
    stack.atBarStart(BAR);
    // Bars and heartbeats stop: the watchdog evaluates twice while the bar is late.
    stack.betweenBars(BAR + 40_000);
    const tick = stack.betweenBars(BAR + 50_000);
    expect(tick.evaluation.posture).toBe('HIBERNATE');
    expect(tick.publish).toBe(true);
    expect(stack.posture().posture).toBe('APEX');
    expect(stack.cell.pending.isPending).toBe(true);
  });

  it('stays in HIBERNATE after the feed returns until recovery and hysteresis allow', () => {
    const stack = runningStack();
    feedHealthy(stack, BAR);
    stack.atBarStart(BAR);
    stack.betweenBars(BAR + 40_000);
    stack.betweenBars(BAR + 50_000);
    feedHealthy(stack, 2 * BAR);
    const tick = stack.atBarStart(2 * BAR);
    expect(tick.evaluation.rm).toBeLessThan(0.1);
    expect(stack.posture().posture).toBe('HIBERNATE');
  });

  it('runs extra sensors after the built-ins', () => {
    const ledger: SensorPlugin = { id: 'ledger-integrity', category: 'invariant', read: () => 0 };
    const stack = new SurvivalStack({ startMs: 0, extraSensors: [ledger] });
    stack.monitor.setConnectedShims(1);
    feedHealthy(stack, BAR);
    expect(stack.atBarStart(BAR).evaluation.factors.cat1).toBe(0);
  });

  it('publishes unchanged evaluations once per configured period', () => {
    const stack = new SurvivalStack({ startMs: 0, config: parseSurvivalConfig({ telemetry: { publish_period_s: 120 } }) });
    stack.monitor.setConnectedShims(1);
    const published: boolean[] = [];
    for (let i = 1; i <= 5; i++) {
      feedHealthy(stack, i * BAR);
      published.push(stack.atBarStart(i * BAR).publish);
    }
    expect(published).toEqual([true, false, true, false, true]);
  });
});
