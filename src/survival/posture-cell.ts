/**
 * The posture the strategy and the gate see, updated only at bar boundaries: evaluations made
 * between bars (a watchdog timer, a grid listener) are offered through a {@link PendingUpdate}
 * and applied by the bar loop at the start of the next bar (seed 002 section 14.2).
 */
import { InvariantError } from '../market/index.js';
import type { Posture, PostureView } from '../strategy/index.js';
import { PendingUpdate } from './pending-update.js';

/** A posture change applied at a bar start. */
export interface PostureTransition {
  readonly previous: PostureView;
  readonly current: PostureView;
  /** True when the posture itself changed (not only rm). */
  readonly postureChanged: boolean;
}

/** Holds the applied posture; see the module comment. */
export class PostureCell {
  private view: PostureView;
  /** Updates waiting for the next bar; the newest wins. */
  readonly pending = new PendingUpdate<PostureView>();

  /**
   * @param initial the posture before any update (default APEX, rm 1).
   * @throws InvariantError when rm is outside [0, 1].
   */
  constructor(initial: PostureView = { posture: 'APEX', rm: 1 }) {
    this.view = checked(initial.posture, initial.rm);
  }

  /** The applied posture; pass `() => cell.current()` as the runner's `posture` option. */
  current(): PostureView {
    return this.view;
  }

  /** Queues a posture for the next bar (callable from anywhere, any time). */
  offer(posture: Posture, rm: number): void {
    this.pending.set(checked(posture, rm));
  }

  /** Applies the queued posture; call at the start of a bar. Returns the transition, or null. */
  applyPending(): PostureTransition | null {
    const next = this.pending.take();
    if (next === undefined) return null;
    const previous = this.view;
    this.view = next;
    return { previous, current: next, postureChanged: previous.posture !== next.posture };
  }
}

function checked(posture: Posture, rm: number): PostureView {
  if (!(rm >= 0 && rm <= 1)) throw new InvariantError('posture rm', 'not in [0, 1]', rm);
  return Object.freeze({ posture, rm });
}
