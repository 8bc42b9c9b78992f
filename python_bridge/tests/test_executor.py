"""CommandExecutor: one CommandAck per command, dedup by command_id, a log line per refusal."""

from __future__ import annotations

import logging

from test_lockstep import market

from dolphin_bridge.executor import CommandExecutor
from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb
from dolphin_bridge.transport import BridgeLink


class FakeLog:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def info(self, message: str) -> None:
        self.lines.append(message)

    def warning(self, message: str) -> None:
        self.lines.append(message)


def test_executor_refusal_is_acked_with_the_reason_and_logged():
    log = FakeLog()
    executor = CommandExecutor(strategy=None, instruments={}, last_prices={}, log=log)
    ack = executor.execute(market("C-1", "O-000001"))
    assert (ack.command_id, ack.accepted, ack.code) == (
        "C-1",
        False,
        pb.COMMAND_REJECT_CODE_UNKNOWN_INSTRUMENT,
    )
    assert "BTCUSDT-PERP.BINANCE is not configured" in ack.reason
    assert log.lines == [
        f"command_rejected command_id=C-1 code=COMMAND_REJECT_CODE_UNKNOWN_INSTRUMENT reason={ack.reason}"
    ]


def test_executor_repeated_command_id_is_refused_as_duplicate_and_logged():
    log = FakeLog()
    executor = CommandExecutor(strategy=None, instruments={}, last_prices={}, log=log)
    executor.execute(market("C-1", "O-000001"))
    again = executor.execute(market("C-1", "O-000001"))
    assert (again.accepted, again.code) == (False, pb.COMMAND_REJECT_CODE_DUPLICATE_COMMAND_ID)
    assert "DUPLICATE_COMMAND_ID" in log.lines[-1] and executor.rejected == 2 and executor.executed == 0


def test_link_logs_a_protocol_error_line_when_it_answers_a_bad_frame(endpoint, caplog):
    from fake_host import FakeHost, decision, welcome_for

    def script(request: pb.Envelope, _host: FakeHost) -> list:
        return [b"\xff\xff\xff\xff", decision(request)]

    logger = logging.getLogger("dolphin.test")
    with (
        FakeHost(endpoint, welcome=welcome_for([]), script=script),
        caplog.at_level(logging.WARNING, logger="dolphin.test"),
    ):
        link = BridgeLink(endpoint, spin_wait_us=0, log=logger)
        link.connect()
        try:
            hello = pb.Envelope()
            hello.hello.protocol_version = pb.PROTOCOL_VERSION_CURRENT
            link.handshake(hello, 1, 2_000)
            bar = pb.Envelope()
            bar.bar.close = 1.0
            assert list(link.request(bar, 2, 2_000).commands) == []
        finally:
            link.close()
    assert any("protocol_error code=PROTOCOL_ERROR_CODE_MALFORMED_FRAME" in r.message for r in caplog.records)
