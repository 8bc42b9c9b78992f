/**
 * The ROUTER socket the host binds (tcp or ipc; inproc in tests): feeds received frames to a
 * {@link BridgeServer} one at a time, in order, and sends through one FIFO {@link SendQueue}.
 */
import * as zmq from 'zeromq';
import type { Logger } from 'pino';
import { BridgeServer, type BridgeServerOptions, type FrameSink } from './bridge-server.js';
import { SendQueue } from './send-queue.js';
import { bindFailureReason, boundEndpoint } from './endpoint.js';
import { TransportError } from './transport-error.js';

export interface RouterTransportOptions extends Omit<BridgeServerOptions, 'endpoint' | 'log'> {
  readonly endpoint: string;
  readonly log: Logger;
  /** Shared ZeroMQ context (tests use one per inproc pair). */
  readonly context?: zmq.Context;
}

/** A bound ROUTER with its protocol core; see the module comment. */
export class RouterTransport {
  readonly server: BridgeServer;
  private readonly queue: SendQueue;
  private loop: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    private readonly socket: zmq.Router,
    readonly endpoint: string,
    private readonly log: Logger,
    options: RouterTransportOptions,
  ) {
    this.queue = new SendQueue(
      (frames) => this.socket.send(frames),
      (err) => { this.log.warn({ err, endpoint }, 'send_failed'); },
    );
    const sink: FrameSink = { send: (peer, frame) => { this.queue.push([peer, frame]); } };
    this.server = new BridgeServer(sink, { ...options, endpoint, log });
  }

  /**
   * Binds a ROUTER at `endpoint` and starts serving.
   * @throws TransportError code 'bind' when the endpoint cannot be bound (in use, bad path).
   */
  static async bind(options: RouterTransportOptions): Promise<RouterTransport> {
    const socket = new zmq.Router({
      linger: 0,
      mandatory: false,
      ...(options.context ? { context: options.context } : {}),
    });
    try {
      await socket.bind(options.endpoint);
    } catch (err: unknown) {
      socket.close();
      throw new TransportError('bind', `cannot bind ${options.endpoint}: ${bindFailureReason(options.endpoint, err instanceof Error ? err.message : String(err))}`, false, { cause: err });
    }
    // From here on the endpoint is the one bound (a wildcard port resolved): logs and the shim's
    // config name it.
    const endpoint = boundEndpoint(socket, options.endpoint);
    const t = new RouterTransport(socket, endpoint, options.log, { ...options, endpoint });
    t.loop = t.receiveLoop();
    const hb = options.heartbeatIntervalMs ?? 1000;
    t.timer = setInterval(() => { t.server.tick(); }, Math.max(50, Math.floor(hb / 2)));
    t.timer.unref();
    return t;
  }

  private async receiveLoop(): Promise<void> {
    try {
      // [peer, frame, frame...]: a message may carry several Envelope frames (a lockstep shim
      // batches its notifications with the next request); they are handled in order.
      for await (const parts of this.socket) {
        const peer = parts[0];
        if (!peer) continue;
        for (let i = 1; i < parts.length; i++) {
          const frame = parts[i];
          if (frame) this.server.handleFrame(peer, frame);
        }
      }
    } catch (err: unknown) {
      if (!this.closed) this.log.error({ err, endpoint: this.endpoint }, 'receive_failed');
    }
  }

  /** Sends Shutdown to every session, flushes, and closes the socket. */
  async close(reason = 'host stopping'): Promise<void> {
    if (this.closed) return;
    this.server.shutdownAll(reason);
    await this.queue.idle();
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.socket.close();
    await this.loop;
  }
}
