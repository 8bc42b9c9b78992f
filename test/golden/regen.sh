#!/usr/bin/env bash
# Regenerates both sides of the golden wire vectors from test/golden/wire/cases.json:
#   py/<case>.bin by Python (python -m dolphin_bridge.golden), ts/<case>.bin by TypeScript.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${DOLPHIN_PYTHON:-.venv/bin/python}
(cd python_bridge && "../$PY" -m dolphin_bridge.golden)
node --input-type=module -e "
const { runnerImport } = await import('vite');
const { module } = await runnerImport('./test/golden/write-ts-vectors.ts');
console.log('golden: ts vectors written: ' + module.writeTsVectors());
"
