/**
 * Scenario tests through the code path of `dolphin survival replay` (runSurvivalReplay reads the
 * fixture file and emits the JSON lines the command prints).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSurvivalReplay } from '../../../src/cli/commands/survival.js';
import type { ReplayOutput } from '../../../src/survival/index.js';

const DIR = 'test/fixtures/survival';

function replay(name: string, config?: string): ReplayOutput[] {
  const out: ReplayOutput[] = [];
  runSurvivalReplay({ sensors: `${DIR}/${name}`, ...(config ? { config: `${DIR}/${config}` } : {}) }, (line) => out.push(JSON.parse(line) as ReplayOutput));
  return out;
}

function inputs(name: string): Array<Record<string, unknown>> {
  return readFileSync(`${DIR}/${name}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function postureChanges(out: readonly ReplayOutput[]): number {
  let n = 0;
  for (let i = 1; i < out.length; i++) if (out[i]?.posture !== out[i - 1]?.posture) n += 1;
  return n;
}

describe('survival replay: order-book feed drops for 10 minutes', () => {
  const out = replay('ob-dropout.jsonl');
  const dropAt = out.findIndex((o) => o.t_s === 600);
  const backAt = out.findIndex((o) => o.t_s === 1200);

  it('prints one line per input', () => {
    expect(out).toHaveLength(inputs('ob-dropout.jsonl').length);
  });

  it('drops Rm to the target on the first stale bar', () => {
    const o = out[dropAt] as ReplayOutput;
    expect(o.factors.cat3).toBe(0.5);
    expect(o.rm).toBe(o.r_target);
    expect(o.rm).toBeLessThan((out[dropAt - 1] as ReplayOutput).rm - 0.4);
  });

  it('climbs back no faster than 5 % per minute', () => {
    for (let i = backAt; i < out.length; i++) {
      const prev = out[i - 1] as ReplayOutput;
      const cur = out[i] as ReplayOutput;
      expect(cur.rm - prev.rm).toBeLessThanOrEqual((0.05 * (cur.t_s - prev.t_s)) / 60 + 1e-12);
    }
    expect((out[backAt] as ReplayOutput).rm).toBeLessThan((out[backAt] as ReplayOutput).r_target - 0.4);
  });

  it('returns to APEX only on the fifth consecutive healthy bar', () => {
    const healthyFrom = out.findIndex((o, i) => i > backAt && o.rm >= 0.9);
    expect(healthyFrom).toBeGreaterThan(backAt);
    expect(out.slice(healthyFrom, healthyFrom + 5).every((o) => o.rm >= 0.9)).toBe(true);
    expect(out.slice(backAt, healthyFrom + 4).some((o) => o.posture === 'APEX')).toBe(false);
    expect((out[healthyFrom + 4] as ReplayOutput).posture).toBe('APEX');
    expect(out.at(-1)?.posture).toBe('APEX');
  });
});

describe('survival replay: a sensor flickering every second for an hour', () => {
  it('changes the posture no more than a handful of times', () => {
    const out = replay('ob-flicker.jsonl');
    expect(out).toHaveLength(3600);
    expect(postureChanges(out)).toBeLessThanOrEqual(3);
  });

  it('flaps on every flicker when the damping is switched off', () => {
    expect(postureChanges(replay('ob-flicker.jsonl', 'undamped.yaml'))).toBeGreaterThan(3000);
  });
});

describe('survival replay: heartbeat loss', () => {
  it('reaches HIBERNATE on the second bar past the 30 s heartbeat limit', () => {
    const lostAt = inputs('heartbeat-loss.jsonl').findIndex((r) => (r['heartbeat_age_s'] as number) > 30);
    const out = replay('heartbeat-loss.jsonl');
    expect(out.slice(0, lostAt + 1).every((o) => o.posture === 'APEX')).toBe(true);
    expect((out[lostAt] as ReplayOutput).rm).toBe(0);
    expect((out[lostAt + 1] as ReplayOutput).posture).toBe('HIBERNATE');
    expect(out.slice(lostAt + 1).every((o) => o.posture === 'HIBERNATE')).toBe(true);
  });
});
