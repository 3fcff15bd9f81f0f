# reception: two entry points. `make demo` builds the demo store and serves it;
# `make test` sets up everything the tests need and runs them (ruff, mypy, pytest).
.PHONY: demo test setup system-deps lint typecheck pytest eval bench

UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)

# --compile-bytecode: installed packages get their bytecode once, here. Where
# PYTHONDONTWRITEBYTECODE is set, every command otherwise compiles its imports' sources
# on each start (`reception ingest` of one page: 3.1 -> 1.6 s of CPU). Not the [tool.uv]
# setting: that re-checks all 6,455 files on every `uv run` (+0.4 s a command). The
# project itself is installed editable, so its own modules are compiled here too (0.1 s
# of CPU on each command that reviews a page, where bytecode is never written).
setup:
	@command -v uv >/dev/null 2>&1 || test -x $(HOME)/.local/bin/uv || python3 -m pip install --quiet --user uv
	$(UV) sync --frozen --compile-bytecode
	$(UV) run --frozen python -m compileall -q reception

demo: setup
	$(UV) run reception demo

system-deps:
	@bash scripts/system-deps.sh

lint: setup
	$(UV) run ruff check reception tests eval bench tools
	$(UV) run ruff format --check reception tests eval bench tools

typecheck: setup
	$(UV) run mypy

pytest: setup system-deps
	$(UV) run pytest -n 2

test: lint typecheck pytest

eval: setup
	$(UV) run python eval/extraction.py
	$(UV) run python eval/facts.py
	$(UV) run python eval/verdict.py
	$(UV) run python eval/linking.py

bench: setup
	$(UV) run python bench/bench_extract.py
	$(UV) run python bench/bench_facts.py
	$(UV) run python bench/bench_verdict.py
	$(UV) run python bench/bench_catalog.py
