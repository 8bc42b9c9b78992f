/**
 * Turns a finished run into its reports: summary.json (one shape for every engine, metrics from
 * src/backtest/metrics), report.md (a readable page), and the summary printed on stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { computeMetrics, fillLogFromRecords, type EquitySeries, type Metrics } from '../backtest/metrics.js';
import type { FillRecord, SummaryRecord } from '../backtest/report.js';
import type { SubscriptionsByPhase } from '../strategy/index.js';
import type { TickFeed } from './data-source.js';

export interface RunOutcome {
  readonly engine: SummaryRecord['engine'];
  readonly strategy: string;
  readonly configHash: string;
  readonly dataPath: string;
  readonly barsProcessed: number;
  /** Quote and trade ticks the engine processed (tick data; 0 for bar data). */
  readonly ticksProcessed?: number;
  readonly fills: readonly FillRecord[];
  readonly startingBalance: string;
  readonly finalBalance: string;
  readonly currency: string;
  /** Equity at bar closes; null when the engine did not record it (native reference runs). */
  readonly equity: EquitySeries | null;
  readonly elapsedS: number;
  /** Engine-specific extras kept under `details` in summary.json. */
  readonly details?: Record<string, unknown>;
  /** The strategy's subscriptions (onStart's and later ones) and the data's feeds, for {@link subscriptionWarnings}. */
  readonly subscriptions?: SubscriptionsByPhase;
  readonly dataBarTypes?: readonly string[];
  readonly dataTicks?: TickFeed | null;
}

/**
 * A warning per subscription no engine served: a bar type the data does not have (a typo in a
 * bar_type parameter, another timeframe), ticks the data does not have (another instrument,
 * quotes when the file holds trades, ticks on bar data), or any subscription made after onStart
 * (the handshake carries onStart's only). The run is otherwise valid (a strategy may ignore a
 * feed), so these are reported, not refused. On bar data, tick subscriptions are only warned about
 * when no subscribed feed was served at all: a strategy may listen to live quotes beside its bars.
 */
export function subscriptionWarnings(strategy: string, subscriptions: SubscriptionsByPhase, dataBarTypes: readonly string[], dataTicks: TickFeed | null = null): string[] {
  const have = new Set(dataBarTypes);
  const feeds = [...dataBarTypes, ...(dataTicks === null ? [] : [`${dataTicks.kind} of ${dataTicks.instrumentId}`])];
  const has = feeds.length === 0 ? 'it has none' : `it has ${feeds.join(', ')}`;
  const served = (s: SubscriptionsByPhase['atStart'][number]): boolean =>
    s.kind === 'bars' ? have.has(s.barType) : dataTicks !== null && s.kind === dataTicks.kind && s.instrumentId === dataTicks.instrumentId;
  const anyServed = subscriptions.atStart.some(served);
  const out: string[] = [];
  for (const s of subscriptions.atStart) {
    if (served(s)) continue;
    if (s.kind === 'bars') out.push(`${strategy} subscribed to ${s.barType}, which the data does not provide (${has}): no bar of that type reached it`);
    else if ((s.kind === 'quotes' || s.kind === 'trades') && (dataTicks !== null || !anyServed)) {
      out.push(`${strategy} subscribed to ${s.kind} of ${s.instrumentId}, which the data does not provide (${has}): no tick of that kind reached it`);
    }
  }
  for (const s of subscriptions.late) {
    out.push(`${strategy} subscribed to ${s.kind === 'bars' ? s.barType : `${s.kind} of ${s.instrumentId}`} after onStart, which neither engine serves: subscribe in onStart`);
  }
  return out;
}

const NO_SUBSCRIPTIONS: SubscriptionsByPhase = { atStart: [], late: [] };

/** Reads a fills.json written by either engine. */
export function readFills(path: string): FillRecord[] {
  return JSON.parse(readFileSync(path, 'utf8')) as FillRecord[];
}

/** Equity series from parallel arrays. */
export function equitySeries(tsMs: readonly number[], equity: readonly number[]): EquitySeries {
  return { length: tsMs.length, tsMs: Float64Array.from(tsMs), equity: Float64Array.from(equity) };
}

/** Computes the metrics and writes summary.json and report.md into `outDir`; returns the summary. */
export function writeRunReports(outDir: string, run: RunOutcome): SummaryRecord & { details?: Record<string, unknown> } {
  // Total return is measured on the final balance: every engine ends the same way (the strategy's
  // onStop closes what it wants closed), so the number is comparable across engines.
  const metrics: Metrics | null = run.equity
    ? computeMetrics({ fills: fillLogFromRecords(run.fills), equity: run.equity, startingBalance: Number(run.startingBalance), finalEquity: Number(run.finalBalance) })
    : null;
  const summary: SummaryRecord & { details?: Record<string, unknown> } = {
    engine: run.engine,
    strategy: run.strategy,
    config_hash: run.configHash,
    data: run.dataPath,
    bars_processed: run.barsProcessed,
    ticks_processed: run.ticksProcessed ?? 0,
    fills: run.fills.length,
    starting_balance: run.startingBalance,
    final_balance: run.finalBalance,
    currency: run.currency,
    metrics: metrics ? { ...metrics } : {},
    elapsed_s: Math.round(run.elapsedS * 1000) / 1000,
    warnings: subscriptionWarnings(run.strategy, run.subscriptions ?? NO_SUBSCRIPTIONS, run.dataBarTypes ?? [], run.dataTicks ?? null),
    ...(run.details ? { details: run.details } : {}),
  };
  writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(outDir, 'report.md'), renderReport(summary, run.fills));
  return summary;
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(2)} %`);
const num = (x: number | null | undefined, d = 2): string => (x === null || x === undefined ? 'n/a' : x.toFixed(d));

/** The human summary printed at the end of a run. */
export function formatSummary(s: SummaryRecord & { details?: Record<string, unknown> }, outDir: string): string {
  const m = s.metrics;
  const lines = [
    `dolphin backtest: ${s.strategy} on ${basename(s.data)} (${s.engine} engine)`,
    `  ${s.ticks_processed > 0 ? `ticks ${s.ticks_processed.toLocaleString('en-US')}` : `bars ${s.bars_processed.toLocaleString('en-US')}`}   fills ${s.fills.toLocaleString('en-US')}   round trips ${m['trades'] ?? 'n/a'}   elapsed ${s.elapsed_s.toFixed(1)} s`,
    `  balance ${s.starting_balance} -> ${s.final_balance} ${s.currency}   return ${pct(m['total_return'])}   fees ${num(m['fees'])} ${s.currency}`,
    `  max drawdown ${pct(m['max_drawdown'])}   sharpe ${num(m['sharpe'])} (daily, x sqrt 365)   profit factor ${num(m['profit_factor'])}   win rate ${pct(m['win_rate'])}`,
    ...controlsLine(s),
    `  config ${s.config_hash.slice(0, 16)}   reports ${outDir}/{fills,summary,positions,account}.json, report.md, dolphin.log`,
    ...s.warnings.map((w) => `  warning: ${w}`),
  ];
  return lines.join('\n');
}

function controlsLine(s: SummaryRecord & { details?: Record<string, unknown> }): string[] {
  const d = s.details;
  if (!d || (d['risk_events'] === undefined && d['posture_changes'] === undefined)) return [];
  const postures = Array.isArray(d['posture_changes']) ? d['posture_changes'].length : 0;
  return [`  controls: ${Number(d['risk_events'] ?? 0)} risk events, ${postures} posture changes (details in dolphin.log)`];
}

function renderReport(s: SummaryRecord, fills: readonly FillRecord[]): string {
  const m = s.metrics;
  const rows = fills.slice(0, 20).map((f) => `| ${f.ts} | ${f.instrument} | ${f.side} | ${f.qty} | ${f.price} | ${f.commission} | ${f.tag} |`);
  return [
    `# Backtest: ${s.strategy} (${s.engine})`,
    '',
    `- data: \`${s.data}\``,
    `- config hash: \`${s.config_hash}\``,
    `- bars processed: ${s.bars_processed}, fills: ${s.fills}`,
    `- balance: ${s.starting_balance} -> ${s.final_balance} ${s.currency}`,
    ...s.warnings.map((w) => `- warning: ${w}`),
    '',
    '| metric | value |',
    '| --- | --- |',
    `| total return | ${pct(m['total_return'])} |`,
    `| max drawdown | ${pct(m['max_drawdown'])} |`,
    `| Sharpe (daily returns, x sqrt(365)) | ${num(m['sharpe'])} |`,
    `| profit factor | ${num(m['profit_factor'])} |`,
    `| win rate | ${pct(m['win_rate'])} |`,
    `| round trips | ${m['trades'] ?? 'n/a'} |`,
    `| fees | ${num(m['fees'])} ${s.currency} |`,
    '',
    `First ${rows.length} of ${fills.length} fills:`,
    '',
    '| ts | instrument | side | qty | price | commission | tag |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
