/**
 * The only source of time for pure modules. In lockstep and in the in-process backtester the time
 * is the event time, set by the driver before each dispatch; live, the host injects a wall clock.
 */
export interface Clock {
  /** Current time, milliseconds since the UNIX epoch (UTC). */
  nowMs(): number;
  /** Current time, nanoseconds since the UNIX epoch (UTC). */
  nowNs(): bigint;
}

/** A clock that only moves when told to: the event clock of lockstep runs and backtests. */
export class ManualClock implements Clock {
  private ns: bigint;
  private ms: number;

  /** @param startNs initial time in nanoseconds (default 0). */
  constructor(startNs = 0n) {
    this.ns = startNs;
    this.ms = Number(startNs / 1_000_000n);
  }

  nowMs(): number {
    return this.ms;
  }

  nowNs(): bigint {
    return this.ns;
  }

  /** Sets the time in nanoseconds. Time may not go backwards. */
  setNs(ns: bigint): void {
    if (ns < this.ns) throw new RangeError(`invalid clock time, before the current ${this.ns}, was ${ns}`);
    this.ns = ns;
    this.ms = Number(ns / 1_000_000n);
  }

  /** Sets the time in milliseconds (integral). Time may not go backwards. */
  setMs(ms: number): void {
    if (ms < this.ms) throw new RangeError(`invalid clock time, before the current ${this.ms}, was ${ms}`);
    this.ms = ms;
    this.ns = BigInt(ms) * 1_000_000n;
  }
}

/** Converts nanoseconds to whole milliseconds (floor). */
export function nsToMs(ns: bigint): number {
  return Number(ns / 1_000_000n);
}

/** Converts whole milliseconds to nanoseconds. */
export function msToNs(ms: number): bigint {
  return BigInt(Math.trunc(ms)) * 1_000_000n;
}

/** ISO-8601 with nanoseconds, e.g. `2022-01-01T00:01:00.000000000Z`. */
export function formatIsoNs(ns: bigint): string {
  const ms = ns / 1_000_000n;
  const base = new Date(Number(ms)).toISOString(); // 2022-01-01T00:01:00.000Z
  const subMs = (ns % 1_000_000n + 1_000_000n) % 1_000_000n;
  return `${base.slice(0, 23)}${subMs.toString().padStart(6, '0')}Z`;
}
