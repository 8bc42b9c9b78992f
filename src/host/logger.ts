/**
 * The host's pino root logger (one per process) and the adapter that hands strategies a
 * {@link StrategyLogger}. `msg` is a stable event name; fields are camelCase with units.
 */
import { pino, type Logger, type LevelWithSilent } from 'pino';
import type { StrategyLogger } from '../strategy/index.js';

export interface LoggerOptions {
  readonly level?: LevelWithSilent;
  /** Write to this file descriptor (default 2: stderr, so stdout stays for results). */
  readonly fd?: number;
}

/** Creates the root logger. */
export function createRootLogger(options: LoggerOptions = {}): Logger {
  return pino({ level: options.level ?? 'info', base: { app: 'dolphin' } }, pino.destination({ fd: options.fd ?? 2, sync: true }));
}

/**
 * The logger of a batch run (backtest, paired): every line at `level` into `file` (JSON lines),
 * and errors also on stderr, so the terminal stays readable (a blocked strategy can produce a
 * warning per bar; they are all in the file).
 */
export function createRunLogger(file: string, level: LevelWithSilent = 'info'): Logger {
  const streams = pino.multistream([
    { level: level === 'silent' ? 'fatal' : level, stream: pino.destination({ dest: file, sync: true, mkdir: true, append: false }) },
    { level: 'error', stream: pino.destination({ fd: 2, sync: true }) },
  ]);
  return pino({ level, base: { app: 'dolphin' } }, streams);
}

/** A strategy-facing logger writing through `log` (a child of the root). */
export function strategyLogger(log: Logger): StrategyLogger {
  return {
    debug: (event, fields) => {
      if (log.isLevelEnabled('debug')) log.debug(fields ?? {}, event);
    },
    info: (event, fields) => { log.info(fields ?? {}, event); },
    warn: (event, fields) => { log.warn(fields ?? {}, event); },
    error: (event, fields) => { log.error(fields ?? {}, event); },
  };
}
