"""The shared currency table (test/golden/currencies/currencies.json) against Nautilus's own currencies."""

import json
from pathlib import Path

import nautilus_trader.model.currencies as currencies
import pytest
from nautilus_trader.model.objects import Currency

TABLE = json.loads(
    (Path(__file__).parents[2] / "test" / "golden" / "currencies" / "currencies.json").read_text()
)


def test_the_table_lists_every_currency_nautilus_defines_with_its_precision():
    defined = {
        v.code: v.precision
        for v in (getattr(currencies, k) for k in dir(currencies))
        if isinstance(v, Currency)
    }
    assert TABLE["known"] == defined


@pytest.mark.parametrize(("code", "precision"), sorted({**TABLE["known"], **TABLE["unknown"]}.items()))
def test_the_runner_gets_the_tables_precision(code, precision):
    assert Currency.from_str(code, strict=False).precision == precision
