"""
Pure validation of host commands against the instruments' filters (no Nautilus objects).

Everything is exact Decimal arithmetic on the command's decimal strings; nothing is ever
re-rounded: a value off the grid is refused. The same rules are pinned in the shared table
``test/golden/validation/commands.json`` that pytest runs here and the TypeScript simulator runs
too. Check order (first failure wins): command id, duplicate command id, kind, fail-safe,
instrument, enums and required fields, client order ids, quantity, prices, reduce-only side,
notional. Reduce-only orders are exempt from the notional checks (as Binance's filters are).
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb

_DECIMAL_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_MAX_DECIMAL_CHARS = 40
# Exact arithmetic for any accepted text: 40 digits x 40 digits stays far below this precision.
_CONTEXT = decimal.Context(prec=120, traps=[decimal.InvalidOperation, decimal.DivisionByZero])

# Order types that carry a limit price / a trigger price (ModifyOrder may only change those).
PRICED_TYPES = frozenset({pb.ORDER_TYPE_LIMIT, pb.ORDER_TYPE_STOP_LIMIT, pb.ORDER_TYPE_LIMIT_IF_TOUCHED})
TRIGGERED_TYPES = frozenset(
    {
        pb.ORDER_TYPE_STOP_MARKET,
        pb.ORDER_TYPE_STOP_LIMIT,
        pb.ORDER_TYPE_MARKET_IF_TOUCHED,
        pb.ORDER_TYPE_LIMIT_IF_TOUCHED,
        pb.ORDER_TYPE_TRAILING_STOP_MARKET,
    }
)


def _optional_decimal(text: str) -> Decimal | None:
    return Decimal(text) if text else None


@dataclass(frozen=True, slots=True)
class InstrumentRules:
    """The filters of one instrument, as exact Decimals (None = the venue sets no limit)."""

    instrument_id: str
    price_increment: Decimal
    size_increment: Decimal
    multiplier: Decimal
    min_quantity: Decimal | None
    max_quantity: Decimal | None
    min_notional: Decimal | None
    max_notional: Decimal | None
    min_price: Decimal | None
    max_price: Decimal | None

    @staticmethod
    def from_pb(instrument: pb.Instrument) -> InstrumentRules:
        """Builds the rules from a wire Instrument (empty strings mean no limit)."""
        return InstrumentRules(
            instrument_id=instrument.instrument_id,
            price_increment=Decimal(instrument.price_increment),
            size_increment=Decimal(instrument.size_increment),
            multiplier=Decimal(instrument.multiplier or "1"),
            min_quantity=_optional_decimal(instrument.min_quantity),
            max_quantity=_optional_decimal(instrument.max_quantity),
            min_notional=_optional_decimal(instrument.min_notional),
            max_notional=_optional_decimal(instrument.max_notional),
            min_price=_optional_decimal(instrument.min_price),
            max_price=_optional_decimal(instrument.max_price),
        )


@dataclass(frozen=True, slots=True)
class OrderView:
    """What validation needs to know about an existing order."""

    client_order_id: str
    instrument_id: str
    order_type: int  # pb.OrderType
    is_open: bool


class ValidationState(Protocol):
    """Read-only view of the node's state that validation consults."""

    def is_seen(self, command_id: str) -> bool:
        """True when this command_id was processed before in this session."""
        ...

    def fail_safe_active(self) -> bool:
        """True when the host was lost and new entries are blocked."""
        ...

    def last_price(self, instrument_id: str) -> Decimal | None:
        """Last known price (bar close, trade, or quote mid), None before any data."""
        ...

    def position_qty(self, instrument_id: str) -> Decimal:
        """Signed open position quantity of this strategy (negative when short, 0 when flat)."""
        ...

    def order(self, client_order_id: str) -> OrderView | None:
        """The order with this client order id, None when unknown."""
        ...

    def can_set_trading_state(self) -> bool:
        """True when the runner provided the risk engine."""
        ...


@dataclass(frozen=True, slots=True)
class Rejection:
    """A refused command: the wire code and a sentence naming the field and the fix."""

    code: pb.CommandRejectCode
    reason: str


@dataclass(frozen=True, slots=True)
class Approval:
    """An accepted command with its parsed decimals and the client order ids it will create."""

    values: dict[str, Decimal] = field(default_factory=dict)
    client_order_ids: tuple[str, ...] = ()


Verdict = Approval | Rejection


class _Refused(Exception):
    def __init__(self, code: pb.CommandRejectCode, reason: str) -> None:
        super().__init__(reason)
        self.rejection = Rejection(code, reason)


def _refuse(code: pb.CommandRejectCode, reason: str) -> _Refused:
    return _Refused(code, reason)


def validate_command(
    command: pb.Command,
    instruments: dict[str, InstrumentRules],
    state: ValidationState,
) -> Verdict:
    """
    Validates one command; returns an Approval (with parsed values) or a Rejection (code + reason).

    Pure: reads `state`, changes nothing. The caller records the command id as seen.
    """
    try:
        with decimal.localcontext(_CONTEXT):
            return _validate(command, instruments, state)
    except _Refused as refused:
        return refused.rejection


def _validate(
    command: pb.Command, instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    if not command.command_id:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "command_id is empty; give every command a unique idempotency key",
        )
    if state.is_seen(command.command_id):
        raise _refuse(
            pb.COMMAND_REJECT_CODE_DUPLICATE_COMMAND_ID,
            f"command_id {command.command_id} was already processed in this session; "
            "it is never executed twice, use a new id for a new command",
        )
    kind = command.WhichOneof("kind")
    if kind is None:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND, "command has no kind; set exactly one command body"
        )
    check = _CHECKS[kind]
    return check(getattr(command, kind), instruments, state)


# Helpers -----------------------------------------------------------------------------------------


def _rules(instrument_id: str, instruments: dict[str, InstrumentRules]) -> InstrumentRules:
    rules = instruments.get(instrument_id)
    if rules is None:
        known = ", ".join(sorted(instruments)) or "none"
        raise _refuse(
            pb.COMMAND_REJECT_CODE_UNKNOWN_INSTRUMENT,
            f"instrument_id {instrument_id or '(empty)'} is not configured in the node; use one of: {known}",
        )
    return rules


def _require_side(side: int) -> None:
    if side not in (pb.ORDER_SIDE_BUY, pb.ORDER_SIDE_SELL):
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "side is unspecified; set ORDER_SIDE_BUY or ORDER_SIDE_SELL",
        )


def _require_tif(tif: int, no_gtd_reason: str = "") -> None:
    if tif == pb.TIME_IN_FORCE_UNSPECIFIED or tif not in pb.TimeInForce.values():
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "time_in_force is unspecified; set TIME_IN_FORCE_GTC (or IOC, FOK, GTD, DAY)",
        )
    if tif == pb.TIME_IN_FORCE_GTD and no_gtd_reason:
        raise _refuse(pb.COMMAND_REJECT_CODE_INVALID_COMMAND, no_gtd_reason)


def _require_expiry(tif: int, expire_time_ns: int) -> None:
    if tif == pb.TIME_IN_FORCE_GTD and expire_time_ns <= 0:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "expire_time_ns is missing; a GTD order needs a positive expiry in ns since the epoch",
        )
    if tif != pb.TIME_IN_FORCE_GTD and expire_time_ns != 0:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "expire_time_ns is set but time_in_force is not GTD; clear it or use TIME_IN_FORCE_GTD",
        )


def _new_client_order_ids(ids: Sequence[tuple[str, str]], state: ValidationState) -> tuple[str, ...]:
    seen: set[str] = set()
    for name, value in ids:
        if not value:
            raise _refuse(
                pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
                f"{name} is empty; the host assigns client order ids such as O-000001",
            )
        if value in seen or state.order(value) is not None:
            raise _refuse(
                pb.COMMAND_REJECT_CODE_DUPLICATE_CLIENT_ORDER_ID,
                f"{name} {value} is already used by another order; assign a new client order id",
            )
        seen.add(value)
    return tuple(value for _, value in ids)


def _parse_positive(name: str, text: str, invalid_code: pb.CommandRejectCode) -> Decimal:
    if len(text) > _MAX_DECIMAL_CHARS or not _DECIMAL_RE.match(text):
        raise _refuse(
            invalid_code,
            f"{name} {text!r} is not a plain decimal string; "
            'send digits with an optional point, e.g. "0.001"',
        )
    value = Decimal(text)
    if value <= 0:
        raise _refuse(invalid_code, f"{name} {text} is not positive; send a value > 0")
    return value


def _quantity(name: str, text: str, rules: InstrumentRules) -> Decimal:
    value = _parse_positive(name, text, pb.COMMAND_REJECT_CODE_INVALID_QUANTITY)
    if value % rules.size_increment != 0:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_OFF_GRID_QUANTITY,
            f"{name} {text} is not a multiple of the size increment {rules.size_increment} of "
            f"{rules.instrument_id}; round it down to the step grid before sending",
        )
    if rules.min_quantity is not None and value < rules.min_quantity:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_QUANTITY_BELOW_MIN,
            f"{name} {text} is below the minimum quantity {rules.min_quantity} of {rules.instrument_id}; "
            f"send at least {rules.min_quantity} or skip the trade",
        )
    if rules.max_quantity is not None and value > rules.max_quantity:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_QUANTITY_ABOVE_MAX,
            f"{name} {text} is above the maximum quantity {rules.max_quantity} of {rules.instrument_id}; "
            "split the order or reduce it",
        )
    return value


def _price(name: str, text: str, rules: InstrumentRules) -> Decimal:
    if not text:
        raise _refuse(pb.COMMAND_REJECT_CODE_INVALID_PRICE, f"{name} is empty; send a price on the tick grid")
    value = _parse_positive(name, text, pb.COMMAND_REJECT_CODE_INVALID_PRICE)
    if value % rules.price_increment != 0:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_OFF_GRID_PRICE,
            f"{name} {text} is not a multiple of the price increment {rules.price_increment} of "
            f"{rules.instrument_id}; round it to the tick grid before sending",
        )
    if rules.min_price is not None and value < rules.min_price:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_PRICE,
            f"{name} {text} is below the minimum price {rules.min_price} of {rules.instrument_id}",
        )
    if rules.max_price is not None and value > rules.max_price:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_PRICE,
            f"{name} {text} is above the maximum price {rules.max_price} of {rules.instrument_id}",
        )
    return value


def _reduce_only_side(side: int, rules: InstrumentRules, state: ValidationState) -> None:
    position = state.position_qty(rules.instrument_id)
    grows = (
        position == 0
        or (position > 0 and side == pb.ORDER_SIDE_BUY)
        or (position < 0 and side == pb.ORDER_SIDE_SELL)
    )
    if grows:
        where = "flat" if position == 0 else ("long" if position > 0 else "short")
        raise _refuse(
            pb.COMMAND_REJECT_CODE_REDUCE_ONLY_WOULD_INCREASE,
            f"reduce_only order on {rules.instrument_id} would open or grow the position "
            f"(position is {where}); "
            "send it on the closing side or clear reduce_only",
        )


def _notional(quantity: Decimal, price: Decimal | None, rules: InstrumentRules) -> None:
    if price is None:
        return
    notional = quantity * price * rules.multiplier
    if rules.min_notional is not None and notional < rules.min_notional:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_NOTIONAL_BELOW_MIN,
            f"notional {notional} (quantity x price x multiplier) is below the minimum notional "
            f"{rules.min_notional} of {rules.instrument_id}; increase the quantity",
        )
    if rules.max_notional is not None and notional > rules.max_notional:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_NOTIONAL_ABOVE_MAX,
            f"notional {notional} (quantity x price x multiplier) is above the maximum notional "
            f"{rules.max_notional} of {rules.instrument_id}; reduce the quantity",
        )


def _entries_allowed(reduce_only: bool, state: ValidationState) -> None:
    if not reduce_only and state.fail_safe_active():
        raise _refuse(
            pb.COMMAND_REJECT_CODE_FAIL_SAFE_ACTIVE,
            "the shim's fail-safe is active after the host was lost: new entries are blocked; "
            "only reduce-only orders, cancels and closes are executed",
        )


def _open_order(client_order_id: str, state: ValidationState) -> OrderView:
    if not client_order_id:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND, "client_order_id is empty; name the order to act on"
        )
    order = state.order(client_order_id)
    if order is None:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_UNKNOWN_ORDER,
            f"client_order_id {client_order_id} is not a known order of this strategy; check the id",
        )
    if not order.is_open:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_ORDER_NOT_OPEN,
            f"order {client_order_id} is already closed (filled, canceled, rejected or expired); "
            "nothing to change",
        )
    return order


# Per kind ----------------------------------------------------------------------------------------


def _check_market(
    c: pb.SubmitMarket, instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    _entries_allowed(c.reduce_only, state)
    rules = _rules(c.instrument_id, instruments)
    _require_side(c.side)
    _require_tif(
        c.time_in_force, "time_in_force GTD is not allowed for a market order; use GTC, IOC, FOK or DAY"
    )
    ids = _new_client_order_ids([("client_order_id", c.client_order_id)], state)
    qty = _quantity("quantity", c.quantity, rules)
    if c.reduce_only:
        _reduce_only_side(c.side, rules, state)
    else:
        _notional(qty, state.last_price(rules.instrument_id), rules)
    return Approval({"quantity": qty}, ids)


def _check_limit(
    c: pb.SubmitLimit, instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    _entries_allowed(c.reduce_only, state)
    rules = _rules(c.instrument_id, instruments)
    _require_side(c.side)
    _require_tif(c.time_in_force)
    _require_expiry(c.time_in_force, c.expire_time_ns)
    ids = _new_client_order_ids([("client_order_id", c.client_order_id)], state)
    qty = _quantity("quantity", c.quantity, rules)
    price = _price("price", c.price, rules)
    if c.reduce_only:
        _reduce_only_side(c.side, rules, state)
    else:
        _notional(qty, price, rules)
    return Approval({"quantity": qty, "price": price}, ids)


def _check_stop_market(
    c: pb.SubmitStopMarket, instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    _entries_allowed(c.reduce_only, state)
    rules = _rules(c.instrument_id, instruments)
    _require_side(c.side)
    _require_tif(c.time_in_force)
    _require_expiry(c.time_in_force, c.expire_time_ns)
    ids = _new_client_order_ids([("client_order_id", c.client_order_id)], state)
    qty = _quantity("quantity", c.quantity, rules)
    trigger = _price("trigger_price", c.trigger_price, rules)
    if c.reduce_only:
        _reduce_only_side(c.side, rules, state)
    else:
        _notional(qty, trigger, rules)
    return Approval({"quantity": qty, "trigger_price": trigger}, ids)


def _check_bracket(
    c: pb.SubmitBracket, instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    _entries_allowed(False, state)
    rules = _rules(c.instrument_id, instruments)
    _require_side(c.side)
    if c.entry_type not in (pb.ORDER_TYPE_MARKET, pb.ORDER_TYPE_LIMIT):
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "entry_type must be ORDER_TYPE_MARKET or ORDER_TYPE_LIMIT for a bracket",
        )
    is_limit = c.entry_type == pb.ORDER_TYPE_LIMIT
    _require_tif(
        c.time_in_force,
        "time_in_force GTD is not available for a bracket (it carries no expiry); use GTC, IOC, FOK or DAY",
    )
    if not is_limit and (c.entry_price or c.entry_post_only):
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "entry_price and entry_post_only are only for a LIMIT entry; clear them for a MARKET entry",
        )
    ids = _new_client_order_ids(
        [
            ("entry_client_order_id", c.entry_client_order_id),
            ("sl_client_order_id", c.sl_client_order_id),
            ("tp_client_order_id", c.tp_client_order_id),
        ],
        state,
    )
    qty = _quantity("quantity", c.quantity, rules)
    values = {"quantity": qty}
    entry = _price("entry_price", c.entry_price, rules) if is_limit else None
    if entry is not None:
        values["entry_price"] = entry
    sl = _price("sl_trigger_price", c.sl_trigger_price, rules)
    tp = _price("tp_price", c.tp_price, rules)
    values["sl_trigger_price"] = sl
    values["tp_price"] = tp
    _bracket_sides(c.side, sl, tp, entry)
    _notional(qty, entry if entry is not None else state.last_price(rules.instrument_id), rules)
    return Approval(values, ids)


def _bracket_sides(side: int, sl: Decimal, tp: Decimal, entry: Decimal | None) -> None:
    lo, hi = (sl, tp) if side == pb.ORDER_SIDE_BUY else (tp, sl)
    ok = lo < hi and (entry is None or lo < entry < hi)
    if not ok:
        which = (
            "sl_trigger_price < entry_price < tp_price"
            if side == pb.ORDER_SIDE_BUY
            else ("tp_price < entry_price < sl_trigger_price")
        )
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_PRICE,
            f"bracket prices are on the wrong sides (sl {sl}, tp {tp}, "
            f"entry {entry if entry is not None else 'market'}); "
            f"a {'BUY' if side == pb.ORDER_SIDE_BUY else 'SELL'} bracket needs {which}",
        )


def _check_cancel(
    c: pb.CancelOrder, _instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    _open_order(c.client_order_id, state)
    return Approval()


def _check_cancel_all(
    c: pb.CancelAll, instruments: dict[str, InstrumentRules], _state: ValidationState
) -> Verdict:
    if c.instrument_id:
        _rules(c.instrument_id, instruments)
    return Approval()


def _check_modify(
    c: pb.ModifyOrder, instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    order = _open_order(c.client_order_id, state)
    if not (c.quantity or c.price or c.trigger_price):
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "modify_order changes nothing; set quantity, price or trigger_price",
        )
    rules = _rules(order.instrument_id, instruments)
    values: dict[str, Decimal] = {}
    if c.quantity:
        values["quantity"] = _quantity("quantity", c.quantity, rules)
    if c.price:
        if order.order_type not in PRICED_TYPES:
            raise _refuse(
                pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
                f"order {c.client_order_id} has no limit price; "
                "clear price (only limit-type orders take one)",
            )
        values["price"] = _price("price", c.price, rules)
    if c.trigger_price:
        if order.order_type not in TRIGGERED_TYPES:
            raise _refuse(
                pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
                f"order {c.client_order_id} has no trigger price; "
                "clear trigger_price (only stop/if-touched orders)",
            )
        values["trigger_price"] = _price("trigger_price", c.trigger_price, rules)
    return Approval(values)


def _check_close(
    c: pb.ClosePosition, instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    rules = _rules(c.instrument_id, instruments)
    ids = _new_client_order_ids([("client_order_id", c.client_order_id)], state)
    if state.position_qty(rules.instrument_id) == 0:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_NO_POSITION,
            f"there is no open position on {rules.instrument_id} to close; "
            "check the portfolio before closing",
        )
    return Approval({}, ids)


def _check_close_all(
    c: pb.CloseAll, instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    if not c.client_order_id_prefix:
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "client_order_id_prefix is empty; closing orders are named {prefix}-{n}",
        )
    open_ids = [iid for iid in sorted(instruments) if state.position_qty(iid) != 0]
    names = [(f"client_order_id {n}", f"{c.client_order_id_prefix}-{n}") for n in range(1, len(open_ids) + 1)]
    return Approval({}, _new_client_order_ids(names, state))


def _check_trading_state(
    c: pb.SetTradingState, _instruments: dict[str, InstrumentRules], state: ValidationState
) -> Verdict:
    if c.state not in (pb.TRADING_STATE_ACTIVE, pb.TRADING_STATE_HALTED, pb.TRADING_STATE_REDUCING):
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "state is unspecified; set TRADING_STATE_ACTIVE, TRADING_STATE_HALTED or TRADING_STATE_REDUCING",
        )
    if not state.can_set_trading_state():
        raise _refuse(
            pb.COMMAND_REJECT_CODE_INVALID_COMMAND,
            "set_trading_state needs the node's risk engine and the runner did not provide it "
            "(BridgeStrategy.set_risk_engine); use cancel/close commands instead",
        )
    return Approval()


_CHECKS = {
    "submit_market": _check_market,
    "submit_limit": _check_limit,
    "submit_stop_market": _check_stop_market,
    "submit_bracket": _check_bracket,
    "cancel_order": _check_cancel,
    "cancel_all": _check_cancel_all,
    "modify_order": _check_modify,
    "close_position": _check_close,
    "close_all": _check_close_all,
    "set_trading_state": _check_trading_state,
}
