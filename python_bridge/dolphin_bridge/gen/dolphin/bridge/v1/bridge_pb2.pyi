from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ProtocolVersion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROTOCOL_VERSION_UNSPECIFIED: _ClassVar[ProtocolVersion]
    PROTOCOL_VERSION_CURRENT: _ClassVar[ProtocolVersion]

class Mode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MODE_UNSPECIFIED: _ClassVar[Mode]
    MODE_LOCKSTEP: _ClassVar[Mode]
    MODE_ASYNC: _ClassVar[Mode]

class EventKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVENT_KIND_UNSPECIFIED: _ClassVar[EventKind]
    EVENT_KIND_BAR: _ClassVar[EventKind]
    EVENT_KIND_QUOTE: _ClassVar[EventKind]
    EVENT_KIND_TRADE: _ClassVar[EventKind]
    EVENT_KIND_BOOK: _ClassVar[EventKind]
    EVENT_KIND_ORDER: _ClassVar[EventKind]
    EVENT_KIND_POSITION: _ClassVar[EventKind]
    EVENT_KIND_ACCOUNT: _ClassVar[EventKind]

class RejectCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REJECT_CODE_UNSPECIFIED: _ClassVar[RejectCode]
    REJECT_CODE_PROTOCOL_VERSION: _ClassVar[RejectCode]
    REJECT_CODE_UNKNOWN_STRATEGY: _ClassVar[RejectCode]
    REJECT_CODE_BAD_INSTRUMENT: _ClassVar[RejectCode]
    REJECT_CODE_BAD_HELLO: _ClassVar[RejectCode]
    REJECT_CODE_STRATEGY_START_FAILED: _ClassVar[RejectCode]

class ProtocolErrorCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROTOCOL_ERROR_CODE_UNSPECIFIED: _ClassVar[ProtocolErrorCode]
    PROTOCOL_ERROR_CODE_MALFORMED_FRAME: _ClassVar[ProtocolErrorCode]
    PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE: _ClassVar[ProtocolErrorCode]
    PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE: _ClassVar[ProtocolErrorCode]
    PROTOCOL_ERROR_CODE_UNKNOWN_SESSION: _ClassVar[ProtocolErrorCode]

class AggressorSide(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGGRESSOR_SIDE_UNSPECIFIED: _ClassVar[AggressorSide]
    AGGRESSOR_SIDE_BUYER: _ClassVar[AggressorSide]
    AGGRESSOR_SIDE_SELLER: _ClassVar[AggressorSide]
    AGGRESSOR_SIDE_NO_AGGRESSOR: _ClassVar[AggressorSide]

class OrderSide(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ORDER_SIDE_UNSPECIFIED: _ClassVar[OrderSide]
    ORDER_SIDE_BUY: _ClassVar[OrderSide]
    ORDER_SIDE_SELL: _ClassVar[OrderSide]

class OrderType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ORDER_TYPE_UNSPECIFIED: _ClassVar[OrderType]
    ORDER_TYPE_MARKET: _ClassVar[OrderType]
    ORDER_TYPE_LIMIT: _ClassVar[OrderType]
    ORDER_TYPE_STOP_MARKET: _ClassVar[OrderType]
    ORDER_TYPE_STOP_LIMIT: _ClassVar[OrderType]
    ORDER_TYPE_MARKET_IF_TOUCHED: _ClassVar[OrderType]
    ORDER_TYPE_LIMIT_IF_TOUCHED: _ClassVar[OrderType]
    ORDER_TYPE_TRAILING_STOP_MARKET: _ClassVar[OrderType]
    ORDER_TYPE_OTHER: _ClassVar[OrderType]

class TimeInForce(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TIME_IN_FORCE_UNSPECIFIED: _ClassVar[TimeInForce]
    TIME_IN_FORCE_GTC: _ClassVar[TimeInForce]
    TIME_IN_FORCE_IOC: _ClassVar[TimeInForce]
    TIME_IN_FORCE_FOK: _ClassVar[TimeInForce]
    TIME_IN_FORCE_GTD: _ClassVar[TimeInForce]
    TIME_IN_FORCE_DAY: _ClassVar[TimeInForce]

class TradingState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRADING_STATE_UNSPECIFIED: _ClassVar[TradingState]
    TRADING_STATE_ACTIVE: _ClassVar[TradingState]
    TRADING_STATE_HALTED: _ClassVar[TradingState]
    TRADING_STATE_REDUCING: _ClassVar[TradingState]

class CommandRejectCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMMAND_REJECT_CODE_UNSPECIFIED: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_UNKNOWN_INSTRUMENT: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_OFF_GRID_PRICE: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_OFF_GRID_QUANTITY: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_QUANTITY_BELOW_MIN: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_QUANTITY_ABOVE_MAX: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_NOTIONAL_BELOW_MIN: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_NOTIONAL_ABOVE_MAX: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_REDUCE_ONLY_WOULD_INCREASE: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_DUPLICATE_COMMAND_ID: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_DUPLICATE_CLIENT_ORDER_ID: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_UNKNOWN_ORDER: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_NO_POSITION: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_INVALID_COMMAND: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_INVALID_PRICE: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_INVALID_QUANTITY: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_ORDER_NOT_OPEN: _ClassVar[CommandRejectCode]
    COMMAND_REJECT_CODE_FAIL_SAFE_ACTIVE: _ClassVar[CommandRejectCode]

class LiquiditySide(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LIQUIDITY_SIDE_UNSPECIFIED: _ClassVar[LiquiditySide]
    LIQUIDITY_SIDE_MAKER: _ClassVar[LiquiditySide]
    LIQUIDITY_SIDE_TAKER: _ClassVar[LiquiditySide]
    LIQUIDITY_SIDE_NO_LIQUIDITY_SIDE: _ClassVar[LiquiditySide]

class PositionSide(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POSITION_SIDE_UNSPECIFIED: _ClassVar[PositionSide]
    POSITION_SIDE_FLAT: _ClassVar[PositionSide]
    POSITION_SIDE_LONG: _ClassVar[PositionSide]
    POSITION_SIDE_SHORT: _ClassVar[PositionSide]
PROTOCOL_VERSION_UNSPECIFIED: ProtocolVersion
PROTOCOL_VERSION_CURRENT: ProtocolVersion
MODE_UNSPECIFIED: Mode
MODE_LOCKSTEP: Mode
MODE_ASYNC: Mode
EVENT_KIND_UNSPECIFIED: EventKind
EVENT_KIND_BAR: EventKind
EVENT_KIND_QUOTE: EventKind
EVENT_KIND_TRADE: EventKind
EVENT_KIND_BOOK: EventKind
EVENT_KIND_ORDER: EventKind
EVENT_KIND_POSITION: EventKind
EVENT_KIND_ACCOUNT: EventKind
REJECT_CODE_UNSPECIFIED: RejectCode
REJECT_CODE_PROTOCOL_VERSION: RejectCode
REJECT_CODE_UNKNOWN_STRATEGY: RejectCode
REJECT_CODE_BAD_INSTRUMENT: RejectCode
REJECT_CODE_BAD_HELLO: RejectCode
REJECT_CODE_STRATEGY_START_FAILED: RejectCode
PROTOCOL_ERROR_CODE_UNSPECIFIED: ProtocolErrorCode
PROTOCOL_ERROR_CODE_MALFORMED_FRAME: ProtocolErrorCode
PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE: ProtocolErrorCode
PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE: ProtocolErrorCode
PROTOCOL_ERROR_CODE_UNKNOWN_SESSION: ProtocolErrorCode
AGGRESSOR_SIDE_UNSPECIFIED: AggressorSide
AGGRESSOR_SIDE_BUYER: AggressorSide
AGGRESSOR_SIDE_SELLER: AggressorSide
AGGRESSOR_SIDE_NO_AGGRESSOR: AggressorSide
ORDER_SIDE_UNSPECIFIED: OrderSide
ORDER_SIDE_BUY: OrderSide
ORDER_SIDE_SELL: OrderSide
ORDER_TYPE_UNSPECIFIED: OrderType
ORDER_TYPE_MARKET: OrderType
ORDER_TYPE_LIMIT: OrderType
ORDER_TYPE_STOP_MARKET: OrderType
ORDER_TYPE_STOP_LIMIT: OrderType
ORDER_TYPE_MARKET_IF_TOUCHED: OrderType
ORDER_TYPE_LIMIT_IF_TOUCHED: OrderType
ORDER_TYPE_TRAILING_STOP_MARKET: OrderType
ORDER_TYPE_OTHER: OrderType
TIME_IN_FORCE_UNSPECIFIED: TimeInForce
TIME_IN_FORCE_GTC: TimeInForce
TIME_IN_FORCE_IOC: TimeInForce
TIME_IN_FORCE_FOK: TimeInForce
TIME_IN_FORCE_GTD: TimeInForce
TIME_IN_FORCE_DAY: TimeInForce
TRADING_STATE_UNSPECIFIED: TradingState
TRADING_STATE_ACTIVE: TradingState
TRADING_STATE_HALTED: TradingState
TRADING_STATE_REDUCING: TradingState
COMMAND_REJECT_CODE_UNSPECIFIED: CommandRejectCode
COMMAND_REJECT_CODE_UNKNOWN_INSTRUMENT: CommandRejectCode
COMMAND_REJECT_CODE_OFF_GRID_PRICE: CommandRejectCode
COMMAND_REJECT_CODE_OFF_GRID_QUANTITY: CommandRejectCode
COMMAND_REJECT_CODE_QUANTITY_BELOW_MIN: CommandRejectCode
COMMAND_REJECT_CODE_QUANTITY_ABOVE_MAX: CommandRejectCode
COMMAND_REJECT_CODE_NOTIONAL_BELOW_MIN: CommandRejectCode
COMMAND_REJECT_CODE_NOTIONAL_ABOVE_MAX: CommandRejectCode
COMMAND_REJECT_CODE_REDUCE_ONLY_WOULD_INCREASE: CommandRejectCode
COMMAND_REJECT_CODE_DUPLICATE_COMMAND_ID: CommandRejectCode
COMMAND_REJECT_CODE_DUPLICATE_CLIENT_ORDER_ID: CommandRejectCode
COMMAND_REJECT_CODE_UNKNOWN_ORDER: CommandRejectCode
COMMAND_REJECT_CODE_NO_POSITION: CommandRejectCode
COMMAND_REJECT_CODE_INVALID_COMMAND: CommandRejectCode
COMMAND_REJECT_CODE_INVALID_PRICE: CommandRejectCode
COMMAND_REJECT_CODE_INVALID_QUANTITY: CommandRejectCode
COMMAND_REJECT_CODE_ORDER_NOT_OPEN: CommandRejectCode
COMMAND_REJECT_CODE_FAIL_SAFE_ACTIVE: CommandRejectCode
LIQUIDITY_SIDE_UNSPECIFIED: LiquiditySide
LIQUIDITY_SIDE_MAKER: LiquiditySide
LIQUIDITY_SIDE_TAKER: LiquiditySide
LIQUIDITY_SIDE_NO_LIQUIDITY_SIDE: LiquiditySide
POSITION_SIDE_UNSPECIFIED: PositionSide
POSITION_SIDE_FLAT: PositionSide
POSITION_SIDE_LONG: PositionSide
POSITION_SIDE_SHORT: PositionSide

class Envelope(_message.Message):
    __slots__ = ("seq", "ack", "ts_ns", "session_id", "await_decision", "hello", "welcome", "reject", "heartbeat", "shutdown", "decision", "command_ack", "health", "risk_event", "posture_update", "bar", "quote_tick", "trade_tick", "order_book_depth", "order_submitted", "order_accepted", "order_rejected", "order_denied", "order_filled", "order_canceled", "order_expired", "order_triggered", "order_updated", "order_modify_rejected", "order_cancel_rejected", "position_opened", "position_changed", "position_closed", "account_state", "protocol_error", "stop_requested")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    TS_NS_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AWAIT_DECISION_FIELD_NUMBER: _ClassVar[int]
    HELLO_FIELD_NUMBER: _ClassVar[int]
    WELCOME_FIELD_NUMBER: _ClassVar[int]
    REJECT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    SHUTDOWN_FIELD_NUMBER: _ClassVar[int]
    DECISION_FIELD_NUMBER: _ClassVar[int]
    COMMAND_ACK_FIELD_NUMBER: _ClassVar[int]
    HEALTH_FIELD_NUMBER: _ClassVar[int]
    RISK_EVENT_FIELD_NUMBER: _ClassVar[int]
    POSTURE_UPDATE_FIELD_NUMBER: _ClassVar[int]
    BAR_FIELD_NUMBER: _ClassVar[int]
    QUOTE_TICK_FIELD_NUMBER: _ClassVar[int]
    TRADE_TICK_FIELD_NUMBER: _ClassVar[int]
    ORDER_BOOK_DEPTH_FIELD_NUMBER: _ClassVar[int]
    ORDER_SUBMITTED_FIELD_NUMBER: _ClassVar[int]
    ORDER_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    ORDER_REJECTED_FIELD_NUMBER: _ClassVar[int]
    ORDER_DENIED_FIELD_NUMBER: _ClassVar[int]
    ORDER_FILLED_FIELD_NUMBER: _ClassVar[int]
    ORDER_CANCELED_FIELD_NUMBER: _ClassVar[int]
    ORDER_EXPIRED_FIELD_NUMBER: _ClassVar[int]
    ORDER_TRIGGERED_FIELD_NUMBER: _ClassVar[int]
    ORDER_UPDATED_FIELD_NUMBER: _ClassVar[int]
    ORDER_MODIFY_REJECTED_FIELD_NUMBER: _ClassVar[int]
    ORDER_CANCEL_REJECTED_FIELD_NUMBER: _ClassVar[int]
    POSITION_OPENED_FIELD_NUMBER: _ClassVar[int]
    POSITION_CHANGED_FIELD_NUMBER: _ClassVar[int]
    POSITION_CLOSED_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_STATE_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_ERROR_FIELD_NUMBER: _ClassVar[int]
    STOP_REQUESTED_FIELD_NUMBER: _ClassVar[int]
    seq: int
    ack: int
    ts_ns: int
    session_id: str
    await_decision: bool
    hello: Hello
    welcome: Welcome
    reject: Reject
    heartbeat: Heartbeat
    shutdown: Shutdown
    decision: Decision
    command_ack: CommandAck
    health: Health
    risk_event: RiskEvent
    posture_update: PostureUpdate
    bar: Bar
    quote_tick: QuoteTick
    trade_tick: TradeTick
    order_book_depth: OrderBookDepth
    order_submitted: OrderSubmitted
    order_accepted: OrderAccepted
    order_rejected: OrderRejected
    order_denied: OrderDenied
    order_filled: OrderFilled
    order_canceled: OrderCanceled
    order_expired: OrderExpired
    order_triggered: OrderTriggered
    order_updated: OrderUpdated
    order_modify_rejected: OrderModifyRejected
    order_cancel_rejected: OrderCancelRejected
    position_opened: PositionOpened
    position_changed: PositionChanged
    position_closed: PositionClosed
    account_state: AccountState
    protocol_error: ProtocolError
    stop_requested: StopRequested
    def __init__(self, seq: _Optional[int] = ..., ack: _Optional[int] = ..., ts_ns: _Optional[int] = ..., session_id: _Optional[str] = ..., await_decision: _Optional[bool] = ..., hello: _Optional[_Union[Hello, _Mapping]] = ..., welcome: _Optional[_Union[Welcome, _Mapping]] = ..., reject: _Optional[_Union[Reject, _Mapping]] = ..., heartbeat: _Optional[_Union[Heartbeat, _Mapping]] = ..., shutdown: _Optional[_Union[Shutdown, _Mapping]] = ..., decision: _Optional[_Union[Decision, _Mapping]] = ..., command_ack: _Optional[_Union[CommandAck, _Mapping]] = ..., health: _Optional[_Union[Health, _Mapping]] = ..., risk_event: _Optional[_Union[RiskEvent, _Mapping]] = ..., posture_update: _Optional[_Union[PostureUpdate, _Mapping]] = ..., bar: _Optional[_Union[Bar, _Mapping]] = ..., quote_tick: _Optional[_Union[QuoteTick, _Mapping]] = ..., trade_tick: _Optional[_Union[TradeTick, _Mapping]] = ..., order_book_depth: _Optional[_Union[OrderBookDepth, _Mapping]] = ..., order_submitted: _Optional[_Union[OrderSubmitted, _Mapping]] = ..., order_accepted: _Optional[_Union[OrderAccepted, _Mapping]] = ..., order_rejected: _Optional[_Union[OrderRejected, _Mapping]] = ..., order_denied: _Optional[_Union[OrderDenied, _Mapping]] = ..., order_filled: _Optional[_Union[OrderFilled, _Mapping]] = ..., order_canceled: _Optional[_Union[OrderCanceled, _Mapping]] = ..., order_expired: _Optional[_Union[OrderExpired, _Mapping]] = ..., order_triggered: _Optional[_Union[OrderTriggered, _Mapping]] = ..., order_updated: _Optional[_Union[OrderUpdated, _Mapping]] = ..., order_modify_rejected: _Optional[_Union[OrderModifyRejected, _Mapping]] = ..., order_cancel_rejected: _Optional[_Union[OrderCancelRejected, _Mapping]] = ..., position_opened: _Optional[_Union[PositionOpened, _Mapping]] = ..., position_changed: _Optional[_Union[PositionChanged, _Mapping]] = ..., position_closed: _Optional[_Union[PositionClosed, _Mapping]] = ..., account_state: _Optional[_Union[AccountState, _Mapping]] = ..., protocol_error: _Optional[_Union[ProtocolError, _Mapping]] = ..., stop_requested: _Optional[_Union[StopRequested, _Mapping]] = ...) -> None: ...

class Hello(_message.Message):
    __slots__ = ("protocol_version", "trader_id", "strategy_id", "mode", "instruments", "account", "strategy", "bar_types", "nautilus_version", "shim_version", "node_kind", "venue")
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    TRADER_ID_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_ID_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENTS_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_FIELD_NUMBER: _ClassVar[int]
    BAR_TYPES_FIELD_NUMBER: _ClassVar[int]
    NAUTILUS_VERSION_FIELD_NUMBER: _ClassVar[int]
    SHIM_VERSION_FIELD_NUMBER: _ClassVar[int]
    NODE_KIND_FIELD_NUMBER: _ClassVar[int]
    VENUE_FIELD_NUMBER: _ClassVar[int]
    protocol_version: ProtocolVersion
    trader_id: str
    strategy_id: str
    mode: Mode
    instruments: _containers.RepeatedCompositeFieldContainer[Instrument]
    account: AccountState
    strategy: str
    bar_types: _containers.RepeatedScalarFieldContainer[str]
    nautilus_version: str
    shim_version: str
    node_kind: str
    venue: str
    def __init__(self, protocol_version: _Optional[_Union[ProtocolVersion, str]] = ..., trader_id: _Optional[str] = ..., strategy_id: _Optional[str] = ..., mode: _Optional[_Union[Mode, str]] = ..., instruments: _Optional[_Iterable[_Union[Instrument, _Mapping]]] = ..., account: _Optional[_Union[AccountState, _Mapping]] = ..., strategy: _Optional[str] = ..., bar_types: _Optional[_Iterable[str]] = ..., nautilus_version: _Optional[str] = ..., shim_version: _Optional[str] = ..., node_kind: _Optional[str] = ..., venue: _Optional[str] = ...) -> None: ...

class Instrument(_message.Message):
    __slots__ = ("instrument_id", "raw_symbol", "base_currency", "quote_currency", "settlement_currency", "is_inverse", "price_precision", "size_precision", "price_increment", "size_increment", "multiplier", "lot_size", "min_quantity", "max_quantity", "min_notional", "max_notional", "min_price", "max_price", "maker_fee", "taker_fee", "margin_init", "margin_maint", "max_leverage")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    RAW_SYMBOL_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_FIELD_NUMBER: _ClassVar[int]
    QUOTE_CURRENCY_FIELD_NUMBER: _ClassVar[int]
    SETTLEMENT_CURRENCY_FIELD_NUMBER: _ClassVar[int]
    IS_INVERSE_FIELD_NUMBER: _ClassVar[int]
    PRICE_PRECISION_FIELD_NUMBER: _ClassVar[int]
    SIZE_PRECISION_FIELD_NUMBER: _ClassVar[int]
    PRICE_INCREMENT_FIELD_NUMBER: _ClassVar[int]
    SIZE_INCREMENT_FIELD_NUMBER: _ClassVar[int]
    MULTIPLIER_FIELD_NUMBER: _ClassVar[int]
    LOT_SIZE_FIELD_NUMBER: _ClassVar[int]
    MIN_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    MAX_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    MIN_NOTIONAL_FIELD_NUMBER: _ClassVar[int]
    MAX_NOTIONAL_FIELD_NUMBER: _ClassVar[int]
    MIN_PRICE_FIELD_NUMBER: _ClassVar[int]
    MAX_PRICE_FIELD_NUMBER: _ClassVar[int]
    MAKER_FEE_FIELD_NUMBER: _ClassVar[int]
    TAKER_FEE_FIELD_NUMBER: _ClassVar[int]
    MARGIN_INIT_FIELD_NUMBER: _ClassVar[int]
    MARGIN_MAINT_FIELD_NUMBER: _ClassVar[int]
    MAX_LEVERAGE_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    raw_symbol: str
    base_currency: str
    quote_currency: str
    settlement_currency: str
    is_inverse: bool
    price_precision: int
    size_precision: int
    price_increment: str
    size_increment: str
    multiplier: str
    lot_size: str
    min_quantity: str
    max_quantity: str
    min_notional: str
    max_notional: str
    min_price: str
    max_price: str
    maker_fee: str
    taker_fee: str
    margin_init: str
    margin_maint: str
    max_leverage: str
    def __init__(self, instrument_id: _Optional[str] = ..., raw_symbol: _Optional[str] = ..., base_currency: _Optional[str] = ..., quote_currency: _Optional[str] = ..., settlement_currency: _Optional[str] = ..., is_inverse: _Optional[bool] = ..., price_precision: _Optional[int] = ..., size_precision: _Optional[int] = ..., price_increment: _Optional[str] = ..., size_increment: _Optional[str] = ..., multiplier: _Optional[str] = ..., lot_size: _Optional[str] = ..., min_quantity: _Optional[str] = ..., max_quantity: _Optional[str] = ..., min_notional: _Optional[str] = ..., max_notional: _Optional[str] = ..., min_price: _Optional[str] = ..., max_price: _Optional[str] = ..., maker_fee: _Optional[str] = ..., taker_fee: _Optional[str] = ..., margin_init: _Optional[str] = ..., margin_maint: _Optional[str] = ..., max_leverage: _Optional[str] = ...) -> None: ...

class Subscription(_message.Message):
    __slots__ = ("kind", "instrument_id", "bar_type", "depth", "interval_ms")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        KIND_UNSPECIFIED: _ClassVar[Subscription.Kind]
        KIND_BARS: _ClassVar[Subscription.Kind]
        KIND_QUOTES: _ClassVar[Subscription.Kind]
        KIND_TRADES: _ClassVar[Subscription.Kind]
        KIND_BOOK: _ClassVar[Subscription.Kind]
    KIND_UNSPECIFIED: Subscription.Kind
    KIND_BARS: Subscription.Kind
    KIND_QUOTES: Subscription.Kind
    KIND_TRADES: Subscription.Kind
    KIND_BOOK: Subscription.Kind
    KIND_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    BAR_TYPE_FIELD_NUMBER: _ClassVar[int]
    DEPTH_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    kind: Subscription.Kind
    instrument_id: str
    bar_type: str
    depth: int
    interval_ms: int
    def __init__(self, kind: _Optional[_Union[Subscription.Kind, str]] = ..., instrument_id: _Optional[str] = ..., bar_type: _Optional[str] = ..., depth: _Optional[int] = ..., interval_ms: _Optional[int] = ...) -> None: ...

class Welcome(_message.Message):
    __slots__ = ("protocol_version", "session_id", "strategy_name", "strategy_version", "subscriptions", "heartbeat_interval_ms", "decision_events", "group_bars_by_ts", "config_hash", "reply_timeout_ms")
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_NAME_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_VERSION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    DECISION_EVENTS_FIELD_NUMBER: _ClassVar[int]
    GROUP_BARS_BY_TS_FIELD_NUMBER: _ClassVar[int]
    CONFIG_HASH_FIELD_NUMBER: _ClassVar[int]
    REPLY_TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    protocol_version: ProtocolVersion
    session_id: str
    strategy_name: str
    strategy_version: str
    subscriptions: _containers.RepeatedCompositeFieldContainer[Subscription]
    heartbeat_interval_ms: int
    decision_events: _containers.RepeatedScalarFieldContainer[EventKind]
    group_bars_by_ts: bool
    config_hash: str
    reply_timeout_ms: int
    def __init__(self, protocol_version: _Optional[_Union[ProtocolVersion, str]] = ..., session_id: _Optional[str] = ..., strategy_name: _Optional[str] = ..., strategy_version: _Optional[str] = ..., subscriptions: _Optional[_Iterable[_Union[Subscription, _Mapping]]] = ..., heartbeat_interval_ms: _Optional[int] = ..., decision_events: _Optional[_Iterable[_Union[EventKind, str]]] = ..., group_bars_by_ts: _Optional[bool] = ..., config_hash: _Optional[str] = ..., reply_timeout_ms: _Optional[int] = ...) -> None: ...

class Reject(_message.Message):
    __slots__ = ("code", "reason", "supported_protocol_version")
    CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    code: RejectCode
    reason: str
    supported_protocol_version: ProtocolVersion
    def __init__(self, code: _Optional[_Union[RejectCode, str]] = ..., reason: _Optional[str] = ..., supported_protocol_version: _Optional[_Union[ProtocolVersion, str]] = ...) -> None: ...

class Heartbeat(_message.Message):
    __slots__ = ("sent_ns",)
    SENT_NS_FIELD_NUMBER: _ClassVar[int]
    sent_ns: int
    def __init__(self, sent_ns: _Optional[int] = ...) -> None: ...

class Shutdown(_message.Message):
    __slots__ = ("reason",)
    REASON_FIELD_NUMBER: _ClassVar[int]
    reason: str
    def __init__(self, reason: _Optional[str] = ...) -> None: ...

class StopRequested(_message.Message):
    __slots__ = ("reason",)
    REASON_FIELD_NUMBER: _ClassVar[int]
    reason: str
    def __init__(self, reason: _Optional[str] = ...) -> None: ...

class Health(_message.Message):
    __slots__ = ("status", "connected_sessions", "last_event_ns", "detail")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CONNECTED_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    LAST_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    status: str
    connected_sessions: int
    last_event_ns: int
    detail: str
    def __init__(self, status: _Optional[str] = ..., connected_sessions: _Optional[int] = ..., last_event_ns: _Optional[int] = ..., detail: _Optional[str] = ...) -> None: ...

class ProtocolError(_message.Message):
    __slots__ = ("code", "detail", "offending_seq")
    CODE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    OFFENDING_SEQ_FIELD_NUMBER: _ClassVar[int]
    code: ProtocolErrorCode
    detail: str
    offending_seq: int
    def __init__(self, code: _Optional[_Union[ProtocolErrorCode, str]] = ..., detail: _Optional[str] = ..., offending_seq: _Optional[int] = ...) -> None: ...

class Bar(_message.Message):
    __slots__ = ("bar_type", "instrument_id", "open", "high", "low", "close", "volume", "ts_event_ns", "ts_init_ns")
    BAR_TYPE_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    OPEN_FIELD_NUMBER: _ClassVar[int]
    HIGH_FIELD_NUMBER: _ClassVar[int]
    LOW_FIELD_NUMBER: _ClassVar[int]
    CLOSE_FIELD_NUMBER: _ClassVar[int]
    VOLUME_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    TS_INIT_NS_FIELD_NUMBER: _ClassVar[int]
    bar_type: str
    instrument_id: str
    open: float
    high: float
    low: float
    close: float
    volume: float
    ts_event_ns: int
    ts_init_ns: int
    def __init__(self, bar_type: _Optional[str] = ..., instrument_id: _Optional[str] = ..., open: _Optional[float] = ..., high: _Optional[float] = ..., low: _Optional[float] = ..., close: _Optional[float] = ..., volume: _Optional[float] = ..., ts_event_ns: _Optional[int] = ..., ts_init_ns: _Optional[int] = ...) -> None: ...

class QuoteTick(_message.Message):
    __slots__ = ("instrument_id", "bid", "ask", "bid_size", "ask_size", "ts_event_ns", "ts_init_ns")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    BID_FIELD_NUMBER: _ClassVar[int]
    ASK_FIELD_NUMBER: _ClassVar[int]
    BID_SIZE_FIELD_NUMBER: _ClassVar[int]
    ASK_SIZE_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    TS_INIT_NS_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    bid: float
    ask: float
    bid_size: float
    ask_size: float
    ts_event_ns: int
    ts_init_ns: int
    def __init__(self, instrument_id: _Optional[str] = ..., bid: _Optional[float] = ..., ask: _Optional[float] = ..., bid_size: _Optional[float] = ..., ask_size: _Optional[float] = ..., ts_event_ns: _Optional[int] = ..., ts_init_ns: _Optional[int] = ...) -> None: ...

class TradeTick(_message.Message):
    __slots__ = ("instrument_id", "price", "size", "aggressor_side", "trade_id", "ts_event_ns", "ts_init_ns")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    AGGRESSOR_SIDE_FIELD_NUMBER: _ClassVar[int]
    TRADE_ID_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    TS_INIT_NS_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    price: float
    size: float
    aggressor_side: AggressorSide
    trade_id: str
    ts_event_ns: int
    ts_init_ns: int
    def __init__(self, instrument_id: _Optional[str] = ..., price: _Optional[float] = ..., size: _Optional[float] = ..., aggressor_side: _Optional[_Union[AggressorSide, str]] = ..., trade_id: _Optional[str] = ..., ts_event_ns: _Optional[int] = ..., ts_init_ns: _Optional[int] = ...) -> None: ...

class BookLevel(_message.Message):
    __slots__ = ("price", "size")
    PRICE_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    price: float
    size: float
    def __init__(self, price: _Optional[float] = ..., size: _Optional[float] = ...) -> None: ...

class OrderBookDepth(_message.Message):
    __slots__ = ("instrument_id", "bids", "asks", "ts_event_ns", "ts_init_ns")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    BIDS_FIELD_NUMBER: _ClassVar[int]
    ASKS_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    TS_INIT_NS_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    bids: _containers.RepeatedCompositeFieldContainer[BookLevel]
    asks: _containers.RepeatedCompositeFieldContainer[BookLevel]
    ts_event_ns: int
    ts_init_ns: int
    def __init__(self, instrument_id: _Optional[str] = ..., bids: _Optional[_Iterable[_Union[BookLevel, _Mapping]]] = ..., asks: _Optional[_Iterable[_Union[BookLevel, _Mapping]]] = ..., ts_event_ns: _Optional[int] = ..., ts_init_ns: _Optional[int] = ...) -> None: ...

class SubmitMarket(_message.Message):
    __slots__ = ("instrument_id", "side", "quantity", "time_in_force", "reduce_only", "client_order_id", "tags")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    TIME_IN_FORCE_FIELD_NUMBER: _ClassVar[int]
    REDUCE_ONLY_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    side: OrderSide
    quantity: str
    time_in_force: TimeInForce
    reduce_only: bool
    client_order_id: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, instrument_id: _Optional[str] = ..., side: _Optional[_Union[OrderSide, str]] = ..., quantity: _Optional[str] = ..., time_in_force: _Optional[_Union[TimeInForce, str]] = ..., reduce_only: _Optional[bool] = ..., client_order_id: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ...) -> None: ...

class SubmitLimit(_message.Message):
    __slots__ = ("instrument_id", "side", "quantity", "price", "time_in_force", "post_only", "reduce_only", "expire_time_ns", "client_order_id", "tags")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    TIME_IN_FORCE_FIELD_NUMBER: _ClassVar[int]
    POST_ONLY_FIELD_NUMBER: _ClassVar[int]
    REDUCE_ONLY_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_NS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    side: OrderSide
    quantity: str
    price: str
    time_in_force: TimeInForce
    post_only: bool
    reduce_only: bool
    expire_time_ns: int
    client_order_id: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, instrument_id: _Optional[str] = ..., side: _Optional[_Union[OrderSide, str]] = ..., quantity: _Optional[str] = ..., price: _Optional[str] = ..., time_in_force: _Optional[_Union[TimeInForce, str]] = ..., post_only: _Optional[bool] = ..., reduce_only: _Optional[bool] = ..., expire_time_ns: _Optional[int] = ..., client_order_id: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ...) -> None: ...

class SubmitStopMarket(_message.Message):
    __slots__ = ("instrument_id", "side", "quantity", "trigger_price", "time_in_force", "reduce_only", "expire_time_ns", "client_order_id", "tags")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_PRICE_FIELD_NUMBER: _ClassVar[int]
    TIME_IN_FORCE_FIELD_NUMBER: _ClassVar[int]
    REDUCE_ONLY_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_NS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    side: OrderSide
    quantity: str
    trigger_price: str
    time_in_force: TimeInForce
    reduce_only: bool
    expire_time_ns: int
    client_order_id: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, instrument_id: _Optional[str] = ..., side: _Optional[_Union[OrderSide, str]] = ..., quantity: _Optional[str] = ..., trigger_price: _Optional[str] = ..., time_in_force: _Optional[_Union[TimeInForce, str]] = ..., reduce_only: _Optional[bool] = ..., expire_time_ns: _Optional[int] = ..., client_order_id: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ...) -> None: ...

class SubmitBracket(_message.Message):
    __slots__ = ("instrument_id", "side", "quantity", "entry_type", "entry_price", "sl_trigger_price", "tp_price", "tp_post_only", "time_in_force", "entry_client_order_id", "sl_client_order_id", "tp_client_order_id", "entry_tags", "sl_tags", "tp_tags", "entry_post_only")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    ENTRY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ENTRY_PRICE_FIELD_NUMBER: _ClassVar[int]
    SL_TRIGGER_PRICE_FIELD_NUMBER: _ClassVar[int]
    TP_PRICE_FIELD_NUMBER: _ClassVar[int]
    TP_POST_ONLY_FIELD_NUMBER: _ClassVar[int]
    TIME_IN_FORCE_FIELD_NUMBER: _ClassVar[int]
    ENTRY_CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    SL_CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    TP_CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    ENTRY_TAGS_FIELD_NUMBER: _ClassVar[int]
    SL_TAGS_FIELD_NUMBER: _ClassVar[int]
    TP_TAGS_FIELD_NUMBER: _ClassVar[int]
    ENTRY_POST_ONLY_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    side: OrderSide
    quantity: str
    entry_type: OrderType
    entry_price: str
    sl_trigger_price: str
    tp_price: str
    tp_post_only: bool
    time_in_force: TimeInForce
    entry_client_order_id: str
    sl_client_order_id: str
    tp_client_order_id: str
    entry_tags: _containers.RepeatedScalarFieldContainer[str]
    sl_tags: _containers.RepeatedScalarFieldContainer[str]
    tp_tags: _containers.RepeatedScalarFieldContainer[str]
    entry_post_only: bool
    def __init__(self, instrument_id: _Optional[str] = ..., side: _Optional[_Union[OrderSide, str]] = ..., quantity: _Optional[str] = ..., entry_type: _Optional[_Union[OrderType, str]] = ..., entry_price: _Optional[str] = ..., sl_trigger_price: _Optional[str] = ..., tp_price: _Optional[str] = ..., tp_post_only: _Optional[bool] = ..., time_in_force: _Optional[_Union[TimeInForce, str]] = ..., entry_client_order_id: _Optional[str] = ..., sl_client_order_id: _Optional[str] = ..., tp_client_order_id: _Optional[str] = ..., entry_tags: _Optional[_Iterable[str]] = ..., sl_tags: _Optional[_Iterable[str]] = ..., tp_tags: _Optional[_Iterable[str]] = ..., entry_post_only: _Optional[bool] = ...) -> None: ...

class CancelOrder(_message.Message):
    __slots__ = ("client_order_id",)
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    def __init__(self, client_order_id: _Optional[str] = ...) -> None: ...

class CancelAll(_message.Message):
    __slots__ = ("instrument_id", "side")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    side: OrderSide
    def __init__(self, instrument_id: _Optional[str] = ..., side: _Optional[_Union[OrderSide, str]] = ...) -> None: ...

class ModifyOrder(_message.Message):
    __slots__ = ("client_order_id", "quantity", "price", "trigger_price")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_PRICE_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    quantity: str
    price: str
    trigger_price: str
    def __init__(self, client_order_id: _Optional[str] = ..., quantity: _Optional[str] = ..., price: _Optional[str] = ..., trigger_price: _Optional[str] = ...) -> None: ...

class ClosePosition(_message.Message):
    __slots__ = ("instrument_id", "client_order_id", "tags")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    client_order_id: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, instrument_id: _Optional[str] = ..., client_order_id: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ...) -> None: ...

class CloseAll(_message.Message):
    __slots__ = ("tags", "client_order_id_prefix")
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ORDER_ID_PREFIX_FIELD_NUMBER: _ClassVar[int]
    tags: _containers.RepeatedScalarFieldContainer[str]
    client_order_id_prefix: str
    def __init__(self, tags: _Optional[_Iterable[str]] = ..., client_order_id_prefix: _Optional[str] = ...) -> None: ...

class SetTradingState(_message.Message):
    __slots__ = ("state", "reason")
    STATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    state: TradingState
    reason: str
    def __init__(self, state: _Optional[_Union[TradingState, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class Command(_message.Message):
    __slots__ = ("command_id", "submit_market", "submit_limit", "submit_stop_market", "submit_bracket", "cancel_order", "cancel_all", "modify_order", "close_position", "close_all", "set_trading_state")
    COMMAND_ID_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_MARKET_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_LIMIT_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_STOP_MARKET_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_BRACKET_FIELD_NUMBER: _ClassVar[int]
    CANCEL_ORDER_FIELD_NUMBER: _ClassVar[int]
    CANCEL_ALL_FIELD_NUMBER: _ClassVar[int]
    MODIFY_ORDER_FIELD_NUMBER: _ClassVar[int]
    CLOSE_POSITION_FIELD_NUMBER: _ClassVar[int]
    CLOSE_ALL_FIELD_NUMBER: _ClassVar[int]
    SET_TRADING_STATE_FIELD_NUMBER: _ClassVar[int]
    command_id: str
    submit_market: SubmitMarket
    submit_limit: SubmitLimit
    submit_stop_market: SubmitStopMarket
    submit_bracket: SubmitBracket
    cancel_order: CancelOrder
    cancel_all: CancelAll
    modify_order: ModifyOrder
    close_position: ClosePosition
    close_all: CloseAll
    set_trading_state: SetTradingState
    def __init__(self, command_id: _Optional[str] = ..., submit_market: _Optional[_Union[SubmitMarket, _Mapping]] = ..., submit_limit: _Optional[_Union[SubmitLimit, _Mapping]] = ..., submit_stop_market: _Optional[_Union[SubmitStopMarket, _Mapping]] = ..., submit_bracket: _Optional[_Union[SubmitBracket, _Mapping]] = ..., cancel_order: _Optional[_Union[CancelOrder, _Mapping]] = ..., cancel_all: _Optional[_Union[CancelAll, _Mapping]] = ..., modify_order: _Optional[_Union[ModifyOrder, _Mapping]] = ..., close_position: _Optional[_Union[ClosePosition, _Mapping]] = ..., close_all: _Optional[_Union[CloseAll, _Mapping]] = ..., set_trading_state: _Optional[_Union[SetTradingState, _Mapping]] = ...) -> None: ...

class Decision(_message.Message):
    __slots__ = ("in_reply_to", "commands")
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    in_reply_to: int
    commands: _containers.RepeatedCompositeFieldContainer[Command]
    def __init__(self, in_reply_to: _Optional[int] = ..., commands: _Optional[_Iterable[_Union[Command, _Mapping]]] = ...) -> None: ...

class CommandAck(_message.Message):
    __slots__ = ("command_id", "accepted", "client_order_ids", "code", "reason")
    COMMAND_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ORDER_IDS_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    command_id: str
    accepted: bool
    client_order_ids: _containers.RepeatedScalarFieldContainer[str]
    code: CommandRejectCode
    reason: str
    def __init__(self, command_id: _Optional[str] = ..., accepted: _Optional[bool] = ..., client_order_ids: _Optional[_Iterable[str]] = ..., code: _Optional[_Union[CommandRejectCode, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class OrderSubmitted(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderAccepted(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "venue_order_id", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    VENUE_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    venue_order_id: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., venue_order_id: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderRejected(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "reason", "due_post_only", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DUE_POST_ONLY_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    reason: str
    due_post_only: bool
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., reason: _Optional[str] = ..., due_post_only: _Optional[bool] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderDenied(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "reason", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    reason: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., reason: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderFilled(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "venue_order_id", "trade_id", "position_id", "side", "order_type", "last_qty", "last_px", "commission", "commission_currency", "liquidity_side", "ts_event_ns", "tags")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    VENUE_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    TRADE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    ORDER_TYPE_FIELD_NUMBER: _ClassVar[int]
    LAST_QTY_FIELD_NUMBER: _ClassVar[int]
    LAST_PX_FIELD_NUMBER: _ClassVar[int]
    COMMISSION_FIELD_NUMBER: _ClassVar[int]
    COMMISSION_CURRENCY_FIELD_NUMBER: _ClassVar[int]
    LIQUIDITY_SIDE_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    venue_order_id: str
    trade_id: str
    position_id: str
    side: OrderSide
    order_type: OrderType
    last_qty: str
    last_px: str
    commission: str
    commission_currency: str
    liquidity_side: LiquiditySide
    ts_event_ns: int
    tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., venue_order_id: _Optional[str] = ..., trade_id: _Optional[str] = ..., position_id: _Optional[str] = ..., side: _Optional[_Union[OrderSide, str]] = ..., order_type: _Optional[_Union[OrderType, str]] = ..., last_qty: _Optional[str] = ..., last_px: _Optional[str] = ..., commission: _Optional[str] = ..., commission_currency: _Optional[str] = ..., liquidity_side: _Optional[_Union[LiquiditySide, str]] = ..., ts_event_ns: _Optional[int] = ..., tags: _Optional[_Iterable[str]] = ...) -> None: ...

class OrderCanceled(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderExpired(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderTriggered(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderUpdated(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "quantity", "price", "trigger_price", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_PRICE_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    quantity: str
    price: str
    trigger_price: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., quantity: _Optional[str] = ..., price: _Optional[str] = ..., trigger_price: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderModifyRejected(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "reason", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    reason: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., reason: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class OrderCancelRejected(_message.Message):
    __slots__ = ("client_order_id", "instrument_id", "reason", "ts_event_ns")
    CLIENT_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    client_order_id: str
    instrument_id: str
    reason: str
    ts_event_ns: int
    def __init__(self, client_order_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., reason: _Optional[str] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class PositionState(_message.Message):
    __slots__ = ("position_id", "instrument_id", "side", "quantity", "signed_qty", "avg_px_open", "avg_px_close", "realized_pnl", "unrealized_pnl", "opening_order_id", "closing_order_id", "ts_opened_ns", "ts_closed_ns", "ts_event_ns", "last_px", "last_qty")
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    SIGNED_QTY_FIELD_NUMBER: _ClassVar[int]
    AVG_PX_OPEN_FIELD_NUMBER: _ClassVar[int]
    AVG_PX_CLOSE_FIELD_NUMBER: _ClassVar[int]
    REALIZED_PNL_FIELD_NUMBER: _ClassVar[int]
    UNREALIZED_PNL_FIELD_NUMBER: _ClassVar[int]
    OPENING_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSING_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    TS_OPENED_NS_FIELD_NUMBER: _ClassVar[int]
    TS_CLOSED_NS_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    LAST_PX_FIELD_NUMBER: _ClassVar[int]
    LAST_QTY_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    instrument_id: str
    side: PositionSide
    quantity: str
    signed_qty: float
    avg_px_open: float
    avg_px_close: float
    realized_pnl: str
    unrealized_pnl: str
    opening_order_id: str
    closing_order_id: str
    ts_opened_ns: int
    ts_closed_ns: int
    ts_event_ns: int
    last_px: str
    last_qty: str
    def __init__(self, position_id: _Optional[str] = ..., instrument_id: _Optional[str] = ..., side: _Optional[_Union[PositionSide, str]] = ..., quantity: _Optional[str] = ..., signed_qty: _Optional[float] = ..., avg_px_open: _Optional[float] = ..., avg_px_close: _Optional[float] = ..., realized_pnl: _Optional[str] = ..., unrealized_pnl: _Optional[str] = ..., opening_order_id: _Optional[str] = ..., closing_order_id: _Optional[str] = ..., ts_opened_ns: _Optional[int] = ..., ts_closed_ns: _Optional[int] = ..., ts_event_ns: _Optional[int] = ..., last_px: _Optional[str] = ..., last_qty: _Optional[str] = ...) -> None: ...

class PositionOpened(_message.Message):
    __slots__ = ("position",)
    POSITION_FIELD_NUMBER: _ClassVar[int]
    position: PositionState
    def __init__(self, position: _Optional[_Union[PositionState, _Mapping]] = ...) -> None: ...

class PositionChanged(_message.Message):
    __slots__ = ("position",)
    POSITION_FIELD_NUMBER: _ClassVar[int]
    position: PositionState
    def __init__(self, position: _Optional[_Union[PositionState, _Mapping]] = ...) -> None: ...

class PositionClosed(_message.Message):
    __slots__ = ("position",)
    POSITION_FIELD_NUMBER: _ClassVar[int]
    position: PositionState
    def __init__(self, position: _Optional[_Union[PositionState, _Mapping]] = ...) -> None: ...

class Balance(_message.Message):
    __slots__ = ("currency", "total", "locked", "free")
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    LOCKED_FIELD_NUMBER: _ClassVar[int]
    FREE_FIELD_NUMBER: _ClassVar[int]
    currency: str
    total: str
    locked: str
    free: str
    def __init__(self, currency: _Optional[str] = ..., total: _Optional[str] = ..., locked: _Optional[str] = ..., free: _Optional[str] = ...) -> None: ...

class MarginBalance(_message.Message):
    __slots__ = ("instrument_id", "initial", "maintenance", "currency")
    INSTRUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    INITIAL_FIELD_NUMBER: _ClassVar[int]
    MAINTENANCE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    instrument_id: str
    initial: str
    maintenance: str
    currency: str
    def __init__(self, instrument_id: _Optional[str] = ..., initial: _Optional[str] = ..., maintenance: _Optional[str] = ..., currency: _Optional[str] = ...) -> None: ...

class AccountState(_message.Message):
    __slots__ = ("account_id", "account_type", "base_currency", "balances", "margins", "reported", "ts_event_ns")
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_FIELD_NUMBER: _ClassVar[int]
    BALANCES_FIELD_NUMBER: _ClassVar[int]
    MARGINS_FIELD_NUMBER: _ClassVar[int]
    REPORTED_FIELD_NUMBER: _ClassVar[int]
    TS_EVENT_NS_FIELD_NUMBER: _ClassVar[int]
    account_id: str
    account_type: str
    base_currency: str
    balances: _containers.RepeatedCompositeFieldContainer[Balance]
    margins: _containers.RepeatedCompositeFieldContainer[MarginBalance]
    reported: bool
    ts_event_ns: int
    def __init__(self, account_id: _Optional[str] = ..., account_type: _Optional[str] = ..., base_currency: _Optional[str] = ..., balances: _Optional[_Iterable[_Union[Balance, _Mapping]]] = ..., margins: _Optional[_Iterable[_Union[MarginBalance, _Mapping]]] = ..., reported: _Optional[bool] = ..., ts_event_ns: _Optional[int] = ...) -> None: ...

class RiskEvent(_message.Message):
    __slots__ = ("type", "symbol", "details_json", "ts_ns", "severity", "strategy")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SYMBOL_FIELD_NUMBER: _ClassVar[int]
    DETAILS_JSON_FIELD_NUMBER: _ClassVar[int]
    TS_NS_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_FIELD_NUMBER: _ClassVar[int]
    type: str
    symbol: str
    details_json: str
    ts_ns: int
    severity: str
    strategy: str
    def __init__(self, type: _Optional[str] = ..., symbol: _Optional[str] = ..., details_json: _Optional[str] = ..., ts_ns: _Optional[int] = ..., severity: _Optional[str] = ..., strategy: _Optional[str] = ...) -> None: ...

class PostureUpdate(_message.Message):
    __slots__ = ("posture", "previous_posture", "rm", "r_target", "cat1", "cat2", "cat3", "cat4", "cat5", "reason", "ts_ns")
    POSTURE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_POSTURE_FIELD_NUMBER: _ClassVar[int]
    RM_FIELD_NUMBER: _ClassVar[int]
    R_TARGET_FIELD_NUMBER: _ClassVar[int]
    CAT1_FIELD_NUMBER: _ClassVar[int]
    CAT2_FIELD_NUMBER: _ClassVar[int]
    CAT3_FIELD_NUMBER: _ClassVar[int]
    CAT4_FIELD_NUMBER: _ClassVar[int]
    CAT5_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TS_NS_FIELD_NUMBER: _ClassVar[int]
    posture: str
    previous_posture: str
    rm: float
    r_target: float
    cat1: float
    cat2: float
    cat3: float
    cat4: float
    cat5: float
    reason: str
    ts_ns: int
    def __init__(self, posture: _Optional[str] = ..., previous_posture: _Optional[str] = ..., rm: _Optional[float] = ..., r_target: _Optional[float] = ..., cat1: _Optional[float] = ..., cat2: _Optional[float] = ..., cat3: _Optional[float] = ..., cat4: _Optional[float] = ..., cat5: _Optional[float] = ..., reason: _Optional[str] = ..., ts_ns: _Optional[int] = ...) -> None: ...
