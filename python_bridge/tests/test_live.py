"""Live runner config building (never the network)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from nautilus_trader.adapters.binance import BinanceAccountType
from nautilus_trader.adapters.binance.config import BinanceExecClientConfig
from nautilus_trader.adapters.sandbox.config import SandboxExecutionClientConfig

from dolphin_bridge.errors import ConfigError
from dolphin_bridge.live import bridge_strategy_config, build_node_config, parse_live_config

MINIMAL = {"strategy": {"endpoint": "tcp://127.0.0.1:5555", "strategy": "ema-cross"}}


def test_live_config_defaults_to_sandbox_paper_trading_on_btcusdt_perp():
    config = parse_live_config(MINIMAL)
    assert (config.exec_kind, config.starting_balance, config.base_currency) == ("sandbox", 10_000.0, "USDT")
    assert config.instrument_ids == ("BTCUSDT-PERP.BINANCE",)
    assert (config.account_type, config.testnet) == ("USDT_FUTURES", False)


def test_live_node_config_pairs_binance_data_with_the_sandbox_exec_client():
    node = build_node_config(parse_live_config(MINIMAL))
    data = node.data_clients["BINANCE"]
    exec_client = node.exec_clients["BINANCE"]
    assert data.account_type == BinanceAccountType.USDT_FUTURES
    assert data.instrument_provider.load_ids == frozenset({"BTCUSDT-PERP.BINANCE"})
    assert isinstance(exec_client, SandboxExecutionClientConfig)
    assert (exec_client.oms_type, exec_client.account_type) == ("NETTING", "MARGIN")
    assert exec_client.default_leverage == Decimal("1.0")
    assert exec_client.starting_balances == ["10000.0 USDT"]


def test_live_sandbox_strategy_is_async_live_and_always_subscribes_quotes():
    cfg = bridge_strategy_config(
        parse_live_config({**MINIMAL, "strategy": {**MINIMAL["strategy"], "fail_safe": "flatten"}})
    )
    assert (cfg.mode, cfg.node_kind, cfg.subscribe_quotes, cfg.fail_safe) == (
        "async",
        "live",
        True,
        "flatten",
    )
    assert cfg.instrument_ids == ["BTCUSDT-PERP.BINANCE"]


def test_live_binance_exec_uses_the_binance_exec_client_without_forced_quotes():
    config = parse_live_config({**MINIMAL, "exec": {"kind": "binance"}, "binance": {"testnet": True}})
    node = build_node_config(config)
    assert isinstance(node.exec_clients["BINANCE"], BinanceExecClientConfig)
    assert node.exec_clients["BINANCE"].testnet is True
    assert bridge_strategy_config(config).subscribe_quotes is False


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({}, "strategy"),
        ({**MINIMAL, "exec": {"kind": "paper"}}, "exec.kind"),
        ({**MINIMAL, "instrument_ids": ["BTCUSDT-PERP.BYBIT"]}, "instrument_ids[0]"),
        ({**MINIMAL, "strategy": {"endpoint": "udp://x"}}, "strategy.endpoint"),
        ({**MINIMAL, "strategy": {"endpoint": "tcp://127.0.0.1:99999"}}, "strategy.endpoint"),
        ({**MINIMAL, "strategy": {"endpoint": "inproc://bridge"}}, "strategy.endpoint"),
        ({**MINIMAL, "strategy": {**MINIMAL["strategy"], "mode": "lockstep"}}, "strategy.mode"),
        ({**MINIMAL, "colour": "blue"}, "colour"),
    ],
    ids=[
        "missing-strategy",
        "bad-exec-kind",
        "foreign-instrument",
        "bad-endpoint",
        "port-out-of-range",
        "inproc-across-processes",
        "mode-is-not-configurable",
        "unknown-key",
    ],
)
def test_live_config_error_names_the_key(raw, key):
    with pytest.raises(ConfigError) as info:
        parse_live_config(raw)
    assert info.value.key == key
