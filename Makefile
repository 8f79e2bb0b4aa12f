# ENAMEL 2045 — the two commands a player needs are `make play` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv play test soak lint-content bench art maps clean

# Idempotent setup: creates .venv if needed and installs the game with its test tools.
venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

play: venv
	$(BIN)/python -m game

# The whole suite, bounded so it runs in a few minutes on a small machine.
test: venv
	$(BIN)/python -m ruff check .
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m pytest -q

# The whole suite with the long versions of the soak and fuzz tests (ENAMEL_SOAK=1:
# thousands of hypothesis examples, long simulations), a few minutes.
soak: venv
	ENAMEL_SOAK=1 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m pytest -q

lint-content: venv
	$(BIN)/python -m game lint

bench: venv
	$(BIN)/python benchmarks/run.py --json benchmarks/latest.json

# Regenerate committed art and maps from their scripts.
art: venv
	SDL_VIDEODRIVER=dummy $(BIN)/python tools/make_art.py

maps: venv
	$(BIN)/python tools/build_maps.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
