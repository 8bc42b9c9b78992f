/**
 * Turns Nautilus position events into realized-PnL deltas for the session limits. A position's
 * `realizedPnl` is cumulative for that position and includes commissions (Nautilus
 * Position.realized_pnl), so the opening fee shows up as a small negative delta at open and the
 * rest when the position is reduced or closed.
 */
import type { PositionEvent } from '../strategy/index.js';

export class RealizedPnlTracker {
  private readonly lastByPosition = new Map<string, number>();

  /** The realized PnL this event adds (settlement currency; 0 when nothing new was realized). */
  onPositionEvent(event: PositionEvent): number {
    const p = event.position;
    const key = `${p.instrumentId}|${p.positionId}`;
    const current = Number.isFinite(p.realizedPnl) ? p.realizedPnl : 0;
    const previous = event.kind === 'position-opened' ? 0 : (this.lastByPosition.get(key) ?? 0);
    if (event.kind === 'position-closed') this.lastByPosition.delete(key);
    else this.lastByPosition.set(key, current);
    return current - previous;
  }
}
