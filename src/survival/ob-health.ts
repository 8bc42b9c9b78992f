/**
 * Cat3's input from a strategy's order-book provider: the strategy reports the book's health
 * (depth quality and fill probability, aggregated over its assets) once per decision row through
 * this service, and the host's survival monitor reads it. A bar-sampled provider stays fresh while
 * it reports every bar; a bar without a report makes the book stale at the next bar start.
 */
import type { ServiceKey } from '../strategy/index.js';

/** Where a strategy reports its book health (the host's survival stack). */
export interface ObHealthSink {
  /**
   * @param depthQuality depth relative to its recent average, [0, 2+]
   * @param fillProbability probability that a maker order at the touch fills, [0, 1]
   * @param tsMs event time of the reading
   */
  record(depthQuality: number, fillProbability: number, tsMs: number): void;
}

/** Service key of the {@link ObHealthSink} (present when the host runs the survival stack). */
// A literal (survival imports only types from the SDK); same shape serviceKey() makes.
export const obHealthKey: ServiceKey<ObHealthSink> = { name: 'survival.ob-health' };
