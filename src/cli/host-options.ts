/**
 * The DolphinHost options every command starts the host with: the run's strategy, transport
 * settings, config hash, and per-session extras (host controls and strategy services).
 */
import type { DolphinHostOptions } from '../host/index.js';
import { systemClock } from '../host/index.js';
import { findStrategy } from '../strategies/index.js';
import type { RunContext } from './run-context.js';

export function hostOptions(
  ctx: RunContext,
  endpoint: string,
  more: Partial<Pick<DolphinHostOptions, 'telemetryEndpoint' | 'extrasFor' | 'onSession'>> = {},
): DolphinHostOptions {
  return {
    endpoint,
    log: ctx.log,
    wallClock: systemClock,
    defaultStrategy: ctx.strategy,
    defaultParams: ctx.params,
    findStrategy,
    heartbeatIntervalMs: ctx.settings.transport.heartbeat_interval_ms,
    replyTimeoutMs: ctx.settings.transport.reply_timeout_ms,
    configHash: ctx.configHash,
    ...more,
  };
}
