# Reintegra — the two commands of the quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCALES := sq sr sr_Latn bs hr cnr mk

.PHONY: system-packages install install-test demo test test-sqlite test-postgres lint messages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"

install: $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .

install-test: install
	$(BIN)/pip install --quiet -r requirements-test.lock

# Seeds the synthetic demo region on first run, prints the logins and serves on 127.0.0.1:8000.
demo: install
	REINTEGRA_DEMO=1 $(BIN)/reintegra demo

# Chromium, gettext, Pango...: installed when run as root on Debian, else it stops with the command to run.
system-packages:
	PYTHON="$(PYTHON)" tools/system-packages.sh

# The whole suite: lint, migrations, unit/integration, API fuzzing and browser tests.
# With DATABASE_URL set it runs against that PostgreSQL server instead of SQLite.
test: system-packages install-test
	$(BIN)/ruff check reintegra tests bench tools
	REINTEGRA_TESTING=1 $(BIN)/reintegra makemigrations --check --dry-run
	$(BIN)/pytest -p no:randomly -n 2 --dist loadfile tests

lint: install-test
	$(BIN)/ruff check reintegra tests bench tools

# Extract strings, merge into every catalogue, compile. Translate the new entries, then run again.
messages: install
	cd reintegra && REINTEGRA_TESTING=1 ../$(BIN)/reintegra makemessages $(addprefix -l ,$(LOCALES)) --no-location --no-obsolete
	for l in $(LOCALES); do msgfmt --check -o reintegra/locale/$$l/LC_MESSAGES/django.mo reintegra/locale/$$l/LC_MESSAGES/django.po; done

bench: install-test
	$(BIN)/python bench/run.py --db sqlite
	$(BIN)/python bench/run.py --db postgres

clean:
	rm -rf $(VENV) var bench/out
