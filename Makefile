# Evidence Vault — every target bootstraps its own .venv on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed.stamp
export QT_QPA_PLATFORM_TESTS := offscreen

.PHONY: run test proof bench screenshots venv test-tools clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Evidence Vault needs Python 3.11 or newer; found " + sys.version.split()[0])'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Open the program on its default vault (or VAULT=DIR).
run: $(STAMP)
	$(PY) -m evidencevault gui $(if $(VAULT),--vault "$(VAULT)")

# Optional command-line tools some tests use: the `age` CLI for the interop test.
# Installed when we can (root + apt); otherwise those tests skip and say why.
test-tools:
	@command -v age >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing the age command-line tool for the interop tests"; \
	    (apt-get install -y -qq age >/dev/null 2>&1 || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq age >/dev/null 2>&1)) \
	      || echo "could not install age; its interop tests will skip"; \
	  else echo "age CLI not found and not root: its interop tests will skip"; fi; }

test: $(STAMP) test-tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not proof and not bench"

proof: $(STAMP) test-tools
	@$(PY) -c 'import atheris' 2>/dev/null || $(PY) -m pip install --quiet -e '.[fuzz]' \
	  || echo "atheris could not be installed; the coverage-guided fuzz runs will skip (hypothesis still runs)"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -m proof tests/proof

bench: $(STAMP)
	mkdir -p build/bench
	$(PY) -m pytest -q -s -p no:timeout -m bench tests/bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build .pytest_cache
