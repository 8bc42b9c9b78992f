"""
Backtest runner: ``python -m dolphin_bridge.backtest CONFIG [--out DIR]``.

Builds a Nautilus BacktestEngine from a YAML/JSON config (see `dolphin_bridge.backtest_config`),
loads the bars or ticks, runs the BridgeStrategy (or a native Nautilus strategy) and writes
``fills.json``, ``positions.json``, ``account.json`` and ``summary.json`` to the out dir (2-space
JSON; the same inputs give byte-identical files, except ``summary.json``'s ``elapsed_s``).

Exit codes: 0 ok, 2 config error (the message names the key), 3 handshake rejected, 4 lockstep
timeout / host lost, 1 anything else. On a failure no report is written.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from nautilus_trader.backtest.engine import BacktestEngine, BacktestEngineConfig
from nautilus_trader.backtest.models import MakerTakerFeeModel
from nautilus_trader.config import ImportableStrategyConfig, LoggingConfig, StrategyFactory
from nautilus_trader.model.data import Bar, BarType, QuoteTick, TradeTick
from nautilus_trader.model.enums import (
    AccountType,
    AggressorSide,
    OmsType,
    liquidity_side_to_str,
    order_type_to_str,
)
from nautilus_trader.model.enums import OrderSide as NtOrderSide
from nautilus_trader.model.events import OrderFilled, PositionClosed
from nautilus_trader.model.identifiers import InstrumentId, Symbol, TradeId, TraderId, Venue
from nautilus_trader.model.instruments import CryptoPerpetual
from nautilus_trader.model.objects import Currency, Money, Price, Quantity
from nautilus_trader.persistence.wranglers import BarDataWrangler

from dolphin_bridge.backtest_config import VBT_META_COLUMNS, BacktestConfig, DataSpec, parse_backtest_config
from dolphin_bridge.codec import money_text
from dolphin_bridge.config import BridgeStrategyConfig
from dolphin_bridge.configfile import load_config_file
from dolphin_bridge.errors import EXIT_OK, EXIT_OTHER, BridgeError, ConfigError
from dolphin_bridge.fees import TaggedFeeModel
from dolphin_bridge.strategy import BridgeStrategy

# Instruments ---------------------------------------------------------------------------------------


def _currency(code: str) -> Currency:
    return Currency.from_str(code, strict=False)


def _at(text: str, precision: int) -> str:
    return format(Decimal(text), f".{precision}f")


def build_instrument(spec: dict[str, Any]) -> CryptoPerpetual:
    """Builds the CryptoPerpetual a config instrument describes (exact decimal texts, ts 0)."""
    pp, sp = spec["price_precision"], spec["size_precision"]
    quote = _currency(spec["quote_currency"])

    def qty(name: str) -> Quantity | None:
        return Quantity.from_str(_at(spec[name], sp)) if spec[name] else None

    def price(name: str) -> Price | None:
        return Price.from_str(_at(spec[name], pp)) if spec[name] else None

    def money(name: str) -> Money | None:
        return Money.from_str(f"{spec[name]} {quote.code}") if spec[name] else None

    return CryptoPerpetual(
        instrument_id=InstrumentId.from_str(spec["instrument_id"]),
        raw_symbol=Symbol(spec["raw_symbol"]),
        base_currency=_currency(spec["base_currency"]),
        quote_currency=quote,
        settlement_currency=_currency(spec["settlement_currency"]),
        is_inverse=spec["is_inverse"],
        price_precision=pp,
        size_precision=sp,
        price_increment=Price.from_str(_at(spec["price_increment"], pp)),
        size_increment=Quantity.from_str(_at(spec["size_increment"], sp)),
        ts_event=0,
        ts_init=0,
        multiplier=Quantity.from_str(spec["multiplier"]),
        lot_size=Quantity.from_str(spec["lot_size"]),
        max_quantity=qty("max_quantity"),
        min_quantity=qty("min_quantity"),
        max_notional=money("max_notional"),
        min_notional=money("min_notional"),
        max_price=price("max_price"),
        min_price=price("min_price"),
        margin_init=Decimal(spec["margin_init"]),
        margin_maint=Decimal(spec["margin_maint"]),
        maker_fee=Decimal(spec["maker_fee"]),
        taker_fee=Decimal(spec["taker_fee"]),
    )


# Data ----------------------------------------------------------------------------------------------


@dataclass
class LoadedData:
    """
    Bars and ticks in insertion order, grouped per (entry, bar type) chunk, and ts_init per bar
    type.
    """

    chunks: list[list[Any]] = field(default_factory=list)
    timestamps: dict[str, np.ndarray] = field(default_factory=dict)
    tick_count: int = 0

    @property
    def bar_count(self) -> int:
        return sum(len(c) for c in self.chunks) - self.tick_count

    def add_ticks(self, ticks: list[Any]) -> None:
        self.chunks.append(ticks)
        self.tick_count += len(ticks)

    @property
    def bar_types(self) -> list[str]:
        return list(self.timestamps)

    def add(self, bars: list[Bar], bar_type: str, ts_init: np.ndarray) -> None:
        if not bars:
            return
        self.chunks.append(bars)
        previous = self.timestamps.get(bar_type)
        self.timestamps[bar_type] = ts_init if previous is None else np.concatenate([previous, ts_init])


def _index_from(values: pd.Series, unit: str, key: str) -> pd.DatetimeIndex:
    try:
        if pd.api.types.is_numeric_dtype(values):
            return pd.DatetimeIndex(pd.to_datetime(values.to_numpy(), unit=unit, utc=True))
        return pd.DatetimeIndex(pd.to_datetime(values, utc=True))
    except (ValueError, TypeError) as exc:
        raise ConfigError(key, f"timestamps are not readable: {exc}") from exc


def _read_table(spec: DataSpec) -> pd.DataFrame:
    path = Path(spec.path)
    if not path.is_file():
        raise ConfigError(f"{spec.key}.path", f"no such file: {path}")
    csv = spec.kind == "csv" or (spec.is_ticks and path.suffix == ".csv")
    try:
        return pd.read_csv(path) if csv else pd.read_parquet(path)
    except Exception as exc:
        raise ConfigError(
            f"{spec.key}.path", f"cannot read {path} as {'csv' if csv else 'parquet'}: {exc}"
        ) from exc


def _exact_raw(values: np.ndarray, precision: int, what: str, spec: DataSpec) -> np.ndarray:
    """
    The values as integers at `precision` decimals; a value that is not finite, not exact at that
    precision (Nautilus would round it) or not positive (a zero-size quote level would empty a side
    of the L1 book) is a ConfigError naming the row, so the data is never changed silently.
    """
    scaled = values * (10.0**precision)
    raw = np.rint(scaled)
    # Exact means within the double's own error of an integer number of units (a unit is 1).
    with np.errstate(invalid="ignore"):
        bad = ~np.isfinite(values) | (np.abs(scaled - raw) > np.maximum(1e-6, np.abs(scaled) * 1e-12))
    bad |= raw <= 0
    if bad.any():
        row = int(np.argmax(bad))
        raise ConfigError(
            f"{spec.key}.columns.{what}",
            f"row {row + 1} of {spec.path}: {float(values[row])!r} is not a positive number with at "
            f"most {precision} decimals (the precision of {spec.instrument_id}; give the instrument "
            "that precision in venue.instruments)",
        )
    return raw


def _aggressor(values: pd.Series, spec: DataSpec) -> list[AggressorSide]:
    """buyer_maker -> aggressor (true: the buyer made the price, so the seller aggressed)."""
    out: list[AggressorSide] = []
    for row, value in enumerate(values):
        text = str(value).strip().lower()
        if value is True or text in ("true", "1"):
            out.append(AggressorSide.SELLER)
        elif value is False or text in ("false", "0"):
            out.append(AggressorSide.BUYER)
        else:
            raise ConfigError(
                f"{spec.key}.columns.buyer_maker",
                f"row {row + 1} of {spec.path}: {value!r} is not true or false",
            )
    return out


def _tick_timestamps_ns(values: pd.Series, spec: DataSpec) -> np.ndarray:
    """ts_event in ns, to whole ms; numeric epochs with unit auto: s, ms, us or ns by magnitude."""
    key = f"{spec.key}.columns.timestamp"
    if spec.timestamp_unit == "auto" and pd.api.types.is_numeric_dtype(values):
        v = values.to_numpy(dtype=np.float64)
        a = np.abs(v)
        ms = np.where(a < 1e11, v * 1000, np.where(a < 1e14, v, np.trunc(v / np.where(a < 1e17, 1e3, 1e6))))
        if not np.isfinite(ms).all():
            row = int(np.argmax(~np.isfinite(ms)))
            raise ConfigError(key, f"row {row + 1} of {spec.path}: unreadable timestamp")
        return ms.astype(np.int64) * 1_000_000
    unit = "ms" if spec.timestamp_unit == "auto" else spec.timestamp_unit
    ns = _index_from(values, unit, key).as_unit("ns").asi8
    # Whole milliseconds, as the host engine (and its clock) reads them: both engines see one time.
    return (ns // 1_000_000) * 1_000_000


def load_ticks(spec: DataSpec, instruments: dict[str, CryptoPerpetual], out: LoadedData) -> None:
    """Loads a CSV/Parquet file of trade or quote ticks for one instrument (ts_event = ts_init)."""
    frame = _read_table(spec)
    cols = spec.columns
    optional = ("buyer_maker", "trade_id")
    for name, column in cols.items():
        if column not in frame.columns and name not in optional:
            raise ConfigError(
                f"{spec.key}.columns.{name}",
                f"column {column!r} is not in {spec.path} (columns: {', '.join(map(str, frame.columns))})",
            )
    if frame.empty:
        raise ConfigError(f"{spec.key}.path", f"{spec.path} holds no rows")
    ts = _tick_timestamps_ns(frame[cols["timestamp"]], spec)
    back = np.flatnonzero(np.diff(ts) < 0)
    if back.size:
        row = int(back[0]) + 2
        raise ConfigError(
            f"{spec.key}.columns.timestamp", f"row {row} of {spec.path} is earlier than the row before it"
        )
    instrument = instruments[spec.instrument_id]
    iid = instrument.id
    pp, sp = instrument.price_precision, instrument.size_precision

    def units(name: str, precision: int) -> np.ndarray:
        try:
            values = frame[cols[name]].to_numpy(dtype=np.float64)
        except (TypeError, ValueError) as exc:
            raise ConfigError(
                f"{spec.key}.columns.{name}", f"column {cols[name]!r} is not numeric: {exc}"
            ) from exc
        return _exact_raw(values, precision, name, spec)

    ticks: list[Any]
    if spec.kind == "trade_ticks":
        prices = units("price", pp)
        sizes = units("quantity", sp)
        sides = (
            _aggressor(frame[cols["buyer_maker"]], spec)
            if cols["buyer_maker"] in frame.columns
            else [AggressorSide.NO_AGGRESSOR] * len(frame)
        )
        ids = (
            frame[cols["trade_id"]].astype(str).tolist()
            if cols["trade_id"] in frame.columns
            else [str(n + 1) for n in range(len(frame))]
        )
        ticks = [
            TradeTick(
                iid,
                Price(int(prices[n]) / 10**pp, pp),
                Quantity(int(sizes[n]) / 10**sp, sp),
                sides[n],
                TradeId(ids[n]),
                int(ts[n]),
                int(ts[n]),
            )
            for n in range(len(frame))
        ]
    else:
        bids, asks = units("bid", pp), units("ask", pp)
        bid_sizes, ask_sizes = units("bid_size", sp), units("ask_size", sp)
        ticks = [
            QuoteTick(
                iid,
                Price(int(bids[n]) / 10**pp, pp),
                Price(int(asks[n]) / 10**pp, pp),
                Quantity(int(bid_sizes[n]) / 10**sp, sp),
                Quantity(int(ask_sizes[n]) / 10**sp, sp),
                int(ts[n]),
                int(ts[n]),
            )
            for n in range(len(frame))
        ]
    out.add_ticks(ticks)


def load_ohlc(spec: DataSpec, instruments: dict[str, CryptoPerpetual], out: LoadedData) -> None:
    """Loads a CSV/Parquet OHLC[V] file; open-stamped timestamps are shifted to the bar close."""
    frame = _read_table(spec)
    cols = spec.columns
    for name in ("timestamp", "open", "high", "low", "close"):
        if cols[name] not in frame.columns:
            raise ConfigError(f"{spec.key}.columns.{name}", f"column {cols[name]!r} is not in {spec.path}")
    bar_type = BarType.from_str(spec.bar_type)
    index = _index_from(frame[cols["timestamp"]], spec.timestamp_unit, f"{spec.key}.columns.timestamp")
    if spec.timestamp_convention == "open":
        index = index + bar_type.spec.timedelta
    data = {name: frame[cols[name]].to_numpy(dtype=np.float64) for name in ("open", "high", "low", "close")}
    if cols["volume"] in frame.columns:
        data["volume"] = frame[cols["volume"]].to_numpy(dtype=np.float64)
    df = pd.DataFrame(data, index=index)
    if df.empty:
        raise ConfigError(f"{spec.key}.path", f"{spec.path} holds no rows")
    instrument = instruments[bar_type.instrument_id.value]
    bars = BarDataWrangler(bar_type, instrument).process(df)
    out.add(bars, str(bar_type), np.fromiter((b.ts_init for b in bars), dtype=np.int64, count=len(bars)))


def _vbt_timestamps_ns(values: pd.Series, key: str) -> np.ndarray:
    if pd.api.types.is_integer_dtype(values):
        return values.to_numpy(dtype=np.int64) * 1_000_000  # ms since the epoch
    if pd.api.types.is_datetime64_any_dtype(values):
        index = pd.DatetimeIndex(values)
        index = index.tz_localize("UTC") if index.tz is None else index.tz_convert("UTC")
        return index.as_unit("ns").asi8
    raise ConfigError(key, f"timestamp column must be int64 ms or a timestamp type, got {values.dtype}")


def load_vbt_cache(
    spec: DataSpec, venue: str, instruments: dict[str, CryptoPerpetual], out: LoadedData
) -> None:
    """Loads DIR/YYYY-MM-DD.parquet: one single-price bar (O=H=L=C=close) per asset and row."""
    root = Path(spec.dir)
    files = sorted(root.glob("*.parquet"))
    if not files:
        raise ConfigError(f"{spec.key}.dir", f"no *.parquet files in {root}")
    per_asset: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    for path in files:
        frame = pd.read_parquet(path)
        if "timestamp" not in frame.columns:
            raise ConfigError(f"{spec.key}.dir", f"{path.name} has no timestamp column")
        ts = _vbt_timestamps_ns(frame["timestamp"], f"{spec.key}.dir")
        for column in frame.columns:
            if column in VBT_META_COLUMNS:
                continue
            prices = frame[column].to_numpy(dtype=np.float64)
            keep = np.isfinite(prices) & (prices > 0)
            per_asset.setdefault(str(column), []).append((ts[keep], prices[keep]))
    for asset, parts in per_asset.items():
        instrument_id = f"{asset}-PERP.{venue}"
        instrument = instruments.get(instrument_id)
        if instrument is None:
            raise ConfigError(
                f"{spec.key}.dir", f"column {asset} needs instrument {instrument_id} in venue.instruments"
            )
        ts = np.concatenate([p[0] for p in parts])
        px = np.concatenate([p[1] for p in parts])
        if ts.size == 0:
            continue
        bar_type = BarType.from_str(f"{instrument_id}-{spec.bar_type_suffix}")
        df = pd.DataFrame(
            {"open": px, "high": px, "low": px, "close": px},
            index=pd.DatetimeIndex(pd.to_datetime(ts, utc=True)),
        )
        bars = BarDataWrangler(bar_type, instrument).process(df)
        out.add(bars, str(bar_type), ts)


def load_data(config: BacktestConfig, instruments: dict[str, CryptoPerpetual]) -> LoadedData:
    """Loads every data entry in config order."""
    out = LoadedData()
    for spec in config.data:
        if spec.kind == "vbt_cache":
            load_vbt_cache(spec, config.venue.name, instruments, out)
        elif spec.is_ticks:
            load_ticks(spec, instruments, out)
        else:
            load_ohlc(spec, instruments, out)
    if out.bar_count + out.tick_count == 0:
        raise ConfigError("data", "the data sources hold no bars or ticks")
    return out


# Recording -----------------------------------------------------------------------------------------


def iso_ns(ts_ns: int) -> str:
    """Formats ns since the epoch as ``2021-12-31T23:21:00.000000000Z``."""
    seconds, nanos = divmod(ts_ns, 1_000_000_000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{nanos:09d}Z"


class FillRecorder:
    """
    Records every OrderFilled of every strategy from the msgbus, as FillRecord rows, and the
    realized PnL of every position lifetime (from position events: a NETTING flip replaces the
    closed position in the cache without a snapshot, so the cache alone would miss it).
    """

    def __init__(self, cache: Any) -> None:
        self._cache = cache
        self.fills: list[dict[str, str]] = []
        self.commission_total = Decimal(0)
        self._closed_pnl = Decimal(0)
        self._open_pnl: dict[str, Decimal] = {}

    @property
    def realized_pnl(self) -> Decimal:
        """Realized PnL (net of commissions) of every position, closed or still open."""
        return self._closed_pnl + sum(self._open_pnl.values(), Decimal(0))

    def on_position_event(self, event: Any) -> None:
        key = f"{event.strategy_id}/{event.position_id}"
        pnl = event.realized_pnl.as_decimal() if event.realized_pnl is not None else Decimal(0)
        if type(event) is PositionClosed:
            self._open_pnl.pop(key, None)
            self._closed_pnl += pnl
        else:
            self._open_pnl[key] = pnl

    def on_event(self, event: Any) -> None:
        if type(event) is not OrderFilled:
            return
        order = self._cache.order(event.client_order_id)
        tags = order.tags if order is not None else None
        self.commission_total += event.commission.as_decimal()
        self.fills.append(
            {
                "ts": iso_ns(event.ts_event),
                "ts_ns": str(event.ts_event),
                "instrument": event.instrument_id.value,
                "side": "BUY" if event.order_side == NtOrderSide.BUY else "SELL",
                "qty": str(event.last_qty),
                "price": str(event.last_px),
                "commission": money_text(event.commission),
                "commission_currency": event.commission.currency.code,
                "liquidity": _liquidity(event.liquidity_side),
                "order_id": event.client_order_id.value,
                "order_type": order_type_to_str(event.order_type),
                "tag": tags[0] if tags else "",
            }
        )


def _liquidity(side: Any) -> str:
    text = liquidity_side_to_str(side)
    return text if text in ("MAKER", "TAKER") else "NONE"


def json_safe(value: Any) -> Any:
    """Converts report cells to JSON values (NaN -> null, numpy scalars -> Python, objects -> str)."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int):
        return value
    if isinstance(value, pd.Timestamp):
        return iso_ns(value.value)
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def report_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame report -> list of JSON-safe rows (the index becomes a column)."""
    if frame is None or frame.empty:
        return []
    rows = frame.reset_index().to_dict(orient="records")
    return [{str(k): json_safe(v) for k, v in row.items()} for row in rows]


_UUID_SUFFIX = re.compile(r"-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def position_rows(frame: pd.DataFrame, snapshots: list[Any]) -> list[dict[str, Any]]:
    """
    Positions report rows with deterministic ids and order. Nautilus names a NETTING snapshot
    ``{position_id}-{uuid4}`` and sorts the report by (ts_opened, ts_closed, position_id), so
    lifecycles opened and closed at the same times come in UUID order. Here a snapshot becomes
    ``{position_id}-snapshot-{n}``, n from 1 in the order the cache took them (``snapshots``:
    ``Cache.position_snapshots()``, each id's list in creation order), and rows are ordered by
    (ts_opened, ts_closed, position_id without the suffix, n), the current position after its
    snapshots.
    """
    ordinal: dict[str, int] = {}
    counts: dict[str, int] = {}
    for snap in snapshots:
        base = _UUID_SUFFIX.sub("", str(snap.id))
        counts[base] = counts.get(base, 0) + 1
        ordinal[str(snap.id)] = counts[base]
    rows = report_rows(frame)
    keys: dict[int, tuple[str, str, str, float]] = {}
    for row in rows:
        raw = str(row["position_id"])
        base = _UUID_SUFFIX.sub("", raw)
        n = ordinal.get(raw) if row.get("is_snapshot") else None
        if n is not None:
            row["position_id"] = f"{base}-snapshot-{n}"
        keys[id(row)] = (
            str(row.get("ts_opened")),
            str(row.get("ts_closed")),
            base,
            math.inf if n is None else n,
        )
    rows.sort(key=lambda r: keys[id(r)])
    return rows


def positions_report(engine: BacktestEngine) -> list[dict[str, Any]]:
    """positions.json: the trader's positions report with its snapshots (see position_rows)."""
    return position_rows(engine.trader.generate_positions_report(), engine.cache.position_snapshots())


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# Running -------------------------------------------------------------------------------------------


@dataclass
class RunResult:
    """What a run produced (also written to the out dir)."""

    summary: dict[str, Any]
    fills: list[dict[str, str]]
    out_dir: Path


def _fee_model(config: BacktestConfig) -> Any:
    spec = config.venue.fee_model
    return MakerTakerFeeModel() if spec.kind == "maker_taker" else TaggedFeeModel(spec.rates)


def _engine(config: BacktestConfig) -> BacktestEngine:
    if config.log_level == "OFF":
        logging = LoggingConfig(bypass_logging=True)
    else:
        logging = LoggingConfig(log_level=config.log_level)
    return BacktestEngine(BacktestEngineConfig(trader_id=TraderId(config.trader_id), logging=logging))


def _strategy(config: BacktestConfig, instrument_ids: list[str], data: LoadedData) -> Any:
    spec = config.strategy
    if spec.kind == "native":
        try:
            importable = ImportableStrategyConfig(
                strategy_path=spec.class_path, config_path=spec.config_path, config=spec.config
            )
            return StrategyFactory.create(importable)
        except Exception as exc:
            raise ConfigError("strategy", f"cannot build {spec.class_path}: {exc}") from exc
    fields = dict(spec.bridge)
    fields.setdefault("instrument_ids", instrument_ids)
    fields.setdefault("bar_types", data.bar_types)
    try:
        bridge_config = BridgeStrategyConfig(node_kind="backtest", **fields)
    except (TypeError, ValueError) as exc:
        raise ConfigError("strategy", str(exc)) from exc
    strategy = BridgeStrategy(bridge_config)
    strategy.set_bar_timestamps(data.timestamps)
    return strategy


def run_backtest(config: BacktestConfig, out_dir: Path) -> RunResult:
    """
    Builds the engine, runs it and writes the four reports.

    Raises
    ------
    ConfigError
        For a config problem found while building (data files, strategy class...).
    BridgeError
        When the bridge failed (handshake rejected, lockstep timeout, host lost).

    """
    venue_spec = config.venue
    instruments = {spec["instrument_id"]: build_instrument(spec) for spec in venue_spec.instruments}
    data = load_data(config, instruments)
    engine = _engine(config)
    try:
        return _run(engine, config, instruments, data, out_dir)
    finally:
        engine.dispose()


def _run(
    engine: BacktestEngine,
    config: BacktestConfig,
    instruments: dict[str, CryptoPerpetual],
    data: LoadedData,
    out_dir: Path,
) -> RunResult:
    venue_spec = config.venue
    venue = Venue(venue_spec.name)
    currency = _currency(venue_spec.base_currency)
    engine.add_venue(
        venue=venue,
        oms_type=OmsType.NETTING,
        account_type=AccountType.MARGIN,
        starting_balances=[Money(venue_spec.starting_balance, currency)],
        base_currency=currency,
        default_leverage=Decimal(repr(venue_spec.default_leverage)),
        fee_model=_fee_model(config),
        bar_adaptive_high_low_ordering=venue_spec.bar_adaptive_high_low_ordering,
    )
    for instrument in instruments.values():
        engine.add_instrument(instrument)
    for n, chunk in enumerate(data.chunks):
        engine.add_data(chunk, sort=n == len(data.chunks) - 1)
    strategy = _strategy(config, list(instruments), data)
    engine.add_strategy(strategy)
    if isinstance(strategy, BridgeStrategy):
        strategy.set_risk_engine(engine.kernel.risk_engine)
    recorder = FillRecorder(engine.cache)
    engine.kernel.msgbus.subscribe(topic="events.order.*", handler=recorder.on_event)
    engine.kernel.msgbus.subscribe(topic="events.position.*", handler=recorder.on_position_event)
    started = time.perf_counter()
    try:
        engine.run()
    except BridgeError:
        raise
    except Exception as exc:
        failure = getattr(strategy, "failure", None)
        if failure is not None:
            raise failure from exc
        raise
    elapsed = time.perf_counter() - started
    failure = getattr(strategy, "failure", None)
    if failure is not None:
        raise failure
    return _write_reports(engine, config, strategy, recorder, data, venue, currency, elapsed, out_dir)


def _write_reports(
    engine: BacktestEngine,
    config: BacktestConfig,
    strategy: Any,
    recorder: FillRecorder,
    data: LoadedData,
    venue: Venue,
    currency: Currency,
    elapsed: float,
    out_dir: Path,
) -> RunResult:
    out_dir.mkdir(parents=True, exist_ok=True)
    account = engine.cache.account_for_venue(venue)
    precision = currency.precision
    write_json(out_dir / "fills.json", recorder.fills)
    write_json(out_dir / "positions.json", positions_report(engine))
    balances = [
        {
            "currency": b.currency.code,
            "total": money_text(b.total),
            "locked": money_text(b.locked),
            "free": money_text(b.free),
        }
        for b in account.balances().values()
    ]
    write_json(
        out_dir / "account.json",
        {
            "account_id": account.id.value,
            "balances": sorted(balances, key=lambda b: b["currency"]),
            "report": [
                {"ts_event" if k == "index" else k: v for k, v in row.items()}
                for row in report_rows(engine.trader.generate_account_report(venue))
            ],
        },
    )
    welcome = getattr(strategy, "welcome", None)
    summary = {
        "engine": "nautilus" if isinstance(strategy, BridgeStrategy) else "native",
        "strategy": welcome.strategy_name
        if welcome is not None and welcome.strategy_name
        else _strategy_name(config),
        "config_hash": config.config_hash,
        "data": [d.path or d.dir for d in config.data],
        "bars_processed": data.bar_count,
        "ticks_processed": data.tick_count,
        "fills": len(recorder.fills),
        "starting_balance": money_text(Money(config.venue.starting_balance, currency)),
        "final_balance": money_text(account.balance_total(currency)),
        "currency": currency.code,
        "total_commissions": format(recorder.commission_total, f".{precision}f"),
        "realized_pnl": format(recorder.realized_pnl, f".{precision}f"),
        "iterations": engine.iteration,
        "elapsed_s": round(elapsed, 3),
    }
    write_json(out_dir / "summary.json", summary)
    return RunResult(summary=summary, fills=recorder.fills, out_dir=out_dir)


def _strategy_name(config: BacktestConfig) -> str:
    spec = config.strategy
    return spec.class_path if spec.kind == "native" else spec.bridge.get("strategy", "")


# CLI -----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (0 ok, 2 config, 3 handshake rejected, 4 host lost, 1 other)."""
    parser = argparse.ArgumentParser(
        prog="python -m dolphin_bridge.backtest", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument("config", help="runner config, YAML or JSON")
    parser.add_argument("--out", help="output directory (overrides out_dir)")
    args = parser.parse_args(argv)
    try:
        config = parse_backtest_config(load_config_file(args.config))
        result = run_backtest(config, Path(args.out or config.out_dir))
    except BridgeError as exc:
        print(f"dolphin_bridge.backtest: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:
        print(f"dolphin_bridge.backtest: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_OTHER
    summary = result.summary
    print(
        f"backtest: {summary['bars_processed']} bars, {summary['ticks_processed']} ticks, "
        f"{summary['fills']} fills, final balance "
        f"{summary['final_balance']} {summary['currency']}, {summary['elapsed_s']} s -> {result.out_dir}"
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
