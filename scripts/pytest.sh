#!/usr/bin/env bash
# Runs the shim's pytest suite; exit 5 (no tests collected) counts as a failure here.
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest python_bridge/tests -p no:cacheprovider "$@"
rc=$?
if [ $rc -eq 5 ]; then echo "pytest: no tests were collected" >&2; exit 1; fi
exit $rc
