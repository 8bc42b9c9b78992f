import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { instrumentSpecFromConfig } from '../../../src/backtest/venue-config.js';
import { loadVbtDataset, writeSynthVbtDataset, type VbtDataset } from '../../../src/data/index.js';
import { createRng, instrumentFromSpec, isOnGrid, ManualClock } from '../../../src/market/index.js';
import { findStrategy } from '../../../src/strategies/index.js';
import { silentLogger, StrategyRunner, type StrategyLogger } from '../../../src/strategy/index.js';
import type { AcbProvider } from '../../../src/survival/index.js';
import {
  createDolphinServiceEntries,
  dolphin,
  dolphinAcbKey,
  dolphinDayResultsKey,
  dolphinParamsSchema,
  dolphinVenueFeeModel,
  SyntheticObProvider,
  type DolphinAcbService,
  type DolphinDayResult,
  type DolphinParams,
} from '../../../src/strategies/dolphin/index.js';
import { PendingUpdate } from '../../../src/survival/index.js';
import { runFakeVenue, type FakeRunOptions } from './fake-venue.js';

let ds: VbtDataset;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dolphin-strategy-'));
  writeSynthVbtDataset({ assets: 12, days: 2, seed: 7, outDir: dir });
  ds = await loadVbtDataset(dir);
});

interface LogLine {
  event: string;
  fields: Record<string, unknown>;
}

function capture(): { log: StrategyLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const push = (event: string, fields: Record<string, unknown> = {}): void => {
    lines.push({ event, fields });
  };
  return { lines, log: { debug: push, info: push, warn: push, error: push } };
}

function run(params: Partial<DolphinParams> = {}, over: Partial<FakeRunOptions<DolphinParams>> = {}) {
  const days: DolphinDayResult[] = [];
  const { log, lines } = capture();
  const result = runFakeVenue<DolphinParams>({
    definition: dolphin,
    params: dolphinParamsSchema.parse(params),
    instruments: ds.instruments,
    series: ds.series,
    services: [...createDolphinServiceEntries(ds, { mc: true }), [dolphinDayResultsKey, { onDayResult: (d: DolphinDayResult) => days.push(d) }]],
    feeRates: dolphinVenueFeeModel().rates,
    log,
    ...over,
  });
  return { ...result, days, lines, summary: lines.find((l) => l.event === 'dolphin_summary')?.fields };
}

describe('dolphin strategy', () => {
  it('is registered as "dolphin" and groups bars by close time', () => {
    expect(findStrategy('dolphin')?.groupBarsByTs).toBe(true);
  });

  it('subscribes 1-minute bars of every asset instrument', () => {
    const instruments = ds.instruments.map((c) => instrumentFromSpec(instrumentSpecFromConfig(c, 10)));
    const runner = new StrategyRunner({
      definition: dolphin,
      params: dolphinParamsSchema.parse({}),
      instruments,
      clock: new ManualClock(),
      log: silentLogger,
      services: { get: (k) => (k.name === 'dolphin.features' ? ds.features : undefined) as never },
    });
    const subs = runner.start();
    expect(subs).toEqual(ds.instruments.map((i) => ({ kind: 'bars', barType: `${i.instrument_id}-1-MINUTE-LAST-EXTERNAL` })));
  });

  it('trades, deciding only after the last bar of each close time', () => {
    const r = run();
    expect(r.fills.length).toBeGreaterThan(4);
    expect(new Set(r.commandPositions.slice(0, -1))).toEqual(new Set([ds.assets.length - 1]));
    expect(r.summary?.['rows']).toBe(2880);
  });

  it('tags entries and exits and keeps quantities on the step grid above the minimums', () => {
    const r = run();
    const byId = new Map(ds.instruments.map((i) => [i.instrument_id, i]));
    for (const f of r.fills) {
      const inst = byId.get(f.instrumentId);
      expect(isOnGrid(f.qty, Number(inst?.size_increment))).toBe(true);
      expect(f.qty * f.price).toBeGreaterThanOrEqual(5);
      expect(f.side).toBe(f.tags[0] === 'entry' ? 'SELL' : 'BUY');
    }
    const entries = r.fills.filter((f) => f.tags[0] === 'entry');
    const exits = r.fills.filter((f) => f.tags[0] === 'exit');
    expect(entries.every((f) => f.tags.length === 1)).toBe(true);
    expect(entries.length).toBe(exits.length);
    for (const x of exits) expect(['FIXED_TP', 'MAX_HOLD', 'END_OF_DATA']).toContain(x.tags[1]);
  });

  it('gives the same fills on a second run', () => {
    expect(run().fills).toEqual(run().fills);
  });

  it('publishes one result per date to the sink and the log', () => {
    const r = run();
    expect(r.days.map((d) => d.date)).toEqual(['2024-01-01', '2024-01-02']);
    expect(Object.keys(r.days[0] ?? {})).toEqual(['date', 'pnl', 'capital', 'boost', 'beta', 'mc_status', 'trades']);
    expect(r.lines.filter((l) => l.event === 'dolphin_day_result')).toHaveLength(2);
    expect(r.days.reduce((n, d) => n + d.trades, 0)).toBe(r.fills.length / 2);
  });

  it('applies a pending ACB update at the next row (sub-day force exit)', () => {
    const pending = new PendingUpdate<{ boost: number; beta: number }>();
    const provider: AcbProvider = { dayInfo: (date) => ({ date, boost: 1.35, beta: 0.2, signals: 1.5, w750: 0, w750Threshold: 0 }) };
    const acb: DolphinAcbService = { provider, pending };
    const base = run();
    const firstEntry = base.fills.find((f) => f.tags[0] === 'entry');
    expect(firstEntry).toBeDefined();
    const at = (firstEntry?.tsMs ?? 0) + 60_000;
    const r = run({}, {
      services: [[...createDolphinServiceEntries(ds)][0] as never, [dolphinAcbKey, acb]],
      beforeRow: (ts) => {
        if (ts === at) pending.set({ boost: 1.0, beta: 0.2 });
      },
    });
    const exit = r.fills.find((f) => f.tags[1] === 'SUBDAY_ACB_NORMALIZATION');
    expect(exit?.tsMs).toBe(at);
  });

  it('closes positions tagged HIBERNATE_HALT when the host posture hibernates', () => {
    const base = run();
    const entryTs = base.fills.find((f) => f.tags[0] === 'entry')?.tsMs ?? 0;
    const r = run({}, { posture: (ts) => (ts > entryTs ? { posture: 'HIBERNATE', rm: 0.1 } : { posture: 'APEX', rm: 1 }) });
    expect(r.fills.filter((f) => f.tags[0] === 'entry')).toHaveLength(1);
    expect(r.fills[1]?.tags).toEqual(['exit', 'HIBERNATE_HALT']);
    expect(r.fills[1]?.tsMs).toBe(entryTs + 60_000);
  });

  it('books no trade when the venue refuses the entries', () => {
    const r = run({}, { rejectEntries: true });
    expect(r.commandsRejected).toBeGreaterThan(0);
    expect(r.fills).toHaveLength(0);
    expect(r.days.every((d) => d.trades === 0 && d.pnl === 0)).toBe(true);
    expect(r.lines.some((l) => l.event === 'dolphin_exit_without_position')).toBe(false);
  });

  it('computes the features online from the prices when asked', () => {
    const r = run({ features: 'online' }, { services: [] });
    expect(r.summary?.['rows']).toBe(2880);
    expect(r.lines.some((l) => l.event === 'dolphin_started' && l.fields['features'] === 'online')).toBe(true);
  });

  it('refuses to start without a feature feed in feed mode', () => {
    expect(() => run({}, { services: [] })).toThrow(/dolphin features/);
  });

  it('uses an injected order-book provider instead of the legacy path', () => {
    const ob = new SyntheticObProvider(ds.instruments.map((i) => i.instrument_id), createRng(3));
    const r = run({}, { services: [...createDolphinServiceEntries(ds, { mc: true, orderBook: ob })] });
    expect(r.lines.some((l) => l.event === 'dolphin_started' && l.fields['obSource'] === 'service')).toBe(true);
    expect(r.fills).not.toEqual(run().fills);
  });

  it('sizes from the venue account with capital_source account', () => {
    const r = run({ capital_source: 'account', sp_refunds: false });
    expect(r.fills.length).toBeGreaterThan(0);
    const capital = r.days[1]?.capital ?? NaN;
    expect(capital).not.toBe(r.summary?.['capital']);
    expect(Math.abs(capital - r.balance)).toBeLessThan(1);
  });
});
