/**
 * The composed configuration of a run (config/settings.yaml and --config files): each section's
 * schema is owned by its module; this file only composes them and adds the run-level sections
 * (strategy choice, data, transport, logging). Parsed once at the edge, frozen, hashed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { venueConfigSchema } from '../backtest/venue-config.js';
import { riskConfigSchema } from '../risk/index.js';
import { faultsSchema, survivalConfigSchema } from '../survival/index.js';
import { ConfigError, formatZodIssues } from './format-issues.js';
import { deepFreeze, hashConfig } from './canonical-json.js';
import { endpointProblem } from '../transport/endpoint.js';

export const strategySectionSchema = z
  .object({
    /** Registered strategy name or a path to a strategy module. */
    name: z.string().min(1).default('ema-cross'),
    /** Validated by the strategy's own schema. */
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const dataSectionSchema = z
  .object({
    /**
     * csv / parquet: one bar file; vbt_cache: a folder of day files (DOLPHIN); trade_ticks /
     * quote_ticks: one CSV or Parquet file of ticks (Nautilus engine only). Inferred when absent:
     * a folder is vbt_cache, a file with bid and ask columns quote ticks, one with price and
     * quantity columns (and no close) trade ticks, any other file bars.
     */
    kind: z.enum(['csv', 'parquet', 'vbt_cache', 'trade_ticks', 'quote_ticks']).optional(),
    path: z.string().min(1).optional(),
    bar_type: z.string().min(1).default('BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL'),
    /** The instrument tick data prices (default: the venue's instrument when it has one). */
    instrument_id: z.string().min(1).optional(),
    /** Binance klines are stamped at the bar open: shift by the bar length so ts = close. */
    timestamp_convention: z.enum(['open', 'close']).default('open'),
  })
  .strict();

/** An endpoint the host binds: the rules of {@link endpointProblem}, message naming the fix. */
const bindEndpoint = z.string().superRefine((endpoint, ctx) => {
  const problem = endpointProblem(endpoint, 'bind');
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

export const transportSectionSchema = z
  .object({
    /** ROUTER endpoint; default: a fresh ipc socket in the temp folder. */
    endpoint: bindEndpoint.optional(),
    /** Telemetry PUB endpoint (risk events, posture); off when absent. */
    telemetry_endpoint: bindEndpoint.optional(),
    reply_timeout_ms: z.number().int().min(100).max(3_600_000).default(30_000),
    handshake_timeout_ms: z.number().int().min(100).max(600_000).default(20_000),
    heartbeat_interval_ms: z.number().int().min(50).max(60_000).default(1000),
    fail_safe: z.enum(['hold', 'flatten', 'cancel_entries']).default('hold'),
    /** Busy-poll before blocking on a lockstep reply, microseconds (0 = block at once). */
    spin_wait_us: z.number().int().min(0).max(100_000).default(300),
  })
  .strict()
  .superRefine((t, ctx) => {
    // Both are bound by the host: the second bind would fail with "Address already in use".
    if (t.telemetry_endpoint !== undefined && t.telemetry_endpoint === t.endpoint) {
      ctx.addIssue({ code: 'custom', path: ['telemetry_endpoint'], message: 'is the ROUTER endpoint too (transport.endpoint); give the telemetry socket its own port or path' });
    }
  });

export const loggingSectionSchema = z
  .object({
    level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Nautilus's own log level in the Python runner (OFF bypasses its logging). */
    nautilus_level: z.enum(['OFF', 'ERROR', 'WARNING', 'INFO', 'DEBUG']).default('ERROR'),
  })
  .strict();

/** Which host-side controls run around the strategy, and where their state lives. */
export const controlsSectionSchema = z
  .object({
    /** Layer-3 risk (seed 000) on every entry: session limits, exposure and leverage caps, ctx.risk. */
    risk: z.boolean().default(true),
    /** Survival posture control (seed 002 section 11) on every strategy. */
    survival: z.boolean().default(true),
    /** memory (backtests) or file (live: a restart restores counters, PnL, halts, posture). */
    state_backend: z.enum(['memory', 'file']).default('memory'),
    state_path: z.string().min(1).default('state/dolphin-state.json'),
    /**
     * On tick data the controls run on time bars of this many seconds built from the ticks (the
     * risk engine's volatility, the survival stack's evaluations); bar data drives them directly.
     */
    tick_bar_seconds: z.number().int().positive().max(86_400).default(60),
  })
  .strict();

export const settingsSchema = z
  .object({
    strategy: strategySectionSchema.default({ name: 'ema-cross', params: {} }),
    venue: venueConfigSchema.default(venueConfigSchema.parse({})),
    data: dataSectionSchema.default(dataSectionSchema.parse({})),
    transport: transportSectionSchema.default(transportSectionSchema.parse({})),
    logging: loggingSectionSchema.default(loggingSectionSchema.parse({})),
    controls: controlsSectionSchema.default(controlsSectionSchema.parse({})),
    risk: riskConfigSchema.default(riskConfigSchema.parse({})),
    survival: survivalConfigSchema.default(survivalConfigSchema.parse({})),
    /** Injected faults for drills (forced MC status days, drawdown windows); empty by default. */
    faults: faultsSchema.default(faultsSchema.parse({})),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

/** A validated, frozen configuration with its id. */
export interface LoadedSettings {
  readonly settings: Settings;
  /** sha256 of the canonical JSON of the parsed settings. */
  readonly hash: string;
  readonly source: string;
}

/**
 * Reads a YAML or JSON file into a plain object.
 * @throws ConfigError when the file cannot be read or parsed, naming the file.
 */
export function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err: unknown) {
    throw new ConfigError(path, [`cannot read the file: ${err instanceof Error ? err.message : String(err)}`]);
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err: unknown) {
    throw new ConfigError(path, [`not valid YAML/JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigError(path, ['(root): must be a mapping of sections']);
  return doc as Record<string, unknown>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Deep-merges `over` into `base` (objects merge, arrays and scalars replace). */
export function mergeConfig(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? mergeConfig(b, v) : v;
  }
  return out;
}

/**
 * Validates a raw configuration object against `schema` and freezes it.
 * @throws ConfigError with one line per bad key.
 */
export function parseConfig<S extends z.ZodType>(schema: S, raw: unknown, source: string): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ConfigError(source, formatZodIssues(result.error, raw, '', schema));
  return deepFreeze(result.data);
}

/**
 * Loads settings: the `base` file (config/settings.yaml), then `files` (later ones override
 * earlier ones), then overrides from flags.
 * @throws ConfigError naming the file and every bad key.
 */
export function loadSettings(files: readonly string[], overrides: Record<string, unknown> = {}, base?: string): LoadedSettings {
  let raw: Record<string, unknown> = base ? readConfigFile(base) : {};
  for (const f of files) raw = mergeConfig(raw, readConfigFile(f));
  raw = mergeConfig(raw, overrides);
  const source = [...(base ? [base] : []), ...files, ...(Object.keys(overrides).length > 0 ? ['command-line flags'] : [])].join(' + ') || 'defaults';
  const settings = parseConfig(settingsSchema, raw, source);
  return { settings, hash: hashConfig(settings), source };
}
