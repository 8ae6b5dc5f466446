# The README's two commands: `make up` (the main job) and `make test` (what CI runs through .ci/run).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install ocr-tools neo4j test up stop chromium lint

install: $(VENV)/.installed chromium

# The browser tests drive Debian's chromium (never a browser downloaded by playwright).
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
	  || echo "make: could not install chromium (apt-get, as root): the browser tests will fail" >&2

# Reinstall only when the dependencies change; the package itself is editable.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

# Debian's OCR engine and its Vietnamese model read scanned PDFs and images, antiword legacy .doc files.
# Installed once (root and apt-get, as on CI); skipped when present; elsewhere a warning, and such files
# are refused with that reason.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-vie antiword
ocr-tools:
	@if command -v antiword >/dev/null 2>&1 && command -v tesseract >/dev/null 2>&1 \
	  && tesseract --list-langs 2>/dev/null | grep -x vie >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing $(OCR_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES) >/dev/null; \
	else echo "warning: OCR of scans needs: apt-get install $(OCR_PACKAGES)" >&2; fi

# Fetches Neo4j 5.26 from Maven Central the first time; a no-op when it already runs.
neo4j: install
	$(BIN)/nqgraph neo4j start

# pytest's exit 5 (no tests collected) fails like any other.
# The style the project holds itself to: ruff and mypy clean (CI runs this before the tests).
lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy loaders graph api queries nqgraph config ingest bench synth

test: ocr-tools neo4j
	@rc=0; $(BIN)/pytest -q || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; exit $$rc

up: install ocr-tools
	$(BIN)/nqgraph up

stop:
	$(BIN)/nqgraph neo4j stop
