/**
 * The five built-in sensors with the exact formulas of seed 002 section 11.2, one per category.
 * Each formula is also exported as a pure function of plain numbers for tests and other engines.
 */
import type { SurvivalConfig } from './survival-config.js';
import type { McGateStatus, SurvivalSnapshot } from './survival-snapshot.js';
import { SensorRegistry, type SensorPlugin } from './sensor-plugin.js';

/**
 * Cat1, binary invariant (kill switch): 0 when fewer than `min_nodes` nodes are live or the
 * heartbeat is older than `max_heartbeat_age_s` seconds, else 1. NaN inputs read as failure.
 */
export function computeInvariantFactor(hzNodes: number, heartbeatAgeS: number, config: SurvivalConfig['cat1']): number {
  return hzNodes >= config.min_nodes && heartbeatAgeS <= config.max_heartbeat_age_s ? 1 : 0;
}

/**
 * Cat2, structural: the MC-Forewarner base (OK 1.0, ORANGE 0.5, RED 0.1) times
 * exp(-max(0, stalenessHours - 6) / 3), so decay starts after 6 hours of staleness. NaN staleness
 * reads as fully decayed (0).
 */
export function computeStructuralFactor(mcStatus: McGateStatus, stalenessHours: number, config: SurvivalConfig['cat2']): number {
  const base = mcStatus === 'OK' ? config.mc_base_ok : mcStatus === 'ORANGE' ? config.mc_base_orange : config.mc_base_red;
  if (Number.isNaN(stalenessHours)) return 0;
  const over = Math.max(0, stalenessHours - config.staleness_deadband_hours);
  return over === 0 ? base : base * Math.exp(-over / config.staleness_tau_hours);
}

/**
 * Cat3, microstructure: 0.5 when the book is stale, else clamp(0.3 + 0.7 * min(depthQuality,
 * fillProb), 0.3, 1.0). A NaN depth or fill probability reads as a stale book.
 */
export function computeMicrostructureFactor(obStale: boolean, depthQuality: number, fillProb: number, config: SurvivalConfig['cat3']): number {
  const score = Math.min(depthQuality, fillProb);
  if (obStale || Number.isNaN(score)) return config.stale_factor;
  const f = config.floor + config.slope * score;
  return f < config.floor ? config.floor : f > 1 ? 1 : f;
}

/**
 * Cat4, environmental impulse-decay: 0.3 at a DVOL spike, recovering as
 * 0.3 + 0.7 * (1 - exp(-tSinceSpikeMin / 60)). Without a spike seen the factor is 1: the seed's
 * code would read 0.3 at t = 0 even with `dvol_spike` false, which we take as unintended.
 * Negative or NaN minutes read as the spike instant.
 */
export function computeEnvironmentalFactor(dvolSpike: boolean, tSinceSpikeMin: number, config: SurvivalConfig['cat4']): number {
  if (!dvolSpike) return 1;
  if (!(tSinceSpikeMin > 0)) return config.spike_factor;
  return config.spike_factor + (1 - config.spike_factor) * (1 - Math.exp(-tSinceSpikeMin / config.recovery_tau_min));
}

/**
 * Cat5, capital sigmoid: 1 / (1 + exp(30 * (drawdown - 0.12))): 0.973 at no drawdown, 0.891 at
 * 5 %, 0.5 at 12 %, 0.083 at 20 % (the seed's "about 1.0 / 0.5 / 0.1"). NaN drawdown reads 0.
 */
export function computeCapitalFactor(drawdown: number, config: SurvivalConfig['cat5']): number {
  if (Number.isNaN(drawdown)) return 0;
  return 1 / (1 + Math.exp(config.steepness * (drawdown - config.midpoint_drawdown)));
}

/** Ids of the built-in sensors, one per category. */
export const BUILT_IN_SENSOR_IDS = ['node-heartbeat', 'mc-staleness', 'ob-quality', 'dvol-impulse', 'drawdown-sigmoid'] as const;

/** The five built-in sensors reading a {@link SurvivalSnapshot}, configured by `config`. */
export function createBuiltInSensors(config: SurvivalConfig): SensorPlugin[] {
  const { cat1, cat2, cat3, cat4, cat5 } = config;
  return [
    { id: 'node-heartbeat', category: 'invariant', read: (s) => computeInvariantFactor(s.hzNodes, s.heartbeatAgeS, cat1) },
    { id: 'mc-staleness', category: 'structural', read: (s) => computeStructuralFactor(s.mcStatus, s.stalenessHours, cat2) },
    { id: 'ob-quality', category: 'microstructure', read: (s) => computeMicrostructureFactor(s.obStale, s.depthQuality, s.fillProb, cat3) },
    { id: 'dvol-impulse', category: 'environmental', read: (s) => computeEnvironmentalFactor(s.dvolSpike, s.tSinceSpikeMin, cat4) },
    { id: 'drawdown-sigmoid', category: 'capital', read: (s) => computeCapitalFactor(s.drawdown, cat5) },
  ];
}

/**
 * A registry holding the five built-ins followed by `extra` sensors (which may read a snapshot type
 * extending {@link SurvivalSnapshot}).
 * @throws InvariantError when an extra sensor's id is invalid or taken.
 */
export function createSensorRegistry<S extends SurvivalSnapshot = SurvivalSnapshot>(
  config: SurvivalConfig,
  extra: readonly SensorPlugin<S>[] = [],
): SensorRegistry<S> {
  return new SensorRegistry<S>([...(createBuiltInSensors(config) as SensorPlugin<S>[]), ...extra]);
}
