"""Endpoint rules shared with the host (src/transport/endpoint.ts), case for case.

ZeroMQ accepts some endpoints that do not mean what they say: a tcp port above 65535 wraps or
saturates (``tcp://127.0.0.1:99999`` is port 34463) and ``*`` or 0 is "any free port", which
only a binding socket can use. The shim connects, so its configs are checked with role
``"connect"``.
test/golden/endpoints/endpoints.json holds the cases both languages are tested against.
"""

from __future__ import annotations

import re

MAX_IPC_PATH_BYTES = 107
"""The longest ipc path Linux accepts (sun_path is 108 bytes with the terminating NUL)."""

_TCP_RE = re.compile(r"^tcp://(.*):([^:]*)$", re.DOTALL)
_WHITESPACE_RE = re.compile(r"\s")
_ZEROS_RE = re.compile(r"^0+$")
_DIGITS_RE = re.compile(r"^[0-9]+$")


def endpoint_problem(endpoint: str, role: str) -> str | None:
    """Why ZeroMQ would not bind (role ``"bind"``) or connect to (``"connect"``) the endpoint as
    written, with the fix; None when it is fine."""
    if role not in ("bind", "connect"):
        raise ValueError(f"invalid role, not one of bind, connect, was {role!r}")
    if _WHITESPACE_RE.search(endpoint):
        return "contains whitespace; remove it"
    if endpoint.startswith("tcp://"):
        return _tcp_problem(endpoint, role)
    if endpoint.startswith("ipc://"):
        path = endpoint[len("ipc://") :]
        if path == "":
            return "has no path; write ipc:///path/to/socket"
        size = len(path.encode("utf-8"))
        if size > MAX_IPC_PATH_BYTES:
            return f"ipc path is {size} bytes, the limit is {MAX_IPC_PATH_BYTES}; use a shorter path"
        return None
    if endpoint.startswith("inproc://"):
        return None if len(endpoint) > len("inproc://") else "has no name; write inproc://name"
    return (
        "must start with tcp://, ipc:// or inproc:// (e.g. tcp://127.0.0.1:5555 or ipc:///tmp/dolphin.sock)"
    )


def _tcp_problem(endpoint: str, role: str) -> str | None:
    m = _TCP_RE.match(endpoint)
    host = m.group(1) if m else ""
    port = m.group(2) if m else ""
    if m is None or host == "":
        return "must be tcp://host:port (e.g. tcp://127.0.0.1:5555)"
    if host.startswith("[") or ":" in host:
        return "IPv6 addresses are not supported; use an IPv4 address or a host name"
    any_port = port == "*" or _ZEROS_RE.match(port) is not None
    if role == "connect":
        if host == "*":
            return "host * only binds; give the host's address (e.g. 127.0.0.1)"
        if any_port:
            return f"port {port} only binds; give the port the host listens on (1-65535)"
    if any_port:
        return None
    hint = " (or * for any free port)" if role == "bind" else ""
    if _DIGITS_RE.match(port) is None:
        return f'port "{port}" is not a number; give 1-65535{hint}'
    if int(port) > 65535:
        return f"port {port} is out of range, ZeroMQ would silently use another port; give 1-65535{hint}"
    return None
