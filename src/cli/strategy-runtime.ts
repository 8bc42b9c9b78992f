/**
 * What a strategy needs from the run besides bars: injected services. `dolphin` reads its
 * vbt_cache dataset's features, ACB external factors and the MC-Forewarner (with forced statuses
 * from the `faults:` section, reported to the survival stack). Loaded once per run, shared by
 * every session and by both engines.
 */
import type { Clock } from '../market/index.js';
import type { ControlPlane } from '../host/index.js';
import { createServiceRegistry, type ServiceRegistry } from '../strategy/index.js';
import { createDolphinServiceEntries, dolphinMcForewarnerKey } from '../strategies/dolphin/index.js';
import { forcedMcForewarner, ReferenceMcForewarner, type McForewarner } from '../survival/index.js';
import { createRng } from '../market/index.js';
import { loadVbtDataset, type VbtDataset } from '../data/index.js';
import { CliError } from './cli-error.js';
import type { ResolvedData } from './data-source.js';
import type { RunContext } from './run-context.js';

export interface SessionServiceInput {
  readonly clock: Clock;
  readonly plane: ControlPlane | null;
}

export interface StrategyRuntime {
  /** Services for one session (fresh per session: ACB pending updates, MC state). */
  servicesFor(input: SessionServiceInput): ServiceRegistry | undefined;
  /** The loaded vbt dataset, when the data is a vbt_cache folder. */
  readonly dataset: VbtDataset | null;
  /** The dataset's DVOL at an event time (its external-factor feed, per UTC date), for Cat4. */
  readonly dvolAt?: (tsMs: number) => number;
}

/**
 * Loads what the strategy needs (`data` null: a live host without a dataset).
 * @throws CliError (2) when the data does not fit the strategy.
 */
export async function prepareStrategyRuntime(ctx: RunContext, data: ResolvedData | null): Promise<StrategyRuntime> {
  const dataset = data?.kind === 'vbt_cache' ? await loadVbtDataset(data.path, { venue: ctx.settings.venue.name }) : null;
  const dvolAt = dataset ? dvolLookup(dataset) : null;
  if (ctx.strategy.name !== 'dolphin') return { dataset, servicesFor: () => undefined, ...(dvolAt ? { dvolAt } : {}) };
  if (!dataset) {
    throw new CliError(
      `data.path: strategy dolphin reads its features and ACB factors from a vbt_cache folder (write one with \`dolphin data synth\`; live feeds: src/features), got ${data ? `a ${data.kind} file` : 'none'}`,
      2,
    );
  }
  const faults = ctx.settings.faults;
  return {
    dataset,
    ...(dvolAt ? { dvolAt } : {}),
    servicesFor: ({ clock, plane }) => {
      const inner: McForewarner = new ReferenceMcForewarner({ createRng });
      const mc = forcedMcForewarner(inner, clock, faults.mc_status, (status) => plane?.recordMcStatus(status));
      const entries = createDolphinServiceEntries(dataset, { mc: false }).filter(([k]) => k.name !== dolphinMcForewarnerKey.name);
      return createServiceRegistry([...entries, [dolphinMcForewarnerKey, mc]]);
    },
  };
}

/** DVOL by event time from the dataset's external factors (one lookup per UTC day); NaN when the day has none. */
function dvolLookup(dataset: VbtDataset): (tsMs: number) => number {
  let day = Number.NaN;
  let value = Number.NaN;
  return (tsMs) => {
    const d = Math.floor(tsMs / 86_400_000);
    if (d !== day) {
      day = d;
      value = dataset.externalFactors[new Date(d * 86_400_000).toISOString().slice(0, 10)]?.dvol_btc ?? Number.NaN;
    }
    return value;
  };
}
