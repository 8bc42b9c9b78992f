/**
 * The pending-flag pattern (seed 002 section 14.2): an update that arrives between bars (posture,
 * ACB boost) is stored here by whoever receives it and applied by the bar loop at the start of
 * the next bar, never in the middle of one. The newest value wins.
 */
export class PendingUpdate<T> {
  private value: T | undefined = undefined;
  private pending = false;

  /** Stores an update; it replaces any update not yet applied. */
  set(value: T): void {
    this.value = value;
    this.pending = true;
  }

  /** True when an update waits to be applied. */
  get isPending(): boolean {
    return this.pending;
  }

  /** Returns the waiting update and clears it, or undefined when none waits. Call at bar start. */
  take(): T | undefined {
    if (!this.pending) return undefined;
    const v = this.value;
    this.pending = false;
    this.value = undefined;
    return v;
  }
}
