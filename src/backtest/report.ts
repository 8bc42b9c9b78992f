/**
 * Report shapes every engine writes (`fills.json`, `summary.json`), so runs can be diffed and
 * paired. Both the Python runner and the in-process backtester produce exactly these fields.
 */

/** One fill event (Nautilus generate_fills_report(): one row per OrderFilled), in event order. */
export interface FillRecord {
  /** ISO-8601 UTC with nanoseconds, e.g. "2021-12-31T23:21:00.000000000Z". */
  readonly ts: string;
  /** Nanoseconds since the epoch, decimal string. */
  readonly ts_ns: string;
  readonly instrument: string;
  readonly side: 'BUY' | 'SELL';
  /** Decimal strings exactly as Nautilus prints Quantity / Price / Money. */
  readonly qty: string;
  readonly price: string;
  readonly commission: string;
  readonly commission_currency: string;
  readonly liquidity: 'MAKER' | 'TAKER' | 'NONE';
  readonly order_id: string;
  readonly order_type: string;
  /** First order tag ("entry", "sl", "tp", "exit"...), or "" when the order had none. */
  readonly tag: string;
}

/** Headline numbers of a run; `metrics` is computed by src/backtest metrics for every engine. */
export interface SummaryRecord {
  readonly engine: 'nautilus' | 'host' | 'native';
  readonly strategy: string;
  readonly config_hash: string;
  readonly data: string;
  readonly bars_processed: number;
  /** Quote and trade ticks processed (tick data, Nautilus engine); 0 for bar data. */
  readonly ticks_processed: number;
  readonly fills: number;
  readonly starting_balance: string;
  readonly final_balance: string;
  readonly currency: string;
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly elapsed_s: number;
  /** Things the user should know about the run (e.g. a subscription the data could not serve); [] when none. */
  readonly warnings: readonly string[];
}
