"""
Live runner: ``python -m dolphin_bridge.live CONFIG``.

Builds a Nautilus TradingNode with the BridgeStrategy in async mode: Binance data, and either
Nautilus's Sandbox execution client (paper trading; it fills only on quotes, so the shim always
subscribes quotes) or Binance execution. Config keys (defaults in brackets)::

    trader_id: [DOLPHIN-001]
    log_level: [INFO]
    binance: {account_type: [USDT_FUTURES], testnet: [false], api_key: [env], api_secret: [env]}
    instrument_ids: [[BTCUSDT-PERP.BINANCE]]
    exec: {kind: [sandbox], starting_balance: [10000], base_currency: [USDT], default_leverage: [1]}
          | {kind: binance}
    strategy: {endpoint, strategy: [""], bar_types: [[]], heartbeat_interval_ms: [1000],
               reply_timeout_ms: [30000], handshake_timeout_ms: [10000],
               fail_safe: [hold]|flatten|cancel_entries, strategy_id, order_id_tag}

Binance credentials come from the config or from BINANCE_API_KEY / BINANCE_API_SECRET (Nautilus's
own lookup). Exit codes as the backtest runner: 0, 2 config, 3 handshake rejected, 4 host lost, 1.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import msgspec
from nautilus_trader.config import InstrumentProviderConfig, LoggingConfig

from dolphin_bridge.config import BridgeStrategyConfig
from dolphin_bridge.configfile import Section, config_hash, load_config_file
from dolphin_bridge.errors import EXIT_OK, EXIT_OTHER, BridgeError, ConfigError

VENUE = "BINANCE"


@dataclass(frozen=True)
class LiveConfig:
    """A validated live runner config."""

    trader_id: str
    log_level: str
    account_type: str
    testnet: bool
    api_key: str | None
    api_secret: str | None
    instrument_ids: tuple[str, ...]
    exec_kind: str
    starting_balance: float
    base_currency: str
    default_leverage: float
    strategy: dict[str, Any] = field(default_factory=dict)
    config_hash: str = ""


def parse_live_config(raw: dict[str, Any]) -> LiveConfig:
    """
    Validates a live runner config.

    Raises
    ------
    ConfigError
        On the first problem; the message names the key.

    """
    root = Section(raw, "")
    trader_id = root.string("trader_id", "DOLPHIN-001", pattern=r"[A-Za-z0-9_]+-[A-Za-z0-9_]+")
    log_level = root.string("log_level", "INFO", choices=("ERROR", "WARNING", "INFO", "DEBUG"))
    binance = root.section("binance", {})
    account_type = binance.string(
        "account_type", "USDT_FUTURES", choices=("USDT_FUTURES", "COIN_FUTURES", "SPOT")
    )
    testnet = binance.boolean("testnet", False)
    api_key = binance.string("api_key", "") or None
    api_secret = binance.string("api_secret", "") or None
    binance.done()
    instrument_ids = tuple(root.string_list("instrument_ids", ["BTCUSDT-PERP.BINANCE"]))
    for n, iid in enumerate(instrument_ids):
        if not iid.endswith(f".{VENUE}"):
            raise ConfigError(f"instrument_ids[{n}]", f"{iid} must be a {VENUE} instrument id")
    ex = root.section("exec", {})
    exec_kind = ex.string("kind", "sandbox", choices=("sandbox", "binance"))
    starting_balance = ex.number("starting_balance", 10_000, positive=True) if exec_kind == "sandbox" else 0.0
    base_currency = ex.string("base_currency", "USDT") if exec_kind == "sandbox" else "USDT"
    leverage = ex.number("default_leverage", 1, positive=True, maximum=125) if exec_kind == "sandbox" else 1.0
    ex.done()
    strategy = _strategy(root.section("strategy"), instrument_ids)
    root.done()
    return LiveConfig(
        trader_id=trader_id,
        log_level=log_level,
        account_type=account_type,
        testnet=testnet,
        api_key=api_key,
        api_secret=api_secret,
        instrument_ids=instrument_ids,
        exec_kind=exec_kind,
        starting_balance=starting_balance,
        base_currency=base_currency,
        default_leverage=leverage,
        strategy=strategy,
        config_hash=config_hash(raw),
    )


def _strategy(s: Section, instrument_ids: tuple[str, ...]) -> dict[str, Any]:
    endpoint = s.endpoint("endpoint")
    if endpoint.startswith("inproc://"):
        raise ConfigError(
            s.key("endpoint"),
            f"inproc:// only reaches sockets of the same process; use tcp:// or ipc://, got {endpoint!r}",
        )
    out: dict[str, Any] = {"endpoint": endpoint}
    out["strategy"] = s.string("strategy", "")
    out["bar_types"] = s.string_list("bar_types", [])
    for name, default in (
        ("heartbeat_interval_ms", 1_000),
        ("reply_timeout_ms", 30_000),
        ("handshake_timeout_ms", 10_000),
    ):
        out[name] = s.integer(name, default, minimum=1)
    out["fail_safe"] = s.string("fail_safe", "hold", choices=("hold", "flatten", "cancel_entries"))
    if s.has("strategy_id"):
        out["strategy_id"] = s.string("strategy_id", pattern=r"[A-Za-z0-9_]+-[A-Za-z0-9_]+")
    if s.has("order_id_tag"):
        out["order_id_tag"] = s.string("order_id_tag")
    s.done()
    out["instrument_ids"] = list(instrument_ids)
    return out


def bridge_strategy_config(config: LiveConfig) -> BridgeStrategyConfig:
    """The BridgeStrategyConfig of a live node: async, live, quotes always subscribed in sandbox."""
    return BridgeStrategyConfig(
        mode="async",
        node_kind="live",
        subscribe_quotes=config.exec_kind == "sandbox",
        **config.strategy,
    )


def build_node_config(config: LiveConfig) -> Any:
    """The TradingNodeConfig: Binance data client + Sandbox (paper) or Binance exec client."""
    from nautilus_trader.adapters.binance import BinanceAccountType
    from nautilus_trader.adapters.binance.config import BinanceDataClientConfig, BinanceExecClientConfig
    from nautilus_trader.adapters.sandbox.config import SandboxExecutionClientConfig
    from nautilus_trader.config import TradingNodeConfig
    from nautilus_trader.model.identifiers import TraderId

    provider = InstrumentProviderConfig(load_ids=frozenset(config.instrument_ids))
    binance: dict[str, Any] = {
        "api_key": config.api_key,
        "api_secret": config.api_secret,
        "account_type": BinanceAccountType[config.account_type],
        "instrument_provider": provider,
    }
    binance.update(_binance_environment(BinanceDataClientConfig, config.testnet))
    exec_client: Any
    if config.exec_kind == "sandbox":
        exec_client = SandboxExecutionClientConfig(
            venue=VENUE,
            starting_balances=[f"{config.starting_balance} {config.base_currency}"],
            base_currency=config.base_currency,
            oms_type="NETTING",
            account_type="MARGIN",
            default_leverage=Decimal(repr(config.default_leverage)),
            bar_execution=True,
            trade_execution=False,
            reject_stop_orders=True,
            support_contingent_orders=True,
            use_reduce_only=True,
            instrument_provider=provider,
        )
    else:
        exec_client = BinanceExecClientConfig(**binance)
    return TradingNodeConfig(
        trader_id=TraderId(config.trader_id),
        logging=LoggingConfig(log_level=config.log_level),
        data_clients={VENUE: BinanceDataClientConfig(**binance)},
        exec_clients={VENUE: exec_client},
    )


def _binance_environment(config_class: Any, testnet: bool) -> dict[str, Any]:
    # 1.221 has `testnet: bool`; 1.227 removed it for `environment=BinanceEnvironment.X` (1.223+).
    names = {f.name for f in msgspec.structs.fields(config_class)}
    if "testnet" in names:
        return {"testnet": testnet}
    from nautilus_trader.adapters.binance.common.enums import BinanceEnvironment  # type: ignore[attr-defined]

    return {"environment": BinanceEnvironment.TESTNET if testnet else BinanceEnvironment.LIVE}


def build_node(config: LiveConfig) -> tuple[Any, Any]:
    """Builds the TradingNode with its client factories and the BridgeStrategy (not started)."""
    from nautilus_trader.adapters.binance import BinanceLiveDataClientFactory, BinanceLiveExecClientFactory
    from nautilus_trader.adapters.sandbox.factory import SandboxLiveExecClientFactory
    from nautilus_trader.live.node import TradingNode

    from dolphin_bridge.strategy import BridgeStrategy

    node = TradingNode(config=build_node_config(config))
    strategy = BridgeStrategy(bridge_strategy_config(config))
    node.trader.add_strategy(strategy)
    node.add_data_client_factory(VENUE, BinanceLiveDataClientFactory)
    exec_factory = (
        SandboxLiveExecClientFactory if config.exec_kind == "sandbox" else BinanceLiveExecClientFactory
    )
    node.add_exec_client_factory(VENUE, exec_factory)
    node.build()
    strategy.set_risk_engine(node.kernel.risk_engine)
    strategy.on_host_shutdown = lambda _reason: node.stop()
    return node, strategy


def main(argv: list[str] | None = None) -> int:
    """Entry point; runs the node until it stops (SIGINT, host Shutdown) and returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m dolphin_bridge.live", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument("config", help="live runner config, YAML or JSON")
    args = parser.parse_args(argv)
    try:
        config = parse_live_config(load_config_file(args.config))
        node, strategy = build_node(config)
    except BridgeError as exc:
        print(f"dolphin_bridge.live: {exc}", file=sys.stderr)
        return exc.exit_code
    try:
        node.run()
    except KeyboardInterrupt:
        pass
    except Exception as exc:
        failure = getattr(strategy, "failure", None)
        print(f"dolphin_bridge.live: {failure or exc}", file=sys.stderr)
        return failure.exit_code if failure is not None else EXIT_OTHER
    finally:
        node.dispose()
    failure = getattr(strategy, "failure", None)
    if failure is not None:
        print(f"dolphin_bridge.live: {failure}", file=sys.stderr)
        return failure.exit_code
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
