"""Tick data in the Nautilus runner: config keys, exact loading, aggressor sides, errors naming the row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from nautilus_trader.model.enums import AggressorSide

from dolphin_bridge.backtest import LoadedData, build_instrument, load_ticks, run_backtest
from dolphin_bridge.backtest_config import (
    DEFAULT_INSTRUMENT,
    TICK_COLUMNS,
    DataSpec,
    parse_backtest_config,
)
from dolphin_bridge.errors import ConfigError

SHARED = REPO.parent / "shared" / "data"
TRADES = SHARED / "btcusdt-trades.parquet"
QUOTES = SHARED / "btcusdt-quotes.parquet"
IID = "BTCUSDT.BINANCE"
# The bundled ticks' own precisions (config/data/btcusdt-spot-ticks.yaml).
SPOT = {
    **DEFAULT_INSTRUMENT,
    "instrument_id": IID,
    "price_precision": 2,
    "size_precision": 6,
    "price_increment": "0.01",
    "size_increment": "0.000001",
    "min_quantity": "0.000001",
    "min_price": "0.01",
}


@pytest.fixture(scope="module", autouse=True)
def _shared_ticks() -> None:
    for path in (TRADES, QUOTES):
        if not path.is_file():
            pytest.fail(f"the shared tick file {path} is missing")


def _spec(kind: str, path: Path, instrument_id: str = IID, **columns: str) -> DataSpec:
    names = {n: columns.get(n, n) for n in TICK_COLUMNS[kind]}
    return DataSpec(
        kind=kind,
        key="data[0]",
        path=str(path),
        instrument_id=instrument_id,
        timestamp_unit="auto",
        columns=names,
    )


def _load(kind: str, path: Path, instrument: dict[str, Any] = SPOT, **columns: str) -> LoadedData:
    out = LoadedData()
    load_ticks(
        _spec(kind, path, instrument["instrument_id"], **columns),
        {instrument["instrument_id"]: build_instrument(instrument)},
        out,
    )
    return out


def test_trade_ticks_load_exactly_with_the_aggressor_from_buyer_maker_text():
    data = _load("trade_ticks", TRADES)
    assert (data.tick_count, data.bar_count) == (2001, 0)
    first, second = data.chunks[0][0], data.chunks[0][1]
    # Row 1: 39432.48 x 0.000263, buyer_maker "True" (text, not a bool): the seller aggressed.
    assert (str(first.price), str(first.size), first.aggressor_side) == (
        "39432.48",
        "0.000263",
        AggressorSide.SELLER,
    )
    assert (str(second.price), second.aggressor_side) == ("39439.44", AggressorSide.BUYER)
    assert (first.trade_id.value, first.ts_event, first.ts_init) == (
        "553287559",
        1610064000278000000,
        1610064000278000000,
    )


def test_quote_ticks_load_exactly():
    data = _load("quote_ticks", QUOTES)
    assert data.tick_count == 451
    q = data.chunks[0][0]
    assert (str(q.bid_price), str(q.ask_price), str(q.bid_size), str(q.ask_size)) == (
        "39432.99",
        "39433.62",
        "0.003100",
        "0.066851",
    )
    assert q.ts_event == 1610064001076000000


def test_a_tick_finer_than_the_instrument_is_refused_naming_the_row_not_rounded():
    # The default instrument (BTCUSDT-PERP.BINANCE) quotes 0.1: 39432.48 would become 39432.5.
    with pytest.raises(ConfigError) as info:
        _load("trade_ticks", TRADES, DEFAULT_INSTRUMENT)
    assert info.value.key == "data[0].columns.price"
    assert (
        "row 1 of" in str(info.value)
        and "39432.48" in str(info.value)
        and "at most 1 decimals" in str(info.value)
    )


def test_trade_csv_without_optional_columns_has_no_aggressor_and_numbered_ids(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("ts,px,qty\n1610064000000,39432.48,0.5\n1610064000100,39433.00,0.25\n")
    data = _load("trade_ticks", path, timestamp="ts", price="px", quantity="qty")
    ticks = data.chunks[0]
    assert [t.aggressor_side for t in ticks] == [AggressorSide.NO_AGGRESSOR] * 2
    assert [t.trade_id.value for t in ticks] == ["1", "2"]
    assert ticks[1].ts_event == 1610064000100000000


@pytest.mark.parametrize(
    ("body", "key", "text"),
    [
        ("timestamp,price,quantity\n2,1.00,1\n1,1.00,1\n", "data[0].columns.timestamp", "row 2"),
        ("timestamp,price,quantity\n1,1.00,0\n", "data[0].columns.quantity", "positive"),
        ("timestamp,price,quantity\n1,abc,1\n", "data[0].columns.price", "not numeric"),
        (
            "timestamp,price,quantity,buyer_maker\n1,1.00,1,maybe\n",
            "data[0].columns.buyer_maker",
            "not true or false",
        ),
        ("timestamp,price\n1,1.00\n", "data[0].columns.quantity", "is not in"),
        ("timestamp,price,quantity\n", "data[0].path", "no rows"),
    ],
)
def test_bad_trade_rows_are_config_errors_naming_the_column(tmp_path, body, key, text):
    path = tmp_path / "t.csv"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        _load("trade_ticks", path)
    assert info.value.key == key
    assert text in str(info.value)


@pytest.mark.parametrize(
    ("patch", "key"),
    [
        ({"instrument_id": "ETHUSDT.BINANCE"}, "data[0].instrument_id"),
        ({"path": "ticks.txt"}, "data[0].path"),
        ({"columns": {"bid": "b"}}, "data[0].columns.bid"),
    ],
)
def test_tick_config_errors_name_the_key(patch, key):
    raw = {
        "venue": {"instruments": [SPOT]},
        "data": [{"kind": "trade_ticks", "path": str(TRADES), "instrument_id": IID, **patch}],
        "strategy": {"kind": "native", "class_path": "a.b:C", "config_path": "a.b:D"},
    }
    with pytest.raises(ConfigError) as info:
        parse_backtest_config(raw)
    assert info.value.key == key


@pytest.mark.parametrize("quotes", [False, True])
def test_a_market_buy_on_ticks_fills_at_the_top_of_book_the_tick_set_then_one_tick_worse(tmp_path, quotes):
    raw = {
        "log_level": "OFF",
        "venue": {"instruments": [SPOT]},
        "data": [
            {
                "kind": "quote_ticks" if quotes else "trade_ticks",
                "path": str(QUOTES if quotes else TRADES),
                "instrument_id": IID,
            }
        ],
        "strategy": {
            "kind": "native",
            "class_path": "tick_buyer:TickBuyer",
            "config_path": "tick_buyer:TickBuyerConfig",
            "config": {"instrument_id": IID, "quantity": "0.01", "quotes": quotes},
        },
    }
    result = run_backtest(parse_backtest_config(raw), tmp_path)
    summary = result.summary
    assert (summary["bars_processed"], summary["ticks_processed"]) == (0, 451 if quotes else 2001)
    fills = [(f["ts"], f["qty"], f["price"]) for f in result.fills]
    if quotes:
        # The first quote: ask 39433.62 x 0.066851 covers the whole order.
        assert fills == [("2021-01-08T00:00:01.076000000Z", "0.010000", "39433.62")]
    else:
        # The first trade (39432.48 x 0.000263) is the whole L1 book: the rest fills a tick worse.
        assert fills == [
            ("2021-01-08T00:00:00.278000000Z", "0.000263", "39432.48"),
            ("2021-01-08T00:00:00.278000000Z", "0.009737", "39432.49"),
        ]


@pytest.mark.parametrize(
    "cell",
    ["1610064000", "1610064000000", "1610064000000999", "1610064000000500000", "2021-01-08 00:00:00.000999"],
)
def test_tick_timestamps_are_read_by_magnitude_to_the_whole_millisecond(tmp_path, cell):
    path = tmp_path / "t.csv"
    path.write_text(f"timestamp,price,quantity\n{cell},1.00,1\n")
    assert _load("trade_ticks", path).chunks[0][0].ts_event == 1610064000000000000
