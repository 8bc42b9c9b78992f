import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zmq from 'zeromq';
import { describe, expect, it } from 'vitest';
import type { FillRecord } from '../../src/backtest/index.js';
import { decodeEnvelope } from '../../src/wire/index.js';
import { BTC_MONTH, dolphin, readJson, tempDir } from './cli.js';

interface LoggedRiskEvent {
  type: string;
  tsMs: number;
  sl?: number;
  tp?: number;
}

const HOUR_MS = 3_600_000;

describe('edge-scalper through Nautilus with max_trades_per_hour 2', () => {
  it('keeps every rolling hour to 2 entries, brackets at the logged SL/TP, and publishes risk events on PUB', { timeout: 300_000 }, async () => {
    const out = tempDir('edge');
    const cfg = join(out, 'edge.yaml');
    writeFileSync(cfg, 'risk:\n  base_risk_fraction: 0.02\n  session:\n    max_trades_per_hour: 2\n');
    const telemetry = `ipc://${join(out, 'telemetry.sock')}`;
    const sub = new zmq.Subscriber({ linger: 0 });
    sub.connect(telemetry);
    sub.subscribe('risk_event');
    const received: string[] = [];
    const collecting = (async () => {
      for await (const [topic, frame] of sub) {
        if (topic?.toString() !== 'risk_event' || !frame) continue;
        received.push(decodeEnvelope(frame).riskEvent?.type ?? '');
      }
    })();

    const r = await dolphin(['backtest', '--engine', 'nautilus', '--strategy', 'edge-scalper', '--data', BTC_MONTH, '--config', cfg, '--telemetry', telemetry, '--out', out, '--no-progress']);
    sub.close();
    await collecting;
    expect(r.exitCode).toBe(0);

    const fills = readJson<FillRecord[]>(join(out, 'fills.json'));
    expect(fills.length).toBeGreaterThan(100);
    expect(new Set(fills.map((f) => f.tag))).toEqual(new Set(['entry', 'sl', 'tp', 'exit']));

    const entries = fills.filter((f) => f.tag === 'entry');
    const entryTimes = entries.map((f) => Number(BigInt(f.ts_ns) / 1_000_000n));
    for (let i = 0; i < entryTimes.length; i++) {
      const t = entryTimes[i] as number;
      const inHour = entryTimes.filter((u) => u > t - HOUR_MS && u <= t).length;
      expect(inHour, `entries in the hour ending ${entries[i]?.ts}`).toBeLessThanOrEqual(2);
    }

    // The risk engine logged each approval with its SL and TP; the bracket children (entry id + 1,
    // + 2) filled exactly there (a stop-market fills at its trigger in 1.221, a limit at its price).
    const approved = readFileSync(join(out, 'dolphin.log'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"ENTRY_APPROVED"'))
      .map((l) => JSON.parse(l) as LoggedRiskEvent);
    expect(approved).toHaveLength(entries.length);
    const byOrder = new Map(fills.map((f) => [f.order_id, f]));
    const idOf = (n: number): string => `O-${String(n).padStart(6, '0')}`;
    let checked = 0;
    entries.forEach((entry, i) => {
      const ev = approved[i] as LoggedRiskEvent;
      expect(Number(BigInt(entry.ts_ns) / 1_000_000n)).toBe(ev.tsMs);
      const n = Number(entry.order_id.slice(2));
      const sl = byOrder.get(idOf(n + 1));
      const tp = byOrder.get(idOf(n + 2));
      if (sl) {
        expect(sl.tag).toBe('sl');
        expect(Number(sl.price)).toBe(ev.sl);
        checked += 1;
      }
      if (tp) {
        expect(tp.tag).toBe('tp');
        expect(Number(tp.price)).toBe(ev.tp);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(entries.length / 2);

    expect(received).toContain('ENTRY_APPROVED');
    expect(received).toContain('MAX_TRADES_PER_HOUR_HIT');
  });
});
