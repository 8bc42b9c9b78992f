/**
 * The native Nautilus strategy `ema-cross` ports: examples/strategies/ema_cross.py (EMACross),
 * with the same parameters, for `dolphin paired --reference native`.
 */
import type { EmaCrossParams } from './index.js';

export interface NativeReference {
  readonly class_path: string;
  readonly config_path: string;
  readonly config: Record<string, unknown>;
}

/** EMACross with the port's parameters (names are EMACrossConfig's own). */
export function emaCrossNativeReference(p: EmaCrossParams): NativeReference {
  return {
    class_path: 'nautilus_trader.examples.strategies.ema_cross:EMACross',
    config_path: 'nautilus_trader.examples.strategies.ema_cross:EMACrossConfig',
    config: {
      instrument_id: p.instrument_id,
      bar_type: p.bar_type,
      trade_size: String(p.trade_size),
      fast_ema_period: p.fast_ema_period,
      slow_ema_period: p.slow_ema_period,
      close_positions_on_stop: p.close_positions_on_stop,
      log_events: false,
      log_commands: false,
    },
  };
}
