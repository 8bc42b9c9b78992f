"""Reading runner config files (YAML or JSON) with errors that name the key."""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from dolphin_bridge.endpoint import endpoint_problem
from dolphin_bridge.errors import ConfigError

_MISSING: Any = object()
_DECIMAL_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")


def load_config_file(path: str | Path) -> dict[str, Any]:
    """
    Reads a JSON (``.json``) or YAML (anything else) mapping.

    Raises
    ------
    ConfigError
        When the file is missing, unparsable or not a mapping (key ``<file>``).

    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError("<file>", f"cannot read {p}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text) if p.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(
            "<file>", f"{p} is not valid {'JSON' if p.suffix.lower() == '.json' else 'YAML'}: {exc}"
        ) from exc
    if not isinstance(data, dict):
        raise ConfigError("<file>", f"{p} must hold a mapping at the top level")
    return data


def config_hash(data: Any) -> str:
    """sha256 of the canonical JSON (sorted keys, no spaces) of a config, as hex."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Section:
    """
    A mapping being validated: `take` each known key, then `done()` rejects the unknown ones.

    Every error is a ConfigError whose key is the dotted path (``venue.instruments[0].maker_fee``).
    """

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise ConfigError(path or "<root>", f"expected a mapping, got {type(data).__name__}")
        self._data = data
        self._path = path
        self._taken: set[str] = set()

    @property
    def path(self) -> str:
        """The dotted path of this section (``""`` for the root)."""
        return self._path

    def keys(self) -> list[str]:
        """Every key present (marks none as taken)."""
        return [str(k) for k in self._data]

    def as_dict(self) -> dict[str, Any]:
        """The whole mapping as given; every key counts as taken."""
        self._taken.update(self._data)
        return dict(self._data)

    def key(self, name: str) -> str:
        """The dotted path of a key in this section."""
        return f"{self._path}.{name}" if self._path else name

    def has(self, name: str) -> bool:
        return name in self._data

    def raw(self, name: str, default: Any = _MISSING) -> Any:
        """The value as given (required when no default)."""
        self._taken.add(name)
        if name not in self._data or self._data[name] is None:
            if default is _MISSING:
                raise ConfigError(self.key(name), "required key is missing")
            return default
        return self._data[name]

    def string(
        self,
        name: str,
        default: Any = _MISSING,
        choices: Iterable[str] | None = None,
        pattern: str | None = None,
    ) -> str:
        value = self.raw(name, default)
        if not isinstance(value, str):
            raise ConfigError(self.key(name), f"expected a string, got {value!r}")
        if choices is not None:
            allowed = list(choices)
            if value not in allowed:
                raise ConfigError(self.key(name), f"expected one of {', '.join(allowed)}, got {value!r}")
        if pattern is not None and not re.fullmatch(pattern, value):
            raise ConfigError(self.key(name), f"{value!r} does not match {pattern}")
        return value

    def endpoint(self, name: str) -> str:
        """A ZeroMQ endpoint this process connects to (the host's ROUTER), by endpoint_problem's rules."""
        value = self.string(name)
        problem = endpoint_problem(value, "connect")
        if problem is not None:
            raise ConfigError(self.key(name), f"{problem}, got {value!r}")
        return value

    def integer(self, name: str, default: Any = _MISSING, minimum: int | None = None) -> int:
        value = self.raw(name, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(self.key(name), f"expected an integer, got {value!r}")
        if minimum is not None and value < minimum:
            raise ConfigError(self.key(name), f"must be >= {minimum}, got {value}")
        return value

    def number(
        self, name: str, default: Any = _MISSING, positive: bool = False, maximum: float | None = None
    ) -> float:
        value = self.raw(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ConfigError(self.key(name), f"expected a finite number, got {value!r}")
        if positive and value <= 0:
            raise ConfigError(self.key(name), f"must be positive, got {value}")
        if maximum is not None and value > maximum:
            raise ConfigError(self.key(name), f"must be <= {maximum}, got {value}")
        return float(value)

    def boolean(self, name: str, default: Any = _MISSING) -> bool:
        value = self.raw(name, default)
        if not isinstance(value, bool):
            raise ConfigError(self.key(name), f"expected true or false, got {value!r}")
        return value

    def decimal_text(self, name: str, default: Any = _MISSING, optional: bool = False) -> str:
        """A non-negative decimal as text (``"0.001"``); numbers are accepted and converted exactly."""
        value = self.raw(name, default)
        if isinstance(value, bool):
            raise ConfigError(self.key(name), f'expected a decimal such as "0.001", got {value!r}')
        if isinstance(value, int | float):
            try:
                value = format(Decimal(repr(value)), "f")
            except InvalidOperation as exc:
                raise ConfigError(
                    self.key(name), f'expected a decimal such as "0.001", got {value!r}'
                ) from exc
        if not isinstance(value, str):
            raise ConfigError(self.key(name), f'expected a decimal such as "0.001", got {value!r}')
        if value == "" and optional:
            return value
        if not _DECIMAL_RE.match(value):
            raise ConfigError(
                self.key(name), f'expected a plain non-negative decimal such as "0.001", got {value!r}'
            )
        return value

    def string_list(self, name: str, default: Any = _MISSING) -> list[str]:
        value = self.raw(name, default)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(self.key(name), f"expected a list of strings, got {value!r}")
        return list(value)

    def section(self, name: str, default: Any = _MISSING) -> Section:
        return Section(self.raw(name, default), self.key(name))

    def sections(self, name: str, default: Any = _MISSING) -> list[Section]:
        value = self.raw(name, default)
        if not isinstance(value, list):
            raise ConfigError(self.key(name), f"expected a list, got {type(value).__name__}")
        return [Section(item, f"{self.key(name)}[{i}]") for i, item in enumerate(value)]

    def done(self) -> None:
        """Rejects every key that was not taken."""
        unknown = sorted(set(self._data) - self._taken)
        if unknown:
            allowed = ", ".join(sorted(self._taken))
            raise ConfigError(self.key(unknown[0]), f"unknown key (allowed here: {allowed})")
