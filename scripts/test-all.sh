#!/usr/bin/env bash
# Every test of the project (what `npm test` and CI run): generated-code staleness, type check,
# lint and module boundaries, Python lint and types (ruff, mypy), vitest (unit, golden, integration: real Nautilus backtests through
# the bridge), pytest (the shim). Prints a plain closing line per runner, and a total.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
step() { echo; echo "== $*"; }

step "generated code is up to date"
bash scripts/gen-proto.sh --check || status=1

step "type check"
npx --no-install tsc -p tsconfig.json --noEmit || status=1

step "lint and module boundaries"
npm run --silent lint || status=1

step "python lint and types (ruff, mypy)"
(cd python_bridge && ../.venv/bin/ruff check dolphin_bridge tests && ../.venv/bin/ruff format --check dolphin_bridge tests && ../.venv/bin/python -m mypy dolphin_bridge) || status=1

step "build (integration tests run the built CLI)"
npx --no-install tsc -p tsconfig.build.json || status=1

step "vitest"
results=.vitest-results.json
rm -f "$results"
npx --no-install vitest run --reporter=default --reporter=json --outputFile="$results" || status=1
if [ -f "$results" ]; then
  node -e '
    const r = require(process.argv[1]);
    const passed = r.numPassedTests, failed = r.numFailedTests, skipped = r.numPendingTests + r.numTodoTests;
    console.log(`vitest: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
    if (r.numTotalTests === 0) { console.error("vitest ran no test"); process.exit(1); }
  ' "$PWD/$results" || status=1
else
  echo "vitest: no results file"; status=1
fi

step "pytest"
bash scripts/pytest.sh || status=1

echo
if [ $status -eq 0 ]; then echo "all test suites passed"; else echo "some test suites FAILED"; fi
exit $status
