# frontline-map: the two commands a newcomer runs.
#   make run   - create .venv, install, start the dashboard (sample report loaded)
#   make test  - create .venv with test extras, install Chromium for browser tests, run the suite

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
PORT   ?= 8501

.PHONY: run test browser bench bytecode clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

# (byte-compiled once, so that a cold `frontline extract` does not compile the sources each run even
# where PYTHONDONTWRITEBYTECODE is set; up-to-date files are skipped)
bytecode: $(STAMP)
	$(PY) -m compileall -q geodata dashboard

run: $(STAMP) bytecode
	$(VENV)/bin/frontline serve --port $(PORT)

browser:
	@sh scripts/ensure-chromium.sh

test: $(TSTAMP) browser bytecode
	$(PY) -m pytest

bench: $(TSTAMP) browser bytecode
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache
