"""
The backtest runner's config (YAML or JSON), validated with errors that name the key.

Keys (defaults in brackets)::

    trader_id: [BACKTESTER-001]
    log_level: [ERROR]            # Nautilus log level; OFF bypasses logging
    out_dir: [out/run]            # --out overrides
    venue:
      name: [BINANCE]
      oms_type: [NETTING]         # only NETTING
      account_type: [MARGIN]      # only MARGIN
      base_currency: [USDT]
      starting_balance: [10000]
      default_leverage: [1]
      bar_adaptive_high_low_ordering: [false]
      stop_gap_fill: [trigger]    # 1.221 fills a gapped stop at its trigger; "open" needs >= 1.222
      fee_model: [{kind: maker_taker}] | {kind: tagged, rates: {TAG: RATE}}
      instruments: [BTCUSDT-PERP.BINANCE as TestInstrumentProvider.btcusdt_perp_binance()]
        - instrument_id, raw_symbol, base_currency, quote_currency, settlement_currency,
          is_inverse [false], price_precision, size_precision, price_increment, size_increment,
          multiplier ["1"], lot_size ["1"], min_quantity [""], max_quantity [""],
          min_notional [""], max_notional [""], min_price [""], max_price [""], maker_fee,
          taker_fee, margin_init ["0.05"], margin_maint ["0.025"]
    data:                         # at least one; added in this order (ties at one ts keep it)
      - {kind: csv|parquet, path, bar_type, timestamp_convention: [open]|close,
         timestamp_unit: [ms]|s|us|ns (numeric timestamps),
         columns: {timestamp, open, high, low, close, volume} (renames; defaults = these names)}
      - {kind: vbt_cache, dir, bar_type_suffix: [1-MINUTE-LAST-EXTERNAL]}
      - {kind: trade_ticks|quote_ticks, path (.csv or .parquet), instrument_id,
         timestamp_unit: [auto]|s|ms|us|ns (numeric timestamps; auto: by magnitude); every
         timestamp is kept to the whole millisecond, as the host engine reads it,
         columns: trade_ticks {timestamp, price, quantity, buyer_maker, trade_id}
                  quote_ticks {timestamp, bid, ask, bid_size, ask_size} (renames)}
         buyer_maker (bool or "true"/"false" text) sets the aggressor: true = SELLER; a
         missing buyer_maker column gives NO_AGGRESSOR; a missing trade_id, the row number.
         Every price and size must be exact at the instrument's precisions (no rounding).
    strategy:
      {kind: bridge, endpoint, mode: [lockstep], strategy: [""], reply_timeout_ms: [30000],
       handshake_timeout_ms: [10000], heartbeat_interval_ms: [1000], fail_safe: [hold],
       spin_wait_us: [300], instrument_ids: [all venue instruments], bar_types: [the data's],
       strategy_id, order_id_tag, log_events: [false]}
      | {kind: native, class_path: "pkg.mod:Class", config_path: "pkg.mod:Config", config: {...}}

Relative paths are resolved against the current directory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import nautilus_trader
from nautilus_trader.model.data import BarType
from nautilus_trader.model.enums import AggregationSource
from nautilus_trader.model.objects import Currency

from dolphin_bridge.configfile import Section, config_hash
from dolphin_bridge.errors import ConfigError

DEFAULT_INSTRUMENT: dict[str, Any] = {
    # Exactly TestInstrumentProvider.btcusdt_perp_binance() (nautilus_trader test_kit/providers.py).
    "instrument_id": "BTCUSDT-PERP.BINANCE",
    "raw_symbol": "BTCUSDT",
    "base_currency": "BTC",
    "quote_currency": "USDT",
    "settlement_currency": "USDT",
    "is_inverse": False,
    "price_precision": 1,
    "size_precision": 3,
    "price_increment": "0.1",
    "size_increment": "0.001",
    "multiplier": "1",
    "lot_size": "1",
    "min_quantity": "0.001",
    "max_quantity": "1000.000",
    "min_notional": "10.00000000",
    "max_notional": "",
    "min_price": "261.1",
    "max_price": "809484.0",
    "maker_fee": "0.000200",
    "taker_fee": "0.000180",
    "margin_init": "0.0500",
    "margin_maint": "0.0250",
}

VBT_META_COLUMNS = frozenset(
    {
        "timestamp",
        "scan_number",
        "vel_div",
        "v50_lambda_max_velocity",
        "v150_lambda_max_velocity",
        "v300_lambda_max_velocity",
        "v750_lambda_max_velocity",
        "instability_50",
        "instability_150",
    }
)

TICK_KINDS = ("trade_ticks", "quote_ticks")
TICK_COLUMNS = {
    "trade_ticks": ("timestamp", "price", "quantity", "buyer_maker", "trade_id"),
    "quote_ticks": ("timestamp", "bid", "ask", "bid_size", "ask_size"),
}

_BRIDGE_DEFAULTS = {
    "mode": "lockstep",
    "strategy": "",
    "reply_timeout_ms": 30_000,
    "handshake_timeout_ms": 10_000,
    "heartbeat_interval_ms": 1_000,
    "fail_safe": "hold",
    "spin_wait_us": 300,
}


@dataclass(frozen=True)
class FeeModelSpec:
    kind: str
    rates: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class VenueSpec:
    name: str
    oms_type: str
    account_type: str
    base_currency: str
    starting_balance: float
    default_leverage: float
    bar_adaptive_high_low_ordering: bool
    stop_gap_fill: str
    fee_model: FeeModelSpec
    instruments: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class DataSpec:
    kind: str
    key: str  # "data[0]", for error messages
    path: str = ""
    bar_type: str = ""
    timestamp_convention: str = "open"
    timestamp_unit: str = "ms"
    columns: dict[str, str] = field(default_factory=dict)
    dir: str = ""
    bar_type_suffix: str = "1-MINUTE-LAST-EXTERNAL"
    instrument_id: str = ""

    @property
    def is_ticks(self) -> bool:
        return self.kind in TICK_KINDS


@dataclass(frozen=True)
class StrategySpec:
    kind: str
    bridge: dict[str, Any] = field(default_factory=dict)
    class_path: str = ""
    config_path: str = ""
    config: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BacktestConfig:
    """A validated runner config; `config_hash` is the sha256 of the file's canonical JSON."""

    trader_id: str
    log_level: str
    out_dir: str
    venue: VenueSpec
    data: tuple[DataSpec, ...]
    strategy: StrategySpec
    config_hash: str


def parse_backtest_config(raw: dict[str, Any]) -> BacktestConfig:
    """
    Validates a runner config mapping.

    Raises
    ------
    ConfigError
        On the first problem; the message names the key, e.g. ``venue.fee_model.kind``.

    """
    root = Section(raw, "")
    trader_id = root.string("trader_id", "BACKTESTER-001", pattern=r"[A-Za-z0-9_]+-[A-Za-z0-9_]+")
    log_level = root.string("log_level", "ERROR", choices=("OFF", "ERROR", "WARNING", "INFO", "DEBUG"))
    out_dir = root.string("out_dir", "out/run")
    venue = _venue(root.section("venue", {}))
    data = tuple(_data(s) for s in root.sections("data"))
    if not data:
        raise ConfigError("data", "list at least one data source")
    strategy = _strategy(root.section("strategy"))
    root.done()
    _cross_check(venue, data, strategy)
    return BacktestConfig(trader_id, log_level, out_dir, venue, data, strategy, config_hash(raw))


def _venue(s: Section) -> VenueSpec:
    name = s.string("name", "BINANCE", pattern=r"[A-Z0-9_]+")
    spec = VenueSpec(
        name=name,
        oms_type=s.string("oms_type", "NETTING", choices=("NETTING",)),
        account_type=s.string("account_type", "MARGIN", choices=("MARGIN",)),
        base_currency=s.string("base_currency", "USDT", pattern=r"[A-Z0-9]+"),
        starting_balance=s.number("starting_balance", 10_000, positive=True),
        default_leverage=s.number("default_leverage", 1, positive=True, maximum=125),
        bar_adaptive_high_low_ordering=s.boolean("bar_adaptive_high_low_ordering", False),
        stop_gap_fill=s.string("stop_gap_fill", "trigger", choices=("trigger", "open")),
        fee_model=_fee_model(s.section("fee_model", {"kind": "maker_taker"})),
        instruments=tuple(_instrument(i) for i in s.sections("instruments", [dict(DEFAULT_INSTRUMENT)])),
    )
    s.done()
    if spec.default_leverage < 1:
        raise ConfigError(s.key("default_leverage"), f"must be >= 1 (Nautilus), got {spec.default_leverage}")
    if not spec.instruments:
        raise ConfigError(s.key("instruments"), "list at least one instrument")
    precision = Currency.from_str(spec.base_currency, strict=False).precision
    balance = Decimal(repr(spec.starting_balance))
    if balance != balance.quantize(Decimal(1).scaleb(-precision)):
        raise ConfigError(
            s.key("starting_balance"),
            f"must be an amount of {spec.base_currency} at its precision ({precision} decimals); round it, "
            f"was {spec.starting_balance}",
        )
    seen: set[str] = set()
    for n, inst in enumerate(spec.instruments):
        key = f"{s.key('instruments')}[{n}].instrument_id"
        if inst["instrument_id"] in seen:
            raise ConfigError(key, f"duplicate {inst['instrument_id']}")
        seen.add(inst["instrument_id"])
        if not inst["instrument_id"].endswith(f".{name}"):
            raise ConfigError(key, f"must end with .{name} (the venue name)")
        _check_currencies(inst, spec.base_currency, f"{s.key('instruments')}[{n}]")
    return spec


def _check_currencies(inst: dict[str, Any], account_currency: str, key: str) -> None:
    """
    What the one-currency MARGIN account can book (the same rule as venue-config.ts): a linear
    instrument's commissions, PnL and margins are in its quote currency, which must be the account's;
    inverse instruments are not supported by the host.
    """
    if inst["is_inverse"]:
        raise ConfigError(
            f"{key}.is_inverse",
            "inverse instruments are not supported (the host books costs and PnL in the quote currency); "
            "give a linear instrument (is_inverse: false)",
        )
    quote = inst["quote_currency"]
    if quote != account_currency:
        raise ConfigError(
            f"{key}.quote_currency",
            f"must be venue.base_currency {account_currency} (the account holds one currency, and a linear "
            f"instrument's commissions and PnL are in its quote currency); set venue.base_currency: {quote}, "
            f"or use an instrument quoted in {account_currency}, was {quote!r}",
        )
    if inst["settlement_currency"] != quote:
        raise ConfigError(
            f"{key}.settlement_currency",
            f"must be the quote currency {quote} for a linear instrument "
            f"(Nautilus books its PnL in the quote currency), was {inst['settlement_currency']!r}",
        )


def _fee_model(s: Section) -> FeeModelSpec:
    kind = s.string("kind", choices=("maker_taker", "tagged"))
    if kind == "maker_taker":
        s.done()
        return FeeModelSpec(kind)
    rates_section = s.section("rates")
    rates: dict[str, float] = {}
    for tag in rates_section.keys():  # every key is a tag
        rates[str(tag)] = rates_section.number(str(tag), maximum=0.1)
        if rates[str(tag)] < 0:
            raise ConfigError(rates_section.key(str(tag)), f"must be >= 0, got {rates[str(tag)]}")
    s.done()
    return FeeModelSpec(kind, rates)


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _instrument(s: Section) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "instrument_id": s.string("instrument_id", pattern=r"[A-Z0-9_-]+\.[A-Z0-9_]+"),
        "raw_symbol": s.string("raw_symbol"),
        "base_currency": s.string("base_currency"),
        "quote_currency": s.string("quote_currency"),
        "settlement_currency": s.string("settlement_currency"),
        "is_inverse": s.boolean("is_inverse", False),
        "price_precision": s.integer("price_precision", minimum=0),
        "size_precision": s.integer("size_precision", minimum=0),
        "price_increment": s.decimal_text("price_increment"),
        "size_increment": s.decimal_text("size_increment"),
        "multiplier": s.decimal_text("multiplier", "1"),
        "lot_size": s.decimal_text("lot_size", "1"),
    }
    for name in ("min_quantity", "max_quantity", "min_notional", "max_notional", "min_price", "max_price"):
        spec[name] = s.decimal_text(name, "", optional=True)
    spec["maker_fee"] = s.decimal_text("maker_fee")
    spec["taker_fee"] = s.decimal_text("taker_fee")
    spec["margin_init"] = s.decimal_text("margin_init", "0.05")
    spec["margin_maint"] = s.decimal_text("margin_maint", "0.025")
    s.done()
    for inc, prec in (("price_increment", "price_precision"), ("size_increment", "size_precision")):
        if spec[prec] > 16:
            raise ConfigError(s.key(prec), f"must be <= 16, got {spec[prec]}")
        if _decimals(spec[inc]) > spec[prec]:
            raise ConfigError(s.key(inc), f"has more decimals than {prec} {spec[prec]}")
        if float(spec[inc]) <= 0:
            raise ConfigError(s.key(inc), "must be positive")
    for name in ("multiplier", "lot_size", "max_quantity", "max_notional", "max_price"):
        if spec[name] != "" and Decimal(spec[name]) <= 0:
            raise ConfigError(s.key(name), f"must be positive (Nautilus refuses zero), was {spec[name]!r}")
    return spec


def _data(s: Section) -> DataSpec:
    kind = s.string("kind", choices=("csv", "parquet", "vbt_cache", *TICK_KINDS))
    key = s.path
    if kind in TICK_KINDS:
        tick_columns = s.section("columns", {})
        renames = {name: tick_columns.string(name, name) for name in TICK_COLUMNS[kind]}
        tick_columns.done()
        path = s.string("path")
        if not path.endswith((".csv", ".parquet")):
            raise ConfigError(s.key("path"), f"must name a .csv or .parquet file, was {path!r}")
        spec = DataSpec(
            kind=kind,
            key=key,
            path=path,
            instrument_id=s.string("instrument_id"),
            timestamp_unit=s.string("timestamp_unit", "auto", choices=("auto", "s", "ms", "us", "ns")),
            columns=renames,
        )
        s.done()
        return spec
    if kind == "vbt_cache":
        spec = DataSpec(
            kind=kind,
            key=key,
            dir=s.string("dir"),
            bar_type_suffix=s.string(
                "bar_type_suffix", "1-MINUTE-LAST-EXTERNAL", pattern=r"\d+-[A-Z_]+-[A-Z_]+-EXTERNAL"
            ),
        )
        s.done()
        return spec
    columns_section = s.section("columns", {})
    columns = {
        name: columns_section.string(name, name)
        for name in ("timestamp", "open", "high", "low", "close", "volume")
    }
    columns_section.done()
    spec = DataSpec(
        kind=kind,
        key=key,
        path=s.string("path"),
        bar_type=s.string("bar_type"),
        timestamp_convention=s.string("timestamp_convention", "open", choices=("open", "close")),
        timestamp_unit=s.string("timestamp_unit", "ms", choices=("s", "ms", "us", "ns")),
        columns=columns,
    )
    s.done()
    return spec


def _strategy(s: Section) -> StrategySpec:
    kind = s.string("kind", choices=("bridge", "native"))
    if kind == "native":
        spec = StrategySpec(
            kind=kind,
            class_path=s.string("class_path", pattern=r"[\w.]+:\w+"),
            config_path=s.string("config_path", pattern=r"[\w.]+:\w+"),
            config=s.section("config", {}).as_dict(),
        )
        s.done()
        return spec
    bridge: dict[str, Any] = {"endpoint": s.endpoint("endpoint")}
    bridge["mode"] = s.string("mode", "lockstep", choices=("lockstep",))
    bridge["strategy"] = s.string("strategy", "")
    for name in ("reply_timeout_ms", "handshake_timeout_ms", "heartbeat_interval_ms"):
        bridge[name] = s.integer(name, _BRIDGE_DEFAULTS[name], minimum=1)
    bridge["spin_wait_us"] = s.integer("spin_wait_us", 300, minimum=0)
    bridge["fail_safe"] = s.string("fail_safe", "hold", choices=("hold", "flatten", "cancel_entries"))
    if s.has("instrument_ids"):
        bridge["instrument_ids"] = s.string_list("instrument_ids")
    if s.has("bar_types"):
        bridge["bar_types"] = s.string_list("bar_types")
    if s.has("strategy_id"):
        bridge["strategy_id"] = s.string("strategy_id", pattern=r"[A-Za-z0-9_]+-[A-Za-z0-9_]+")
    if s.has("order_id_tag"):
        bridge["order_id_tag"] = s.string("order_id_tag")
    bridge["log_events"] = s.boolean("log_events", False)
    bridge["log_commands"] = s.boolean("log_commands", False)
    s.done()
    return StrategySpec(kind=kind, bridge=bridge)


def _cross_check(venue: VenueSpec, data: tuple[DataSpec, ...], strategy: StrategySpec) -> None:
    ids = {i["instrument_id"] for i in venue.instruments}
    for spec in data:
        if spec.is_ticks and spec.instrument_id not in ids:
            raise ConfigError(
                f"{spec.key}.instrument_id",
                f"{spec.instrument_id} is not in venue.instruments ({', '.join(sorted(ids))})",
            )
        if spec.kind in ("csv", "parquet"):
            try:
                bar_type = BarType.from_str(spec.bar_type)
            except Exception as exc:
                raise ConfigError(
                    f"{spec.key}.bar_type", f"{spec.bar_type!r} is not a bar type: {exc}"
                ) from exc
            if bar_type.aggregation_source != AggregationSource.EXTERNAL:
                raise ConfigError(
                    f"{spec.key}.bar_type",
                    f"{spec.bar_type!r} must be an EXTERNAL bar type, e.g. "
                    "BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL",
                )
            instrument = bar_type.instrument_id.value
            if instrument not in ids:
                raise ConfigError(
                    f"{spec.key}.bar_type", f"instrument {instrument or '?'} is not in venue.instruments"
                )
    for n, iid in enumerate(strategy.bridge.get("instrument_ids", [])):
        if iid not in ids:
            raise ConfigError(f"strategy.instrument_ids[{n}]", f"{iid} is not in venue.instruments")
    native = "open" if _nautilus_minor() >= (1, 222) else "trigger"
    if venue.stop_gap_fill != native:
        raise ConfigError(
            "venue.stop_gap_fill",
            f"nautilus_trader {nautilus_trader.__version__} fills a gapped stop-market at its "
            f"{'open' if native == 'open' else 'trigger'}; set stop_gap_fill: {native}",
        )


def _nautilus_minor() -> tuple[int, int]:
    major, minor = nautilus_trader.__version__.split(".")[:2]
    return int(major), int(minor)
