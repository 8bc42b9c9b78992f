"""A scripted stand-in for the Dolphin host: a pyzmq ROUTER in a thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import zmq

from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb

Reply = pb.Envelope | bytes
Script = Callable[[pb.Envelope, "FakeHost"], list[Reply]]

ALL_KINDS = [
    pb.EVENT_KIND_BAR,
    pb.EVENT_KIND_ORDER,
    pb.EVENT_KIND_POSITION,
    pb.EVENT_KIND_ACCOUNT,
]


def welcome_for(
    bar_types: list[str],
    decision_events: list[int] | None = None,
    group_bars_by_ts: bool = False,
    protocol_version: int = pb.PROTOCOL_VERSION_CURRENT,
    heartbeat_interval_ms: int = 0,
) -> pb.Envelope:
    """A Welcome subscribing the given bar types."""
    env = pb.Envelope()
    w = env.welcome
    w.protocol_version = protocol_version
    w.session_id = "S-1"
    w.strategy_name = "fake"
    w.strategy_version = "0.0.1"
    for bar_type in bar_types:
        w.subscriptions.add(kind=pb.Subscription.KIND_BARS, bar_type=bar_type)
    w.decision_events.extend([pb.EVENT_KIND_BAR] if decision_events is None else decision_events)
    w.group_bars_by_ts = group_bars_by_ts
    w.heartbeat_interval_ms = heartbeat_interval_ms
    return env


def decision(request: pb.Envelope, *commands: pb.Command) -> pb.Envelope:
    """A Decision answering `request` with `commands`."""
    env = pb.Envelope()
    env.decision.in_reply_to = request.seq
    env.decision.commands.extend(commands)
    return env


def no_commands(request: pb.Envelope, _host: FakeHost) -> list[Reply]:
    """Script: answer every request with an empty Decision."""
    return [decision(request)]


@dataclass
class FakeHost:
    """
    Binds a ROUTER at `endpoint` and answers Hello with `welcome` (or `reject`), then every
    request with what `script(request, host)` returns (Envelopes are stamped; bytes go raw).
    Set `silent` to answer nothing after the handshake.
    """

    endpoint: str
    welcome: pb.Envelope | None = None
    reject: pb.Envelope | None = None
    script: Script = no_commands
    silent: bool = False
    answer_hello: bool = True
    notify: Script | None = None
    heartbeat_ms: int = 0
    heartbeating: bool = True
    received: list[pb.Envelope] = field(default_factory=list)
    seq: int = 0
    peer: bytes | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _ready: threading.Event = field(default_factory=threading.Event)
    errors: list[BaseException] = field(default_factory=list)
    _outbox: list[Reply] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __enter__(self) -> FakeHost:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(5):
            raise RuntimeError("fake host did not bind")
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        if self.errors:
            raise self.errors[0]

    def push(self, reply: Reply) -> None:
        """Queues an unsolicited frame to the shim (sent from the host thread)."""
        with self._lock:
            self._outbox.append(reply)

    def bodies(self) -> list[str]:
        return [e.WhichOneof("body") or "?" for e in self.received]

    def of(self, body: str) -> list[Any]:
        return [getattr(e, body) for e in self.received if e.WhichOneof("body") == body]

    def wait_for(self, predicate: Callable[[], bool], timeout_s: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.005)
        return predicate()

    def _send(self, sock: zmq.Socket, reply: Reply) -> None:
        if isinstance(reply, bytes):
            sock.send_multipart([self.peer, reply])
            return
        self.seq += 1
        reply.seq = self.seq
        reply.ack = self.received[-1].seq if self.received else 0
        reply.session_id = "S-1"
        sock.send_multipart([self.peer, reply.SerializeToString()])

    def _run(self) -> None:
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.ROUTER)
        sock.setsockopt(zmq.LINGER, 0)
        try:
            sock.bind(self.endpoint)
            self._ready.set()
            next_beat = time.monotonic()
            while not self._stop.is_set():
                with self._lock:
                    outbox, self._outbox = self._outbox, []
                for reply in outbox:
                    if self.peer is not None:
                        self._send(sock, reply)
                if (
                    self.heartbeat_ms
                    and self.heartbeating
                    and self.peer is not None
                    and time.monotonic() >= next_beat
                ):
                    beat = pb.Envelope()
                    beat.heartbeat.sent_ns = time.time_ns()
                    self._send(sock, beat)
                    next_beat = time.monotonic() + self.heartbeat_ms / 1000
                if not sock.poll(2):
                    continue
                # A message may carry several Envelope frames (lockstep batches notifications
                # with the next request): handle them in order.
                peer, *frames = sock.recv_multipart()
                self.peer = peer
                for frame in frames:
                    env = pb.Envelope.FromString(frame)
                    self.received.append(env)
                    for reply in self._answer(env):
                        self._send(sock, reply)
        except BaseException as exc:  # surfaced in __exit__
            self.errors.append(exc)
        finally:
            sock.close(linger=0)

    def _answer(self, env: pb.Envelope) -> list[Reply]:
        body = env.WhichOneof("body")
        if body == "hello":
            if not self.answer_hello:
                return []
            if self.reject is not None:
                return [self.reject]
            return [self.welcome] if self.welcome is not None else []
        if self.silent:
            return []
        if not env.await_decision:
            return self.notify(env, self) if self.notify is not None else []
        return self.script(env, self)
