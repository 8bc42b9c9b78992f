/**
 * Services the host injects into the `dolphin` strategy (typed keys for ctx.services), and a helper
 * that builds them from a loaded vbt dataset.
 */
import type { FeatureFeed } from '../../features/index.js';
import { createRng } from '../../market/index.js';
import { serviceKey, type ServiceKey } from '../../strategy/index.js';
import { AcbV6, PendingUpdate, ReferenceMcForewarner, type AcbFactors, type AcbParams, type AcbProvider, type AcbUpdate, type McForewarner } from '../../survival/index.js';
import type { DolphinDayResult } from './engine.js';
import type { OrderBookProvider } from './ob-provider.js';

/** The ACB as the strategy gets it: day-level values plus the pending mid-day {boost, beta} update. */
export interface DolphinAcbService {
  readonly provider: AcbProvider;
  /** Set by whoever receives a mid-day update; the strategy takes it at the start of the next row. */
  readonly pending: PendingUpdate<AcbUpdate>;
}

/** Receives each day's result (the seed's DOLPHIN_PNL_BLUE map). */
export interface DayResultSink {
  onDayResult(result: DolphinDayResult): void;
}

/** Feature feed (file-backed vbt features); required unless params.features = 'online'. */
export const dolphinFeaturesKey: ServiceKey<FeatureFeed> = serviceKey<FeatureFeed>('dolphin.features');
/** Optional order-book provider (params.ob_source = 'service'); absent = the legacy path. */
export const dolphinOrderBookKey: ServiceKey<OrderBookProvider> = serviceKey<OrderBookProvider>('dolphin.order-book');
/** Optional ACB v6; absent = boost 1, beta 0 every day. */
export const dolphinAcbKey: ServiceKey<DolphinAcbService> = serviceKey<DolphinAcbService>('dolphin.acb');
/** Optional MC-Forewarner; absent = mc_status NONE, no MC effect. */
export const dolphinMcForewarnerKey: ServiceKey<McForewarner> = serviceKey<McForewarner>('dolphin.mc-forewarner');
/** Optional per-day result sink (the log line `dolphin_day_result` is always written). */
export const dolphinDayResultsKey: ServiceKey<DayResultSink> = serviceKey<DayResultSink>('dolphin.day-results');

/** The parts of a loaded vbt dataset the services need (src/data VbtDataset matches it). */
export interface DolphinDatasetInputs {
  readonly features: FeatureFeed;
  readonly externalFactors: Readonly<Record<string, AcbFactors>>;
  readonly w750ByDate: Readonly<Record<string, number>>;
}

/** Options of {@link createDolphinServiceEntries}. */
export interface DolphinServiceOptions {
  /** Wire ACB v6 (default true). */
  readonly acb?: boolean;
  readonly acbParams?: Partial<AcbParams>;
  /** true = the reference MC forewarner (seed 42); or a forewarner; default none. */
  readonly mc?: boolean | McForewarner;
  readonly orderBook?: OrderBookProvider;
  readonly daySink?: DayResultSink;
}

/**
 * Service entries for createServiceRegistry(): the dataset's feature feed, ACB v6 over its external
 * factors and per-date w750 (with a fresh PendingUpdate), and the optional MC forewarner, order-book
 * provider and day sink.
 */
export function createDolphinServiceEntries(ds: DolphinDatasetInputs, options: DolphinServiceOptions = {}): Array<readonly [ServiceKey<unknown>, unknown]> {
  const entries: Array<readonly [ServiceKey<unknown>, unknown]> = [[dolphinFeaturesKey, ds.features]];
  if (options.acb ?? true) {
    const acb: DolphinAcbService = { provider: new AcbV6(ds.externalFactors, ds.w750ByDate, options.acbParams ?? {}), pending: new PendingUpdate<AcbUpdate>() };
    entries.push([dolphinAcbKey, acb]);
  }
  if (options.mc === true) entries.push([dolphinMcForewarnerKey, new ReferenceMcForewarner({ createRng })]);
  else if (options.mc) entries.push([dolphinMcForewarnerKey, options.mc]);
  if (options.orderBook) entries.push([dolphinOrderBookKey, options.orderBook]);
  if (options.daySink) entries.push([dolphinDayResultsKey, options.daySink]);
  return entries;
}
