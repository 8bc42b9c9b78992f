#!/usr/bin/env bash
# One-time (and idempotent) set-up on a fresh clone: Node dependencies, the Python virtual
# environment with the shim (nautilus_trader 1.221.0, pyzmq, protobuf), and the TypeScript build.
# Re-running it only redoes what changed (lock file, pyproject, sources).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing Node dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PY --version 2>&1)"
  "$PY" -m venv .venv
fi
want=$(cat python_bridge/pyproject.toml | sha256sum | cut -c1-64)
have=$(cat .venv/.dolphin-stamp 2>/dev/null || true)
if [ "$want" != "$have" ]; then
  echo "setup: installing the shim and its dependencies into .venv (nautilus_trader 1.221.0 ...)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e 'python_bridge[dev]'
  echo "$want" > .venv/.dolphin-stamp
fi

echo "setup: building TypeScript (dist/)"
npx --no-install tsc -p tsconfig.build.json
echo "setup: done"
