# Two entry points for a fresh machine: `make run` and `make test`.
# Both create .venv on first use; nothing else needs to be installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM := resources/translations/inharmony_nl.qm resources/translations/inharmony_en.qm

.PHONY: run test lint translations lupdate bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/python -m inharmony_desktop.catalogue $< $@

translations: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/inharmony-desktop

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bundle:  # dist/inharmony-desktop/, smoke-tested offscreen and under Xvfb (see packaging/README.md)
	packaging/build.sh

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build dist $(QM)

# Refresh the Dutch catalogue from the sources (then translate what is new).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find inharmony_desktop -name '*.py' | sort) \
		-ts resources/translations/inharmony_nl.ts -no-obsolete -locations none
	$(BIN)/pyside6-lupdate $$(find inharmony_desktop -name '*.py' | sort) \
		-ts resources/translations/inharmony_en.ts -pluralonly -no-obsolete -locations none
	$(BIN)/python -m inharmony_desktop.catalogue --fill-english-plurals \
		resources/translations/inharmony_en.ts
