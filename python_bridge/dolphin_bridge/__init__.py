"""Dolphin bridge: a generic NautilusTrader shim driven by a TypeScript host over ZeroMQ."""

__version__ = "0.1.0"
