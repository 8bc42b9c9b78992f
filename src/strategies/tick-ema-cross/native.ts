/**
 * The native Nautilus strategy `tick-ema-cross` matches rule for rule:
 * python_bridge/dolphin_bridge/tick_ema_cross.py (TickEMACross), for `dolphin paired --reference
 * native` on tick data.
 */
import type { NativeReference } from '../ema-cross/native.js';
import type { TickEmaCrossParams } from './index.js';

/** TickEMACross with the port's parameters. */
export function tickEmaCrossNativeReference(p: TickEmaCrossParams): NativeReference {
  return {
    class_path: 'dolphin_bridge.tick_ema_cross:TickEMACross',
    config_path: 'dolphin_bridge.tick_ema_cross:TickEMACrossConfig',
    config: {
      ...(p.instrument_id === undefined ? {} : { instrument_id: p.instrument_id }),
      source: p.source,
      trade_size: String(p.trade_size),
      fast_ema_period: p.fast_ema_period,
      slow_ema_period: p.slow_ema_period,
      min_interval_ms: p.min_interval_ms,
      close_positions_on_stop: p.close_positions_on_stop,
    },
  };
}
