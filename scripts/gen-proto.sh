#!/usr/bin/env bash
# Regenerates the wire code for both languages from proto/ (the single source of truth).
#   TypeScript: src/wire/gen/bridge.js + bridge.d.ts (protobufjs static module, ES6)
#   Python:     python_bridge/dolphin_bridge/gen/dolphin/bridge/v1/bridge_pb2.py (+ .pyi)
# With --check it regenerates into a temporary folder and fails when the committed code differs.
set -euo pipefail
cd "$(dirname "$0")/.."
PROTO=proto/dolphin/bridge/v1/bridge.proto
PY=${DOLPHIN_PYTHON:-.venv/bin/python}
check=0
[ "${1:-}" = "--check" ] && check=1

out_ts=src/wire/gen
out_py=python_bridge/dolphin_bridge/gen
if [ $check = 1 ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  out_ts=$tmp/ts; out_py=$tmp/py
fi
mkdir -p "$out_ts" "$out_py"

npx --no-install pbjs -t static-module -w esm --no-delimited --no-typeurl \
  -o "$out_ts/bridge.js" "$PROTO"
npx --no-install pbts -o "$out_ts/bridge.d.ts" "$out_ts/bridge.js"
# The header pbjs writes carries no timestamp; the files are reproducible byte for byte.

"$PY" -m grpc_tools.protoc -Iproto --python_out="$out_py" --pyi_out="$out_py" "$PROTO"
for d in "$out_py/dolphin" "$out_py/dolphin/bridge" "$out_py/dolphin/bridge/v1"; do
  [ -f "$d/__init__.py" ] || : > "$d/__init__.py"
done

if [ $check = 1 ]; then
  status=0
  diff -r -q "$out_ts" src/wire/gen >/dev/null || { echo "stale: src/wire/gen differs from proto/ (run npm run gen)"; diff -r "$out_ts" src/wire/gen | head -20; status=1; }
  diff -r -q -x __pycache__ -x __init__.py "$out_py" python_bridge/dolphin_bridge/gen >/dev/null \
    || { echo "stale: python_bridge/dolphin_bridge/gen differs from proto/ (run npm run gen)"; status=1; }
  [ $status = 0 ] && echo "generated code is up to date"
  exit $status
fi
echo "generated: src/wire/gen, python_bridge/dolphin_bridge/gen"
