"""
The shim's side of the wire: one ZeroMQ DEALER connected to the host's ROUTER.

Lockstep (backtests) is synchronous on the caller's thread: `request()` sends an Envelope with
``await_decision`` and blocks until the matching Decision, busy-polling for `spin_wait_us` first
(the round trip dominates a lockstep backtest) and then blocking in ``poll`` until the deadline.
Bad frames from the host are answered with ProtocolError and the wait goes on.

Async (live) hands the socket to an I/O thread after the handshake (`start_async`). That thread
owns the socket: it stamps and sends queued envelopes, sends heartbeats, watches the host's
liveness and hands every inbound message to the Nautilus loop through `dispatch` (normally
``loop.call_soon_threadsafe``); it never calls into the kernel itself.
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import zmq

from dolphin_bridge.errors import HandshakeRejected, HandshakeTimeout, HostShutdown, LockstepTimeout
from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb

# Bodies the host may legitimately send to a shim.
_HOST_BODIES = frozenset({"welcome", "reject", "heartbeat", "shutdown", "decision"})


class Log(Protocol):
    """The logging surface the transport needs (Nautilus's Logger and logging.Logger both fit)."""

    def info(self, message: str) -> None: ...

    def warning(self, message: str) -> None: ...

    def error(self, message: str) -> None: ...


class _NullLog:
    def info(self, message: str) -> None:
        pass

    def warning(self, message: str) -> None:
        pass

    def error(self, message: str) -> None:
        pass


def _monotonic_ns() -> int:
    return time.monotonic_ns()


# Plain ints: pyzmq's enum flags cost ~1 us per operation in the spin loop.
_EVENTS = int(zmq.EVENTS)
_POLLIN = int(zmq.POLLIN)


def recv_frame(sock: zmq.Socket, spin_ns: int, deadline_ns: int) -> bytes | None:
    """
    Receives one frame: busy-polls for `spin_ns` first, then blocks in ``poll`` until
    `deadline_ns` (``time.monotonic_ns`` clock); None when nothing arrived in time.
    """
    if spin_ns:
        # ZMQ_EVENTS is the cheapest readiness check (no Poller object per call).
        events = sock.getsockopt
        clock = time.perf_counter_ns
        spin_end = clock() + spin_ns
        while True:
            if int(events(_EVENTS)) & _POLLIN:
                return sock.recv()
            if clock() >= spin_end:
                break
    remaining_ms = math.ceil((deadline_ns - _monotonic_ns()) / 1_000_000)
    if sock.poll(max(0, remaining_ms)):
        return sock.recv()
    return None


class BridgeLink:
    """
    A DEALER session with the host: seq/ack bookkeeping, lockstep requests and the async I/O thread.

    Parameters
    ----------
    endpoint : str
        The host's ROUTER endpoint (``ipc://...``, ``tcp://...``, ``inproc://...``).
    spin_wait_us : int, default 300
        Busy-poll this long for a reply before blocking (0 = block at once).
    log : Log, optional
        Where protocol problems are logged (stable event names: ``protocol_error``, ``seq_gap``...).
    context : zmq.Context, optional
        Defaults to the process-wide ``zmq.Context.instance()``.

    """

    def __init__(
        self,
        endpoint: str,
        *,
        spin_wait_us: int = 300,
        log: Log | None = None,
        context: zmq.Context | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.session_id = ""
        self.seq = 0  # last seq sent
        self.ack = 0  # highest seq received from the host
        self._spin_ns = max(0, spin_wait_us) * 1_000
        self._log: Log = log or _NullLog()
        self._ctx = context or zmq.Context.instance()
        self._sock: zmq.Socket | None = None
        self._async: _AsyncWorker | None = None
        self.protocol_errors_sent = 0
        # Lockstep notifications waiting to leave with the next request (see `batch_notifications`).
        self._batch: list[bytes] | None = None

    # Connection ----------------------------------------------------------------------------------

    def connect(self) -> None:
        """Creates the DEALER (linger 0) and connects it; ZeroMQ connects lazily, so this never blocks."""
        sock = self._ctx.socket(zmq.DEALER)
        sock.setsockopt(zmq.LINGER, 0)
        sock.connect(self.endpoint)
        self._sock = sock

    @property
    def is_open(self) -> bool:
        """True between `connect()` and `close()`."""
        return self._sock is not None or self._async is not None

    def close(self, flush_ms: int = 0) -> None:
        """Stops the I/O thread (if any) and closes the socket; `flush_ms` lets queued frames leave."""
        worker, self._async = self._async, None
        if worker is not None:
            worker.stop(flush_ms)
            return
        if self._sock is not None:
            self.flush()
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close(linger=flush_ms)

    # Sending -------------------------------------------------------------------------------------

    def batch_notifications(self, enabled: bool) -> None:
        """
        Lockstep only: hold notifications and send them with the next request as one multipart
        ZeroMQ message (one Envelope per frame, in order). The host processes the frames as if they
        had arrived one by one, so its state at the request is the same; the bridge saves a send and
        two thread wake-ups per notification. `flush()` sends what is held.
        """
        if not enabled:
            self.flush()
        self._batch = [] if enabled else None

    def flush(self) -> None:
        """Sends the held notifications now (no-op when none are held or batching is off)."""
        batch = self._batch
        if batch:
            frames = list(batch)
            batch.clear()
            self._socket().send_multipart(frames)

    def stamp(self, env: pb.Envelope, ts_ns: int, await_decision: bool = False) -> int:
        """Assigns the next seq, the ack, ts and session id to `env`; returns the seq."""
        self.seq += 1
        env.seq = self.seq
        env.ack = self.ack
        env.ts_ns = ts_ns
        env.session_id = self.session_id
        env.await_decision = await_decision
        return self.seq

    def send(self, env: pb.Envelope, ts_ns: int, await_decision: bool = False) -> int:
        """Stamps and sends one Envelope (queued to the I/O thread in async mode); returns its seq."""
        worker = self._async
        if worker is not None:
            worker.enqueue(env, await_decision, None)
            return 0
        seq = self.stamp(env, ts_ns, await_decision)
        batch = self._batch
        if batch is None:
            self._socket().send(env.SerializeToString())
        elif await_decision:
            batch.append(env.SerializeToString())
            frames = list(batch)
            batch.clear()
            self._socket().send_multipart(frames)
        else:
            batch.append(env.SerializeToString())
        return seq

    def send_protocol_error(
        self, code: pb.ProtocolErrorCode, detail: str, offending_seq: int, ts_ns: int
    ) -> None:
        """Sends ProtocolError and logs it as ``protocol_error``."""
        self._log.warning(
            f"protocol_error code={pb.ProtocolErrorCode.Name(code)} seq={offending_seq} {detail}"
        )
        env = pb.Envelope()
        env.protocol_error.code = code
        env.protocol_error.detail = detail
        env.protocol_error.offending_seq = offending_seq
        self.protocol_errors_sent += 1
        self.send(env, ts_ns)
        self.flush()

    # Lockstep ------------------------------------------------------------------------------------

    def handshake(self, hello: pb.Envelope, ts_ns: int, timeout_ms: int) -> pb.Welcome:
        """
        Sends Hello and waits for Welcome.

        Raises
        ------
        HandshakeRejected
            On Reject, or a Welcome with another protocol version.
        HandshakeTimeout
            When nothing usable arrives within `timeout_ms`.

        """
        self.send(hello, ts_ns, await_decision=False)
        deadline = _monotonic_ns() + timeout_ms * 1_000_000
        while True:
            env = self._receive(deadline, ts_ns)
            if env is None:
                raise HandshakeTimeout(self.endpoint, timeout_ms)
            body = env.WhichOneof("body")
            if body == "welcome":
                welcome = env.welcome
                if welcome.protocol_version != pb.PROTOCOL_VERSION_CURRENT:
                    raise HandshakeRejected(
                        self.endpoint,
                        "PROTOCOL_VERSION",
                        f"the host speaks protocol version {welcome.protocol_version}, this shim speaks "
                        f"{pb.PROTOCOL_VERSION_CURRENT}; upgrade one side",
                    )
                self.session_id = welcome.session_id
                return welcome
            if body == "reject":
                raise HandshakeRejected(
                    self.endpoint, pb.RejectCode.Name(env.reject.code), env.reject.reason or "no reason given"
                )
            if body == "shutdown":
                raise HostShutdown(self.endpoint, env.shutdown.reason)
            self._unexpected(env, body, ts_ns, "while waiting for Welcome")

    def request(self, env: pb.Envelope, ts_ns: int, timeout_ms: int) -> pb.Decision:
        """
        Sends `env` as a request and blocks until the Decision that answers it.

        Malformed frames, unknown message types and Decisions for another request are answered
        with ProtocolError and the wait continues (the deadline does not move).

        Raises
        ------
        LockstepTimeout
            When no matching Decision arrives within `timeout_ms` (the message names the endpoint).
        HostShutdown
            When the host sends Shutdown instead.

        """
        kind = env.WhichOneof("body") or "unknown"
        seq = self.send(env, ts_ns, await_decision=True)
        deadline = _monotonic_ns() + timeout_ms * 1_000_000
        while True:
            reply = self._receive(deadline, ts_ns)
            if reply is None:
                raise LockstepTimeout(self.endpoint, timeout_ms, seq, kind)
            body = reply.WhichOneof("body")
            if body == "decision":
                decision = reply.decision
                if decision.in_reply_to == seq:
                    return decision
                self.send_protocol_error(
                    pb.PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE,
                    f"Decision answers seq {decision.in_reply_to} but the pending request is seq {seq}",
                    reply.seq,
                    ts_ns,
                )
                continue
            if body == "shutdown":
                raise HostShutdown(self.endpoint, reply.shutdown.reason)
            if body == "heartbeat":
                continue
            self._unexpected(reply, body, ts_ns, f"while waiting for the Decision to seq {seq}")

    def _unexpected(self, env: pb.Envelope, body: str | None, ts_ns: int, when: str) -> None:
        if body is None:
            self.send_protocol_error(
                pb.PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE,
                f"frame seq {env.seq} carries no message type this shim knows {when}",
                env.seq,
                ts_ns,
            )
        else:
            self.send_protocol_error(
                pb.PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE,
                f"unexpected {body} from the host {when}",
                env.seq,
                ts_ns,
            )

    def _socket(self) -> zmq.Socket:
        sock = self._sock
        if sock is None:
            raise RuntimeError(f"the link to {self.endpoint} is not connected")
        return sock

    def _receive(self, deadline_ns: int, ts_ns: int) -> pb.Envelope | None:
        """Next decodable Envelope before the deadline (bad frames are answered and skipped)."""
        while True:
            frame = self._recv_frame(deadline_ns)
            if frame is None:
                return None
            env = self._decode(frame, ts_ns)
            if env is not None:
                return env

    def _recv_frame(self, deadline_ns: int) -> bytes | None:
        return recv_frame(self._socket(), self._spin_ns, deadline_ns)

    def _decode(self, frame: bytes, ts_ns: int) -> pb.Envelope | None:
        try:
            env = pb.Envelope.FromString(frame)
        except Exception as exc:  # DecodeError; any parse failure is a malformed frame
            self.send_protocol_error(
                pb.PROTOCOL_ERROR_CODE_MALFORMED_FRAME,
                f"undecodable frame of {len(frame)} bytes: {exc}",
                0,
                ts_ns,
            )
            return None
        self._note_seq(env, ts_ns)
        return env

    def _note_seq(self, env: pb.Envelope, ts_ns: int) -> None:
        expected = self.ack + 1
        if env.seq != expected and env.seq != 0:
            self._log.warning(f"seq_gap expected={expected} got={env.seq}")
        if env.seq > self.ack:
            self.ack = env.seq

    # Async ---------------------------------------------------------------------------------------

    def start_async(
        self,
        *,
        heartbeat_interval_ms: int,
        dispatch: Callable[..., Any],
        on_message: Callable[[pb.Envelope], None],
        on_host_lost: Callable[[], None],
        clock_ns: Callable[[], int] = time.time_ns,
    ) -> None:
        """
        Hands the socket to an I/O thread (after the handshake).

        The thread sends queued frames and a Heartbeat every `heartbeat_interval_ms`; it calls
        ``dispatch(on_message, env)`` for every Decision/Shutdown from the host and
        ``dispatch(on_host_lost)`` once when the host has been silent for three intervals.
        `dispatch` must marshal onto the Nautilus loop (``loop.call_soon_threadsafe``).
        """
        sock = self._socket()
        self._sock = None
        worker = _AsyncWorker(
            link=self,
            sock=sock,
            interval_ns=heartbeat_interval_ms * 1_000_000,
            dispatch=dispatch,
            on_message=on_message,
            on_host_lost=on_host_lost,
            clock_ns=clock_ns,
        )
        self._async = worker
        worker.start()

    def request_async(self, env: pb.Envelope, timeout_ms: int) -> pb.Decision | None:
        """Async mode: sends a request and waits (this thread) for its Decision; None on timeout."""
        worker = self._async
        if worker is None:
            raise RuntimeError("request_async needs start_async first")
        slot: queue.Queue[pb.Decision] = queue.Queue(maxsize=1)
        worker.enqueue(env, True, slot)
        try:
            return slot.get(timeout=timeout_ms / 1000)
        except queue.Empty:
            return None

    @property
    def host_lost(self) -> bool:
        """Async: True once the host was declared lost."""
        return self._async is not None and self._async.lost


class _AsyncWorker:
    """The I/O thread of async mode; it alone touches the DEALER after `start_async`."""

    def __init__(
        self,
        *,
        link: BridgeLink,
        sock: zmq.Socket,
        interval_ns: int,
        dispatch: Callable[..., Any],
        on_message: Callable[[pb.Envelope], None],
        on_host_lost: Callable[[], None],
        clock_ns: Callable[[], int],
    ) -> None:
        self._link = link
        self._sock = sock
        self._interval_ns = interval_ns
        self._dispatch = dispatch
        self._on_message = on_message
        self._on_host_lost = on_host_lost
        self._clock_ns = clock_ns
        self._outbox: queue.SimpleQueue[tuple[pb.Envelope, bool, queue.Queue[pb.Decision] | None]] = (
            queue.SimpleQueue()
        )
        self._waiting: dict[int, queue.Queue[pb.Decision]] = {}
        wake_addr = f"inproc://dolphin-wake-{id(self)}"
        ctx = link._ctx
        self._wake_rx = ctx.socket(zmq.PAIR)
        self._wake_rx.bind(wake_addr)
        self._wake_tx = ctx.socket(zmq.PAIR)
        self._wake_tx.setsockopt(zmq.LINGER, 0)
        self._wake_tx.connect(wake_addr)
        self._wake_lock = threading.Lock()
        self._stop = threading.Event()
        self._flush_ms = 0
        self.lost = False
        self._thread = threading.Thread(target=self._run, name="dolphin-bridge-io", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def enqueue(self, env: pb.Envelope, await_decision: bool, slot: queue.Queue[pb.Decision] | None) -> None:
        self._outbox.put((env, await_decision, slot))
        self._wake()

    def _wake(self) -> None:
        with self._wake_lock:
            try:
                self._wake_tx.send(b"", zmq.NOBLOCK)
            except zmq.Again:
                pass  # a wake-up is already pending

    def stop(self, flush_ms: int) -> None:
        self._flush_ms = flush_ms
        self._stop.set()
        self._wake()
        self._thread.join(timeout=5.0)
        with self._wake_lock:
            self._wake_tx.close(linger=0)

    def _run(self) -> None:
        sock = self._sock
        poller = zmq.Poller()
        poller.register(sock, zmq.POLLIN)
        poller.register(self._wake_rx, zmq.POLLIN)
        now = _monotonic_ns()
        last_heard = now
        next_beat = now
        try:
            while True:
                self._drain_outbox(sock)
                if self._stop.is_set():
                    break
                now = _monotonic_ns()
                if now >= next_beat:
                    self._send_heartbeat(sock)
                    next_beat = now + self._interval_ns
                if not self.lost and now - last_heard > 3 * self._interval_ns:
                    self.lost = True
                    self._dispatch(self._on_host_lost)
                timeout_ms = max(1, math.ceil((next_beat - now) / 1_000_000))
                events = dict(poller.poll(timeout_ms))
                if self._wake_rx in events:
                    while self._wake_rx.poll(0):
                        self._wake_rx.recv()
                if sock in events:
                    while sock.poll(0):
                        self._handle_frame(sock, sock.recv())
                    last_heard = _monotonic_ns()
        finally:
            sock.close(linger=self._flush_ms)
            self._wake_rx.close(linger=0)

    def _drain_outbox(self, sock: zmq.Socket) -> None:
        link = self._link
        while True:
            try:
                env, await_decision, slot = self._outbox.get_nowait()
            except queue.Empty:
                return
            seq = link.stamp(env, self._clock_ns(), await_decision)
            if slot is not None:
                self._waiting[seq] = slot
            sock.send(env.SerializeToString())

    def _send_heartbeat(self, sock: zmq.Socket) -> None:
        env = pb.Envelope()
        now = self._clock_ns()
        env.heartbeat.sent_ns = now
        self._link.stamp(env, now)
        sock.send(env.SerializeToString())

    def _handle_frame(self, sock: zmq.Socket, frame: bytes) -> None:
        link = self._link
        try:
            env = pb.Envelope.FromString(frame)
        except Exception as exc:
            self._protocol_error(sock, pb.PROTOCOL_ERROR_CODE_MALFORMED_FRAME, f"undecodable frame: {exc}", 0)
            return
        link._note_seq(env, 0)
        body = env.WhichOneof("body")
        if body == "heartbeat":
            return
        if body == "decision":
            slot = self._waiting.pop(env.decision.in_reply_to, None)
            if slot is not None:
                slot.put(env.decision)
                return
            if env.decision.in_reply_to != 0:
                self._protocol_error(
                    sock,
                    pb.PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE,
                    f"Decision answers seq {env.decision.in_reply_to}, which awaits nothing",
                    env.seq,
                )
                return
            self._dispatch(self._on_message, env)
            return
        if body == "shutdown":
            self._dispatch(self._on_message, env)
            return
        if body is None or body not in _HOST_BODIES:
            code = (
                pb.PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE
                if body is None
                else pb.PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE
            )
            self._protocol_error(sock, code, f"unexpected {body or 'unknown message'} from the host", env.seq)
            return
        self._protocol_error(
            sock, pb.PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE, f"unexpected {body} after the handshake", env.seq
        )

    def _protocol_error(
        self, sock: zmq.Socket, code: pb.ProtocolErrorCode, detail: str, offending_seq: int
    ) -> None:
        link = self._link
        link._log.warning(
            f"protocol_error code={pb.ProtocolErrorCode.Name(code)} seq={offending_seq} {detail}"
        )
        env = pb.Envelope()
        env.protocol_error.code = code
        env.protocol_error.detail = detail
        env.protocol_error.offending_seq = offending_seq
        link.protocol_errors_sent += 1
        link.stamp(env, self._clock_ns())
        sock.send(env.SerializeToString())
