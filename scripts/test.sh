#!/usr/bin/env bash
# Every check CI runs: lint, types, catalogues, container files, the test suite, the contract.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff"; ruff check . && ruff format --check .
echo "== mypy"; mypy .
echo "== translations"; python scripts/check_translations.py
echo "== containers"; python scripts/check_containers.py
echo "== contract examples"
if [ -d ../shared/contract ]; then
  python ../shared/contract/check.py ../shared/contract/examples/*.json --cmd "$PWD/.venv/bin/python manage.py assess -"
else
  echo "(../shared/contract is not beside this checkout: skipped; tests/entitlements cover the examples' law)"
fi
echo "== pytest"; pytest -q -p no:cacheprovider "$@"
