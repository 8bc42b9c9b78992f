"""
Lockstep latency benchmarks (JSON on stdout): ``python -m dolphin_bridge.bench echo|rt ...``.

``echo``: a raw pyzmq DEALER -> pyzmq ROUTER echo (the ROUTER runs in a subprocess, or a thread
for inproc) with the shim's receive strategy (spin `--spin-us`, then block), N round trips of a
bar-sized frame. ``rt``: connects to a running Dolphin host, does the Hello handshake with one
BTCUSDT-PERP instrument in lockstep mode, then sends N Bar envelopes as requests (real encode and
decode through `BridgeLink`) and measures each round trip to its Decision. Both print
``{"bench", "transport", "n", "p50_us", "p99_us", "mean_us", ...}``.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

import zmq

from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb
from dolphin_bridge.transport import BridgeLink, recv_frame

BAR_TYPE = "BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL"
INSTRUMENT_ID = "BTCUSDT-PERP.BINANCE"
START_NS = 1_640_991_720_000_000_000  # 2021-12-31T23:02:00Z, the first bar close of the shared file
MINUTE_NS = 60_000_000_000


def percentiles(samples_ns: list[int]) -> dict[str, float]:
    """p50 / p99 / mean / min of round trips, in microseconds (nearest-rank percentiles)."""
    ordered = sorted(samples_ns)

    def rank(p: float) -> float:
        return ordered[max(0, math.ceil(p * len(ordered)) - 1)] / 1_000

    return {
        "p50_us": round(rank(0.50), 1),
        "p99_us": round(rank(0.99), 1),
        "mean_us": round(statistics.fmean(ordered) / 1_000, 1),
        "min_us": round(ordered[0] / 1_000, 1),
    }


def bar_envelope(n: int) -> pb.Envelope:
    """The n-th synthetic one-minute bar (a deterministic walk around 46000), as the shim sends it."""
    env = pb.Envelope()
    bar = env.bar
    close = 46_000.0 + 250.0 * math.sin(n / 50.0) + (n % 7) * 0.1
    bar.bar_type = BAR_TYPE
    bar.instrument_id = INSTRUMENT_ID
    bar.open = close - 3.0
    bar.high = close + 5.0
    bar.low = close - 6.0
    bar.close = close
    bar.volume = 1_000_000.0
    bar.ts_event_ns = START_NS + (n - 1) * MINUTE_NS
    bar.ts_init_ns = START_NS + n * MINUTE_NS
    return env


# echo --------------------------------------------------------------------------------------------


def run_echo_server(
    endpoint: str, ready: threading.Event | None = None, context: zmq.Context | None = None
) -> None:
    """A ROUTER that sends every frame straight back (until it receives b"STOP")."""
    ctx: zmq.Context = context or zmq.Context.instance()
    sock = ctx.socket(zmq.ROUTER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.bind(endpoint)
    if ready is not None:
        ready.set()
    else:
        print("READY", flush=True)
    try:
        while True:
            peer, frame = sock.recv_multipart()
            if frame == b"STOP":
                return
            sock.send_multipart([peer, frame])
    finally:
        sock.close(linger=0)


def bench_echo(transport: str, n: int, spin_us: int, warmup: int) -> dict[str, Any]:
    """Raw DEALER -> ROUTER echo round trips with the shim's spin-then-block receive."""
    tmp = tempfile.mkdtemp(prefix="dbb-", dir="/tmp")
    endpoint = {
        "ipc": f"ipc://{tmp}/echo.sock",
        "tcp": "tcp://127.0.0.1:0",
        "inproc": "inproc://dolphin-bench-echo",
    }[transport]
    ctx: zmq.Context = zmq.Context.instance()
    server: subprocess.Popen[str] | threading.Thread
    if transport == "inproc":
        ready = threading.Event()
        server = threading.Thread(target=run_echo_server, args=(endpoint, ready, ctx), daemon=True)
        server.start()
        ready.wait(5)
    else:
        if transport == "tcp":
            endpoint = f"tcp://127.0.0.1:{_free_port()}"
        server = _spawn("_echo-server", endpoint)
    sock = ctx.socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(endpoint)
    payload = bar_envelope(1).SerializeToString()
    spin_ns = spin_us * 1_000
    samples: list[int] = []
    try:
        for i in range(warmup + n):
            t0 = time.perf_counter_ns()
            sock.send(payload)
            if recv_frame(sock, spin_ns, time.monotonic_ns() + 5_000_000_000) is None:
                raise RuntimeError(f"echo over {transport} timed out")
            if i >= warmup:
                samples.append(time.perf_counter_ns() - t0)
        sock.send(b"STOP")
    finally:
        sock.close(linger=100)
        if isinstance(server, subprocess.Popen):
            server.wait(5)
        else:
            server.join(5)
    return {
        "bench": "echo",
        "transport": transport,
        "n": n,
        "spin_wait_us": spin_us,
        "payload_bytes": len(payload),
    } | (percentiles(samples))


def run_reference_host(endpoint: str) -> None:
    """
    A minimal Python host (for `rt --reference-host`, or a backtest's endpoint): Welcome on Hello
    subscribing every offered bar type, an empty Decision to every request, exit on Shutdown. It
    isolates the shim's own encode/decode and wait costs.
    """
    ctx: zmq.Context = zmq.Context.instance()
    sock = ctx.socket(zmq.ROUTER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.bind(endpoint)
    print("READY", flush=True)
    seq = 0
    try:
        while True:
            # One message may carry several Envelope frames (batched lockstep notifications).
            peer, *frames = sock.recv_multipart()
            for frame in frames:
                env = pb.Envelope.FromString(frame)
                body = env.WhichOneof("body")
                reply = pb.Envelope()
                if body == "hello":
                    reply.welcome.protocol_version = pb.PROTOCOL_VERSION_CURRENT
                    reply.welcome.session_id = "REF-1"
                    reply.welcome.strategy_name = "reference"
                    reply.welcome.decision_events.append(pb.EVENT_KIND_BAR)
                    for bar_type in env.hello.bar_types:
                        reply.welcome.subscriptions.add(kind=pb.Subscription.KIND_BARS, bar_type=bar_type)
                elif body == "shutdown":
                    return
                elif env.await_decision:
                    reply.decision.in_reply_to = env.seq
                else:
                    continue
                seq += 1
                reply.seq = seq
                reply.ack = env.seq
                reply.session_id = "REF-1"
                sock.send_multipart([peer, reply.SerializeToString()])
    finally:
        sock.close(linger=0)


def _spawn(mode: str, endpoint: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "dolphin_bridge.bench", mode, endpoint], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "READY":
        raise RuntimeError(f"{mode} did not start")
    return proc


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# rt ----------------------------------------------------------------------------------------------


def hello_envelope(strategy: str) -> pb.Envelope:
    """Hello for one BTCUSDT-PERP instrument (Nautilus's btcusdt_perp_binance values), lockstep."""
    from nautilus_trader.test_kit.providers import TestInstrumentProvider

    from dolphin_bridge import __version__, codec

    env = pb.Envelope()
    hello = env.hello
    hello.protocol_version = pb.PROTOCOL_VERSION_CURRENT
    hello.trader_id = "BENCH-001"
    hello.strategy_id = "BridgeStrategy-000"
    hello.mode = pb.MODE_LOCKSTEP
    hello.instruments.append(codec.encode_instrument(TestInstrumentProvider.btcusdt_perp_binance(), "1"))
    hello.strategy = strategy
    hello.bar_types.append(BAR_TYPE)
    hello.shim_version = __version__
    hello.node_kind = "backtest"
    hello.venue = "BINANCE"
    return env


def bench_rt(
    endpoint: str, n: int, spin_us: int, warmup: int, strategy: str, timeout_ms: int
) -> dict[str, Any]:
    """Lockstep Bar request -> Decision round trips against a running host."""
    link = BridgeLink(endpoint, spin_wait_us=spin_us)
    link.connect()
    try:
        welcome = link.handshake(hello_envelope(strategy), START_NS, timeout_ms)
        samples: list[int] = []
        commands = 0
        for i in range(1, warmup + n + 1):
            env = bar_envelope(i)
            t0 = time.perf_counter_ns()
            decision = link.request(env, env.bar.ts_init_ns, timeout_ms)
            elapsed = time.perf_counter_ns() - t0
            commands += len(decision.commands)
            if i > warmup:
                samples.append(elapsed)
        bye = pb.Envelope()
        bye.shutdown.reason = "bench done"
        link.send(bye, START_NS + (warmup + n + 1) * MINUTE_NS)
    finally:
        link.close(flush_ms=100)
    transport = endpoint.split("://", 1)[0]
    result = {
        "bench": "rt",
        "transport": transport,
        "endpoint": endpoint,
        "n": n,
        "spin_wait_us": spin_us,
        "strategy": welcome.strategy_name,
        "commands": commands,
    }
    return result | percentiles(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dolphin_bridge.bench", description=__doc__.split("\n\n")[1]
    )
    sub = parser.add_subparsers(dest="bench", required=True)
    echo = sub.add_parser("echo", help="raw pyzmq DEALER->ROUTER echo")
    echo.add_argument("--transport", choices=("ipc", "tcp", "inproc"), default="ipc")
    rt = sub.add_parser("rt", help="lockstep Bar->Decision round trips against a running host")
    target = rt.add_mutually_exclusive_group(required=True)
    target.add_argument("--endpoint", help="a running Dolphin host's ROUTER endpoint")
    target.add_argument(
        "--reference-host",
        choices=("ipc", "tcp"),
        help="spawn a minimal Python host (empty Decisions) instead, to measure the shim side alone",
    )
    rt.add_argument("--strategy", default="", help="host strategy to request ('' = the host's default)")
    rt.add_argument("--timeout-ms", type=int, default=10_000)
    for p in (echo, rt):
        p.add_argument("--n", type=int, default=10_000)
        p.add_argument("--warmup", type=int, default=500)
        p.add_argument("--spin-us", type=int, default=300)
    for hidden in ("_echo-server", "_reference-host"):
        sub.add_parser(hidden).add_argument("endpoint")
    args = parser.parse_args(argv)
    if args.bench == "_echo-server":
        run_echo_server(args.endpoint)
        return 0
    if args.bench == "_reference-host":
        run_reference_host(args.endpoint)
        return 0
    if args.bench == "echo":
        result = bench_echo(args.transport, args.n, args.spin_us, args.warmup)
    elif args.reference_host:
        endpoint = (
            f"ipc://{tempfile.mkdtemp(prefix='dbb-', dir='/tmp')}/ref.sock"
            if args.reference_host == "ipc"
            else f"tcp://127.0.0.1:{_free_port()}"
        )
        host = _spawn("_reference-host", endpoint)
        try:
            result = bench_rt(endpoint, args.n, args.spin_us, args.warmup, args.strategy, args.timeout_ms)
            result["host"] = "reference"
        finally:
            host.wait(5)
    else:
        result = bench_rt(args.endpoint, args.n, args.spin_us, args.warmup, args.strategy, args.timeout_ms)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
