# The two commands of the README: `make run` and `make test`. Each prepares what it needs.
PY := .venv/bin/python

.PHONY: run test setup lint translations benchmark

run:
	scripts/setup.sh run
	$(PY) manage.py runserver 127.0.0.1:8000

test:
	scripts/setup.sh test
	scripts/test.sh

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy .

# Refresh the catalogues after changing user-visible text, then translate the new entries.
translations:
	$(PY) manage.py makemessages --all --no-location --no-obsolete -i .venv -i var -i tests
	$(PY) manage.py compilemessages --ignore=.venv

benchmark:
	$(PY) scripts/benchmark.py
