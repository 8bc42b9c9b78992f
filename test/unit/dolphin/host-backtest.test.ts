import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runHostBacktest } from '../../../src/backtest/host-backtest.js';
import { venueConfigSchema } from '../../../src/backtest/venue-config.js';
import { loadVbtDataset, writeSynthVbtDataset, type VbtDataset } from '../../../src/data/index.js';
import { createServiceRegistry, type ExecutionEvent } from '../../../src/strategy/index.js';
import { createDolphinServiceEntries, dolphin, dolphinVenueFeeModel } from '../../../src/strategies/dolphin/index.js';

let ds: VbtDataset;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dolphin-host-'));
  writeSynthVbtDataset({ assets: 16, days: 2, seed: 7, outDir: dir });
  ds = await loadVbtDataset(dir);
});

function backtest(params: Record<string, unknown>) {
  const rejected: ExecutionEvent[] = [];
  const result = runHostBacktest({
    definition: dolphin,
    params,
    venue: venueConfigSchema.parse({ instruments: ds.instruments, fee_model: dolphinVenueFeeModel() }),
    data: ds.series,
    runner: { services: createServiceRegistry(createDolphinServiceEntries(ds, { mc: true })) },
    onDelivered: (e) => {
      if (e.kind === 'command-rejected' || e.kind === 'order-rejected' || e.kind === 'order-denied') rejected.push(e);
    },
  });
  return { result, rejected };
}

describe('dolphin on the host backtester', () => {
  it('completes with trades, every command accepted, fees at the tagged rates', () => {
    const { result, rejected } = backtest({ sp_refunds: false });
    expect(result.barsProcessed).toBe(16 * 2880);
    expect(result.fillCount).toBeGreaterThan(4);
    expect(rejected).toEqual([]);
    for (const f of result.fills) {
      const rate = f.tag === 'entry' ? 0.000314 : 0.00035;
      expect(Number(f.commission)).toBeCloseTo(Number(f.qty) * Number(f.price) * rate, 6);
    }
  });

  it('gives byte-identical fills on a second run', () => {
    expect(JSON.stringify(backtest({}).result.fills)).toBe(JSON.stringify(backtest({}).result.fills));
  });

  it('ends flat (END_OF_DATA closes the last position)', () => {
    const fills = backtest({}).result.fills;
    const net = new Map<string, number>();
    for (const f of fills) net.set(f.instrument, (net.get(f.instrument) ?? 0) + (f.side === 'BUY' ? 1 : -1) * Number(f.qty));
    for (const q of net.values()) expect(Math.abs(q)).toBeLessThan(1e-9);
  });
});
