"""Errors of the shim: one class per failure, each with the exit code the runners use."""

from __future__ import annotations

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_CONFIG = 2
EXIT_HANDSHAKE_REJECTED = 3
EXIT_HOST_LOST = 4


class BridgeError(Exception):
    """Base class of the shim's failures; `exit_code` is what a runner exits with."""

    exit_code = EXIT_OTHER


class ConfigError(BridgeError):
    """A runner or strategy config is invalid; the message names the key (e.g. `venue.fee_model.kind`)."""

    exit_code = EXIT_CONFIG

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"config error: {key}: {problem}")
        self.key = key
        self.problem = problem


class HandshakeRejected(BridgeError):
    """The host answered Hello with Reject, or its Welcome is unusable (e.g. another protocol version)."""

    exit_code = EXIT_HANDSHAKE_REJECTED

    def __init__(self, endpoint: str, code: str, reason: str) -> None:
        super().__init__(f"handshake with the host at {endpoint} rejected ({code}): {reason}")
        self.endpoint = endpoint
        self.code = code
        self.reason = reason


class HostLost(BridgeError):
    """The host stopped answering or is gone; the message names the endpoint."""

    exit_code = EXIT_HOST_LOST


class HandshakeTimeout(HostLost):
    """No Welcome or Reject arrived within `handshake_timeout_ms`."""

    def __init__(self, endpoint: str, timeout_ms: int) -> None:
        super().__init__(
            f"no Welcome from the host at {endpoint} within handshake_timeout_ms={timeout_ms}; "
            "is `dolphin host` running on that endpoint?"
        )
        self.endpoint = endpoint
        self.timeout_ms = timeout_ms


class LockstepTimeout(HostLost):
    """No Decision arrived within `reply_timeout_ms` for a lockstep request."""

    def __init__(self, endpoint: str, timeout_ms: int, request_seq: int, kind: str) -> None:
        super().__init__(
            f"lockstep timeout: the host at {endpoint} sent no Decision for request seq={request_seq} "
            f"({kind}) within reply_timeout_ms={timeout_ms}"
        )
        self.endpoint = endpoint
        self.timeout_ms = timeout_ms
        self.request_seq = request_seq


class HostShutdown(HostLost):
    """The host sent Shutdown while the shim was waiting for it."""

    def __init__(self, endpoint: str, reason: str) -> None:
        super().__init__(f"the host at {endpoint} shut the session down: {reason or 'no reason given'}")
        self.endpoint = endpoint
        self.reason = reason
