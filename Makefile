# LK40 Workshop-Studio: the two commands of the README, and the developer's helpers.
# Every target creates .venv and installs the project into it when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := resources/translations/lk40_en.ts
QM := $(TS:.ts=.qm)
DEMO := build/Musterlandkreis.lk40
PYTEST_ARGS ?=

.PHONY: run test test-quick lint check translations bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The compiled translation is a build product, never edited by hand.
$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

$(DEMO): $(STAMP)
	mkdir -p build
	$(BIN)/lk40 demo $(DEMO)

## make run [FILE=project.lk40]: start the app (on the demo project when no FILE is given)
run: $(STAMP) $(QM)
ifdef FILE
	$(BIN)/lk40 "$(FILE)"
else
	$(MAKE) --no-print-directory $(DEMO)
	$(BIN)/lk40 $(DEMO)
endif

## make test: lint, type check and the whole test suite (offscreen)
test: check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

## make test-quick: the same without building and installing the packages (for a developer's loop)
test-quick: check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not installers" $(PYTEST_ARGS)

check: $(STAMP) $(QM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

lint: check

## make translations: refresh the .ts source from the code (then translate it in Qt Linguist)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find lk40_desktop -name '*.py' -not -path '*/migrations/*') -no-obsolete -locations none \
		-source-language de -target-language en -ts $(TS)

## make bench: run the benchmarks and print their figures
bench: $(STAMP) $(QM)
	for script in benchmarks/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM)
