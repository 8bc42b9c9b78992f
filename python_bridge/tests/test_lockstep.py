"""BridgeStrategy in lockstep inside a real BacktestEngine, driven by a scripted fake host."""

from __future__ import annotations

import csv
import json
import time
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import BAR_TYPE, bridge_config
from fake_host import FakeHost, Reply, decision, welcome_for

from dolphin_bridge.backtest import main, run_backtest
from dolphin_bridge.backtest_config import parse_backtest_config
from dolphin_bridge.errors import HandshakeRejected, LockstepTimeout
from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb

IID = "BTCUSDT-PERP.BINANCE"


def market(
    command_id: str, client_order_id: str, side: int = pb.ORDER_SIDE_BUY, qty: str = "0.010"
) -> pb.Command:
    return pb.Command(
        command_id=command_id,
        submit_market=pb.SubmitMarket(
            instrument_id=IID,
            side=side,
            quantity=qty,
            time_in_force=pb.TIME_IN_FORCE_GTC,
            client_order_id=client_order_id,
            tags=["entry"],
        ),
    )


def on_bars(plan: dict[int, list[pb.Command | bytes]]):
    """Script: on the n-th bar request (1-based) answer with the planned commands (or raw frames first)."""
    count = {"bars": 0}

    def script(request: pb.Envelope, _host: FakeHost) -> list[Reply]:
        if request.WhichOneof("body") == "bar":
            count["bars"] += 1
            items = plan.get(count["bars"], [])
            raw: list[Reply] = [x for x in items if isinstance(x, bytes | pb.Envelope)]
            commands = [x for x in items if isinstance(x, pb.Command)]
            return [*raw, decision(request, *commands)]
        return [decision(request)]

    return script


def bar_closes(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [row["close"] for row in csv.DictReader(f)]


def run(endpoint: str, bars_csv: Path, out: Path, **strategy):
    return run_backtest(parse_backtest_config(bridge_config(endpoint, bars_csv, **strategy)), out)


def test_lockstep_market_entry_fills_at_bar_close(endpoint, bars_csv, tmp_path):
    host = FakeHost(
        endpoint, welcome=welcome_for([BAR_TYPE]), script=on_bars({5: [market("C-1", "O-000001")]})
    )
    with host:
        result = run(endpoint, bars_csv, tmp_path)
    fills = host.of("order_filled")
    assert len(fills) == 1
    assert fills[0].client_order_id == "O-000001"
    assert fills[0].last_px == format(float(bar_closes(bars_csv)[4]), ".1f")
    assert fills[0].tags == ["entry"]
    assert result.fills[0]["price"] == fills[0].last_px and result.fills[0]["tag"] == "entry"


def test_lockstep_ack_precedes_events_of_its_execution(endpoint, bars_csv, tmp_path):
    host = FakeHost(
        endpoint, welcome=welcome_for([BAR_TYPE]), script=on_bars({5: [market("C-1", "O-000001")]})
    )
    with host:
        run(endpoint, bars_csv, tmp_path)
    bodies = host.bodies()
    ack = bodies.index("command_ack")
    # Market orders get no OrderAccepted in a 1.221 backtest (use_market_order_acks arrives later).
    assert bodies[ack - 1 : ack + 3] == ["bar", "command_ack", "order_submitted", "order_filled"]
    assert host.of("command_ack")[0].accepted and list(host.of("command_ack")[0].client_order_ids) == [
        "O-000001"
    ]


def test_lockstep_sequence_numbers_are_contiguous_and_acked(endpoint, bars_csv, tmp_path):
    host = FakeHost(endpoint, welcome=welcome_for([BAR_TYPE]))
    with host:
        run(endpoint, bars_csv, tmp_path)
        # The shim's last frame may still be in flight when the run returns (seen on a loaded box).
        host.wait_for(lambda: bool(host.received) and host.received[-1].ack == host.seq)
    assert [e.seq for e in host.received] == list(range(1, len(host.received) + 1))
    assert host.received[0].session_id == "" and all(e.session_id == "S-1" for e in host.received[1:])
    assert host.received[-1].ack == host.seq


def test_lockstep_bracket_is_accepted_with_three_ids(endpoint, bars_csv, tmp_path):
    close5 = float(bar_closes(bars_csv)[4])
    bracket = pb.Command(
        command_id="C-1",
        submit_bracket=pb.SubmitBracket(
            instrument_id=IID,
            side=pb.ORDER_SIDE_BUY,
            quantity="0.010",
            entry_type=pb.ORDER_TYPE_MARKET,
            sl_trigger_price=format(round(close5 * 0.99, 1), ".1f"),
            tp_price=format(round(close5 * 1.01, 1), ".1f"),
            time_in_force=pb.TIME_IN_FORCE_GTC,
            entry_client_order_id="O-000001",
            sl_client_order_id="O-000002",
            tp_client_order_id="O-000003",
            entry_tags=["entry"],
            sl_tags=["sl"],
            tp_tags=["tp"],
        ),
    )
    host = FakeHost(endpoint, welcome=welcome_for([BAR_TYPE]), script=on_bars({5: [bracket]}))
    with host:
        run(endpoint, bars_csv, tmp_path)
    ack = host.of("command_ack")[0]
    assert ack.accepted and list(ack.client_order_ids) == ["O-000001", "O-000002", "O-000003"]
    assert {a.client_order_id for a in host.of("order_accepted")} == {"O-000002", "O-000003"}
    assert host.of("order_filled")[0].client_order_id == "O-000001"
    assert "O-000002" not in {r.client_order_id for r in host.of("order_rejected")}


def test_lockstep_duplicate_command_id_is_rejected_and_not_executed_twice(endpoint, bars_csv, tmp_path):
    host = FakeHost(
        endpoint,
        welcome=welcome_for([BAR_TYPE]),
        script=on_bars({5: [market("C-1", "O-000001")], 6: [market("C-1", "O-000002")]}),
    )
    with host:
        result = run(endpoint, bars_csv, tmp_path)
    acks = host.of("command_ack")
    assert [a.accepted for a in acks] == [True, False]
    assert acks[1].code == pb.COMMAND_REJECT_CODE_DUPLICATE_COMMAND_ID
    assert [f["order_id"] for f in result.fills] == ["O-000001"]


@pytest.mark.parametrize(
    ("command", "code"),
    [
        (
            pb.Command(
                command_id="C-1",
                submit_limit=pb.SubmitLimit(
                    instrument_id=IID,
                    side=pb.ORDER_SIDE_BUY,
                    quantity="0.010",
                    price="40000.05",
                    time_in_force=pb.TIME_IN_FORCE_GTC,
                    client_order_id="O-000001",
                ),
            ),
            pb.COMMAND_REJECT_CODE_OFF_GRID_PRICE,
        ),
        (
            pb.Command(
                command_id="C-1",
                submit_market=pb.SubmitMarket(
                    instrument_id="ETHUSDT-PERP.BINANCE",
                    side=pb.ORDER_SIDE_BUY,
                    quantity="0.010",
                    time_in_force=pb.TIME_IN_FORCE_GTC,
                    client_order_id="O-000001",
                ),
            ),
            pb.COMMAND_REJECT_CODE_UNKNOWN_INSTRUMENT,
        ),
    ],
    ids=["off-grid-price", "unknown-instrument"],
)
def test_lockstep_invalid_command_is_acked_and_the_backtest_continues(
    endpoint, bars_csv, tmp_path, command, code
):
    host = FakeHost(
        endpoint,
        welcome=welcome_for([BAR_TYPE]),
        script=on_bars({5: [command], 6: [market("C-2", "O-000002")]}),
    )
    with host:
        result = run(endpoint, bars_csv, tmp_path)
    acks = host.of("command_ack")
    assert (acks[0].accepted, acks[0].code) == (False, code)
    assert acks[0].reason
    assert acks[1].accepted
    assert [f["order_id"] for f in result.fills] == ["O-000002"]
    assert len(host.of("bar")) == 300


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        (b"\xff\xff\xff\xff", pb.PROTOCOL_ERROR_CODE_MALFORMED_FRAME),
        (pb.Envelope(seq=77).SerializeToString() + b"\xf8\x07\x01", pb.PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE),
    ],
    ids=["malformed-frame", "unknown-message-type"],
)
def test_lockstep_bad_frame_gets_protocol_error_and_the_shim_keeps_waiting(
    endpoint, bars_csv, tmp_path, frame, code
):
    host = FakeHost(
        endpoint,
        welcome=welcome_for([BAR_TYPE]),
        script=on_bars({5: [frame, market("C-1", "O-000001")]}),
    )
    with host:
        result = run(endpoint, bars_csv, tmp_path)
    errors = host.of("protocol_error")
    assert [e.code for e in errors] == [code]
    assert [f["order_id"] for f in result.fills] == ["O-000001"]
    assert len(host.of("bar")) == 300


def test_lockstep_decision_for_another_request_is_reported_and_ignored(endpoint, bars_csv, tmp_path):
    def script(request: pb.Envelope, _host: FakeHost) -> list[Reply]:
        stale = pb.Envelope()
        stale.decision.in_reply_to = request.seq + 1000
        stale.decision.commands.append(market("C-X", "O-X"))
        return (
            [stale, decision(request)]
            if request.WhichOneof("body") == "bar" and request.seq == 2
            else [decision(request)]
        )

    host = FakeHost(endpoint, welcome=welcome_for([BAR_TYPE]), script=script)
    with host:
        result = run(endpoint, bars_csv, tmp_path)
    assert [e.code for e in host.of("protocol_error")] == [pb.PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE]
    assert result.fills == []


def test_lockstep_reject_on_handshake_exits_3_with_the_reason(endpoint, bars_csv, tmp_path, capsys):
    reject = pb.Envelope()
    reject.reject.code = pb.REJECT_CODE_UNKNOWN_STRATEGY
    reject.reject.reason = "no strategy named fake; registered: ema-cross"
    config = tmp_path / "run.json"
    config.write_text(json.dumps(bridge_config(endpoint, bars_csv)))
    with FakeHost(endpoint, reject=reject):
        code = main([str(config), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 3
    assert "no strategy named fake; registered: ema-cross" in err and "UNKNOWN_STRATEGY" in err
    assert not (tmp_path / "out" / "fills.json").exists()


def test_lockstep_welcome_with_another_protocol_version_is_a_rejected_handshake(endpoint, bars_csv, tmp_path):
    host = FakeHost(endpoint, welcome=welcome_for([BAR_TYPE], protocol_version=2))
    with host, pytest.raises(HandshakeRejected, match="protocol version 2"):
        run(endpoint, bars_csv, tmp_path)


def test_lockstep_reply_timeout_raises_naming_the_endpoint_within_the_timeout(endpoint, bars_csv, tmp_path):
    host = FakeHost(endpoint, welcome=welcome_for([BAR_TYPE]), silent=True)
    with host:
        started = time.monotonic()
        with pytest.raises(LockstepTimeout, match=endpoint) as info:
            run(endpoint, bars_csv, tmp_path, reply_timeout_ms=300)
        elapsed = time.monotonic() - started
    assert info.value.exit_code == 4
    assert elapsed < 3.0  # engine build + one 300 ms wait, never a hang


def test_lockstep_host_shutdown_while_awaiting_stops_the_run_with_exit_4(
    endpoint, bars_csv, tmp_path, capsys
):
    def script(request: pb.Envelope, _host: FakeHost) -> list[Reply]:
        bye = pb.Envelope()
        bye.shutdown.reason = "host stopping (SIGTERM)"
        return [bye]

    config = tmp_path / "run.json"
    config.write_text(json.dumps(bridge_config(endpoint, bars_csv)))
    with FakeHost(endpoint, welcome=welcome_for([BAR_TYPE]), script=script):
        code = main([str(config), "--out", str(tmp_path / "out")])
    assert code == 4
    assert "host stopping (SIGTERM)" in capsys.readouterr().err


def test_lockstep_stop_requested_is_a_request_and_its_commands_run_before_shutdown(
    endpoint, bars_csv, tmp_path
):
    def script(request: pb.Envelope, _host: FakeHost) -> list[Reply]:
        body = request.WhichOneof("body")
        if body == "bar" and request.bar.ts_init_ns and request.seq == 2:
            return [decision(request, market("C-1", "O-000001"))]
        if body == "stop_requested":
            close = pb.Command(
                command_id="C-2",
                close_position=pb.ClosePosition(instrument_id=IID, client_order_id="O-000002", tags=["exit"]),
            )
            return [decision(request, close)]
        return [decision(request)]

    host = FakeHost(endpoint, welcome=welcome_for([BAR_TYPE]), script=script)
    with host:
        result = run(endpoint, bars_csv, tmp_path)
        host.wait_for(lambda: host.bodies()[-1:] == ["shutdown"])  # may still be in flight
    bodies = host.bodies()
    assert bodies[-1] == "shutdown"
    assert bodies.index("stop_requested") < len(bodies) - 1
    assert host.of("command_ack")[-1].accepted
    assert [(f["order_id"], f["side"], f["tag"]) for f in result.fills] == [
        ("O-000001", "BUY", "entry"),
        ("O-000002", "SELL", "exit"),
    ]


def test_lockstep_fills_json_is_byte_identical_across_runs(endpoint, bars_csv, tmp_path):
    sell = pb.ORDER_SIDE_SELL
    plan = {
        5: [market("C-1", "O-000001")],
        40: [market("C-2", "O-000002", side=sell)],  # flat
        60: [market("C-3", "O-000003")],  # reopens the NETTING position: a snapshot
        80: [market("C-4", "O-000004", side=sell, qty="0.020")],  # a flip: one OrderFilled
    }
    names = ("fills.json", "positions.json", "account.json")
    outputs = []
    for n in range(2):
        with FakeHost(endpoint, welcome=welcome_for([BAR_TYPE]), script=on_bars(plan)):
            run(endpoint, bars_csv, tmp_path / f"run{n}")
        outputs.append({name: (tmp_path / f"run{n}" / name).read_bytes() for name in names})
    assert outputs[0] == outputs[1]
    assert len(json.loads(outputs[0]["fills.json"])) == 4
    assert any(p["is_snapshot"] for p in json.loads(outputs[0]["positions.json"]))


def test_backtest_summary_realized_pnl_matches_the_balance_change_across_a_flip(endpoint, bars_csv, tmp_path):
    sell = pb.ORDER_SIDE_SELL
    plan = {5: [market("C-1", "O-000001")], 40: [market("C-2", "O-000002", side=sell, qty="0.020")]}
    with FakeHost(endpoint, welcome=welcome_for([BAR_TYPE]), script=on_bars(plan)):
        summary = run(endpoint, bars_csv, tmp_path).summary
    assert summary["fills"] == 2
    # Still short 0.010 at the end: realized covers the closed long and both commissions.
    delta = Decimal(summary["final_balance"]) - Decimal(summary["starting_balance"])
    assert Decimal(summary["realized_pnl"]) == delta
