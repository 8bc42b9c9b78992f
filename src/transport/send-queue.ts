/**
 * Serialises sends on one ZeroMQ socket: zeromq.js allows a single pending send() per socket
 * (EBUSY otherwise), so every writer goes through one FIFO queue with at most one send in flight.
 */
export type SendFn = (frames: Uint8Array[]) => Promise<void>;

export class SendQueue {
  private readonly queue: Uint8Array[][] = [];
  private running = false;
  private idleWaiters: Array<() => void> = [];

  /**
   * @param sendFn the socket's send.
   * @param onError called with a failed send's error; the queue keeps draining.
   */
  constructor(
    private readonly sendFn: SendFn,
    private readonly onError: (err: unknown, frames: Uint8Array[]) => void,
  ) {}

  /** Queues one multipart message. */
  push(frames: Uint8Array[]): void {
    this.queue.push(frames);
    if (!this.running) void this.drain();
  }

  /** Resolves once everything queued so far has been handed to the socket. */
  idle(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get pending(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const frames = this.queue.shift() as Uint8Array[];
      try {
        await this.sendFn(frames);
      } catch (err: unknown) {
        this.onError(err, frames);
      }
    }
    this.running = false;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
