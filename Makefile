# ENAMEL 2045 — the two commands a player needs are `make play` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

# The lock: uv.lock is the resolution (every platform, every supported Python);
# the two .lock files are exported from it with hashes and install with plain pip.
LOCK          := requirements.lock
MUTATION_LOCK := requirements-mutation.lock
UV_VERSION    := 0.13.9
TOOLS         := .venv-tools
UV            := $(TOOLS)/bin/uv

.PHONY: venv play test soak mutation golden lock test-latest lint-content bench art audio maps clean

# Idempotent setup: creates .venv if needed and installs exactly the locked versions
# (hashes checked, nothing resolved), then the game itself, then byte-compiles it once.
venv: $(STAMP)

$(STAMP): $(LOCK) pyproject.toml setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes --no-deps -r $(LOCK)
	$(PIP) install --quiet --no-deps --no-build-isolation --no-index -e .
	$(PIP) check
	$(BIN)/python -m compileall -q game
	@touch $(STAMP)

play: venv
	$(BIN)/python -m game

# The whole suite, bounded so it runs in a few minutes on a small machine.
test: venv
	$(BIN)/python -m ruff check .
	$(HEADLESS) $(BIN)/python -m pytest -q

# The whole suite with the long versions of the soak and fuzz tests (ENAMEL_SOAK=1:
# thousands of hypothesis examples, long simulations), a few minutes.
soak: venv
	ENAMEL_SOAK=1 $(HEADLESS) $(BIN)/python -m pytest -q

# Mutation testing of the pure logic (not part of `make test`; see docs/testing.md).
mutation: venv
	$(PIP) install --quiet --require-hashes --no-deps -r $(MUTATION_LOCK)
	rm -rf mutants
	$(HEADLESS) $(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut results

# Refresh the determinism fingerprints (tests/golden/determinism.json) after a change
# that is meant to alter results: content, game logic or a locked dependency.
golden: venv
	$(HEADLESS) $(BIN)/python -m tests.support.determinism --write

# Refresh the lock on purpose: the newest releases that pyproject.toml's ranges allow.
# Run `make test` on a clean clone afterwards and say why in the commit.
$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

lock: $(UV)
	$(UV) lock --upgrade
	$(UV) export --frozen --quiet --format requirements.txt --extra test --group build \
		--no-emit-project -o $(LOCK)
	$(UV) export --frozen --quiet --format requirements.txt --only-group mutation \
		--no-emit-project -o $(MUTATION_LOCK)

# The suite against the newest releases, in a throwaway environment: an upgrade's
# breakage shows here before `make lock` takes it in. Leaves .venv and the lock alone.
test-latest:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade \
		pip setuptools; \
	"$$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade \
		--no-build-isolation -e '.[test]' ruff; \
	"$$tmp/venv/bin/python" -m pip list --disable-pip-version-check; \
	"$$tmp/venv/bin/python" -m ruff check .; \
	$(HEADLESS) "$$tmp/venv/bin/python" -m pytest -q -p no:cacheprovider

lint-content: venv
	$(BIN)/python -m game lint

bench: venv
	$(BIN)/python benchmarks/run.py --json benchmarks/latest.json

# Regenerate committed art and maps from their scripts.
art: venv
	SDL_VIDEODRIVER=dummy $(BIN)/python tools/make_art.py

# Sound effects and music (assets/sounds, assets/music), synthesised and committed.
audio: venv
	$(BIN)/python tools/make_audio.py

maps: venv
	$(BIN)/python tools/build_maps.py

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .ruff_cache .hypothesis
