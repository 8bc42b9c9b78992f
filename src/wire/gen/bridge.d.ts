import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace dolphin. */
export namespace dolphin {

    /** Namespace bridge. */
    namespace bridge {

        /** Namespace v1. */
        namespace v1 {

            /** ProtocolVersion enum. */
            enum ProtocolVersion {

                /** PROTOCOL_VERSION_UNSPECIFIED value */
                PROTOCOL_VERSION_UNSPECIFIED = 0,

                /** PROTOCOL_VERSION_CURRENT value */
                PROTOCOL_VERSION_CURRENT = 1
            }

            /**
             * Properties of an Envelope.
             * @deprecated Use dolphin.bridge.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends dolphin.bridge.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope seq. */
                seq: (number|Long);

                /** Envelope ack. */
                ack: (number|Long);

                /** Envelope tsNs. */
                tsNs: (number|Long);

                /** Envelope sessionId. */
                sessionId: string;

                /** Envelope awaitDecision. */
                awaitDecision: boolean;

                /** Envelope hello. */
                hello?: (dolphin.bridge.v1.Hello.$Properties|null);

                /** Envelope welcome. */
                welcome?: (dolphin.bridge.v1.Welcome.$Properties|null);

                /** Envelope reject. */
                reject?: (dolphin.bridge.v1.Reject.$Properties|null);

                /** Envelope heartbeat. */
                heartbeat?: (dolphin.bridge.v1.Heartbeat.$Properties|null);

                /** Envelope shutdown. */
                shutdown?: (dolphin.bridge.v1.Shutdown.$Properties|null);

                /** Envelope decision. */
                decision?: (dolphin.bridge.v1.Decision.$Properties|null);

                /** Envelope commandAck. */
                commandAck?: (dolphin.bridge.v1.CommandAck.$Properties|null);

                /** Envelope health. */
                health?: (dolphin.bridge.v1.Health.$Properties|null);

                /** Envelope riskEvent. */
                riskEvent?: (dolphin.bridge.v1.RiskEvent.$Properties|null);

                /** Envelope postureUpdate. */
                postureUpdate?: (dolphin.bridge.v1.PostureUpdate.$Properties|null);

                /** Envelope bar. */
                bar?: (dolphin.bridge.v1.Bar.$Properties|null);

                /** Envelope quoteTick. */
                quoteTick?: (dolphin.bridge.v1.QuoteTick.$Properties|null);

                /** Envelope tradeTick. */
                tradeTick?: (dolphin.bridge.v1.TradeTick.$Properties|null);

                /** Envelope orderBookDepth. */
                orderBookDepth?: (dolphin.bridge.v1.OrderBookDepth.$Properties|null);

                /** Envelope orderSubmitted. */
                orderSubmitted?: (dolphin.bridge.v1.OrderSubmitted.$Properties|null);

                /** Envelope orderAccepted. */
                orderAccepted?: (dolphin.bridge.v1.OrderAccepted.$Properties|null);

                /** Envelope orderRejected. */
                orderRejected?: (dolphin.bridge.v1.OrderRejected.$Properties|null);

                /** Envelope orderDenied. */
                orderDenied?: (dolphin.bridge.v1.OrderDenied.$Properties|null);

                /** Envelope orderFilled. */
                orderFilled?: (dolphin.bridge.v1.OrderFilled.$Properties|null);

                /** Envelope orderCanceled. */
                orderCanceled?: (dolphin.bridge.v1.OrderCanceled.$Properties|null);

                /** Envelope orderExpired. */
                orderExpired?: (dolphin.bridge.v1.OrderExpired.$Properties|null);

                /** Envelope orderTriggered. */
                orderTriggered?: (dolphin.bridge.v1.OrderTriggered.$Properties|null);

                /** Envelope orderUpdated. */
                orderUpdated?: (dolphin.bridge.v1.OrderUpdated.$Properties|null);

                /** Envelope orderModifyRejected. */
                orderModifyRejected?: (dolphin.bridge.v1.OrderModifyRejected.$Properties|null);

                /** Envelope orderCancelRejected. */
                orderCancelRejected?: (dolphin.bridge.v1.OrderCancelRejected.$Properties|null);

                /** Envelope positionOpened. */
                positionOpened?: (dolphin.bridge.v1.PositionOpened.$Properties|null);

                /** Envelope positionChanged. */
                positionChanged?: (dolphin.bridge.v1.PositionChanged.$Properties|null);

                /** Envelope positionClosed. */
                positionClosed?: (dolphin.bridge.v1.PositionClosed.$Properties|null);

                /** Envelope accountState. */
                accountState?: (dolphin.bridge.v1.AccountState.$Properties|null);

                /** Envelope protocolError. */
                protocolError?: (dolphin.bridge.v1.ProtocolError.$Properties|null);

                /** Envelope stopRequested. */
                stopRequested?: (dolphin.bridge.v1.StopRequested.$Properties|null);

                /** Envelope body. */
                body?: ("hello"|"welcome"|"reject"|"heartbeat"|"shutdown"|"decision"|"commandAck"|"health"|"riskEvent"|"postureUpdate"|"bar"|"quoteTick"|"tradeTick"|"orderBookDepth"|"orderSubmitted"|"orderAccepted"|"orderRejected"|"orderDenied"|"orderFilled"|"orderCanceled"|"orderExpired"|"orderTriggered"|"orderUpdated"|"orderModifyRejected"|"orderCancelRejected"|"positionOpened"|"positionChanged"|"positionClosed"|"accountState"|"protocolError"|"stopRequested");

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Envelope instance
                 */
                static create(properties: dolphin.bridge.v1.Envelope.$Shape): dolphin.bridge.v1.Envelope & dolphin.bridge.v1.Envelope.$Shape;
                static create(properties?: dolphin.bridge.v1.Envelope.$Properties): dolphin.bridge.v1.Envelope;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link dolphin.bridge.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Envelope & dolphin.bridge.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Envelope & dolphin.bridge.v1.Envelope.$Shape;

                /**
                 * Verifies an Envelope message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Envelope
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Envelope;

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @param message Envelope
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Envelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope seq */
                    seq?: (number|Long|null);

                    /** Envelope ack */
                    ack?: (number|Long|null);

                    /** Envelope tsNs */
                    tsNs?: (number|Long|null);

                    /** Envelope sessionId */
                    sessionId?: (string|null);

                    /** Envelope awaitDecision */
                    awaitDecision?: (boolean|null);

                    /** Envelope hello */
                    hello?: (dolphin.bridge.v1.Hello.$Properties|null);

                    /** Envelope welcome */
                    welcome?: (dolphin.bridge.v1.Welcome.$Properties|null);

                    /** Envelope reject */
                    reject?: (dolphin.bridge.v1.Reject.$Properties|null);

                    /** Envelope heartbeat */
                    heartbeat?: (dolphin.bridge.v1.Heartbeat.$Properties|null);

                    /** Envelope shutdown */
                    shutdown?: (dolphin.bridge.v1.Shutdown.$Properties|null);

                    /** Envelope decision */
                    decision?: (dolphin.bridge.v1.Decision.$Properties|null);

                    /** Envelope commandAck */
                    commandAck?: (dolphin.bridge.v1.CommandAck.$Properties|null);

                    /** Envelope health */
                    health?: (dolphin.bridge.v1.Health.$Properties|null);

                    /** Envelope riskEvent */
                    riskEvent?: (dolphin.bridge.v1.RiskEvent.$Properties|null);

                    /** Envelope postureUpdate */
                    postureUpdate?: (dolphin.bridge.v1.PostureUpdate.$Properties|null);

                    /** Envelope bar */
                    bar?: (dolphin.bridge.v1.Bar.$Properties|null);

                    /** Envelope quoteTick */
                    quoteTick?: (dolphin.bridge.v1.QuoteTick.$Properties|null);

                    /** Envelope tradeTick */
                    tradeTick?: (dolphin.bridge.v1.TradeTick.$Properties|null);

                    /** Envelope orderBookDepth */
                    orderBookDepth?: (dolphin.bridge.v1.OrderBookDepth.$Properties|null);

                    /** Envelope orderSubmitted */
                    orderSubmitted?: (dolphin.bridge.v1.OrderSubmitted.$Properties|null);

                    /** Envelope orderAccepted */
                    orderAccepted?: (dolphin.bridge.v1.OrderAccepted.$Properties|null);

                    /** Envelope orderRejected */
                    orderRejected?: (dolphin.bridge.v1.OrderRejected.$Properties|null);

                    /** Envelope orderDenied */
                    orderDenied?: (dolphin.bridge.v1.OrderDenied.$Properties|null);

                    /** Envelope orderFilled */
                    orderFilled?: (dolphin.bridge.v1.OrderFilled.$Properties|null);

                    /** Envelope orderCanceled */
                    orderCanceled?: (dolphin.bridge.v1.OrderCanceled.$Properties|null);

                    /** Envelope orderExpired */
                    orderExpired?: (dolphin.bridge.v1.OrderExpired.$Properties|null);

                    /** Envelope orderTriggered */
                    orderTriggered?: (dolphin.bridge.v1.OrderTriggered.$Properties|null);

                    /** Envelope orderUpdated */
                    orderUpdated?: (dolphin.bridge.v1.OrderUpdated.$Properties|null);

                    /** Envelope orderModifyRejected */
                    orderModifyRejected?: (dolphin.bridge.v1.OrderModifyRejected.$Properties|null);

                    /** Envelope orderCancelRejected */
                    orderCancelRejected?: (dolphin.bridge.v1.OrderCancelRejected.$Properties|null);

                    /** Envelope positionOpened */
                    positionOpened?: (dolphin.bridge.v1.PositionOpened.$Properties|null);

                    /** Envelope positionChanged */
                    positionChanged?: (dolphin.bridge.v1.PositionChanged.$Properties|null);

                    /** Envelope positionClosed */
                    positionClosed?: (dolphin.bridge.v1.PositionClosed.$Properties|null);

                    /** Envelope accountState */
                    accountState?: (dolphin.bridge.v1.AccountState.$Properties|null);

                    /** Envelope protocolError */
                    protocolError?: (dolphin.bridge.v1.ProtocolError.$Properties|null);

                    /** Envelope stopRequested */
                    stopRequested?: (dolphin.bridge.v1.StopRequested.$Properties|null);

                    /** Envelope body */
                    body?: ("hello"|"welcome"|"reject"|"heartbeat"|"shutdown"|"decision"|"commandAck"|"health"|"riskEvent"|"postureUpdate"|"bar"|"quoteTick"|"tradeTick"|"orderBookDepth"|"orderSubmitted"|"orderAccepted"|"orderRejected"|"orderDenied"|"orderFilled"|"orderCanceled"|"orderExpired"|"orderTriggered"|"orderUpdated"|"orderModifyRejected"|"orderCancelRejected"|"positionOpened"|"positionChanged"|"positionClosed"|"accountState"|"protocolError"|"stopRequested");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Envelope. */
                type $Shape = {
                  seq?: number|Long|null;
                  ack?: number|Long|null;
                  tsNs?: number|Long|null;
                  sessionId?: string|null;
                  awaitDecision?: boolean|null;
                  hello?: dolphin.bridge.v1.Hello.$Shape|null;
                  welcome?: dolphin.bridge.v1.Welcome.$Shape|null;
                  reject?: dolphin.bridge.v1.Reject.$Shape|null;
                  heartbeat?: dolphin.bridge.v1.Heartbeat.$Shape|null;
                  shutdown?: dolphin.bridge.v1.Shutdown.$Shape|null;
                  decision?: dolphin.bridge.v1.Decision.$Shape|null;
                  commandAck?: dolphin.bridge.v1.CommandAck.$Shape|null;
                  health?: dolphin.bridge.v1.Health.$Shape|null;
                  riskEvent?: dolphin.bridge.v1.RiskEvent.$Shape|null;
                  postureUpdate?: dolphin.bridge.v1.PostureUpdate.$Shape|null;
                  bar?: dolphin.bridge.v1.Bar.$Shape|null;
                  quoteTick?: dolphin.bridge.v1.QuoteTick.$Shape|null;
                  tradeTick?: dolphin.bridge.v1.TradeTick.$Shape|null;
                  orderBookDepth?: dolphin.bridge.v1.OrderBookDepth.$Shape|null;
                  orderSubmitted?: dolphin.bridge.v1.OrderSubmitted.$Shape|null;
                  orderAccepted?: dolphin.bridge.v1.OrderAccepted.$Shape|null;
                  orderRejected?: dolphin.bridge.v1.OrderRejected.$Shape|null;
                  orderDenied?: dolphin.bridge.v1.OrderDenied.$Shape|null;
                  orderFilled?: dolphin.bridge.v1.OrderFilled.$Shape|null;
                  orderCanceled?: dolphin.bridge.v1.OrderCanceled.$Shape|null;
                  orderExpired?: dolphin.bridge.v1.OrderExpired.$Shape|null;
                  orderTriggered?: dolphin.bridge.v1.OrderTriggered.$Shape|null;
                  orderUpdated?: dolphin.bridge.v1.OrderUpdated.$Shape|null;
                  orderModifyRejected?: dolphin.bridge.v1.OrderModifyRejected.$Shape|null;
                  orderCancelRejected?: dolphin.bridge.v1.OrderCancelRejected.$Shape|null;
                  positionOpened?: dolphin.bridge.v1.PositionOpened.$Shape|null;
                  positionChanged?: dolphin.bridge.v1.PositionChanged.$Shape|null;
                  positionClosed?: dolphin.bridge.v1.PositionClosed.$Shape|null;
                  accountState?: dolphin.bridge.v1.AccountState.$Shape|null;
                  protocolError?: dolphin.bridge.v1.ProtocolError.$Shape|null;
                  stopRequested?: dolphin.bridge.v1.StopRequested.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "hello"; hello: dolphin.bridge.v1.Hello.$Shape; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "welcome"; hello?: null; welcome: dolphin.bridge.v1.Welcome.$Shape; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "reject"; hello?: null; welcome?: null; reject: dolphin.bridge.v1.Reject.$Shape; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "heartbeat"; hello?: null; welcome?: null; reject?: null; heartbeat: dolphin.bridge.v1.Heartbeat.$Shape; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "shutdown"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown: dolphin.bridge.v1.Shutdown.$Shape; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "decision"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision: dolphin.bridge.v1.Decision.$Shape; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "commandAck"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck: dolphin.bridge.v1.CommandAck.$Shape; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "health"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health: dolphin.bridge.v1.Health.$Shape; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "riskEvent"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent: dolphin.bridge.v1.RiskEvent.$Shape; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "postureUpdate"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate: dolphin.bridge.v1.PostureUpdate.$Shape; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "bar"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar: dolphin.bridge.v1.Bar.$Shape; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "quoteTick"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick: dolphin.bridge.v1.QuoteTick.$Shape; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "tradeTick"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick: dolphin.bridge.v1.TradeTick.$Shape; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderBookDepth"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth: dolphin.bridge.v1.OrderBookDepth.$Shape; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderSubmitted"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted: dolphin.bridge.v1.OrderSubmitted.$Shape; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderAccepted"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted: dolphin.bridge.v1.OrderAccepted.$Shape; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderRejected"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected: dolphin.bridge.v1.OrderRejected.$Shape; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderDenied"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied: dolphin.bridge.v1.OrderDenied.$Shape; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderFilled"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled: dolphin.bridge.v1.OrderFilled.$Shape; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderCanceled"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled: dolphin.bridge.v1.OrderCanceled.$Shape; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderExpired"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired: dolphin.bridge.v1.OrderExpired.$Shape; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderTriggered"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered: dolphin.bridge.v1.OrderTriggered.$Shape; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderUpdated"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated: dolphin.bridge.v1.OrderUpdated.$Shape; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderModifyRejected"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected: dolphin.bridge.v1.OrderModifyRejected.$Shape; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "orderCancelRejected"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected: dolphin.bridge.v1.OrderCancelRejected.$Shape; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "positionOpened"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened: dolphin.bridge.v1.PositionOpened.$Shape; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "positionChanged"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged: dolphin.bridge.v1.PositionChanged.$Shape; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "positionClosed"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed: dolphin.bridge.v1.PositionClosed.$Shape; accountState?: null; protocolError?: null; stopRequested?: null }|{ body?: "accountState"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState: dolphin.bridge.v1.AccountState.$Shape; protocolError?: null; stopRequested?: null }|{ body?: "protocolError"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError: dolphin.bridge.v1.ProtocolError.$Shape; stopRequested?: null }|{ body?: "stopRequested"; hello?: null; welcome?: null; reject?: null; heartbeat?: null; shutdown?: null; decision?: null; commandAck?: null; health?: null; riskEvent?: null; postureUpdate?: null; bar?: null; quoteTick?: null; tradeTick?: null; orderBookDepth?: null; orderSubmitted?: null; orderAccepted?: null; orderRejected?: null; orderDenied?: null; orderFilled?: null; orderCanceled?: null; orderExpired?: null; orderTriggered?: null; orderUpdated?: null; orderModifyRejected?: null; orderCancelRejected?: null; positionOpened?: null; positionChanged?: null; positionClosed?: null; accountState?: null; protocolError?: null; stopRequested: dolphin.bridge.v1.StopRequested.$Shape })
                );
            }

            /** Mode enum. */
            enum Mode {

                /** MODE_UNSPECIFIED value */
                MODE_UNSPECIFIED = 0,

                /** MODE_LOCKSTEP value */
                MODE_LOCKSTEP = 1,

                /** MODE_ASYNC value */
                MODE_ASYNC = 2
            }

            /**
             * Properties of a Hello.
             * @deprecated Use dolphin.bridge.v1.Hello.$Properties instead.
             */
            interface IHello extends dolphin.bridge.v1.Hello.$Properties {
            }

            /** Represents a Hello. */
            class Hello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Hello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hello protocolVersion. */
                protocolVersion: dolphin.bridge.v1.ProtocolVersion;

                /** Hello traderId. */
                traderId: string;

                /** Hello strategyId. */
                strategyId: string;

                /** Hello mode. */
                mode: dolphin.bridge.v1.Mode;

                /** Hello instruments. */
                instruments: dolphin.bridge.v1.Instrument.$Properties[];

                /** Hello account. */
                account?: (dolphin.bridge.v1.AccountState.$Properties|null);

                /** Hello strategy. */
                strategy: string;

                /** Hello barTypes. */
                barTypes: string[];

                /** Hello nautilusVersion. */
                nautilusVersion: string;

                /** Hello shimVersion. */
                shimVersion: string;

                /** Hello nodeKind. */
                nodeKind: string;

                /** Hello venue. */
                venue: string;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: dolphin.bridge.v1.Hello.$Shape): dolphin.bridge.v1.Hello & dolphin.bridge.v1.Hello.$Shape;
                static create(properties?: dolphin.bridge.v1.Hello.$Properties): dolphin.bridge.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link dolphin.bridge.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Hello & dolphin.bridge.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Hello & dolphin.bridge.v1.Hello.$Shape;

                /**
                 * Verifies a Hello message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Hello
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Hello;

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @param message Hello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Hello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Hello protocolVersion */
                    protocolVersion?: (dolphin.bridge.v1.ProtocolVersion|null);

                    /** Hello traderId */
                    traderId?: (string|null);

                    /** Hello strategyId */
                    strategyId?: (string|null);

                    /** Hello mode */
                    mode?: (dolphin.bridge.v1.Mode|null);

                    /** Hello instruments */
                    instruments?: (dolphin.bridge.v1.Instrument.$Properties[]|null);

                    /** Hello account */
                    account?: (dolphin.bridge.v1.AccountState.$Properties|null);

                    /** Hello strategy */
                    strategy?: (string|null);

                    /** Hello barTypes */
                    barTypes?: (string[]|null);

                    /** Hello nautilusVersion */
                    nautilusVersion?: (string|null);

                    /** Hello shimVersion */
                    shimVersion?: (string|null);

                    /** Hello nodeKind */
                    nodeKind?: (string|null);

                    /** Hello venue */
                    venue?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hello. */
                type $Shape = dolphin.bridge.v1.Hello.$Properties;
            }

            /**
             * Properties of an Instrument.
             * @deprecated Use dolphin.bridge.v1.Instrument.$Properties instead.
             */
            interface IInstrument extends dolphin.bridge.v1.Instrument.$Properties {
            }

            /** Represents an Instrument. */
            class Instrument {

                /**
                 * Constructs a new Instrument.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Instrument.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Instrument instrumentId. */
                instrumentId: string;

                /** Instrument rawSymbol. */
                rawSymbol: string;

                /** Instrument baseCurrency. */
                baseCurrency: string;

                /** Instrument quoteCurrency. */
                quoteCurrency: string;

                /** Instrument settlementCurrency. */
                settlementCurrency: string;

                /** Instrument isInverse. */
                isInverse: boolean;

                /** Instrument pricePrecision. */
                pricePrecision: number;

                /** Instrument sizePrecision. */
                sizePrecision: number;

                /** Instrument priceIncrement. */
                priceIncrement: string;

                /** Instrument sizeIncrement. */
                sizeIncrement: string;

                /** Instrument multiplier. */
                multiplier: string;

                /** Instrument lotSize. */
                lotSize: string;

                /** Instrument minQuantity. */
                minQuantity: string;

                /** Instrument maxQuantity. */
                maxQuantity: string;

                /** Instrument minNotional. */
                minNotional: string;

                /** Instrument maxNotional. */
                maxNotional: string;

                /** Instrument minPrice. */
                minPrice: string;

                /** Instrument maxPrice. */
                maxPrice: string;

                /** Instrument makerFee. */
                makerFee: string;

                /** Instrument takerFee. */
                takerFee: string;

                /** Instrument marginInit. */
                marginInit: string;

                /** Instrument marginMaint. */
                marginMaint: string;

                /** Instrument maxLeverage. */
                maxLeverage: string;

                /**
                 * Creates a new Instrument instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Instrument instance
                 */
                static create(properties: dolphin.bridge.v1.Instrument.$Shape): dolphin.bridge.v1.Instrument & dolphin.bridge.v1.Instrument.$Shape;
                static create(properties?: dolphin.bridge.v1.Instrument.$Properties): dolphin.bridge.v1.Instrument;

                /**
                 * Encodes the specified Instrument message. Does not implicitly {@link dolphin.bridge.v1.Instrument.verify|verify} messages.
                 * @param message Instrument message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Instrument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Instrument message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Instrument & dolphin.bridge.v1.Instrument.$Shape} Instrument
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Instrument & dolphin.bridge.v1.Instrument.$Shape;

                /**
                 * Verifies an Instrument message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Instrument message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Instrument
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Instrument;

                /**
                 * Creates a plain object from an Instrument message. Also converts values to other types if specified.
                 * @param message Instrument
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Instrument, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Instrument to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Instrument {

                /** Properties of an Instrument. */
                interface $Properties {

                    /** Instrument instrumentId */
                    instrumentId?: (string|null);

                    /** Instrument rawSymbol */
                    rawSymbol?: (string|null);

                    /** Instrument baseCurrency */
                    baseCurrency?: (string|null);

                    /** Instrument quoteCurrency */
                    quoteCurrency?: (string|null);

                    /** Instrument settlementCurrency */
                    settlementCurrency?: (string|null);

                    /** Instrument isInverse */
                    isInverse?: (boolean|null);

                    /** Instrument pricePrecision */
                    pricePrecision?: (number|null);

                    /** Instrument sizePrecision */
                    sizePrecision?: (number|null);

                    /** Instrument priceIncrement */
                    priceIncrement?: (string|null);

                    /** Instrument sizeIncrement */
                    sizeIncrement?: (string|null);

                    /** Instrument multiplier */
                    multiplier?: (string|null);

                    /** Instrument lotSize */
                    lotSize?: (string|null);

                    /** Instrument minQuantity */
                    minQuantity?: (string|null);

                    /** Instrument maxQuantity */
                    maxQuantity?: (string|null);

                    /** Instrument minNotional */
                    minNotional?: (string|null);

                    /** Instrument maxNotional */
                    maxNotional?: (string|null);

                    /** Instrument minPrice */
                    minPrice?: (string|null);

                    /** Instrument maxPrice */
                    maxPrice?: (string|null);

                    /** Instrument makerFee */
                    makerFee?: (string|null);

                    /** Instrument takerFee */
                    takerFee?: (string|null);

                    /** Instrument marginInit */
                    marginInit?: (string|null);

                    /** Instrument marginMaint */
                    marginMaint?: (string|null);

                    /** Instrument maxLeverage */
                    maxLeverage?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Instrument. */
                type $Shape = dolphin.bridge.v1.Instrument.$Properties;
            }

            /**
             * Properties of a Subscription.
             * @deprecated Use dolphin.bridge.v1.Subscription.$Properties instead.
             */
            interface ISubscription extends dolphin.bridge.v1.Subscription.$Properties {
            }

            /** Represents a Subscription. */
            class Subscription {

                /**
                 * Constructs a new Subscription.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Subscription.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Subscription kind. */
                kind: dolphin.bridge.v1.Subscription.Kind;

                /** Subscription instrumentId. */
                instrumentId: string;

                /** Subscription barType. */
                barType: string;

                /** Subscription depth. */
                depth: number;

                /** Subscription intervalMs. */
                intervalMs: number;

                /**
                 * Creates a new Subscription instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Subscription instance
                 */
                static create(properties: dolphin.bridge.v1.Subscription.$Shape): dolphin.bridge.v1.Subscription & dolphin.bridge.v1.Subscription.$Shape;
                static create(properties?: dolphin.bridge.v1.Subscription.$Properties): dolphin.bridge.v1.Subscription;

                /**
                 * Encodes the specified Subscription message. Does not implicitly {@link dolphin.bridge.v1.Subscription.verify|verify} messages.
                 * @param message Subscription message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Subscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Subscription message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Subscription & dolphin.bridge.v1.Subscription.$Shape} Subscription
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Subscription & dolphin.bridge.v1.Subscription.$Shape;

                /**
                 * Verifies a Subscription message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Subscription message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Subscription
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Subscription;

                /**
                 * Creates a plain object from a Subscription message. Also converts values to other types if specified.
                 * @param message Subscription
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Subscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Subscription to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Subscription {

                /** Properties of a Subscription. */
                interface $Properties {

                    /** Subscription kind */
                    kind?: (dolphin.bridge.v1.Subscription.Kind|null);

                    /** Subscription instrumentId */
                    instrumentId?: (string|null);

                    /** Subscription barType */
                    barType?: (string|null);

                    /** Subscription depth */
                    depth?: (number|null);

                    /** Subscription intervalMs */
                    intervalMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Subscription. */
                type $Shape = dolphin.bridge.v1.Subscription.$Properties;

                /** Kind enum. */
                enum Kind {

                    /** KIND_UNSPECIFIED value */
                    KIND_UNSPECIFIED = 0,

                    /** KIND_BARS value */
                    KIND_BARS = 1,

                    /** KIND_QUOTES value */
                    KIND_QUOTES = 2,

                    /** KIND_TRADES value */
                    KIND_TRADES = 3,

                    /** KIND_BOOK value */
                    KIND_BOOK = 4
                }
            }

            /** EventKind enum. */
            enum EventKind {

                /** EVENT_KIND_UNSPECIFIED value */
                EVENT_KIND_UNSPECIFIED = 0,

                /** EVENT_KIND_BAR value */
                EVENT_KIND_BAR = 1,

                /** EVENT_KIND_QUOTE value */
                EVENT_KIND_QUOTE = 2,

                /** EVENT_KIND_TRADE value */
                EVENT_KIND_TRADE = 3,

                /** EVENT_KIND_BOOK value */
                EVENT_KIND_BOOK = 4,

                /** EVENT_KIND_ORDER value */
                EVENT_KIND_ORDER = 5,

                /** EVENT_KIND_POSITION value */
                EVENT_KIND_POSITION = 6,

                /** EVENT_KIND_ACCOUNT value */
                EVENT_KIND_ACCOUNT = 7
            }

            /**
             * Properties of a Welcome.
             * @deprecated Use dolphin.bridge.v1.Welcome.$Properties instead.
             */
            interface IWelcome extends dolphin.bridge.v1.Welcome.$Properties {
            }

            /** Represents a Welcome. */
            class Welcome {

                /**
                 * Constructs a new Welcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Welcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Welcome protocolVersion. */
                protocolVersion: dolphin.bridge.v1.ProtocolVersion;

                /** Welcome sessionId. */
                sessionId: string;

                /** Welcome strategyName. */
                strategyName: string;

                /** Welcome strategyVersion. */
                strategyVersion: string;

                /** Welcome subscriptions. */
                subscriptions: dolphin.bridge.v1.Subscription.$Properties[];

                /** Welcome heartbeatIntervalMs. */
                heartbeatIntervalMs: number;

                /** Welcome decisionEvents. */
                decisionEvents: dolphin.bridge.v1.EventKind[];

                /** Welcome groupBarsByTs. */
                groupBarsByTs: boolean;

                /** Welcome configHash. */
                configHash: string;

                /** Welcome replyTimeoutMs. */
                replyTimeoutMs: number;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Welcome instance
                 */
                static create(properties: dolphin.bridge.v1.Welcome.$Shape): dolphin.bridge.v1.Welcome & dolphin.bridge.v1.Welcome.$Shape;
                static create(properties?: dolphin.bridge.v1.Welcome.$Properties): dolphin.bridge.v1.Welcome;

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link dolphin.bridge.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Welcome & dolphin.bridge.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Welcome & dolphin.bridge.v1.Welcome.$Shape;

                /**
                 * Verifies a Welcome message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Welcome
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Welcome;

                /**
                 * Creates a plain object from a Welcome message. Also converts values to other types if specified.
                 * @param message Welcome
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Welcome to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Welcome {

                /** Properties of a Welcome. */
                interface $Properties {

                    /** Welcome protocolVersion */
                    protocolVersion?: (dolphin.bridge.v1.ProtocolVersion|null);

                    /** Welcome sessionId */
                    sessionId?: (string|null);

                    /** Welcome strategyName */
                    strategyName?: (string|null);

                    /** Welcome strategyVersion */
                    strategyVersion?: (string|null);

                    /** Welcome subscriptions */
                    subscriptions?: (dolphin.bridge.v1.Subscription.$Properties[]|null);

                    /** Welcome heartbeatIntervalMs */
                    heartbeatIntervalMs?: (number|null);

                    /** Welcome decisionEvents */
                    decisionEvents?: (dolphin.bridge.v1.EventKind[]|null);

                    /** Welcome groupBarsByTs */
                    groupBarsByTs?: (boolean|null);

                    /** Welcome configHash */
                    configHash?: (string|null);

                    /** Welcome replyTimeoutMs */
                    replyTimeoutMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Welcome. */
                type $Shape = dolphin.bridge.v1.Welcome.$Properties;
            }

            /** RejectCode enum. */
            enum RejectCode {

                /** REJECT_CODE_UNSPECIFIED value */
                REJECT_CODE_UNSPECIFIED = 0,

                /** REJECT_CODE_PROTOCOL_VERSION value */
                REJECT_CODE_PROTOCOL_VERSION = 1,

                /** REJECT_CODE_UNKNOWN_STRATEGY value */
                REJECT_CODE_UNKNOWN_STRATEGY = 2,

                /** REJECT_CODE_BAD_INSTRUMENT value */
                REJECT_CODE_BAD_INSTRUMENT = 3,

                /** REJECT_CODE_BAD_HELLO value */
                REJECT_CODE_BAD_HELLO = 4,

                /** REJECT_CODE_STRATEGY_START_FAILED value */
                REJECT_CODE_STRATEGY_START_FAILED = 5
            }

            /**
             * Properties of a Reject.
             * @deprecated Use dolphin.bridge.v1.Reject.$Properties instead.
             */
            interface IReject extends dolphin.bridge.v1.Reject.$Properties {
            }

            /** Represents a Reject. */
            class Reject {

                /**
                 * Constructs a new Reject.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Reject.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Reject code. */
                code: dolphin.bridge.v1.RejectCode;

                /** Reject reason. */
                reason: string;

                /** Reject supportedProtocolVersion. */
                supportedProtocolVersion: dolphin.bridge.v1.ProtocolVersion;

                /**
                 * Creates a new Reject instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reject instance
                 */
                static create(properties: dolphin.bridge.v1.Reject.$Shape): dolphin.bridge.v1.Reject & dolphin.bridge.v1.Reject.$Shape;
                static create(properties?: dolphin.bridge.v1.Reject.$Properties): dolphin.bridge.v1.Reject;

                /**
                 * Encodes the specified Reject message. Does not implicitly {@link dolphin.bridge.v1.Reject.verify|verify} messages.
                 * @param message Reject message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Reject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reject message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Reject & dolphin.bridge.v1.Reject.$Shape} Reject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Reject & dolphin.bridge.v1.Reject.$Shape;

                /**
                 * Verifies a Reject message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Reject message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Reject
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Reject;

                /**
                 * Creates a plain object from a Reject message. Also converts values to other types if specified.
                 * @param message Reject
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Reject, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Reject to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Reject {

                /** Properties of a Reject. */
                interface $Properties {

                    /** Reject code */
                    code?: (dolphin.bridge.v1.RejectCode|null);

                    /** Reject reason */
                    reason?: (string|null);

                    /** Reject supportedProtocolVersion */
                    supportedProtocolVersion?: (dolphin.bridge.v1.ProtocolVersion|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Reject. */
                type $Shape = dolphin.bridge.v1.Reject.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use dolphin.bridge.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends dolphin.bridge.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat sentNs. */
                sentNs: (number|Long);

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: dolphin.bridge.v1.Heartbeat.$Shape): dolphin.bridge.v1.Heartbeat & dolphin.bridge.v1.Heartbeat.$Shape;
                static create(properties?: dolphin.bridge.v1.Heartbeat.$Properties): dolphin.bridge.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link dolphin.bridge.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Heartbeat & dolphin.bridge.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Heartbeat & dolphin.bridge.v1.Heartbeat.$Shape;

                /**
                 * Verifies a Heartbeat message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Heartbeat
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Heartbeat;

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @param message Heartbeat
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Heartbeat to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Heartbeat sentNs */
                    sentNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = dolphin.bridge.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a Shutdown.
             * @deprecated Use dolphin.bridge.v1.Shutdown.$Properties instead.
             */
            interface IShutdown extends dolphin.bridge.v1.Shutdown.$Properties {
            }

            /** Represents a Shutdown. */
            class Shutdown {

                /**
                 * Constructs a new Shutdown.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Shutdown.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Shutdown reason. */
                reason: string;

                /**
                 * Creates a new Shutdown instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Shutdown instance
                 */
                static create(properties: dolphin.bridge.v1.Shutdown.$Shape): dolphin.bridge.v1.Shutdown & dolphin.bridge.v1.Shutdown.$Shape;
                static create(properties?: dolphin.bridge.v1.Shutdown.$Properties): dolphin.bridge.v1.Shutdown;

                /**
                 * Encodes the specified Shutdown message. Does not implicitly {@link dolphin.bridge.v1.Shutdown.verify|verify} messages.
                 * @param message Shutdown message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Shutdown message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Shutdown & dolphin.bridge.v1.Shutdown.$Shape} Shutdown
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Shutdown & dolphin.bridge.v1.Shutdown.$Shape;

                /**
                 * Verifies a Shutdown message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Shutdown message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Shutdown
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Shutdown;

                /**
                 * Creates a plain object from a Shutdown message. Also converts values to other types if specified.
                 * @param message Shutdown
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Shutdown, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Shutdown to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Shutdown {

                /** Properties of a Shutdown. */
                interface $Properties {

                    /** Shutdown reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Shutdown. */
                type $Shape = dolphin.bridge.v1.Shutdown.$Properties;
            }

            /**
             * Properties of a StopRequested.
             * @deprecated Use dolphin.bridge.v1.StopRequested.$Properties instead.
             */
            interface IStopRequested extends dolphin.bridge.v1.StopRequested.$Properties {
            }

            /** Represents a StopRequested. */
            class StopRequested {

                /**
                 * Constructs a new StopRequested.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.StopRequested.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StopRequested reason. */
                reason: string;

                /**
                 * Creates a new StopRequested instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StopRequested instance
                 */
                static create(properties: dolphin.bridge.v1.StopRequested.$Shape): dolphin.bridge.v1.StopRequested & dolphin.bridge.v1.StopRequested.$Shape;
                static create(properties?: dolphin.bridge.v1.StopRequested.$Properties): dolphin.bridge.v1.StopRequested;

                /**
                 * Encodes the specified StopRequested message. Does not implicitly {@link dolphin.bridge.v1.StopRequested.verify|verify} messages.
                 * @param message StopRequested message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.StopRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StopRequested message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.StopRequested & dolphin.bridge.v1.StopRequested.$Shape} StopRequested
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.StopRequested & dolphin.bridge.v1.StopRequested.$Shape;

                /**
                 * Verifies a StopRequested message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StopRequested message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StopRequested
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.StopRequested;

                /**
                 * Creates a plain object from a StopRequested message. Also converts values to other types if specified.
                 * @param message StopRequested
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.StopRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StopRequested to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StopRequested {

                /** Properties of a StopRequested. */
                interface $Properties {

                    /** StopRequested reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StopRequested. */
                type $Shape = dolphin.bridge.v1.StopRequested.$Properties;
            }

            /**
             * Properties of a Health.
             * @deprecated Use dolphin.bridge.v1.Health.$Properties instead.
             */
            interface IHealth extends dolphin.bridge.v1.Health.$Properties {
            }

            /** Represents a Health. */
            class Health {

                /**
                 * Constructs a new Health.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Health.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Health status. */
                status: string;

                /** Health connectedSessions. */
                connectedSessions: number;

                /** Health lastEventNs. */
                lastEventNs: (number|Long);

                /** Health detail. */
                detail: string;

                /**
                 * Creates a new Health instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Health instance
                 */
                static create(properties: dolphin.bridge.v1.Health.$Shape): dolphin.bridge.v1.Health & dolphin.bridge.v1.Health.$Shape;
                static create(properties?: dolphin.bridge.v1.Health.$Properties): dolphin.bridge.v1.Health;

                /**
                 * Encodes the specified Health message. Does not implicitly {@link dolphin.bridge.v1.Health.verify|verify} messages.
                 * @param message Health message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Health.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Health message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Health & dolphin.bridge.v1.Health.$Shape} Health
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Health & dolphin.bridge.v1.Health.$Shape;

                /**
                 * Verifies a Health message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Health message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Health
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Health;

                /**
                 * Creates a plain object from a Health message. Also converts values to other types if specified.
                 * @param message Health
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Health, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Health to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Health {

                /** Properties of a Health. */
                interface $Properties {

                    /** Health status */
                    status?: (string|null);

                    /** Health connectedSessions */
                    connectedSessions?: (number|null);

                    /** Health lastEventNs */
                    lastEventNs?: (number|Long|null);

                    /** Health detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Health. */
                type $Shape = dolphin.bridge.v1.Health.$Properties;
            }

            /** ProtocolErrorCode enum. */
            enum ProtocolErrorCode {

                /** PROTOCOL_ERROR_CODE_UNSPECIFIED value */
                PROTOCOL_ERROR_CODE_UNSPECIFIED = 0,

                /** PROTOCOL_ERROR_CODE_MALFORMED_FRAME value */
                PROTOCOL_ERROR_CODE_MALFORMED_FRAME = 1,

                /** PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE value */
                PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE = 2,

                /** PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE value */
                PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE = 3,

                /** PROTOCOL_ERROR_CODE_UNKNOWN_SESSION value */
                PROTOCOL_ERROR_CODE_UNKNOWN_SESSION = 4
            }

            /**
             * Properties of a ProtocolError.
             * @deprecated Use dolphin.bridge.v1.ProtocolError.$Properties instead.
             */
            interface IProtocolError extends dolphin.bridge.v1.ProtocolError.$Properties {
            }

            /** Represents a ProtocolError. */
            class ProtocolError {

                /**
                 * Constructs a new ProtocolError.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.ProtocolError.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProtocolError code. */
                code: dolphin.bridge.v1.ProtocolErrorCode;

                /** ProtocolError detail. */
                detail: string;

                /** ProtocolError offendingSeq. */
                offendingSeq: (number|Long);

                /**
                 * Creates a new ProtocolError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProtocolError instance
                 */
                static create(properties: dolphin.bridge.v1.ProtocolError.$Shape): dolphin.bridge.v1.ProtocolError & dolphin.bridge.v1.ProtocolError.$Shape;
                static create(properties?: dolphin.bridge.v1.ProtocolError.$Properties): dolphin.bridge.v1.ProtocolError;

                /**
                 * Encodes the specified ProtocolError message. Does not implicitly {@link dolphin.bridge.v1.ProtocolError.verify|verify} messages.
                 * @param message ProtocolError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.ProtocolError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProtocolError message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.ProtocolError & dolphin.bridge.v1.ProtocolError.$Shape} ProtocolError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.ProtocolError & dolphin.bridge.v1.ProtocolError.$Shape;

                /**
                 * Verifies a ProtocolError message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProtocolError message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProtocolError
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.ProtocolError;

                /**
                 * Creates a plain object from a ProtocolError message. Also converts values to other types if specified.
                 * @param message ProtocolError
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.ProtocolError, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProtocolError to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProtocolError {

                /** Properties of a ProtocolError. */
                interface $Properties {

                    /** ProtocolError code */
                    code?: (dolphin.bridge.v1.ProtocolErrorCode|null);

                    /** ProtocolError detail */
                    detail?: (string|null);

                    /** ProtocolError offendingSeq */
                    offendingSeq?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProtocolError. */
                type $Shape = dolphin.bridge.v1.ProtocolError.$Properties;
            }

            /**
             * Properties of a Bar.
             * @deprecated Use dolphin.bridge.v1.Bar.$Properties instead.
             */
            interface IBar extends dolphin.bridge.v1.Bar.$Properties {
            }

            /** Represents a Bar. */
            class Bar {

                /**
                 * Constructs a new Bar.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Bar.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Bar barType. */
                barType: string;

                /** Bar instrumentId. */
                instrumentId: string;

                /** Bar open. */
                open: number;

                /** Bar high. */
                high: number;

                /** Bar low. */
                low: number;

                /** Bar close. */
                close: number;

                /** Bar volume. */
                volume: number;

                /** Bar tsEventNs. */
                tsEventNs: (number|Long);

                /** Bar tsInitNs. */
                tsInitNs: (number|Long);

                /**
                 * Creates a new Bar instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Bar instance
                 */
                static create(properties: dolphin.bridge.v1.Bar.$Shape): dolphin.bridge.v1.Bar & dolphin.bridge.v1.Bar.$Shape;
                static create(properties?: dolphin.bridge.v1.Bar.$Properties): dolphin.bridge.v1.Bar;

                /**
                 * Encodes the specified Bar message. Does not implicitly {@link dolphin.bridge.v1.Bar.verify|verify} messages.
                 * @param message Bar message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Bar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Bar message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Bar & dolphin.bridge.v1.Bar.$Shape} Bar
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Bar & dolphin.bridge.v1.Bar.$Shape;

                /**
                 * Verifies a Bar message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Bar message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Bar
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Bar;

                /**
                 * Creates a plain object from a Bar message. Also converts values to other types if specified.
                 * @param message Bar
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Bar, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Bar to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Bar {

                /** Properties of a Bar. */
                interface $Properties {

                    /** Bar barType */
                    barType?: (string|null);

                    /** Bar instrumentId */
                    instrumentId?: (string|null);

                    /** Bar open */
                    open?: (number|null);

                    /** Bar high */
                    high?: (number|null);

                    /** Bar low */
                    low?: (number|null);

                    /** Bar close */
                    close?: (number|null);

                    /** Bar volume */
                    volume?: (number|null);

                    /** Bar tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Bar tsInitNs */
                    tsInitNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Bar. */
                type $Shape = dolphin.bridge.v1.Bar.$Properties;
            }

            /**
             * Properties of a QuoteTick.
             * @deprecated Use dolphin.bridge.v1.QuoteTick.$Properties instead.
             */
            interface IQuoteTick extends dolphin.bridge.v1.QuoteTick.$Properties {
            }

            /** Represents a QuoteTick. */
            class QuoteTick {

                /**
                 * Constructs a new QuoteTick.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.QuoteTick.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QuoteTick instrumentId. */
                instrumentId: string;

                /** QuoteTick bid. */
                bid: number;

                /** QuoteTick ask. */
                ask: number;

                /** QuoteTick bidSize. */
                bidSize: number;

                /** QuoteTick askSize. */
                askSize: number;

                /** QuoteTick tsEventNs. */
                tsEventNs: (number|Long);

                /** QuoteTick tsInitNs. */
                tsInitNs: (number|Long);

                /**
                 * Creates a new QuoteTick instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuoteTick instance
                 */
                static create(properties: dolphin.bridge.v1.QuoteTick.$Shape): dolphin.bridge.v1.QuoteTick & dolphin.bridge.v1.QuoteTick.$Shape;
                static create(properties?: dolphin.bridge.v1.QuoteTick.$Properties): dolphin.bridge.v1.QuoteTick;

                /**
                 * Encodes the specified QuoteTick message. Does not implicitly {@link dolphin.bridge.v1.QuoteTick.verify|verify} messages.
                 * @param message QuoteTick message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.QuoteTick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuoteTick message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.QuoteTick & dolphin.bridge.v1.QuoteTick.$Shape} QuoteTick
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.QuoteTick & dolphin.bridge.v1.QuoteTick.$Shape;

                /**
                 * Verifies a QuoteTick message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QuoteTick message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QuoteTick
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.QuoteTick;

                /**
                 * Creates a plain object from a QuoteTick message. Also converts values to other types if specified.
                 * @param message QuoteTick
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.QuoteTick, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QuoteTick to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace QuoteTick {

                /** Properties of a QuoteTick. */
                interface $Properties {

                    /** QuoteTick instrumentId */
                    instrumentId?: (string|null);

                    /** QuoteTick bid */
                    bid?: (number|null);

                    /** QuoteTick ask */
                    ask?: (number|null);

                    /** QuoteTick bidSize */
                    bidSize?: (number|null);

                    /** QuoteTick askSize */
                    askSize?: (number|null);

                    /** QuoteTick tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** QuoteTick tsInitNs */
                    tsInitNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QuoteTick. */
                type $Shape = dolphin.bridge.v1.QuoteTick.$Properties;
            }

            /** AggressorSide enum. */
            enum AggressorSide {

                /** AGGRESSOR_SIDE_UNSPECIFIED value */
                AGGRESSOR_SIDE_UNSPECIFIED = 0,

                /** AGGRESSOR_SIDE_BUYER value */
                AGGRESSOR_SIDE_BUYER = 1,

                /** AGGRESSOR_SIDE_SELLER value */
                AGGRESSOR_SIDE_SELLER = 2,

                /** AGGRESSOR_SIDE_NO_AGGRESSOR value */
                AGGRESSOR_SIDE_NO_AGGRESSOR = 3
            }

            /**
             * Properties of a TradeTick.
             * @deprecated Use dolphin.bridge.v1.TradeTick.$Properties instead.
             */
            interface ITradeTick extends dolphin.bridge.v1.TradeTick.$Properties {
            }

            /** Represents a TradeTick. */
            class TradeTick {

                /**
                 * Constructs a new TradeTick.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.TradeTick.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TradeTick instrumentId. */
                instrumentId: string;

                /** TradeTick price. */
                price: number;

                /** TradeTick size. */
                size: number;

                /** TradeTick aggressorSide. */
                aggressorSide: dolphin.bridge.v1.AggressorSide;

                /** TradeTick tradeId. */
                tradeId: string;

                /** TradeTick tsEventNs. */
                tsEventNs: (number|Long);

                /** TradeTick tsInitNs. */
                tsInitNs: (number|Long);

                /**
                 * Creates a new TradeTick instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TradeTick instance
                 */
                static create(properties: dolphin.bridge.v1.TradeTick.$Shape): dolphin.bridge.v1.TradeTick & dolphin.bridge.v1.TradeTick.$Shape;
                static create(properties?: dolphin.bridge.v1.TradeTick.$Properties): dolphin.bridge.v1.TradeTick;

                /**
                 * Encodes the specified TradeTick message. Does not implicitly {@link dolphin.bridge.v1.TradeTick.verify|verify} messages.
                 * @param message TradeTick message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.TradeTick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TradeTick message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.TradeTick & dolphin.bridge.v1.TradeTick.$Shape} TradeTick
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.TradeTick & dolphin.bridge.v1.TradeTick.$Shape;

                /**
                 * Verifies a TradeTick message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TradeTick message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TradeTick
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.TradeTick;

                /**
                 * Creates a plain object from a TradeTick message. Also converts values to other types if specified.
                 * @param message TradeTick
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.TradeTick, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TradeTick to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TradeTick {

                /** Properties of a TradeTick. */
                interface $Properties {

                    /** TradeTick instrumentId */
                    instrumentId?: (string|null);

                    /** TradeTick price */
                    price?: (number|null);

                    /** TradeTick size */
                    size?: (number|null);

                    /** TradeTick aggressorSide */
                    aggressorSide?: (dolphin.bridge.v1.AggressorSide|null);

                    /** TradeTick tradeId */
                    tradeId?: (string|null);

                    /** TradeTick tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** TradeTick tsInitNs */
                    tsInitNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TradeTick. */
                type $Shape = dolphin.bridge.v1.TradeTick.$Properties;
            }

            /**
             * Properties of a BookLevel.
             * @deprecated Use dolphin.bridge.v1.BookLevel.$Properties instead.
             */
            interface IBookLevel extends dolphin.bridge.v1.BookLevel.$Properties {
            }

            /** Represents a BookLevel. */
            class BookLevel {

                /**
                 * Constructs a new BookLevel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.BookLevel.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BookLevel price. */
                price: number;

                /** BookLevel size. */
                size: number;

                /**
                 * Creates a new BookLevel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BookLevel instance
                 */
                static create(properties: dolphin.bridge.v1.BookLevel.$Shape): dolphin.bridge.v1.BookLevel & dolphin.bridge.v1.BookLevel.$Shape;
                static create(properties?: dolphin.bridge.v1.BookLevel.$Properties): dolphin.bridge.v1.BookLevel;

                /**
                 * Encodes the specified BookLevel message. Does not implicitly {@link dolphin.bridge.v1.BookLevel.verify|verify} messages.
                 * @param message BookLevel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.BookLevel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BookLevel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.BookLevel & dolphin.bridge.v1.BookLevel.$Shape} BookLevel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.BookLevel & dolphin.bridge.v1.BookLevel.$Shape;

                /**
                 * Verifies a BookLevel message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BookLevel message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BookLevel
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.BookLevel;

                /**
                 * Creates a plain object from a BookLevel message. Also converts values to other types if specified.
                 * @param message BookLevel
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.BookLevel, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BookLevel to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BookLevel {

                /** Properties of a BookLevel. */
                interface $Properties {

                    /** BookLevel price */
                    price?: (number|null);

                    /** BookLevel size */
                    size?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BookLevel. */
                type $Shape = dolphin.bridge.v1.BookLevel.$Properties;
            }

            /**
             * Properties of an OrderBookDepth.
             * @deprecated Use dolphin.bridge.v1.OrderBookDepth.$Properties instead.
             */
            interface IOrderBookDepth extends dolphin.bridge.v1.OrderBookDepth.$Properties {
            }

            /** Represents an OrderBookDepth. */
            class OrderBookDepth {

                /**
                 * Constructs a new OrderBookDepth.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderBookDepth.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderBookDepth instrumentId. */
                instrumentId: string;

                /** OrderBookDepth bids. */
                bids: dolphin.bridge.v1.BookLevel.$Properties[];

                /** OrderBookDepth asks. */
                asks: dolphin.bridge.v1.BookLevel.$Properties[];

                /** OrderBookDepth tsEventNs. */
                tsEventNs: (number|Long);

                /** OrderBookDepth tsInitNs. */
                tsInitNs: (number|Long);

                /**
                 * Creates a new OrderBookDepth instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderBookDepth instance
                 */
                static create(properties: dolphin.bridge.v1.OrderBookDepth.$Shape): dolphin.bridge.v1.OrderBookDepth & dolphin.bridge.v1.OrderBookDepth.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderBookDepth.$Properties): dolphin.bridge.v1.OrderBookDepth;

                /**
                 * Encodes the specified OrderBookDepth message. Does not implicitly {@link dolphin.bridge.v1.OrderBookDepth.verify|verify} messages.
                 * @param message OrderBookDepth message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderBookDepth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderBookDepth message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderBookDepth & dolphin.bridge.v1.OrderBookDepth.$Shape} OrderBookDepth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderBookDepth & dolphin.bridge.v1.OrderBookDepth.$Shape;

                /**
                 * Verifies an OrderBookDepth message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderBookDepth message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderBookDepth
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderBookDepth;

                /**
                 * Creates a plain object from an OrderBookDepth message. Also converts values to other types if specified.
                 * @param message OrderBookDepth
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderBookDepth, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderBookDepth to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderBookDepth {

                /** Properties of an OrderBookDepth. */
                interface $Properties {

                    /** OrderBookDepth instrumentId */
                    instrumentId?: (string|null);

                    /** OrderBookDepth bids */
                    bids?: (dolphin.bridge.v1.BookLevel.$Properties[]|null);

                    /** OrderBookDepth asks */
                    asks?: (dolphin.bridge.v1.BookLevel.$Properties[]|null);

                    /** OrderBookDepth tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** OrderBookDepth tsInitNs */
                    tsInitNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderBookDepth. */
                type $Shape = dolphin.bridge.v1.OrderBookDepth.$Properties;
            }

            /** OrderSide enum. */
            enum OrderSide {

                /** ORDER_SIDE_UNSPECIFIED value */
                ORDER_SIDE_UNSPECIFIED = 0,

                /** ORDER_SIDE_BUY value */
                ORDER_SIDE_BUY = 1,

                /** ORDER_SIDE_SELL value */
                ORDER_SIDE_SELL = 2
            }

            /** OrderType enum. */
            enum OrderType {

                /** ORDER_TYPE_UNSPECIFIED value */
                ORDER_TYPE_UNSPECIFIED = 0,

                /** ORDER_TYPE_MARKET value */
                ORDER_TYPE_MARKET = 1,

                /** ORDER_TYPE_LIMIT value */
                ORDER_TYPE_LIMIT = 2,

                /** ORDER_TYPE_STOP_MARKET value */
                ORDER_TYPE_STOP_MARKET = 3,

                /** ORDER_TYPE_STOP_LIMIT value */
                ORDER_TYPE_STOP_LIMIT = 4,

                /** ORDER_TYPE_MARKET_IF_TOUCHED value */
                ORDER_TYPE_MARKET_IF_TOUCHED = 5,

                /** ORDER_TYPE_LIMIT_IF_TOUCHED value */
                ORDER_TYPE_LIMIT_IF_TOUCHED = 6,

                /** ORDER_TYPE_TRAILING_STOP_MARKET value */
                ORDER_TYPE_TRAILING_STOP_MARKET = 7,

                /** ORDER_TYPE_OTHER value */
                ORDER_TYPE_OTHER = 8
            }

            /** TimeInForce enum. */
            enum TimeInForce {

                /** TIME_IN_FORCE_UNSPECIFIED value */
                TIME_IN_FORCE_UNSPECIFIED = 0,

                /** TIME_IN_FORCE_GTC value */
                TIME_IN_FORCE_GTC = 1,

                /** TIME_IN_FORCE_IOC value */
                TIME_IN_FORCE_IOC = 2,

                /** TIME_IN_FORCE_FOK value */
                TIME_IN_FORCE_FOK = 3,

                /** TIME_IN_FORCE_GTD value */
                TIME_IN_FORCE_GTD = 4,

                /** TIME_IN_FORCE_DAY value */
                TIME_IN_FORCE_DAY = 5
            }

            /** TradingState enum. */
            enum TradingState {

                /** TRADING_STATE_UNSPECIFIED value */
                TRADING_STATE_UNSPECIFIED = 0,

                /** TRADING_STATE_ACTIVE value */
                TRADING_STATE_ACTIVE = 1,

                /** TRADING_STATE_HALTED value */
                TRADING_STATE_HALTED = 2,

                /** TRADING_STATE_REDUCING value */
                TRADING_STATE_REDUCING = 3
            }

            /**
             * Properties of a SubmitMarket.
             * @deprecated Use dolphin.bridge.v1.SubmitMarket.$Properties instead.
             */
            interface ISubmitMarket extends dolphin.bridge.v1.SubmitMarket.$Properties {
            }

            /** Represents a SubmitMarket. */
            class SubmitMarket {

                /**
                 * Constructs a new SubmitMarket.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.SubmitMarket.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubmitMarket instrumentId. */
                instrumentId: string;

                /** SubmitMarket side. */
                side: dolphin.bridge.v1.OrderSide;

                /** SubmitMarket quantity. */
                quantity: string;

                /** SubmitMarket timeInForce. */
                timeInForce: dolphin.bridge.v1.TimeInForce;

                /** SubmitMarket reduceOnly. */
                reduceOnly: boolean;

                /** SubmitMarket clientOrderId. */
                clientOrderId: string;

                /** SubmitMarket tags. */
                tags: string[];

                /**
                 * Creates a new SubmitMarket instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubmitMarket instance
                 */
                static create(properties: dolphin.bridge.v1.SubmitMarket.$Shape): dolphin.bridge.v1.SubmitMarket & dolphin.bridge.v1.SubmitMarket.$Shape;
                static create(properties?: dolphin.bridge.v1.SubmitMarket.$Properties): dolphin.bridge.v1.SubmitMarket;

                /**
                 * Encodes the specified SubmitMarket message. Does not implicitly {@link dolphin.bridge.v1.SubmitMarket.verify|verify} messages.
                 * @param message SubmitMarket message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.SubmitMarket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubmitMarket message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.SubmitMarket & dolphin.bridge.v1.SubmitMarket.$Shape} SubmitMarket
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.SubmitMarket & dolphin.bridge.v1.SubmitMarket.$Shape;

                /**
                 * Verifies a SubmitMarket message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubmitMarket message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubmitMarket
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.SubmitMarket;

                /**
                 * Creates a plain object from a SubmitMarket message. Also converts values to other types if specified.
                 * @param message SubmitMarket
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.SubmitMarket, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubmitMarket to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SubmitMarket {

                /** Properties of a SubmitMarket. */
                interface $Properties {

                    /** SubmitMarket instrumentId */
                    instrumentId?: (string|null);

                    /** SubmitMarket side */
                    side?: (dolphin.bridge.v1.OrderSide|null);

                    /** SubmitMarket quantity */
                    quantity?: (string|null);

                    /** SubmitMarket timeInForce */
                    timeInForce?: (dolphin.bridge.v1.TimeInForce|null);

                    /** SubmitMarket reduceOnly */
                    reduceOnly?: (boolean|null);

                    /** SubmitMarket clientOrderId */
                    clientOrderId?: (string|null);

                    /** SubmitMarket tags */
                    tags?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubmitMarket. */
                type $Shape = dolphin.bridge.v1.SubmitMarket.$Properties;
            }

            /**
             * Properties of a SubmitLimit.
             * @deprecated Use dolphin.bridge.v1.SubmitLimit.$Properties instead.
             */
            interface ISubmitLimit extends dolphin.bridge.v1.SubmitLimit.$Properties {
            }

            /** Represents a SubmitLimit. */
            class SubmitLimit {

                /**
                 * Constructs a new SubmitLimit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.SubmitLimit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubmitLimit instrumentId. */
                instrumentId: string;

                /** SubmitLimit side. */
                side: dolphin.bridge.v1.OrderSide;

                /** SubmitLimit quantity. */
                quantity: string;

                /** SubmitLimit price. */
                price: string;

                /** SubmitLimit timeInForce. */
                timeInForce: dolphin.bridge.v1.TimeInForce;

                /** SubmitLimit postOnly. */
                postOnly: boolean;

                /** SubmitLimit reduceOnly. */
                reduceOnly: boolean;

                /** SubmitLimit expireTimeNs. */
                expireTimeNs: (number|Long);

                /** SubmitLimit clientOrderId. */
                clientOrderId: string;

                /** SubmitLimit tags. */
                tags: string[];

                /**
                 * Creates a new SubmitLimit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubmitLimit instance
                 */
                static create(properties: dolphin.bridge.v1.SubmitLimit.$Shape): dolphin.bridge.v1.SubmitLimit & dolphin.bridge.v1.SubmitLimit.$Shape;
                static create(properties?: dolphin.bridge.v1.SubmitLimit.$Properties): dolphin.bridge.v1.SubmitLimit;

                /**
                 * Encodes the specified SubmitLimit message. Does not implicitly {@link dolphin.bridge.v1.SubmitLimit.verify|verify} messages.
                 * @param message SubmitLimit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.SubmitLimit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubmitLimit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.SubmitLimit & dolphin.bridge.v1.SubmitLimit.$Shape} SubmitLimit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.SubmitLimit & dolphin.bridge.v1.SubmitLimit.$Shape;

                /**
                 * Verifies a SubmitLimit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubmitLimit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubmitLimit
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.SubmitLimit;

                /**
                 * Creates a plain object from a SubmitLimit message. Also converts values to other types if specified.
                 * @param message SubmitLimit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.SubmitLimit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubmitLimit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SubmitLimit {

                /** Properties of a SubmitLimit. */
                interface $Properties {

                    /** SubmitLimit instrumentId */
                    instrumentId?: (string|null);

                    /** SubmitLimit side */
                    side?: (dolphin.bridge.v1.OrderSide|null);

                    /** SubmitLimit quantity */
                    quantity?: (string|null);

                    /** SubmitLimit price */
                    price?: (string|null);

                    /** SubmitLimit timeInForce */
                    timeInForce?: (dolphin.bridge.v1.TimeInForce|null);

                    /** SubmitLimit postOnly */
                    postOnly?: (boolean|null);

                    /** SubmitLimit reduceOnly */
                    reduceOnly?: (boolean|null);

                    /** SubmitLimit expireTimeNs */
                    expireTimeNs?: (number|Long|null);

                    /** SubmitLimit clientOrderId */
                    clientOrderId?: (string|null);

                    /** SubmitLimit tags */
                    tags?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubmitLimit. */
                type $Shape = dolphin.bridge.v1.SubmitLimit.$Properties;
            }

            /**
             * Properties of a SubmitStopMarket.
             * @deprecated Use dolphin.bridge.v1.SubmitStopMarket.$Properties instead.
             */
            interface ISubmitStopMarket extends dolphin.bridge.v1.SubmitStopMarket.$Properties {
            }

            /** Represents a SubmitStopMarket. */
            class SubmitStopMarket {

                /**
                 * Constructs a new SubmitStopMarket.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.SubmitStopMarket.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubmitStopMarket instrumentId. */
                instrumentId: string;

                /** SubmitStopMarket side. */
                side: dolphin.bridge.v1.OrderSide;

                /** SubmitStopMarket quantity. */
                quantity: string;

                /** SubmitStopMarket triggerPrice. */
                triggerPrice: string;

                /** SubmitStopMarket timeInForce. */
                timeInForce: dolphin.bridge.v1.TimeInForce;

                /** SubmitStopMarket reduceOnly. */
                reduceOnly: boolean;

                /** SubmitStopMarket expireTimeNs. */
                expireTimeNs: (number|Long);

                /** SubmitStopMarket clientOrderId. */
                clientOrderId: string;

                /** SubmitStopMarket tags. */
                tags: string[];

                /**
                 * Creates a new SubmitStopMarket instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubmitStopMarket instance
                 */
                static create(properties: dolphin.bridge.v1.SubmitStopMarket.$Shape): dolphin.bridge.v1.SubmitStopMarket & dolphin.bridge.v1.SubmitStopMarket.$Shape;
                static create(properties?: dolphin.bridge.v1.SubmitStopMarket.$Properties): dolphin.bridge.v1.SubmitStopMarket;

                /**
                 * Encodes the specified SubmitStopMarket message. Does not implicitly {@link dolphin.bridge.v1.SubmitStopMarket.verify|verify} messages.
                 * @param message SubmitStopMarket message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.SubmitStopMarket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubmitStopMarket message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.SubmitStopMarket & dolphin.bridge.v1.SubmitStopMarket.$Shape} SubmitStopMarket
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.SubmitStopMarket & dolphin.bridge.v1.SubmitStopMarket.$Shape;

                /**
                 * Verifies a SubmitStopMarket message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubmitStopMarket message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubmitStopMarket
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.SubmitStopMarket;

                /**
                 * Creates a plain object from a SubmitStopMarket message. Also converts values to other types if specified.
                 * @param message SubmitStopMarket
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.SubmitStopMarket, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubmitStopMarket to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SubmitStopMarket {

                /** Properties of a SubmitStopMarket. */
                interface $Properties {

                    /** SubmitStopMarket instrumentId */
                    instrumentId?: (string|null);

                    /** SubmitStopMarket side */
                    side?: (dolphin.bridge.v1.OrderSide|null);

                    /** SubmitStopMarket quantity */
                    quantity?: (string|null);

                    /** SubmitStopMarket triggerPrice */
                    triggerPrice?: (string|null);

                    /** SubmitStopMarket timeInForce */
                    timeInForce?: (dolphin.bridge.v1.TimeInForce|null);

                    /** SubmitStopMarket reduceOnly */
                    reduceOnly?: (boolean|null);

                    /** SubmitStopMarket expireTimeNs */
                    expireTimeNs?: (number|Long|null);

                    /** SubmitStopMarket clientOrderId */
                    clientOrderId?: (string|null);

                    /** SubmitStopMarket tags */
                    tags?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubmitStopMarket. */
                type $Shape = dolphin.bridge.v1.SubmitStopMarket.$Properties;
            }

            /**
             * Properties of a SubmitBracket.
             * @deprecated Use dolphin.bridge.v1.SubmitBracket.$Properties instead.
             */
            interface ISubmitBracket extends dolphin.bridge.v1.SubmitBracket.$Properties {
            }

            /** Represents a SubmitBracket. */
            class SubmitBracket {

                /**
                 * Constructs a new SubmitBracket.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.SubmitBracket.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubmitBracket instrumentId. */
                instrumentId: string;

                /** SubmitBracket side. */
                side: dolphin.bridge.v1.OrderSide;

                /** SubmitBracket quantity. */
                quantity: string;

                /** SubmitBracket entryType. */
                entryType: dolphin.bridge.v1.OrderType;

                /** SubmitBracket entryPrice. */
                entryPrice: string;

                /** SubmitBracket slTriggerPrice. */
                slTriggerPrice: string;

                /** SubmitBracket tpPrice. */
                tpPrice: string;

                /** SubmitBracket tpPostOnly. */
                tpPostOnly?: (boolean|null);

                /** SubmitBracket timeInForce. */
                timeInForce: dolphin.bridge.v1.TimeInForce;

                /** SubmitBracket entryClientOrderId. */
                entryClientOrderId: string;

                /** SubmitBracket slClientOrderId. */
                slClientOrderId: string;

                /** SubmitBracket tpClientOrderId. */
                tpClientOrderId: string;

                /** SubmitBracket entryTags. */
                entryTags: string[];

                /** SubmitBracket slTags. */
                slTags: string[];

                /** SubmitBracket tpTags. */
                tpTags: string[];

                /** SubmitBracket entryPostOnly. */
                entryPostOnly: boolean;

                /**
                 * Creates a new SubmitBracket instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubmitBracket instance
                 */
                static create(properties: dolphin.bridge.v1.SubmitBracket.$Shape): dolphin.bridge.v1.SubmitBracket & dolphin.bridge.v1.SubmitBracket.$Shape;
                static create(properties?: dolphin.bridge.v1.SubmitBracket.$Properties): dolphin.bridge.v1.SubmitBracket;

                /**
                 * Encodes the specified SubmitBracket message. Does not implicitly {@link dolphin.bridge.v1.SubmitBracket.verify|verify} messages.
                 * @param message SubmitBracket message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.SubmitBracket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubmitBracket message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.SubmitBracket & dolphin.bridge.v1.SubmitBracket.$Shape} SubmitBracket
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.SubmitBracket & dolphin.bridge.v1.SubmitBracket.$Shape;

                /**
                 * Verifies a SubmitBracket message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubmitBracket message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubmitBracket
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.SubmitBracket;

                /**
                 * Creates a plain object from a SubmitBracket message. Also converts values to other types if specified.
                 * @param message SubmitBracket
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.SubmitBracket, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubmitBracket to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SubmitBracket {

                /** Properties of a SubmitBracket. */
                interface $Properties {

                    /** SubmitBracket instrumentId */
                    instrumentId?: (string|null);

                    /** SubmitBracket side */
                    side?: (dolphin.bridge.v1.OrderSide|null);

                    /** SubmitBracket quantity */
                    quantity?: (string|null);

                    /** SubmitBracket entryType */
                    entryType?: (dolphin.bridge.v1.OrderType|null);

                    /** SubmitBracket entryPrice */
                    entryPrice?: (string|null);

                    /** SubmitBracket slTriggerPrice */
                    slTriggerPrice?: (string|null);

                    /** SubmitBracket tpPrice */
                    tpPrice?: (string|null);

                    /** SubmitBracket tpPostOnly */
                    tpPostOnly?: (boolean|null);

                    /** SubmitBracket timeInForce */
                    timeInForce?: (dolphin.bridge.v1.TimeInForce|null);

                    /** SubmitBracket entryClientOrderId */
                    entryClientOrderId?: (string|null);

                    /** SubmitBracket slClientOrderId */
                    slClientOrderId?: (string|null);

                    /** SubmitBracket tpClientOrderId */
                    tpClientOrderId?: (string|null);

                    /** SubmitBracket entryTags */
                    entryTags?: (string[]|null);

                    /** SubmitBracket slTags */
                    slTags?: (string[]|null);

                    /** SubmitBracket tpTags */
                    tpTags?: (string[]|null);

                    /** SubmitBracket entryPostOnly */
                    entryPostOnly?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubmitBracket. */
                type $Shape = dolphin.bridge.v1.SubmitBracket.$Properties;
            }

            /**
             * Properties of a CancelOrder.
             * @deprecated Use dolphin.bridge.v1.CancelOrder.$Properties instead.
             */
            interface ICancelOrder extends dolphin.bridge.v1.CancelOrder.$Properties {
            }

            /** Represents a CancelOrder. */
            class CancelOrder {

                /**
                 * Constructs a new CancelOrder.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.CancelOrder.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CancelOrder clientOrderId. */
                clientOrderId: string;

                /**
                 * Creates a new CancelOrder instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CancelOrder instance
                 */
                static create(properties: dolphin.bridge.v1.CancelOrder.$Shape): dolphin.bridge.v1.CancelOrder & dolphin.bridge.v1.CancelOrder.$Shape;
                static create(properties?: dolphin.bridge.v1.CancelOrder.$Properties): dolphin.bridge.v1.CancelOrder;

                /**
                 * Encodes the specified CancelOrder message. Does not implicitly {@link dolphin.bridge.v1.CancelOrder.verify|verify} messages.
                 * @param message CancelOrder message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.CancelOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CancelOrder message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.CancelOrder & dolphin.bridge.v1.CancelOrder.$Shape} CancelOrder
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.CancelOrder & dolphin.bridge.v1.CancelOrder.$Shape;

                /**
                 * Verifies a CancelOrder message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CancelOrder message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CancelOrder
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.CancelOrder;

                /**
                 * Creates a plain object from a CancelOrder message. Also converts values to other types if specified.
                 * @param message CancelOrder
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.CancelOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CancelOrder to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CancelOrder {

                /** Properties of a CancelOrder. */
                interface $Properties {

                    /** CancelOrder clientOrderId */
                    clientOrderId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CancelOrder. */
                type $Shape = dolphin.bridge.v1.CancelOrder.$Properties;
            }

            /**
             * Properties of a CancelAll.
             * @deprecated Use dolphin.bridge.v1.CancelAll.$Properties instead.
             */
            interface ICancelAll extends dolphin.bridge.v1.CancelAll.$Properties {
            }

            /** Represents a CancelAll. */
            class CancelAll {

                /**
                 * Constructs a new CancelAll.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.CancelAll.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CancelAll instrumentId. */
                instrumentId: string;

                /** CancelAll side. */
                side: dolphin.bridge.v1.OrderSide;

                /**
                 * Creates a new CancelAll instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CancelAll instance
                 */
                static create(properties: dolphin.bridge.v1.CancelAll.$Shape): dolphin.bridge.v1.CancelAll & dolphin.bridge.v1.CancelAll.$Shape;
                static create(properties?: dolphin.bridge.v1.CancelAll.$Properties): dolphin.bridge.v1.CancelAll;

                /**
                 * Encodes the specified CancelAll message. Does not implicitly {@link dolphin.bridge.v1.CancelAll.verify|verify} messages.
                 * @param message CancelAll message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.CancelAll.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CancelAll message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.CancelAll & dolphin.bridge.v1.CancelAll.$Shape} CancelAll
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.CancelAll & dolphin.bridge.v1.CancelAll.$Shape;

                /**
                 * Verifies a CancelAll message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CancelAll message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CancelAll
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.CancelAll;

                /**
                 * Creates a plain object from a CancelAll message. Also converts values to other types if specified.
                 * @param message CancelAll
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.CancelAll, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CancelAll to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CancelAll {

                /** Properties of a CancelAll. */
                interface $Properties {

                    /** CancelAll instrumentId */
                    instrumentId?: (string|null);

                    /** CancelAll side */
                    side?: (dolphin.bridge.v1.OrderSide|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CancelAll. */
                type $Shape = dolphin.bridge.v1.CancelAll.$Properties;
            }

            /**
             * Properties of a ModifyOrder.
             * @deprecated Use dolphin.bridge.v1.ModifyOrder.$Properties instead.
             */
            interface IModifyOrder extends dolphin.bridge.v1.ModifyOrder.$Properties {
            }

            /** Represents a ModifyOrder. */
            class ModifyOrder {

                /**
                 * Constructs a new ModifyOrder.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.ModifyOrder.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ModifyOrder clientOrderId. */
                clientOrderId: string;

                /** ModifyOrder quantity. */
                quantity: string;

                /** ModifyOrder price. */
                price: string;

                /** ModifyOrder triggerPrice. */
                triggerPrice: string;

                /**
                 * Creates a new ModifyOrder instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ModifyOrder instance
                 */
                static create(properties: dolphin.bridge.v1.ModifyOrder.$Shape): dolphin.bridge.v1.ModifyOrder & dolphin.bridge.v1.ModifyOrder.$Shape;
                static create(properties?: dolphin.bridge.v1.ModifyOrder.$Properties): dolphin.bridge.v1.ModifyOrder;

                /**
                 * Encodes the specified ModifyOrder message. Does not implicitly {@link dolphin.bridge.v1.ModifyOrder.verify|verify} messages.
                 * @param message ModifyOrder message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.ModifyOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ModifyOrder message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.ModifyOrder & dolphin.bridge.v1.ModifyOrder.$Shape} ModifyOrder
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.ModifyOrder & dolphin.bridge.v1.ModifyOrder.$Shape;

                /**
                 * Verifies a ModifyOrder message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ModifyOrder message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ModifyOrder
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.ModifyOrder;

                /**
                 * Creates a plain object from a ModifyOrder message. Also converts values to other types if specified.
                 * @param message ModifyOrder
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.ModifyOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ModifyOrder to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ModifyOrder {

                /** Properties of a ModifyOrder. */
                interface $Properties {

                    /** ModifyOrder clientOrderId */
                    clientOrderId?: (string|null);

                    /** ModifyOrder quantity */
                    quantity?: (string|null);

                    /** ModifyOrder price */
                    price?: (string|null);

                    /** ModifyOrder triggerPrice */
                    triggerPrice?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ModifyOrder. */
                type $Shape = dolphin.bridge.v1.ModifyOrder.$Properties;
            }

            /**
             * Properties of a ClosePosition.
             * @deprecated Use dolphin.bridge.v1.ClosePosition.$Properties instead.
             */
            interface IClosePosition extends dolphin.bridge.v1.ClosePosition.$Properties {
            }

            /** Represents a ClosePosition. */
            class ClosePosition {

                /**
                 * Constructs a new ClosePosition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.ClosePosition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ClosePosition instrumentId. */
                instrumentId: string;

                /** ClosePosition clientOrderId. */
                clientOrderId: string;

                /** ClosePosition tags. */
                tags: string[];

                /**
                 * Creates a new ClosePosition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ClosePosition instance
                 */
                static create(properties: dolphin.bridge.v1.ClosePosition.$Shape): dolphin.bridge.v1.ClosePosition & dolphin.bridge.v1.ClosePosition.$Shape;
                static create(properties?: dolphin.bridge.v1.ClosePosition.$Properties): dolphin.bridge.v1.ClosePosition;

                /**
                 * Encodes the specified ClosePosition message. Does not implicitly {@link dolphin.bridge.v1.ClosePosition.verify|verify} messages.
                 * @param message ClosePosition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.ClosePosition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ClosePosition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.ClosePosition & dolphin.bridge.v1.ClosePosition.$Shape} ClosePosition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.ClosePosition & dolphin.bridge.v1.ClosePosition.$Shape;

                /**
                 * Verifies a ClosePosition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ClosePosition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ClosePosition
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.ClosePosition;

                /**
                 * Creates a plain object from a ClosePosition message. Also converts values to other types if specified.
                 * @param message ClosePosition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.ClosePosition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ClosePosition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ClosePosition {

                /** Properties of a ClosePosition. */
                interface $Properties {

                    /** ClosePosition instrumentId */
                    instrumentId?: (string|null);

                    /** ClosePosition clientOrderId */
                    clientOrderId?: (string|null);

                    /** ClosePosition tags */
                    tags?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ClosePosition. */
                type $Shape = dolphin.bridge.v1.ClosePosition.$Properties;
            }

            /**
             * Properties of a CloseAll.
             * @deprecated Use dolphin.bridge.v1.CloseAll.$Properties instead.
             */
            interface ICloseAll extends dolphin.bridge.v1.CloseAll.$Properties {
            }

            /** Represents a CloseAll. */
            class CloseAll {

                /**
                 * Constructs a new CloseAll.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.CloseAll.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CloseAll tags. */
                tags: string[];

                /** CloseAll clientOrderIdPrefix. */
                clientOrderIdPrefix: string;

                /**
                 * Creates a new CloseAll instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseAll instance
                 */
                static create(properties: dolphin.bridge.v1.CloseAll.$Shape): dolphin.bridge.v1.CloseAll & dolphin.bridge.v1.CloseAll.$Shape;
                static create(properties?: dolphin.bridge.v1.CloseAll.$Properties): dolphin.bridge.v1.CloseAll;

                /**
                 * Encodes the specified CloseAll message. Does not implicitly {@link dolphin.bridge.v1.CloseAll.verify|verify} messages.
                 * @param message CloseAll message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.CloseAll.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseAll message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.CloseAll & dolphin.bridge.v1.CloseAll.$Shape} CloseAll
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.CloseAll & dolphin.bridge.v1.CloseAll.$Shape;

                /**
                 * Verifies a CloseAll message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CloseAll message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CloseAll
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.CloseAll;

                /**
                 * Creates a plain object from a CloseAll message. Also converts values to other types if specified.
                 * @param message CloseAll
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.CloseAll, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CloseAll to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CloseAll {

                /** Properties of a CloseAll. */
                interface $Properties {

                    /** CloseAll tags */
                    tags?: (string[]|null);

                    /** CloseAll clientOrderIdPrefix */
                    clientOrderIdPrefix?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloseAll. */
                type $Shape = dolphin.bridge.v1.CloseAll.$Properties;
            }

            /**
             * Properties of a SetTradingState.
             * @deprecated Use dolphin.bridge.v1.SetTradingState.$Properties instead.
             */
            interface ISetTradingState extends dolphin.bridge.v1.SetTradingState.$Properties {
            }

            /** Represents a SetTradingState. */
            class SetTradingState {

                /**
                 * Constructs a new SetTradingState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.SetTradingState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetTradingState state. */
                state: dolphin.bridge.v1.TradingState;

                /** SetTradingState reason. */
                reason: string;

                /**
                 * Creates a new SetTradingState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetTradingState instance
                 */
                static create(properties: dolphin.bridge.v1.SetTradingState.$Shape): dolphin.bridge.v1.SetTradingState & dolphin.bridge.v1.SetTradingState.$Shape;
                static create(properties?: dolphin.bridge.v1.SetTradingState.$Properties): dolphin.bridge.v1.SetTradingState;

                /**
                 * Encodes the specified SetTradingState message. Does not implicitly {@link dolphin.bridge.v1.SetTradingState.verify|verify} messages.
                 * @param message SetTradingState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.SetTradingState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetTradingState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.SetTradingState & dolphin.bridge.v1.SetTradingState.$Shape} SetTradingState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.SetTradingState & dolphin.bridge.v1.SetTradingState.$Shape;

                /**
                 * Verifies a SetTradingState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetTradingState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetTradingState
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.SetTradingState;

                /**
                 * Creates a plain object from a SetTradingState message. Also converts values to other types if specified.
                 * @param message SetTradingState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.SetTradingState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetTradingState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SetTradingState {

                /** Properties of a SetTradingState. */
                interface $Properties {

                    /** SetTradingState state */
                    state?: (dolphin.bridge.v1.TradingState|null);

                    /** SetTradingState reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetTradingState. */
                type $Shape = dolphin.bridge.v1.SetTradingState.$Properties;
            }

            /**
             * Properties of a Command.
             * @deprecated Use dolphin.bridge.v1.Command.$Properties instead.
             */
            interface ICommand extends dolphin.bridge.v1.Command.$Properties {
            }

            /** Represents a Command. */
            class Command {

                /**
                 * Constructs a new Command.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Command.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Command commandId. */
                commandId: string;

                /** Command submitMarket. */
                submitMarket?: (dolphin.bridge.v1.SubmitMarket.$Properties|null);

                /** Command submitLimit. */
                submitLimit?: (dolphin.bridge.v1.SubmitLimit.$Properties|null);

                /** Command submitStopMarket. */
                submitStopMarket?: (dolphin.bridge.v1.SubmitStopMarket.$Properties|null);

                /** Command submitBracket. */
                submitBracket?: (dolphin.bridge.v1.SubmitBracket.$Properties|null);

                /** Command cancelOrder. */
                cancelOrder?: (dolphin.bridge.v1.CancelOrder.$Properties|null);

                /** Command cancelAll. */
                cancelAll?: (dolphin.bridge.v1.CancelAll.$Properties|null);

                /** Command modifyOrder. */
                modifyOrder?: (dolphin.bridge.v1.ModifyOrder.$Properties|null);

                /** Command closePosition. */
                closePosition?: (dolphin.bridge.v1.ClosePosition.$Properties|null);

                /** Command closeAll. */
                closeAll?: (dolphin.bridge.v1.CloseAll.$Properties|null);

                /** Command setTradingState. */
                setTradingState?: (dolphin.bridge.v1.SetTradingState.$Properties|null);

                /** Command kind. */
                kind?: ("submitMarket"|"submitLimit"|"submitStopMarket"|"submitBracket"|"cancelOrder"|"cancelAll"|"modifyOrder"|"closePosition"|"closeAll"|"setTradingState");

                /**
                 * Creates a new Command instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Command instance
                 */
                static create(properties: dolphin.bridge.v1.Command.$Shape): dolphin.bridge.v1.Command & dolphin.bridge.v1.Command.$Shape;
                static create(properties?: dolphin.bridge.v1.Command.$Properties): dolphin.bridge.v1.Command;

                /**
                 * Encodes the specified Command message. Does not implicitly {@link dolphin.bridge.v1.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Command & dolphin.bridge.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Command & dolphin.bridge.v1.Command.$Shape;

                /**
                 * Verifies a Command message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Command message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Command
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Command;

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @param message Command
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Command to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Command {

                /** Properties of a Command. */
                interface $Properties {

                    /** Command commandId */
                    commandId?: (string|null);

                    /** Command submitMarket */
                    submitMarket?: (dolphin.bridge.v1.SubmitMarket.$Properties|null);

                    /** Command submitLimit */
                    submitLimit?: (dolphin.bridge.v1.SubmitLimit.$Properties|null);

                    /** Command submitStopMarket */
                    submitStopMarket?: (dolphin.bridge.v1.SubmitStopMarket.$Properties|null);

                    /** Command submitBracket */
                    submitBracket?: (dolphin.bridge.v1.SubmitBracket.$Properties|null);

                    /** Command cancelOrder */
                    cancelOrder?: (dolphin.bridge.v1.CancelOrder.$Properties|null);

                    /** Command cancelAll */
                    cancelAll?: (dolphin.bridge.v1.CancelAll.$Properties|null);

                    /** Command modifyOrder */
                    modifyOrder?: (dolphin.bridge.v1.ModifyOrder.$Properties|null);

                    /** Command closePosition */
                    closePosition?: (dolphin.bridge.v1.ClosePosition.$Properties|null);

                    /** Command closeAll */
                    closeAll?: (dolphin.bridge.v1.CloseAll.$Properties|null);

                    /** Command setTradingState */
                    setTradingState?: (dolphin.bridge.v1.SetTradingState.$Properties|null);

                    /** Command kind */
                    kind?: ("submitMarket"|"submitLimit"|"submitStopMarket"|"submitBracket"|"cancelOrder"|"cancelAll"|"modifyOrder"|"closePosition"|"closeAll"|"setTradingState");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Command. */
                type $Shape = {
                  commandId?: string|null;
                  submitMarket?: dolphin.bridge.v1.SubmitMarket.$Shape|null;
                  submitLimit?: dolphin.bridge.v1.SubmitLimit.$Shape|null;
                  submitStopMarket?: dolphin.bridge.v1.SubmitStopMarket.$Shape|null;
                  submitBracket?: dolphin.bridge.v1.SubmitBracket.$Shape|null;
                  cancelOrder?: dolphin.bridge.v1.CancelOrder.$Shape|null;
                  cancelAll?: dolphin.bridge.v1.CancelAll.$Shape|null;
                  modifyOrder?: dolphin.bridge.v1.ModifyOrder.$Shape|null;
                  closePosition?: dolphin.bridge.v1.ClosePosition.$Shape|null;
                  closeAll?: dolphin.bridge.v1.CloseAll.$Shape|null;
                  setTradingState?: dolphin.bridge.v1.SetTradingState.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; submitMarket?: null; submitLimit?: null; submitStopMarket?: null; submitBracket?: null; cancelOrder?: null; cancelAll?: null; modifyOrder?: null; closePosition?: null; closeAll?: null; setTradingState?: null }|{ kind?: "submitMarket"; submitMarket: dolphin.bridge.v1.SubmitMarket.$Shape; submitLimit?: null; submitStopMarket?: null; submitBracket?: null; cancelOrder?: null; cancelAll?: null; modifyOrder?: null; closePosition?: null; closeAll?: null; setTradingState?: null }|{ kind?: "submitLimit"; submitMarket?: null; submitLimit: dolphin.bridge.v1.SubmitLimit.$Shape; submitStopMarket?: null; submitBracket?: null; cancelOrder?: null; cancelAll?: null; modifyOrder?: null; closePosition?: null; closeAll?: null; setTradingState?: null }|{ kind?: "submitStopMarket"; submitMarket?: null; submitLimit?: null; submitStopMarket: dolphin.bridge.v1.SubmitStopMarket.$Shape; submitBracket?: null; cancelOrder?: null; cancelAll?: null; modifyOrder?: null; closePosition?: null; closeAll?: null; setTradingState?: null }|{ kind?: "submitBracket"; submitMarket?: null; submitLimit?: null; submitStopMarket?: null; submitBracket: dolphin.bridge.v1.SubmitBracket.$Shape; cancelOrder?: null; cancelAll?: null; modifyOrder?: null; closePosition?: null; closeAll?: null; setTradingState?: null }|{ kind?: "cancelOrder"; submitMarket?: null; submitLimit?: null; submitStopMarket?: null; submitBracket?: null; cancelOrder: dolphin.bridge.v1.CancelOrder.$Shape; cancelAll?: null; modifyOrder?: null; closePosition?: null; closeAll?: null; setTradingState?: null }|{ kind?: "cancelAll"; submitMarket?: null; submitLimit?: null; submitStopMarket?: null; submitBracket?: null; cancelOrder?: null; cancelAll: dolphin.bridge.v1.CancelAll.$Shape; modifyOrder?: null; closePosition?: null; closeAll?: null; setTradingState?: null }|{ kind?: "modifyOrder"; submitMarket?: null; submitLimit?: null; submitStopMarket?: null; submitBracket?: null; cancelOrder?: null; cancelAll?: null; modifyOrder: dolphin.bridge.v1.ModifyOrder.$Shape; closePosition?: null; closeAll?: null; setTradingState?: null }|{ kind?: "closePosition"; submitMarket?: null; submitLimit?: null; submitStopMarket?: null; submitBracket?: null; cancelOrder?: null; cancelAll?: null; modifyOrder?: null; closePosition: dolphin.bridge.v1.ClosePosition.$Shape; closeAll?: null; setTradingState?: null }|{ kind?: "closeAll"; submitMarket?: null; submitLimit?: null; submitStopMarket?: null; submitBracket?: null; cancelOrder?: null; cancelAll?: null; modifyOrder?: null; closePosition?: null; closeAll: dolphin.bridge.v1.CloseAll.$Shape; setTradingState?: null }|{ kind?: "setTradingState"; submitMarket?: null; submitLimit?: null; submitStopMarket?: null; submitBracket?: null; cancelOrder?: null; cancelAll?: null; modifyOrder?: null; closePosition?: null; closeAll?: null; setTradingState: dolphin.bridge.v1.SetTradingState.$Shape })
                );
            }

            /**
             * Properties of a Decision.
             * @deprecated Use dolphin.bridge.v1.Decision.$Properties instead.
             */
            interface IDecision extends dolphin.bridge.v1.Decision.$Properties {
            }

            /** Represents a Decision. */
            class Decision {

                /**
                 * Constructs a new Decision.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Decision.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Decision inReplyTo. */
                inReplyTo: (number|Long);

                /** Decision commands. */
                commands: dolphin.bridge.v1.Command.$Properties[];

                /**
                 * Creates a new Decision instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Decision instance
                 */
                static create(properties: dolphin.bridge.v1.Decision.$Shape): dolphin.bridge.v1.Decision & dolphin.bridge.v1.Decision.$Shape;
                static create(properties?: dolphin.bridge.v1.Decision.$Properties): dolphin.bridge.v1.Decision;

                /**
                 * Encodes the specified Decision message. Does not implicitly {@link dolphin.bridge.v1.Decision.verify|verify} messages.
                 * @param message Decision message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Decision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Decision message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Decision & dolphin.bridge.v1.Decision.$Shape} Decision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Decision & dolphin.bridge.v1.Decision.$Shape;

                /**
                 * Verifies a Decision message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Decision message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Decision
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Decision;

                /**
                 * Creates a plain object from a Decision message. Also converts values to other types if specified.
                 * @param message Decision
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Decision, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Decision to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Decision {

                /** Properties of a Decision. */
                interface $Properties {

                    /** Decision inReplyTo */
                    inReplyTo?: (number|Long|null);

                    /** Decision commands */
                    commands?: (dolphin.bridge.v1.Command.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Decision. */
                type $Shape = {
                  inReplyTo?: number|Long|null;
                  commands?: dolphin.bridge.v1.Command.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** CommandRejectCode enum. */
            enum CommandRejectCode {

                /** COMMAND_REJECT_CODE_UNSPECIFIED value */
                COMMAND_REJECT_CODE_UNSPECIFIED = 0,

                /** COMMAND_REJECT_CODE_UNKNOWN_INSTRUMENT value */
                COMMAND_REJECT_CODE_UNKNOWN_INSTRUMENT = 1,

                /** COMMAND_REJECT_CODE_OFF_GRID_PRICE value */
                COMMAND_REJECT_CODE_OFF_GRID_PRICE = 2,

                /** COMMAND_REJECT_CODE_OFF_GRID_QUANTITY value */
                COMMAND_REJECT_CODE_OFF_GRID_QUANTITY = 3,

                /** COMMAND_REJECT_CODE_QUANTITY_BELOW_MIN value */
                COMMAND_REJECT_CODE_QUANTITY_BELOW_MIN = 4,

                /** COMMAND_REJECT_CODE_QUANTITY_ABOVE_MAX value */
                COMMAND_REJECT_CODE_QUANTITY_ABOVE_MAX = 5,

                /** COMMAND_REJECT_CODE_NOTIONAL_BELOW_MIN value */
                COMMAND_REJECT_CODE_NOTIONAL_BELOW_MIN = 6,

                /** COMMAND_REJECT_CODE_NOTIONAL_ABOVE_MAX value */
                COMMAND_REJECT_CODE_NOTIONAL_ABOVE_MAX = 7,

                /** COMMAND_REJECT_CODE_REDUCE_ONLY_WOULD_INCREASE value */
                COMMAND_REJECT_CODE_REDUCE_ONLY_WOULD_INCREASE = 8,

                /** COMMAND_REJECT_CODE_DUPLICATE_COMMAND_ID value */
                COMMAND_REJECT_CODE_DUPLICATE_COMMAND_ID = 9,

                /** COMMAND_REJECT_CODE_DUPLICATE_CLIENT_ORDER_ID value */
                COMMAND_REJECT_CODE_DUPLICATE_CLIENT_ORDER_ID = 10,

                /** COMMAND_REJECT_CODE_UNKNOWN_ORDER value */
                COMMAND_REJECT_CODE_UNKNOWN_ORDER = 11,

                /** COMMAND_REJECT_CODE_NO_POSITION value */
                COMMAND_REJECT_CODE_NO_POSITION = 12,

                /** COMMAND_REJECT_CODE_INVALID_COMMAND value */
                COMMAND_REJECT_CODE_INVALID_COMMAND = 13,

                /** COMMAND_REJECT_CODE_INVALID_PRICE value */
                COMMAND_REJECT_CODE_INVALID_PRICE = 14,

                /** COMMAND_REJECT_CODE_INVALID_QUANTITY value */
                COMMAND_REJECT_CODE_INVALID_QUANTITY = 15,

                /** COMMAND_REJECT_CODE_ORDER_NOT_OPEN value */
                COMMAND_REJECT_CODE_ORDER_NOT_OPEN = 16,

                /** COMMAND_REJECT_CODE_FAIL_SAFE_ACTIVE value */
                COMMAND_REJECT_CODE_FAIL_SAFE_ACTIVE = 17
            }

            /**
             * Properties of a CommandAck.
             * @deprecated Use dolphin.bridge.v1.CommandAck.$Properties instead.
             */
            interface ICommandAck extends dolphin.bridge.v1.CommandAck.$Properties {
            }

            /** Represents a CommandAck. */
            class CommandAck {

                /**
                 * Constructs a new CommandAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.CommandAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommandAck commandId. */
                commandId: string;

                /** CommandAck accepted. */
                accepted: boolean;

                /** CommandAck clientOrderIds. */
                clientOrderIds: string[];

                /** CommandAck code. */
                code: dolphin.bridge.v1.CommandRejectCode;

                /** CommandAck reason. */
                reason: string;

                /**
                 * Creates a new CommandAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommandAck instance
                 */
                static create(properties: dolphin.bridge.v1.CommandAck.$Shape): dolphin.bridge.v1.CommandAck & dolphin.bridge.v1.CommandAck.$Shape;
                static create(properties?: dolphin.bridge.v1.CommandAck.$Properties): dolphin.bridge.v1.CommandAck;

                /**
                 * Encodes the specified CommandAck message. Does not implicitly {@link dolphin.bridge.v1.CommandAck.verify|verify} messages.
                 * @param message CommandAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.CommandAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommandAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.CommandAck & dolphin.bridge.v1.CommandAck.$Shape} CommandAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.CommandAck & dolphin.bridge.v1.CommandAck.$Shape;

                /**
                 * Verifies a CommandAck message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommandAck message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommandAck
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.CommandAck;

                /**
                 * Creates a plain object from a CommandAck message. Also converts values to other types if specified.
                 * @param message CommandAck
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.CommandAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommandAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CommandAck {

                /** Properties of a CommandAck. */
                interface $Properties {

                    /** CommandAck commandId */
                    commandId?: (string|null);

                    /** CommandAck accepted */
                    accepted?: (boolean|null);

                    /** CommandAck clientOrderIds */
                    clientOrderIds?: (string[]|null);

                    /** CommandAck code */
                    code?: (dolphin.bridge.v1.CommandRejectCode|null);

                    /** CommandAck reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CommandAck. */
                type $Shape = dolphin.bridge.v1.CommandAck.$Properties;
            }

            /** LiquiditySide enum. */
            enum LiquiditySide {

                /** LIQUIDITY_SIDE_UNSPECIFIED value */
                LIQUIDITY_SIDE_UNSPECIFIED = 0,

                /** LIQUIDITY_SIDE_MAKER value */
                LIQUIDITY_SIDE_MAKER = 1,

                /** LIQUIDITY_SIDE_TAKER value */
                LIQUIDITY_SIDE_TAKER = 2,

                /** LIQUIDITY_SIDE_NO_LIQUIDITY_SIDE value */
                LIQUIDITY_SIDE_NO_LIQUIDITY_SIDE = 3
            }

            /**
             * Properties of an OrderSubmitted.
             * @deprecated Use dolphin.bridge.v1.OrderSubmitted.$Properties instead.
             */
            interface IOrderSubmitted extends dolphin.bridge.v1.OrderSubmitted.$Properties {
            }

            /** Represents an OrderSubmitted. */
            class OrderSubmitted {

                /**
                 * Constructs a new OrderSubmitted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderSubmitted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderSubmitted clientOrderId. */
                clientOrderId: string;

                /** OrderSubmitted instrumentId. */
                instrumentId: string;

                /** OrderSubmitted tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderSubmitted instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderSubmitted instance
                 */
                static create(properties: dolphin.bridge.v1.OrderSubmitted.$Shape): dolphin.bridge.v1.OrderSubmitted & dolphin.bridge.v1.OrderSubmitted.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderSubmitted.$Properties): dolphin.bridge.v1.OrderSubmitted;

                /**
                 * Encodes the specified OrderSubmitted message. Does not implicitly {@link dolphin.bridge.v1.OrderSubmitted.verify|verify} messages.
                 * @param message OrderSubmitted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderSubmitted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderSubmitted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderSubmitted & dolphin.bridge.v1.OrderSubmitted.$Shape} OrderSubmitted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderSubmitted & dolphin.bridge.v1.OrderSubmitted.$Shape;

                /**
                 * Verifies an OrderSubmitted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderSubmitted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderSubmitted
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderSubmitted;

                /**
                 * Creates a plain object from an OrderSubmitted message. Also converts values to other types if specified.
                 * @param message OrderSubmitted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderSubmitted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderSubmitted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderSubmitted {

                /** Properties of an OrderSubmitted. */
                interface $Properties {

                    /** OrderSubmitted clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderSubmitted instrumentId */
                    instrumentId?: (string|null);

                    /** OrderSubmitted tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderSubmitted. */
                type $Shape = dolphin.bridge.v1.OrderSubmitted.$Properties;
            }

            /**
             * Properties of an OrderAccepted.
             * @deprecated Use dolphin.bridge.v1.OrderAccepted.$Properties instead.
             */
            interface IOrderAccepted extends dolphin.bridge.v1.OrderAccepted.$Properties {
            }

            /** Represents an OrderAccepted. */
            class OrderAccepted {

                /**
                 * Constructs a new OrderAccepted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderAccepted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderAccepted clientOrderId. */
                clientOrderId: string;

                /** OrderAccepted instrumentId. */
                instrumentId: string;

                /** OrderAccepted venueOrderId. */
                venueOrderId: string;

                /** OrderAccepted tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderAccepted instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderAccepted instance
                 */
                static create(properties: dolphin.bridge.v1.OrderAccepted.$Shape): dolphin.bridge.v1.OrderAccepted & dolphin.bridge.v1.OrderAccepted.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderAccepted.$Properties): dolphin.bridge.v1.OrderAccepted;

                /**
                 * Encodes the specified OrderAccepted message. Does not implicitly {@link dolphin.bridge.v1.OrderAccepted.verify|verify} messages.
                 * @param message OrderAccepted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderAccepted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderAccepted & dolphin.bridge.v1.OrderAccepted.$Shape} OrderAccepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderAccepted & dolphin.bridge.v1.OrderAccepted.$Shape;

                /**
                 * Verifies an OrderAccepted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderAccepted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderAccepted
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderAccepted;

                /**
                 * Creates a plain object from an OrderAccepted message. Also converts values to other types if specified.
                 * @param message OrderAccepted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderAccepted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderAccepted {

                /** Properties of an OrderAccepted. */
                interface $Properties {

                    /** OrderAccepted clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderAccepted instrumentId */
                    instrumentId?: (string|null);

                    /** OrderAccepted venueOrderId */
                    venueOrderId?: (string|null);

                    /** OrderAccepted tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderAccepted. */
                type $Shape = dolphin.bridge.v1.OrderAccepted.$Properties;
            }

            /**
             * Properties of an OrderRejected.
             * @deprecated Use dolphin.bridge.v1.OrderRejected.$Properties instead.
             */
            interface IOrderRejected extends dolphin.bridge.v1.OrderRejected.$Properties {
            }

            /** Represents an OrderRejected. */
            class OrderRejected {

                /**
                 * Constructs a new OrderRejected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderRejected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderRejected clientOrderId. */
                clientOrderId: string;

                /** OrderRejected instrumentId. */
                instrumentId: string;

                /** OrderRejected reason. */
                reason: string;

                /** OrderRejected duePostOnly. */
                duePostOnly: boolean;

                /** OrderRejected tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderRejected instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderRejected instance
                 */
                static create(properties: dolphin.bridge.v1.OrderRejected.$Shape): dolphin.bridge.v1.OrderRejected & dolphin.bridge.v1.OrderRejected.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderRejected.$Properties): dolphin.bridge.v1.OrderRejected;

                /**
                 * Encodes the specified OrderRejected message. Does not implicitly {@link dolphin.bridge.v1.OrderRejected.verify|verify} messages.
                 * @param message OrderRejected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderRejected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderRejected & dolphin.bridge.v1.OrderRejected.$Shape} OrderRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderRejected & dolphin.bridge.v1.OrderRejected.$Shape;

                /**
                 * Verifies an OrderRejected message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderRejected message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderRejected
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderRejected;

                /**
                 * Creates a plain object from an OrderRejected message. Also converts values to other types if specified.
                 * @param message OrderRejected
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderRejected, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderRejected to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderRejected {

                /** Properties of an OrderRejected. */
                interface $Properties {

                    /** OrderRejected clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderRejected instrumentId */
                    instrumentId?: (string|null);

                    /** OrderRejected reason */
                    reason?: (string|null);

                    /** OrderRejected duePostOnly */
                    duePostOnly?: (boolean|null);

                    /** OrderRejected tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderRejected. */
                type $Shape = dolphin.bridge.v1.OrderRejected.$Properties;
            }

            /**
             * Properties of an OrderDenied.
             * @deprecated Use dolphin.bridge.v1.OrderDenied.$Properties instead.
             */
            interface IOrderDenied extends dolphin.bridge.v1.OrderDenied.$Properties {
            }

            /** Represents an OrderDenied. */
            class OrderDenied {

                /**
                 * Constructs a new OrderDenied.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderDenied.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderDenied clientOrderId. */
                clientOrderId: string;

                /** OrderDenied instrumentId. */
                instrumentId: string;

                /** OrderDenied reason. */
                reason: string;

                /** OrderDenied tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderDenied instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderDenied instance
                 */
                static create(properties: dolphin.bridge.v1.OrderDenied.$Shape): dolphin.bridge.v1.OrderDenied & dolphin.bridge.v1.OrderDenied.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderDenied.$Properties): dolphin.bridge.v1.OrderDenied;

                /**
                 * Encodes the specified OrderDenied message. Does not implicitly {@link dolphin.bridge.v1.OrderDenied.verify|verify} messages.
                 * @param message OrderDenied message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderDenied.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderDenied message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderDenied & dolphin.bridge.v1.OrderDenied.$Shape} OrderDenied
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderDenied & dolphin.bridge.v1.OrderDenied.$Shape;

                /**
                 * Verifies an OrderDenied message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderDenied message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderDenied
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderDenied;

                /**
                 * Creates a plain object from an OrderDenied message. Also converts values to other types if specified.
                 * @param message OrderDenied
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderDenied, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderDenied to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderDenied {

                /** Properties of an OrderDenied. */
                interface $Properties {

                    /** OrderDenied clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderDenied instrumentId */
                    instrumentId?: (string|null);

                    /** OrderDenied reason */
                    reason?: (string|null);

                    /** OrderDenied tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderDenied. */
                type $Shape = dolphin.bridge.v1.OrderDenied.$Properties;
            }

            /**
             * Properties of an OrderFilled.
             * @deprecated Use dolphin.bridge.v1.OrderFilled.$Properties instead.
             */
            interface IOrderFilled extends dolphin.bridge.v1.OrderFilled.$Properties {
            }

            /** Represents an OrderFilled. */
            class OrderFilled {

                /**
                 * Constructs a new OrderFilled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderFilled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderFilled clientOrderId. */
                clientOrderId: string;

                /** OrderFilled instrumentId. */
                instrumentId: string;

                /** OrderFilled venueOrderId. */
                venueOrderId: string;

                /** OrderFilled tradeId. */
                tradeId: string;

                /** OrderFilled positionId. */
                positionId: string;

                /** OrderFilled side. */
                side: dolphin.bridge.v1.OrderSide;

                /** OrderFilled orderType. */
                orderType: dolphin.bridge.v1.OrderType;

                /** OrderFilled lastQty. */
                lastQty: string;

                /** OrderFilled lastPx. */
                lastPx: string;

                /** OrderFilled commission. */
                commission: string;

                /** OrderFilled commissionCurrency. */
                commissionCurrency: string;

                /** OrderFilled liquiditySide. */
                liquiditySide: dolphin.bridge.v1.LiquiditySide;

                /** OrderFilled tsEventNs. */
                tsEventNs: (number|Long);

                /** OrderFilled tags. */
                tags: string[];

                /**
                 * Creates a new OrderFilled instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderFilled instance
                 */
                static create(properties: dolphin.bridge.v1.OrderFilled.$Shape): dolphin.bridge.v1.OrderFilled & dolphin.bridge.v1.OrderFilled.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderFilled.$Properties): dolphin.bridge.v1.OrderFilled;

                /**
                 * Encodes the specified OrderFilled message. Does not implicitly {@link dolphin.bridge.v1.OrderFilled.verify|verify} messages.
                 * @param message OrderFilled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderFilled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderFilled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderFilled & dolphin.bridge.v1.OrderFilled.$Shape} OrderFilled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderFilled & dolphin.bridge.v1.OrderFilled.$Shape;

                /**
                 * Verifies an OrderFilled message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderFilled message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderFilled
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderFilled;

                /**
                 * Creates a plain object from an OrderFilled message. Also converts values to other types if specified.
                 * @param message OrderFilled
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderFilled, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderFilled to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderFilled {

                /** Properties of an OrderFilled. */
                interface $Properties {

                    /** OrderFilled clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderFilled instrumentId */
                    instrumentId?: (string|null);

                    /** OrderFilled venueOrderId */
                    venueOrderId?: (string|null);

                    /** OrderFilled tradeId */
                    tradeId?: (string|null);

                    /** OrderFilled positionId */
                    positionId?: (string|null);

                    /** OrderFilled side */
                    side?: (dolphin.bridge.v1.OrderSide|null);

                    /** OrderFilled orderType */
                    orderType?: (dolphin.bridge.v1.OrderType|null);

                    /** OrderFilled lastQty */
                    lastQty?: (string|null);

                    /** OrderFilled lastPx */
                    lastPx?: (string|null);

                    /** OrderFilled commission */
                    commission?: (string|null);

                    /** OrderFilled commissionCurrency */
                    commissionCurrency?: (string|null);

                    /** OrderFilled liquiditySide */
                    liquiditySide?: (dolphin.bridge.v1.LiquiditySide|null);

                    /** OrderFilled tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** OrderFilled tags */
                    tags?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderFilled. */
                type $Shape = dolphin.bridge.v1.OrderFilled.$Properties;
            }

            /**
             * Properties of an OrderCanceled.
             * @deprecated Use dolphin.bridge.v1.OrderCanceled.$Properties instead.
             */
            interface IOrderCanceled extends dolphin.bridge.v1.OrderCanceled.$Properties {
            }

            /** Represents an OrderCanceled. */
            class OrderCanceled {

                /**
                 * Constructs a new OrderCanceled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderCanceled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderCanceled clientOrderId. */
                clientOrderId: string;

                /** OrderCanceled instrumentId. */
                instrumentId: string;

                /** OrderCanceled tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderCanceled instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderCanceled instance
                 */
                static create(properties: dolphin.bridge.v1.OrderCanceled.$Shape): dolphin.bridge.v1.OrderCanceled & dolphin.bridge.v1.OrderCanceled.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderCanceled.$Properties): dolphin.bridge.v1.OrderCanceled;

                /**
                 * Encodes the specified OrderCanceled message. Does not implicitly {@link dolphin.bridge.v1.OrderCanceled.verify|verify} messages.
                 * @param message OrderCanceled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderCanceled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderCanceled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderCanceled & dolphin.bridge.v1.OrderCanceled.$Shape} OrderCanceled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderCanceled & dolphin.bridge.v1.OrderCanceled.$Shape;

                /**
                 * Verifies an OrderCanceled message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderCanceled message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderCanceled
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderCanceled;

                /**
                 * Creates a plain object from an OrderCanceled message. Also converts values to other types if specified.
                 * @param message OrderCanceled
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderCanceled, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderCanceled to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderCanceled {

                /** Properties of an OrderCanceled. */
                interface $Properties {

                    /** OrderCanceled clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderCanceled instrumentId */
                    instrumentId?: (string|null);

                    /** OrderCanceled tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderCanceled. */
                type $Shape = dolphin.bridge.v1.OrderCanceled.$Properties;
            }

            /**
             * Properties of an OrderExpired.
             * @deprecated Use dolphin.bridge.v1.OrderExpired.$Properties instead.
             */
            interface IOrderExpired extends dolphin.bridge.v1.OrderExpired.$Properties {
            }

            /** Represents an OrderExpired. */
            class OrderExpired {

                /**
                 * Constructs a new OrderExpired.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderExpired.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderExpired clientOrderId. */
                clientOrderId: string;

                /** OrderExpired instrumentId. */
                instrumentId: string;

                /** OrderExpired tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderExpired instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderExpired instance
                 */
                static create(properties: dolphin.bridge.v1.OrderExpired.$Shape): dolphin.bridge.v1.OrderExpired & dolphin.bridge.v1.OrderExpired.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderExpired.$Properties): dolphin.bridge.v1.OrderExpired;

                /**
                 * Encodes the specified OrderExpired message. Does not implicitly {@link dolphin.bridge.v1.OrderExpired.verify|verify} messages.
                 * @param message OrderExpired message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderExpired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderExpired message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderExpired & dolphin.bridge.v1.OrderExpired.$Shape} OrderExpired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderExpired & dolphin.bridge.v1.OrderExpired.$Shape;

                /**
                 * Verifies an OrderExpired message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderExpired message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderExpired
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderExpired;

                /**
                 * Creates a plain object from an OrderExpired message. Also converts values to other types if specified.
                 * @param message OrderExpired
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderExpired, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderExpired to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderExpired {

                /** Properties of an OrderExpired. */
                interface $Properties {

                    /** OrderExpired clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderExpired instrumentId */
                    instrumentId?: (string|null);

                    /** OrderExpired tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderExpired. */
                type $Shape = dolphin.bridge.v1.OrderExpired.$Properties;
            }

            /**
             * Properties of an OrderTriggered.
             * @deprecated Use dolphin.bridge.v1.OrderTriggered.$Properties instead.
             */
            interface IOrderTriggered extends dolphin.bridge.v1.OrderTriggered.$Properties {
            }

            /** Represents an OrderTriggered. */
            class OrderTriggered {

                /**
                 * Constructs a new OrderTriggered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderTriggered.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderTriggered clientOrderId. */
                clientOrderId: string;

                /** OrderTriggered instrumentId. */
                instrumentId: string;

                /** OrderTriggered tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderTriggered instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderTriggered instance
                 */
                static create(properties: dolphin.bridge.v1.OrderTriggered.$Shape): dolphin.bridge.v1.OrderTriggered & dolphin.bridge.v1.OrderTriggered.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderTriggered.$Properties): dolphin.bridge.v1.OrderTriggered;

                /**
                 * Encodes the specified OrderTriggered message. Does not implicitly {@link dolphin.bridge.v1.OrderTriggered.verify|verify} messages.
                 * @param message OrderTriggered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderTriggered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderTriggered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderTriggered & dolphin.bridge.v1.OrderTriggered.$Shape} OrderTriggered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderTriggered & dolphin.bridge.v1.OrderTriggered.$Shape;

                /**
                 * Verifies an OrderTriggered message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderTriggered message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderTriggered
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderTriggered;

                /**
                 * Creates a plain object from an OrderTriggered message. Also converts values to other types if specified.
                 * @param message OrderTriggered
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderTriggered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderTriggered to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderTriggered {

                /** Properties of an OrderTriggered. */
                interface $Properties {

                    /** OrderTriggered clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderTriggered instrumentId */
                    instrumentId?: (string|null);

                    /** OrderTriggered tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderTriggered. */
                type $Shape = dolphin.bridge.v1.OrderTriggered.$Properties;
            }

            /**
             * Properties of an OrderUpdated.
             * @deprecated Use dolphin.bridge.v1.OrderUpdated.$Properties instead.
             */
            interface IOrderUpdated extends dolphin.bridge.v1.OrderUpdated.$Properties {
            }

            /** Represents an OrderUpdated. */
            class OrderUpdated {

                /**
                 * Constructs a new OrderUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderUpdated clientOrderId. */
                clientOrderId: string;

                /** OrderUpdated instrumentId. */
                instrumentId: string;

                /** OrderUpdated quantity. */
                quantity: string;

                /** OrderUpdated price. */
                price: string;

                /** OrderUpdated triggerPrice. */
                triggerPrice: string;

                /** OrderUpdated tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderUpdated instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderUpdated instance
                 */
                static create(properties: dolphin.bridge.v1.OrderUpdated.$Shape): dolphin.bridge.v1.OrderUpdated & dolphin.bridge.v1.OrderUpdated.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderUpdated.$Properties): dolphin.bridge.v1.OrderUpdated;

                /**
                 * Encodes the specified OrderUpdated message. Does not implicitly {@link dolphin.bridge.v1.OrderUpdated.verify|verify} messages.
                 * @param message OrderUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderUpdated & dolphin.bridge.v1.OrderUpdated.$Shape} OrderUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderUpdated & dolphin.bridge.v1.OrderUpdated.$Shape;

                /**
                 * Verifies an OrderUpdated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderUpdated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderUpdated
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderUpdated;

                /**
                 * Creates a plain object from an OrderUpdated message. Also converts values to other types if specified.
                 * @param message OrderUpdated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderUpdated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderUpdated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderUpdated {

                /** Properties of an OrderUpdated. */
                interface $Properties {

                    /** OrderUpdated clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderUpdated instrumentId */
                    instrumentId?: (string|null);

                    /** OrderUpdated quantity */
                    quantity?: (string|null);

                    /** OrderUpdated price */
                    price?: (string|null);

                    /** OrderUpdated triggerPrice */
                    triggerPrice?: (string|null);

                    /** OrderUpdated tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderUpdated. */
                type $Shape = dolphin.bridge.v1.OrderUpdated.$Properties;
            }

            /**
             * Properties of an OrderModifyRejected.
             * @deprecated Use dolphin.bridge.v1.OrderModifyRejected.$Properties instead.
             */
            interface IOrderModifyRejected extends dolphin.bridge.v1.OrderModifyRejected.$Properties {
            }

            /** Represents an OrderModifyRejected. */
            class OrderModifyRejected {

                /**
                 * Constructs a new OrderModifyRejected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderModifyRejected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderModifyRejected clientOrderId. */
                clientOrderId: string;

                /** OrderModifyRejected instrumentId. */
                instrumentId: string;

                /** OrderModifyRejected reason. */
                reason: string;

                /** OrderModifyRejected tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderModifyRejected instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderModifyRejected instance
                 */
                static create(properties: dolphin.bridge.v1.OrderModifyRejected.$Shape): dolphin.bridge.v1.OrderModifyRejected & dolphin.bridge.v1.OrderModifyRejected.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderModifyRejected.$Properties): dolphin.bridge.v1.OrderModifyRejected;

                /**
                 * Encodes the specified OrderModifyRejected message. Does not implicitly {@link dolphin.bridge.v1.OrderModifyRejected.verify|verify} messages.
                 * @param message OrderModifyRejected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderModifyRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderModifyRejected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderModifyRejected & dolphin.bridge.v1.OrderModifyRejected.$Shape} OrderModifyRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderModifyRejected & dolphin.bridge.v1.OrderModifyRejected.$Shape;

                /**
                 * Verifies an OrderModifyRejected message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderModifyRejected message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderModifyRejected
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderModifyRejected;

                /**
                 * Creates a plain object from an OrderModifyRejected message. Also converts values to other types if specified.
                 * @param message OrderModifyRejected
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderModifyRejected, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderModifyRejected to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderModifyRejected {

                /** Properties of an OrderModifyRejected. */
                interface $Properties {

                    /** OrderModifyRejected clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderModifyRejected instrumentId */
                    instrumentId?: (string|null);

                    /** OrderModifyRejected reason */
                    reason?: (string|null);

                    /** OrderModifyRejected tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderModifyRejected. */
                type $Shape = dolphin.bridge.v1.OrderModifyRejected.$Properties;
            }

            /**
             * Properties of an OrderCancelRejected.
             * @deprecated Use dolphin.bridge.v1.OrderCancelRejected.$Properties instead.
             */
            interface IOrderCancelRejected extends dolphin.bridge.v1.OrderCancelRejected.$Properties {
            }

            /** Represents an OrderCancelRejected. */
            class OrderCancelRejected {

                /**
                 * Constructs a new OrderCancelRejected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.OrderCancelRejected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderCancelRejected clientOrderId. */
                clientOrderId: string;

                /** OrderCancelRejected instrumentId. */
                instrumentId: string;

                /** OrderCancelRejected reason. */
                reason: string;

                /** OrderCancelRejected tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new OrderCancelRejected instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderCancelRejected instance
                 */
                static create(properties: dolphin.bridge.v1.OrderCancelRejected.$Shape): dolphin.bridge.v1.OrderCancelRejected & dolphin.bridge.v1.OrderCancelRejected.$Shape;
                static create(properties?: dolphin.bridge.v1.OrderCancelRejected.$Properties): dolphin.bridge.v1.OrderCancelRejected;

                /**
                 * Encodes the specified OrderCancelRejected message. Does not implicitly {@link dolphin.bridge.v1.OrderCancelRejected.verify|verify} messages.
                 * @param message OrderCancelRejected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.OrderCancelRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderCancelRejected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.OrderCancelRejected & dolphin.bridge.v1.OrderCancelRejected.$Shape} OrderCancelRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.OrderCancelRejected & dolphin.bridge.v1.OrderCancelRejected.$Shape;

                /**
                 * Verifies an OrderCancelRejected message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrderCancelRejected message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrderCancelRejected
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.OrderCancelRejected;

                /**
                 * Creates a plain object from an OrderCancelRejected message. Also converts values to other types if specified.
                 * @param message OrderCancelRejected
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.OrderCancelRejected, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrderCancelRejected to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrderCancelRejected {

                /** Properties of an OrderCancelRejected. */
                interface $Properties {

                    /** OrderCancelRejected clientOrderId */
                    clientOrderId?: (string|null);

                    /** OrderCancelRejected instrumentId */
                    instrumentId?: (string|null);

                    /** OrderCancelRejected reason */
                    reason?: (string|null);

                    /** OrderCancelRejected tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderCancelRejected. */
                type $Shape = dolphin.bridge.v1.OrderCancelRejected.$Properties;
            }

            /** PositionSide enum. */
            enum PositionSide {

                /** POSITION_SIDE_UNSPECIFIED value */
                POSITION_SIDE_UNSPECIFIED = 0,

                /** POSITION_SIDE_FLAT value */
                POSITION_SIDE_FLAT = 1,

                /** POSITION_SIDE_LONG value */
                POSITION_SIDE_LONG = 2,

                /** POSITION_SIDE_SHORT value */
                POSITION_SIDE_SHORT = 3
            }

            /**
             * Properties of a PositionState.
             * @deprecated Use dolphin.bridge.v1.PositionState.$Properties instead.
             */
            interface IPositionState extends dolphin.bridge.v1.PositionState.$Properties {
            }

            /** Represents a PositionState. */
            class PositionState {

                /**
                 * Constructs a new PositionState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.PositionState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PositionState positionId. */
                positionId: string;

                /** PositionState instrumentId. */
                instrumentId: string;

                /** PositionState side. */
                side: dolphin.bridge.v1.PositionSide;

                /** PositionState quantity. */
                quantity: string;

                /** PositionState signedQty. */
                signedQty: number;

                /** PositionState avgPxOpen. */
                avgPxOpen: number;

                /** PositionState avgPxClose. */
                avgPxClose: number;

                /** PositionState realizedPnl. */
                realizedPnl: string;

                /** PositionState unrealizedPnl. */
                unrealizedPnl: string;

                /** PositionState openingOrderId. */
                openingOrderId: string;

                /** PositionState closingOrderId. */
                closingOrderId: string;

                /** PositionState tsOpenedNs. */
                tsOpenedNs: (number|Long);

                /** PositionState tsClosedNs. */
                tsClosedNs: (number|Long);

                /** PositionState tsEventNs. */
                tsEventNs: (number|Long);

                /** PositionState lastPx. */
                lastPx: string;

                /** PositionState lastQty. */
                lastQty: string;

                /**
                 * Creates a new PositionState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PositionState instance
                 */
                static create(properties: dolphin.bridge.v1.PositionState.$Shape): dolphin.bridge.v1.PositionState & dolphin.bridge.v1.PositionState.$Shape;
                static create(properties?: dolphin.bridge.v1.PositionState.$Properties): dolphin.bridge.v1.PositionState;

                /**
                 * Encodes the specified PositionState message. Does not implicitly {@link dolphin.bridge.v1.PositionState.verify|verify} messages.
                 * @param message PositionState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.PositionState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PositionState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.PositionState & dolphin.bridge.v1.PositionState.$Shape} PositionState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.PositionState & dolphin.bridge.v1.PositionState.$Shape;

                /**
                 * Verifies a PositionState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PositionState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PositionState
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.PositionState;

                /**
                 * Creates a plain object from a PositionState message. Also converts values to other types if specified.
                 * @param message PositionState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.PositionState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PositionState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PositionState {

                /** Properties of a PositionState. */
                interface $Properties {

                    /** PositionState positionId */
                    positionId?: (string|null);

                    /** PositionState instrumentId */
                    instrumentId?: (string|null);

                    /** PositionState side */
                    side?: (dolphin.bridge.v1.PositionSide|null);

                    /** PositionState quantity */
                    quantity?: (string|null);

                    /** PositionState signedQty */
                    signedQty?: (number|null);

                    /** PositionState avgPxOpen */
                    avgPxOpen?: (number|null);

                    /** PositionState avgPxClose */
                    avgPxClose?: (number|null);

                    /** PositionState realizedPnl */
                    realizedPnl?: (string|null);

                    /** PositionState unrealizedPnl */
                    unrealizedPnl?: (string|null);

                    /** PositionState openingOrderId */
                    openingOrderId?: (string|null);

                    /** PositionState closingOrderId */
                    closingOrderId?: (string|null);

                    /** PositionState tsOpenedNs */
                    tsOpenedNs?: (number|Long|null);

                    /** PositionState tsClosedNs */
                    tsClosedNs?: (number|Long|null);

                    /** PositionState tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** PositionState lastPx */
                    lastPx?: (string|null);

                    /** PositionState lastQty */
                    lastQty?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PositionState. */
                type $Shape = dolphin.bridge.v1.PositionState.$Properties;
            }

            /**
             * Properties of a PositionOpened.
             * @deprecated Use dolphin.bridge.v1.PositionOpened.$Properties instead.
             */
            interface IPositionOpened extends dolphin.bridge.v1.PositionOpened.$Properties {
            }

            /** Represents a PositionOpened. */
            class PositionOpened {

                /**
                 * Constructs a new PositionOpened.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.PositionOpened.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PositionOpened position. */
                position?: (dolphin.bridge.v1.PositionState.$Properties|null);

                /**
                 * Creates a new PositionOpened instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PositionOpened instance
                 */
                static create(properties: dolphin.bridge.v1.PositionOpened.$Shape): dolphin.bridge.v1.PositionOpened & dolphin.bridge.v1.PositionOpened.$Shape;
                static create(properties?: dolphin.bridge.v1.PositionOpened.$Properties): dolphin.bridge.v1.PositionOpened;

                /**
                 * Encodes the specified PositionOpened message. Does not implicitly {@link dolphin.bridge.v1.PositionOpened.verify|verify} messages.
                 * @param message PositionOpened message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.PositionOpened.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PositionOpened message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.PositionOpened & dolphin.bridge.v1.PositionOpened.$Shape} PositionOpened
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.PositionOpened & dolphin.bridge.v1.PositionOpened.$Shape;

                /**
                 * Verifies a PositionOpened message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PositionOpened message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PositionOpened
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.PositionOpened;

                /**
                 * Creates a plain object from a PositionOpened message. Also converts values to other types if specified.
                 * @param message PositionOpened
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.PositionOpened, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PositionOpened to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PositionOpened {

                /** Properties of a PositionOpened. */
                interface $Properties {

                    /** PositionOpened position */
                    position?: (dolphin.bridge.v1.PositionState.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PositionOpened. */
                type $Shape = dolphin.bridge.v1.PositionOpened.$Properties;
            }

            /**
             * Properties of a PositionChanged.
             * @deprecated Use dolphin.bridge.v1.PositionChanged.$Properties instead.
             */
            interface IPositionChanged extends dolphin.bridge.v1.PositionChanged.$Properties {
            }

            /** Represents a PositionChanged. */
            class PositionChanged {

                /**
                 * Constructs a new PositionChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.PositionChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PositionChanged position. */
                position?: (dolphin.bridge.v1.PositionState.$Properties|null);

                /**
                 * Creates a new PositionChanged instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PositionChanged instance
                 */
                static create(properties: dolphin.bridge.v1.PositionChanged.$Shape): dolphin.bridge.v1.PositionChanged & dolphin.bridge.v1.PositionChanged.$Shape;
                static create(properties?: dolphin.bridge.v1.PositionChanged.$Properties): dolphin.bridge.v1.PositionChanged;

                /**
                 * Encodes the specified PositionChanged message. Does not implicitly {@link dolphin.bridge.v1.PositionChanged.verify|verify} messages.
                 * @param message PositionChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.PositionChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PositionChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.PositionChanged & dolphin.bridge.v1.PositionChanged.$Shape} PositionChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.PositionChanged & dolphin.bridge.v1.PositionChanged.$Shape;

                /**
                 * Verifies a PositionChanged message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PositionChanged message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PositionChanged
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.PositionChanged;

                /**
                 * Creates a plain object from a PositionChanged message. Also converts values to other types if specified.
                 * @param message PositionChanged
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.PositionChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PositionChanged to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PositionChanged {

                /** Properties of a PositionChanged. */
                interface $Properties {

                    /** PositionChanged position */
                    position?: (dolphin.bridge.v1.PositionState.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PositionChanged. */
                type $Shape = dolphin.bridge.v1.PositionChanged.$Properties;
            }

            /**
             * Properties of a PositionClosed.
             * @deprecated Use dolphin.bridge.v1.PositionClosed.$Properties instead.
             */
            interface IPositionClosed extends dolphin.bridge.v1.PositionClosed.$Properties {
            }

            /** Represents a PositionClosed. */
            class PositionClosed {

                /**
                 * Constructs a new PositionClosed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.PositionClosed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PositionClosed position. */
                position?: (dolphin.bridge.v1.PositionState.$Properties|null);

                /**
                 * Creates a new PositionClosed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PositionClosed instance
                 */
                static create(properties: dolphin.bridge.v1.PositionClosed.$Shape): dolphin.bridge.v1.PositionClosed & dolphin.bridge.v1.PositionClosed.$Shape;
                static create(properties?: dolphin.bridge.v1.PositionClosed.$Properties): dolphin.bridge.v1.PositionClosed;

                /**
                 * Encodes the specified PositionClosed message. Does not implicitly {@link dolphin.bridge.v1.PositionClosed.verify|verify} messages.
                 * @param message PositionClosed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.PositionClosed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PositionClosed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.PositionClosed & dolphin.bridge.v1.PositionClosed.$Shape} PositionClosed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.PositionClosed & dolphin.bridge.v1.PositionClosed.$Shape;

                /**
                 * Verifies a PositionClosed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PositionClosed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PositionClosed
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.PositionClosed;

                /**
                 * Creates a plain object from a PositionClosed message. Also converts values to other types if specified.
                 * @param message PositionClosed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.PositionClosed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PositionClosed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PositionClosed {

                /** Properties of a PositionClosed. */
                interface $Properties {

                    /** PositionClosed position */
                    position?: (dolphin.bridge.v1.PositionState.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PositionClosed. */
                type $Shape = dolphin.bridge.v1.PositionClosed.$Properties;
            }

            /**
             * Properties of a Balance.
             * @deprecated Use dolphin.bridge.v1.Balance.$Properties instead.
             */
            interface IBalance extends dolphin.bridge.v1.Balance.$Properties {
            }

            /** Represents a Balance. */
            class Balance {

                /**
                 * Constructs a new Balance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.Balance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Balance currency. */
                currency: string;

                /** Balance total. */
                total: string;

                /** Balance locked. */
                locked: string;

                /** Balance free. */
                free: string;

                /**
                 * Creates a new Balance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Balance instance
                 */
                static create(properties: dolphin.bridge.v1.Balance.$Shape): dolphin.bridge.v1.Balance & dolphin.bridge.v1.Balance.$Shape;
                static create(properties?: dolphin.bridge.v1.Balance.$Properties): dolphin.bridge.v1.Balance;

                /**
                 * Encodes the specified Balance message. Does not implicitly {@link dolphin.bridge.v1.Balance.verify|verify} messages.
                 * @param message Balance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.Balance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Balance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.Balance & dolphin.bridge.v1.Balance.$Shape} Balance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.Balance & dolphin.bridge.v1.Balance.$Shape;

                /**
                 * Verifies a Balance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Balance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Balance
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.Balance;

                /**
                 * Creates a plain object from a Balance message. Also converts values to other types if specified.
                 * @param message Balance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.Balance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Balance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Balance {

                /** Properties of a Balance. */
                interface $Properties {

                    /** Balance currency */
                    currency?: (string|null);

                    /** Balance total */
                    total?: (string|null);

                    /** Balance locked */
                    locked?: (string|null);

                    /** Balance free */
                    free?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Balance. */
                type $Shape = dolphin.bridge.v1.Balance.$Properties;
            }

            /**
             * Properties of a MarginBalance.
             * @deprecated Use dolphin.bridge.v1.MarginBalance.$Properties instead.
             */
            interface IMarginBalance extends dolphin.bridge.v1.MarginBalance.$Properties {
            }

            /** Represents a MarginBalance. */
            class MarginBalance {

                /**
                 * Constructs a new MarginBalance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.MarginBalance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MarginBalance instrumentId. */
                instrumentId: string;

                /** MarginBalance initial. */
                initial: string;

                /** MarginBalance maintenance. */
                maintenance: string;

                /** MarginBalance currency. */
                currency: string;

                /**
                 * Creates a new MarginBalance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MarginBalance instance
                 */
                static create(properties: dolphin.bridge.v1.MarginBalance.$Shape): dolphin.bridge.v1.MarginBalance & dolphin.bridge.v1.MarginBalance.$Shape;
                static create(properties?: dolphin.bridge.v1.MarginBalance.$Properties): dolphin.bridge.v1.MarginBalance;

                /**
                 * Encodes the specified MarginBalance message. Does not implicitly {@link dolphin.bridge.v1.MarginBalance.verify|verify} messages.
                 * @param message MarginBalance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.MarginBalance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MarginBalance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.MarginBalance & dolphin.bridge.v1.MarginBalance.$Shape} MarginBalance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.MarginBalance & dolphin.bridge.v1.MarginBalance.$Shape;

                /**
                 * Verifies a MarginBalance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MarginBalance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MarginBalance
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.MarginBalance;

                /**
                 * Creates a plain object from a MarginBalance message. Also converts values to other types if specified.
                 * @param message MarginBalance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.MarginBalance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MarginBalance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MarginBalance {

                /** Properties of a MarginBalance. */
                interface $Properties {

                    /** MarginBalance instrumentId */
                    instrumentId?: (string|null);

                    /** MarginBalance initial */
                    initial?: (string|null);

                    /** MarginBalance maintenance */
                    maintenance?: (string|null);

                    /** MarginBalance currency */
                    currency?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MarginBalance. */
                type $Shape = dolphin.bridge.v1.MarginBalance.$Properties;
            }

            /**
             * Properties of an AccountState.
             * @deprecated Use dolphin.bridge.v1.AccountState.$Properties instead.
             */
            interface IAccountState extends dolphin.bridge.v1.AccountState.$Properties {
            }

            /** Represents an AccountState. */
            class AccountState {

                /**
                 * Constructs a new AccountState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.AccountState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccountState accountId. */
                accountId: string;

                /** AccountState accountType. */
                accountType: string;

                /** AccountState baseCurrency. */
                baseCurrency: string;

                /** AccountState balances. */
                balances: dolphin.bridge.v1.Balance.$Properties[];

                /** AccountState margins. */
                margins: dolphin.bridge.v1.MarginBalance.$Properties[];

                /** AccountState reported. */
                reported: boolean;

                /** AccountState tsEventNs. */
                tsEventNs: (number|Long);

                /**
                 * Creates a new AccountState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AccountState instance
                 */
                static create(properties: dolphin.bridge.v1.AccountState.$Shape): dolphin.bridge.v1.AccountState & dolphin.bridge.v1.AccountState.$Shape;
                static create(properties?: dolphin.bridge.v1.AccountState.$Properties): dolphin.bridge.v1.AccountState;

                /**
                 * Encodes the specified AccountState message. Does not implicitly {@link dolphin.bridge.v1.AccountState.verify|verify} messages.
                 * @param message AccountState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.AccountState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccountState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.AccountState & dolphin.bridge.v1.AccountState.$Shape} AccountState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.AccountState & dolphin.bridge.v1.AccountState.$Shape;

                /**
                 * Verifies an AccountState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AccountState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AccountState
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.AccountState;

                /**
                 * Creates a plain object from an AccountState message. Also converts values to other types if specified.
                 * @param message AccountState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.AccountState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AccountState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AccountState {

                /** Properties of an AccountState. */
                interface $Properties {

                    /** AccountState accountId */
                    accountId?: (string|null);

                    /** AccountState accountType */
                    accountType?: (string|null);

                    /** AccountState baseCurrency */
                    baseCurrency?: (string|null);

                    /** AccountState balances */
                    balances?: (dolphin.bridge.v1.Balance.$Properties[]|null);

                    /** AccountState margins */
                    margins?: (dolphin.bridge.v1.MarginBalance.$Properties[]|null);

                    /** AccountState reported */
                    reported?: (boolean|null);

                    /** AccountState tsEventNs */
                    tsEventNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccountState. */
                type $Shape = dolphin.bridge.v1.AccountState.$Properties;
            }

            /**
             * Properties of a RiskEvent.
             * @deprecated Use dolphin.bridge.v1.RiskEvent.$Properties instead.
             */
            interface IRiskEvent extends dolphin.bridge.v1.RiskEvent.$Properties {
            }

            /** Represents a RiskEvent. */
            class RiskEvent {

                /**
                 * Constructs a new RiskEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.RiskEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RiskEvent type. */
                type: string;

                /** RiskEvent symbol. */
                symbol: string;

                /** RiskEvent detailsJson. */
                detailsJson: string;

                /** RiskEvent tsNs. */
                tsNs: (number|Long);

                /** RiskEvent severity. */
                severity: string;

                /** RiskEvent strategy. */
                strategy: string;

                /**
                 * Creates a new RiskEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RiskEvent instance
                 */
                static create(properties: dolphin.bridge.v1.RiskEvent.$Shape): dolphin.bridge.v1.RiskEvent & dolphin.bridge.v1.RiskEvent.$Shape;
                static create(properties?: dolphin.bridge.v1.RiskEvent.$Properties): dolphin.bridge.v1.RiskEvent;

                /**
                 * Encodes the specified RiskEvent message. Does not implicitly {@link dolphin.bridge.v1.RiskEvent.verify|verify} messages.
                 * @param message RiskEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.RiskEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RiskEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.RiskEvent & dolphin.bridge.v1.RiskEvent.$Shape} RiskEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.RiskEvent & dolphin.bridge.v1.RiskEvent.$Shape;

                /**
                 * Verifies a RiskEvent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RiskEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RiskEvent
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.RiskEvent;

                /**
                 * Creates a plain object from a RiskEvent message. Also converts values to other types if specified.
                 * @param message RiskEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.RiskEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RiskEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RiskEvent {

                /** Properties of a RiskEvent. */
                interface $Properties {

                    /** RiskEvent type */
                    type?: (string|null);

                    /** RiskEvent symbol */
                    symbol?: (string|null);

                    /** RiskEvent detailsJson */
                    detailsJson?: (string|null);

                    /** RiskEvent tsNs */
                    tsNs?: (number|Long|null);

                    /** RiskEvent severity */
                    severity?: (string|null);

                    /** RiskEvent strategy */
                    strategy?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RiskEvent. */
                type $Shape = dolphin.bridge.v1.RiskEvent.$Properties;
            }

            /**
             * Properties of a PostureUpdate.
             * @deprecated Use dolphin.bridge.v1.PostureUpdate.$Properties instead.
             */
            interface IPostureUpdate extends dolphin.bridge.v1.PostureUpdate.$Properties {
            }

            /** Represents a PostureUpdate. */
            class PostureUpdate {

                /**
                 * Constructs a new PostureUpdate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: dolphin.bridge.v1.PostureUpdate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PostureUpdate posture. */
                posture: string;

                /** PostureUpdate previousPosture. */
                previousPosture: string;

                /** PostureUpdate rm. */
                rm: number;

                /** PostureUpdate rTarget. */
                rTarget: number;

                /** PostureUpdate cat1. */
                cat1: number;

                /** PostureUpdate cat2. */
                cat2: number;

                /** PostureUpdate cat3. */
                cat3: number;

                /** PostureUpdate cat4. */
                cat4: number;

                /** PostureUpdate cat5. */
                cat5: number;

                /** PostureUpdate reason. */
                reason: string;

                /** PostureUpdate tsNs. */
                tsNs: (number|Long);

                /**
                 * Creates a new PostureUpdate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PostureUpdate instance
                 */
                static create(properties: dolphin.bridge.v1.PostureUpdate.$Shape): dolphin.bridge.v1.PostureUpdate & dolphin.bridge.v1.PostureUpdate.$Shape;
                static create(properties?: dolphin.bridge.v1.PostureUpdate.$Properties): dolphin.bridge.v1.PostureUpdate;

                /**
                 * Encodes the specified PostureUpdate message. Does not implicitly {@link dolphin.bridge.v1.PostureUpdate.verify|verify} messages.
                 * @param message PostureUpdate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: dolphin.bridge.v1.PostureUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PostureUpdate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {dolphin.bridge.v1.PostureUpdate & dolphin.bridge.v1.PostureUpdate.$Shape} PostureUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dolphin.bridge.v1.PostureUpdate & dolphin.bridge.v1.PostureUpdate.$Shape;

                /**
                 * Verifies a PostureUpdate message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PostureUpdate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PostureUpdate
                 */
                static fromObject(object: { [k: string]: any }): dolphin.bridge.v1.PostureUpdate;

                /**
                 * Creates a plain object from a PostureUpdate message. Also converts values to other types if specified.
                 * @param message PostureUpdate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: dolphin.bridge.v1.PostureUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PostureUpdate to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PostureUpdate {

                /** Properties of a PostureUpdate. */
                interface $Properties {

                    /** PostureUpdate posture */
                    posture?: (string|null);

                    /** PostureUpdate previousPosture */
                    previousPosture?: (string|null);

                    /** PostureUpdate rm */
                    rm?: (number|null);

                    /** PostureUpdate rTarget */
                    rTarget?: (number|null);

                    /** PostureUpdate cat1 */
                    cat1?: (number|null);

                    /** PostureUpdate cat2 */
                    cat2?: (number|null);

                    /** PostureUpdate cat3 */
                    cat3?: (number|null);

                    /** PostureUpdate cat4 */
                    cat4?: (number|null);

                    /** PostureUpdate cat5 */
                    cat5?: (number|null);

                    /** PostureUpdate reason */
                    reason?: (string|null);

                    /** PostureUpdate tsNs */
                    tsNs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PostureUpdate. */
                type $Shape = dolphin.bridge.v1.PostureUpdate.$Properties;
            }
        }
    }
}
