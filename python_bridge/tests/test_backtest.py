"""The backtest runner: config loading and errors, data loading, fee model, bar groups, trading state."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from conftest import BAR_TYPE, bridge_config
from fake_host import FakeHost, Reply, decision, welcome_for
from nautilus_trader.model.currencies import USDT
from nautilus_trader.model.enums import LiquiditySide
from nautilus_trader.model.objects import Money, Price, Quantity
from nautilus_trader.test_kit.providers import TestInstrumentProvider
from test_lockstep import IID, bar_closes, market, on_bars

from dolphin_bridge import codec
from dolphin_bridge.backtest import (
    LoadedData,
    build_instrument,
    load_ohlc,
    load_vbt_cache,
    main,
    run_backtest,
)
from dolphin_bridge.backtest_config import DEFAULT_INSTRUMENT, DataSpec, parse_backtest_config
from dolphin_bridge.errors import ConfigError, HandshakeTimeout
from dolphin_bridge.fees import TaggedFeeModel
from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb

ETH = {
    "instrument_id": "ETHUSDT-PERP.BINANCE",
    "raw_symbol": "ETHUSDT",
    "base_currency": "ETH",
    "quote_currency": "USDT",
    "settlement_currency": "USDT",
    "price_precision": 2,
    "size_precision": 3,
    "price_increment": "0.01",
    "size_increment": "0.001",
    "min_quantity": "0.001",
    "max_quantity": "10000.000",
    "min_notional": "10.00000000",
    "maker_fee": "0.0002",
    "taker_fee": "0.0004",
}
NATIVE = {
    "kind": "native",
    "class_path": "nautilus_trader.examples.strategies.ema_cross:EMACross",
    "config_path": "nautilus_trader.examples.strategies.ema_cross:EMACrossConfig",
    "config": {
        "instrument_id": IID,
        "bar_type": BAR_TYPE,
        "trade_size": "0.010",
        "fast_ema_period": 10,
        "slow_ema_period": 20,
    },
}


def instruments_of(config: dict[str, Any]):
    parsed = parse_backtest_config(config)
    return {spec["instrument_id"]: build_instrument(spec) for spec in parsed.venue.instruments}


# Config ------------------------------------------------------------------------------------------


def test_backtest_default_instrument_is_nautilus_btcusdt_perp_binance():
    built = codec.encode_instrument(build_instrument(DEFAULT_INSTRUMENT), "1")
    reference = codec.encode_instrument(TestInstrumentProvider.btcusdt_perp_binance(), "1")
    assert built == reference


def test_backtest_bridge_defaults_trade_every_venue_instrument_and_offer_the_data_bar_types(
    bars_csv, endpoint
):
    config = parse_backtest_config(bridge_config(endpoint, bars_csv))
    assert config.strategy.bridge["mode"] == "lockstep"
    assert "instrument_ids" not in config.strategy.bridge  # filled from the venue at build time
    assert config.venue.fee_model.kind == "maker_taker"
    assert config.venue.default_leverage == 1.0


@pytest.mark.parametrize(
    ("patch", "key"),
    [
        ({"colour": "blue"}, "colour"),
        ({"venue": {"oms_type": "HEDGING"}}, "venue.oms_type"),
        ({"venue": {"fee_model": {"kind": "tagged"}}}, "venue.fee_model.rates"),
        (
            {"venue": {"fee_model": {"kind": "tagged", "rates": {"entry": "x"}}}},
            "venue.fee_model.rates.entry",
        ),
        (
            {"venue": {"instruments": [{**DEFAULT_INSTRUMENT, "price_increment": "0.01"}]}},
            "venue.instruments[0].price_increment",
        ),
        ({"venue": {"instruments": [{**DEFAULT_INSTRUMENT, "tick": "0.1"}]}}, "venue.instruments[0].tick"),
        (
            {"venue": {"instruments": [{**DEFAULT_INSTRUMENT, "is_inverse": True}]}},
            "venue.instruments[0].is_inverse",
        ),
        ({"venue": {"base_currency": "USD"}}, "venue.instruments[0].quote_currency"),
        ({"venue": {"starting_balance": 10_000.000000001}}, "venue.starting_balance"),
        (
            {"venue": {"instruments": [{**DEFAULT_INSTRUMENT, "multiplier": "0"}]}},
            "venue.instruments[0].multiplier",
        ),
        (
            {"venue": {"instruments": [{**DEFAULT_INSTRUMENT, "max_quantity": "0.000"}]}},
            "venue.instruments[0].max_quantity",
        ),
        (
            {"venue": {"instruments": [{**DEFAULT_INSTRUMENT, "settlement_currency": "USDC"}]}},
            "venue.instruments[0].settlement_currency",
        ),
        ({"venue": {"stop_gap_fill": "open"}}, "venue.stop_gap_fill"),
        (
            {
                "data": [
                    {
                        "kind": "csv",
                        "path": "x.csv",
                        "bar_type": "ETHUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL",
                    }
                ]
            },
            "data[0].bar_type",
        ),
        (
            {"data": [{"kind": "csv", "path": "x.csv", "bar_type": f"{IID}-1-MINUTE-LAST-INTERNAL"}]},
            "data[0].bar_type",
        ),
        (
            {"data": [{"kind": "csv", "path": "x.csv", "bar_type": BAR_TYPE, "timestamp_convention": "mid"}]},
            "data[0].timestamp_convention",
        ),
        ({"strategy": {"kind": "bridge", "endpoint": "ipc:///tmp/x", "mode": "async"}}, "strategy.mode"),
        ({"strategy": {"kind": "bridge", "endpoint": "tcp://127.0.0.1:99999"}}, "strategy.endpoint"),
        ({"strategy": {"kind": "bridge", "endpoint": "tcp://*:5555"}}, "strategy.endpoint"),
        (
            {"strategy": {"kind": "bridge", "endpoint": "ipc:///tmp/x", "reply_timeout_ms": 0}},
            "strategy.reply_timeout_ms",
        ),
        (
            {"strategy": {"kind": "bridge", "endpoint": "ipc:///tmp/x", "instrument_ids": ["X.BINANCE"]}},
            "strategy.instrument_ids[0]",
        ),
    ],
)
def test_backtest_config_error_names_the_key(bars_csv, endpoint, patch, key):
    raw = {**bridge_config(endpoint, bars_csv), **patch}
    with pytest.raises(ConfigError) as info:
        parse_backtest_config(raw)
    assert info.value.key == key


@pytest.mark.parametrize(
    ("currency", "balance"),
    [("JPY", 10_000.0), ("JPY", 10_000), ("USD", 10_000.12), ("USDT", 10_000.00000001)],
)
def test_backtest_config_takes_a_balance_at_the_currency_precision(bars_csv, endpoint, currency, balance):
    instrument = {**DEFAULT_INSTRUMENT, "quote_currency": currency, "settlement_currency": currency}
    venue = {"base_currency": currency, "starting_balance": balance, "instruments": [instrument]}
    config = parse_backtest_config({**bridge_config(endpoint, bars_csv), "venue": venue})
    assert Decimal(repr(config.venue.starting_balance)) == Decimal(repr(balance))


def test_backtest_main_exits_2_on_a_config_error_naming_the_key(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("data: []\nstrategy: {kind: bridge, endpoint: 'ipc:///tmp/x'}\nvenue: {name: binance}\n")
    assert main([str(path)]) == 2
    assert "venue.name" in capsys.readouterr().err


def test_backtest_main_exits_2_for_a_missing_data_file(tmp_path, capsys, endpoint):
    path = tmp_path / "run.json"
    path.write_text(json.dumps(bridge_config(endpoint, tmp_path / "nope.csv")))
    assert main([str(path)]) == 2
    assert "data[0].path" in capsys.readouterr().err


def test_backtest_native_strategy_loads_from_config_and_runs(bars_csv, tmp_path):
    raw = {
        "log_level": "OFF",
        "data": [{"kind": "csv", "path": str(bars_csv), "bar_type": BAR_TYPE}],
        "strategy": NATIVE,
    }
    result = run_backtest(parse_backtest_config(raw), tmp_path)
    assert result.summary["engine"] == "native"
    assert result.summary["bars_processed"] == 300
    assert result.fills and result.fills[0]["ts"] == "2021-12-31T23:21:00.000000000Z"
    assert {p.name for p in tmp_path.iterdir()} == {
        "fills.json",
        "positions.json",
        "account.json",
        "summary.json",
    }


def test_backtest_native_strategy_with_a_bad_class_path_is_a_config_error(bars_csv, tmp_path):
    raw = {
        "log_level": "OFF",
        "data": [{"kind": "csv", "path": str(bars_csv), "bar_type": BAR_TYPE}],
        "strategy": {**NATIVE, "class_path": "nautilus_trader.examples.strategies.ema_cross:Nope"},
    }
    with pytest.raises(ConfigError) as info:
        run_backtest(parse_backtest_config(raw), tmp_path)
    assert info.value.key == "strategy"


# Data --------------------------------------------------------------------------------------------


def _ohlc(bars_csv: Path, convention: str) -> LoadedData:
    out = LoadedData()
    spec = DataSpec(
        kind="csv",
        key="data[0]",
        path=str(bars_csv),
        bar_type=BAR_TYPE,
        timestamp_convention=convention,
        columns={n: n for n in ("timestamp", "open", "high", "low", "close", "volume")},
    )
    load_ohlc(spec, {IID: build_instrument(DEFAULT_INSTRUMENT)}, out)
    return out


def test_backtest_open_stamped_bars_are_shifted_to_their_close_time(bars_csv):
    bar = _ohlc(bars_csv, "open").chunks[0][0]
    # The first row is stamped 2021-12-31 23:01 (open time): ts_init is the close, 23:02.
    assert bar.ts_init == bar.ts_event == pd.Timestamp("2021-12-31 23:02", tz="UTC").value
    assert str(bar.close) == format(float(bar_closes(bars_csv)[0]), ".1f")


def test_backtest_close_stamped_bars_keep_their_timestamp(bars_csv):
    bar = _ohlc(bars_csv, "close").chunks[0][0]
    assert bar.ts_init == pd.Timestamp("2021-12-31 23:01", tz="UTC").value


def _vbt_dir(root: Path) -> Path:
    meta = {
        "scan_number": [1, 2, 3],
        "vel_div": [0.0, -0.03, -0.06],
        "v50_lambda_max_velocity": [0.1, 0.2, 0.3],
        "v150_lambda_max_velocity": [0.1, 0.2, 0.3],
        "v300_lambda_max_velocity": [0.1, 0.2, 0.3],
        "v750_lambda_max_velocity": [0.1, 0.2, 0.3],
        "instability_50": [0.5, 0.5, 0.5],
        "instability_150": [0.5, 0.5, 0.5],
    }
    day1 = pd.DataFrame(
        {
            "timestamp": np.array([1640995260000, 1640995320000, 1640995380000], dtype=np.int64),
            **meta,
            "BTCUSDT": [46000.04, 46010.0, 46020.0],
            "ETHUSDT": [3700.0, np.nan, 3702.0],
        }
    )
    day2 = pd.DataFrame(
        {
            "timestamp": pd.to_datetime([1641081660000, 1641081720000, 1641081780000], unit="ms"),
            **meta,
            "BTCUSDT": [47000.0, 47001.0, 0.0],
            "ETHUSDT": [3800.0, 3801.0, 3802.0],
        }
    )
    root.mkdir()
    day2.to_parquet(root / "2022-01-02.parquet")
    day1.to_parquet(root / "2022-01-01.parquet")
    return root


def test_backtest_vbt_cache_gives_single_price_bars_per_asset_and_skips_missing_prices(tmp_path):
    out = LoadedData()
    spec = DataSpec(kind="vbt_cache", key="data[0]", dir=str(_vbt_dir(tmp_path / "vbt")))
    instruments = {
        i: build_instrument(s) for i, s in ((IID, DEFAULT_INSTRUMENT), (ETH["instrument_id"], _eth()))
    }
    load_vbt_cache(spec, "BINANCE", instruments, out)
    btc, eth = out.chunks
    assert [str(b.close) for b in btc] == ["46000.0", "46010.0", "46020.0", "47000.0", "47001.0"]
    assert [str(b.close) for b in eth] == ["3700.00", "3702.00", "3800.00", "3801.00", "3802.00"]
    assert all(b.open == b.high == b.low == b.close for b in btc + eth)
    assert btc[0].ts_init == 1640995260000 * 1_000_000 and btc[3].ts_init == 1641081660000 * 1_000_000
    assert str(btc[0].bar_type) == BAR_TYPE
    assert out.bar_types == [BAR_TYPE, "ETHUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL"]


def test_backtest_vbt_cache_column_without_an_instrument_is_a_config_error(tmp_path):
    spec = DataSpec(kind="vbt_cache", key="data[0]", dir=str(_vbt_dir(tmp_path / "vbt")))
    with pytest.raises(ConfigError, match="ETHUSDT-PERP.BINANCE") as info:
        load_vbt_cache(spec, "BINANCE", {IID: build_instrument(DEFAULT_INSTRUMENT)}, LoadedData())
    assert info.value.key == "data[0].dir"


def _eth() -> dict[str, Any]:
    return parse_backtest_config(
        {"venue": {"instruments": [ETH]}, "data": [{"kind": "vbt_cache", "dir": "x"}], "strategy": NATIVE}
    ).venue.instruments[0]


# Fees --------------------------------------------------------------------------------------------


def test_tagged_fee_model_charges_the_first_rated_tag_else_maker_taker():
    model = TaggedFeeModel({"entry": 0.000314, "exit": 0.00035})
    instrument = TestInstrumentProvider.btcusdt_perp_binance()
    assert model.rate_for(["manual", "exit", "entry"], LiquiditySide.TAKER, instrument) == 0.00035
    assert model.rate_for(None, LiquiditySide.TAKER, instrument) == 0.00018
    assert model.rate_for(["other"], LiquiditySide.MAKER, instrument) == 0.0002


def test_tagged_fee_model_commission_is_rounded_money_in_the_quote_currency():
    model = TaggedFeeModel({"entry": 0.000314})
    instrument = TestInstrumentProvider.btcusdt_perp_binance()

    class Order:
        tags = ["entry"]
        liquidity_side = None

    commission = model.get_commission(
        Order(), Quantity.from_str("0.010"), Price.from_str("46458.0"), instrument
    )
    assert commission == Money(0.010 * 46458.0 * 0.000314, instrument.quote_currency)
    assert str(commission) == "0.14587812 USDT"


def test_backtest_tagged_fees_apply_per_order_tag(endpoint, bars_csv, tmp_path):
    untagged = pb.Command(
        command_id="C-2",
        submit_market=pb.SubmitMarket(
            instrument_id=IID,
            side=pb.ORDER_SIDE_SELL,
            quantity="0.010",
            time_in_force=pb.TIME_IN_FORCE_GTC,
            client_order_id="O-000002",
        ),
    )
    raw = bridge_config(endpoint, bars_csv)
    raw["venue"] = {"fee_model": {"kind": "tagged", "rates": {"entry": 0.000314}}}
    with FakeHost(
        endpoint,
        welcome=welcome_for([BAR_TYPE]),
        script=on_bars({5: [market("C-1", "O-000001")], 9: [untagged]}),
    ):
        fills = run_backtest(parse_backtest_config(raw), tmp_path).fills
    px1, px2 = Decimal(fills[0]["price"]), Decimal(fills[1]["price"])
    assert fills[0]["commission"] == codec.money_text(Money(float(Decimal("0.010") * px1) * 0.000314, USDT))
    assert fills[1]["commission"] == codec.money_text(Money(float(Decimal("0.010") * px2) * 0.00018, USDT))


# Bar groups, trading state, handshake timeout, tcp -----------------------------------------------


def test_lockstep_bar_groups_request_only_on_the_last_bar_of_each_timestamp(endpoint, tmp_path):
    eth_bar_type = "ETHUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL"
    raw = {
        "log_level": "OFF",
        "venue": {"instruments": [DEFAULT_INSTRUMENT, ETH]},
        "data": [{"kind": "vbt_cache", "dir": str(_vbt_dir(tmp_path / "vbt"))}],
        "strategy": {"kind": "bridge", "endpoint": endpoint, "strategy": "fake"},
    }
    welcome = welcome_for([BAR_TYPE, eth_bar_type], group_bars_by_ts=True)
    with FakeHost(endpoint, welcome=welcome) as host:
        run_backtest(parse_backtest_config(raw), tmp_path / "out")
    bars = [
        (e.bar.ts_init_ns, e.bar.instrument_id[:3], e.await_decision)
        for e in host.received
        if e.HasField("bar")
    ]
    requests = [b for b in bars if b[2]]
    # Six timestamps; ETH has no bar at the 2nd, BTC none at the 6th: each lone bar is its group's request.
    assert len(bars) == 10 and len(requests) == 6
    assert len({b[0] for b in requests}) == 6
    assert all(bars[i + 1][0] != ts for i, (ts, _, req) in enumerate(bars[:-1]) if req)


def test_lockstep_set_trading_state_halted_makes_the_risk_engine_deny_entries(endpoint, bars_csv, tmp_path):
    halt = pb.Command(
        command_id="C-1", set_trading_state=pb.SetTradingState(state=pb.TRADING_STATE_HALTED, reason="test")
    )
    with FakeHost(
        endpoint, welcome=welcome_for([BAR_TYPE]), script=on_bars({5: [halt], 6: [market("C-2", "O-000002")]})
    ) as host:
        result = run_backtest(parse_backtest_config(bridge_config(endpoint, bars_csv)), tmp_path)
    assert [a.accepted for a in host.of("command_ack")] == [True, True]
    denied = host.of("order_denied")
    assert [d.client_order_id for d in denied] == ["O-000002"] and "HALTED" in denied[0].reason
    assert result.fills == []


def test_lockstep_handshake_timeout_names_the_endpoint(endpoint, bars_csv, tmp_path):
    with FakeHost(endpoint, answer_hello=False):
        started = time.monotonic()
        with pytest.raises(HandshakeTimeout, match=endpoint) as info:
            run_backtest(
                parse_backtest_config(bridge_config(endpoint, bars_csv, handshake_timeout_ms=300)), tmp_path
            )
    assert info.value.exit_code == 4 and time.monotonic() - started < 3.0


def test_lockstep_runs_over_tcp(bars_csv, tmp_path):
    from dolphin_bridge.bench import _free_port

    endpoint = f"tcp://127.0.0.1:{_free_port()}"
    with FakeHost(
        endpoint, welcome=welcome_for([BAR_TYPE]), script=on_bars({5: [market("C-1", "O-000001")]})
    ):
        result = run_backtest(parse_backtest_config(bridge_config(endpoint, bars_csv)), tmp_path)
    assert [f["order_id"] for f in result.fills] == ["O-000001"]


def test_lockstep_order_events_as_requests_let_the_host_exit_at_the_same_close(endpoint, bars_csv, tmp_path):
    kinds = [pb.EVENT_KIND_BAR, pb.EVENT_KIND_ORDER, pb.EVENT_KIND_POSITION, pb.EVENT_KIND_ACCOUNT]

    def script(request: pb.Envelope, _host: FakeHost) -> list[Reply]:
        if request.HasField("order_filled") and request.order_filled.client_order_id == "O-000001":
            # React to the fill inside the same iteration: a reduce-only exit fills at the same close.
            exit_cmd = market("C-2", "O-000002", side=pb.ORDER_SIDE_SELL)
            exit_cmd.submit_market.reduce_only = True
            return [decision(request, exit_cmd)]
        if request.HasField("bar") and request.seq == 2:
            return [decision(request, market("C-1", "O-000001"))]
        return [decision(request)]

    with FakeHost(endpoint, welcome=welcome_for([BAR_TYPE], decision_events=kinds), script=script) as host:
        result = run_backtest(parse_backtest_config(bridge_config(endpoint, bars_csv)), tmp_path)
    assert [(f["order_id"], f["ts"]) for f in result.fills] == [
        ("O-000001", "2021-12-31T23:02:00.000000000Z"),
        ("O-000002", "2021-12-31T23:02:00.000000000Z"),
    ]
    requests = [e.WhichOneof("body") for e in host.received if e.await_decision]
    assert {"bar", "order_filled", "position_opened", "account_state", "stop_requested"} <= set(requests)
