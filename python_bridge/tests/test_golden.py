"""Golden wire vectors: decode TypeScript's bytes and compare field by field; re-encode our own."""

from __future__ import annotations

import math
import struct
from typing import Any

import pytest
from google.protobuf import json_format

from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb
from dolphin_bridge.golden import DEFAULT_DIR, encode_case, load_cases

CASES = load_cases()
IDS = [c["name"] for c in CASES]


def assert_same(expected: Any, actual: Any, path: str = "envelope") -> None:
    """Field-by-field equality; doubles compare bit for bit (-0.0 != 0.0, "NaN" == "NaN")."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected a message, got {actual!r}"
        assert sorted(expected) == sorted(actual), f"{path}: fields {sorted(expected)} != {sorted(actual)}"
        for key in expected:
            assert_same(expected[key], actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(expected) == len(actual), (
            f"{path}: {expected!r} != {actual!r}"
        )
        for n, (e, a) in enumerate(zip(expected, actual, strict=True)):
            assert_same(e, a, f"{path}[{n}]")
    elif isinstance(expected, float) and not isinstance(expected, bool):
        assert isinstance(actual, float | int), f"{path}: {expected!r} != {actual!r}"
        assert struct.pack("<d", expected) == struct.pack("<d", float(actual)) or (
            math.isnan(expected) and math.isnan(actual)
        ), f"{path}: {expected!r} != {actual!r}"
    else:
        assert expected == actual and type(expected) is type(actual), f"{path}: {expected!r} != {actual!r}"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_golden_ts_bytes_decode_to_the_case_field_by_field(case):
    data = (DEFAULT_DIR / "ts" / f"{case['name']}.bin").read_bytes()
    decoded = json_format.MessageToDict(pb.Envelope.FromString(data))
    assert_same(case["envelope"], decoded)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_golden_py_bytes_are_our_own_encoding(case):
    assert (DEFAULT_DIR / "py" / f"{case['name']}.bin").read_bytes() == encode_case(case)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_golden_py_and_ts_bytes_are_identical(case):
    # Not guaranteed by protobuf in general; holds for this schema (no maps, no unknown fields).
    name = case["name"]
    assert (DEFAULT_DIR / "py" / f"{name}.bin").read_bytes() == (
        DEFAULT_DIR / "ts" / f"{name}.bin"
    ).read_bytes()


def _message_types(message: Any, seen: set[str]) -> None:
    seen.add(message.DESCRIPTOR.full_name)
    for field, value in message.ListFields():
        if field.message_type is None:
            continue
        for item in value if field.is_repeated else [value]:
            _message_types(item, seen)


def test_golden_cases_cover_every_message_body_and_command_kind():
    seen: set[str] = set()
    bodies: set[str] = set()
    kinds: set[str] = set()
    for case in CASES:
        env = json_format.ParseDict(case["envelope"], pb.Envelope())
        _message_types(env, seen)
        bodies.add(env.WhichOneof("body") or "")
        if env.HasField("decision"):
            kinds.update(c.WhichOneof("kind") or "" for c in env.decision.commands)
    all_messages = {m.full_name for m in pb.DESCRIPTOR.message_types_by_name.values()}
    assert all_messages <= seen, f"no case for {sorted(all_messages - seen)}"
    assert bodies == {f.name for f in pb.Envelope.DESCRIPTOR.oneofs_by_name["body"].fields}
    assert kinds == {f.name for f in pb.Command.DESCRIPTOR.oneofs_by_name["kind"].fields}


def test_golden_files_exist_for_exactly_the_cases():
    names = set(IDS)
    for side in ("py", "ts"):
        assert {p.stem for p in (DEFAULT_DIR / side).glob("*.bin")} == names
