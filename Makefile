# Number check briefs: `make report` builds the default article's brief, `make test` runs the tests.
# Both create the project's environment (.venv) on first use; `make help` lists every target.

PYTHON     ?= python3
VENV       ?= .venv
PORT       ?= 8000

# The build's parameters (ARTICLE, CLAIMS, REFERENCES, AS_OF, BUILT_AT: their defaults, and BUILD_PARAMS
# that passes them on) are declared once, in src/claimcheck/parameters.py; make writes them out for
# itself here, and reads the file again whenever that declaration changes.
include build/parameters.mk
build/parameters.mk: src/claimcheck/parameters.py
	@mkdir -p $(@D) && $(PYTHON) $< make > $@.tmp && mv $@.tmp $@

PY   := $(VENV)/bin/python
PIP_INSTALL := $(PY) -m pip install --disable-pip-version-check --progress-bar off
# seeds/x.txt -> x; anything else stays as it is and check-article says what is wrong with it
# (seeds/sub/x.txt must not quietly build seeds/x.txt).
STEM := $(patsubst seeds/%.txt,%,$(patsubst ./%,%,$(ARTICLE)))
# Values reach recipes as environment variables (build/parameters.mk exports them), never as shell text:
# backticks or $(...) in an article name or a parameter stay characters. File names make substitutes ($<)
# are quoted.
shell_quote = '$(subst ','\'',$(1))'
# Every file a brief depends on besides its article, register and note: code, templates, notebooks, references.
CODE := $(wildcard src/claimcheck/*.py src/claimcheck/*/*.py src/claimcheck/*.css templates/brief/* templates/brief/*/*) \
        $(wildcard notebooks/*.ipynb) pyproject.toml
REFERENCE_FILES := $(if $(filter %.csv,$(REFERENCES)),$(REFERENCES),$(wildcard $(REFERENCES)/*.csv))
# make's -jN, passed on to the batch build's workers (one process and one kernel each).
JOBS = $(or $(patsubst -j%,%,$(filter -j%,$(MAKEFLAGS))),1)
# Bytecode caching on (some environments turn it off): the driver and the kernel both import the package.
BUILD := env -u PYTHONDONTWRITEBYTECODE PYTHONPATH=src $(PY) -m claimcheck build
PREVIEW := env -u PYTHONDONTWRITEBYTECODE PYTHONPATH=src $(PY) -m claimcheck preview
# The parameters a brief is built with, as the build records them in reports/<name>/.claimcheck-brief
# (build.parameter_record writes the same line; PARAMETER_RECORD comes from parameters.py): a brief built
# with other values is out of date.
same = $(and $(findstring x$(1),x$(2)),$(findstring x$(2),x$(1)))
REPORT_DEBS := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-wqy-microhei
TEST_DEBS   := $(REPORT_DEBS) chromium

.DEFAULT_GOAL := help
.PHONY: help report reports claims preview test lint parameters lab eval bench clean distclean check-article FORCE

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  variables: $(PARAMETER_HELP) PORT=$(PORT) VERBOSE=1"

report: check-article reports/$(STEM)/brief.pdf ## build the brief of ARTICLE into reports/<name>/ (HTML, PDF, CSVs, notebooks); update its row of reports/index.html

reports: $(VENV)/.stamp-base | $(VENV)/.stamp-debs-report ## build every out-of-date article in seeds/ (-j2: two workers); write the desk's index, reports/index.html
	@$(BUILD)-many -j $(JOBS) seeds $(BUILD_PARAMS)

claims: check-article $(VENV)/.stamp-base ## write a draft register for ARTICLE to data/claims/<name>.csv (FORCE=1 overwrites)
	@PYTHONPATH=src $(PY) -m claimcheck draft "$$ARTICLE" $(if $(FORCE),--force)

preview: check-article $(VENV)/.stamp-base ## serve ARTICLE's brief on 127.0.0.1:PORT, re-rendered on every save (Ctrl-C stops)
	@$(PREVIEW) "$$ARTICLE" --port $(PORT) $(BUILD_PARAMS)

# Lint first: CI runs `make test`, and a notebook committed with outputs or an unused import fails it there.
# The report stamp too: the suite runs make reports in project copies, and the batch asks make -q, with no
# -o for stamps, whether each brief is stale; a missing stamp there makes every brief stale, every time.
test: lint $(VENV)/.stamp-test $(VENV)/.stamp-debs-test | $(VENV)/.stamp-debs-report ## run lint, then the test suite (unit, end-to-end, browser)
	PYTHONPATH=src $(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.stamp-lint ## ruff over src/, tests/ and the notebooks; notebooks committed without outputs
	$(VENV)/bin/ruff check src tests notebooks
	@PYTHONPATH=src $(PY) -m claimcheck notebooks

parameters: $(VENV)/.stamp-base ## rewrite every notebook's parameters cell from src/claimcheck/parameters.py
	@PYTHONPATH=src $(PY) -m claimcheck notebooks --write-parameters

# On 127.0.0.1 only; as root (the project's machines run as root) JupyterLab refuses to start without --allow-root.
lab: $(VENV)/.stamp-lab ## open JupyterLab on the notebooks with the project's kernel
	PYTHONPATH=$(CURDIR)/src $(VENV)/bin/jupyter lab --notebook-dir=notebooks --ServerApp.ip=127.0.0.1 \
		$$([ "$$(id -u)" = 0 ] && echo --allow-root)

eval: $(VENV)/.stamp-base | $(VENV)/.stamp-debs-report ## score draft mode on the corpus: builds tests/corpus/ into reports/eval/, writes reports/eval.json (-j2; HOLDOUT=1 the held-out corpus)
	@PYTHONPATH=src $(PY) -m claimcheck.evaluate -j $(JOBS) $(if $(HOLDOUT),--holdout)

# The preview's latency is measured in Chromium, as the browser tests do: the test environment has it.
bench: $(VENV)/.stamp-test $(VENV)/.stamp-debs-test $(VENV)/.stamp-debs-report ## time no-op, warm and batch builds, the desk's index and the preview; writes reports/bench.json
	PYTHONPATH=src $(PY) -m claimcheck.bench

clean: ## remove built reports (reports/README.md stays)
	find reports -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +

distclean: clean ## remove built reports and the environment
	rm -rf $(VENV)

# ARTICLE reaches the shell as an environment variable ("$$ARTICLE"), never as text of the recipe.
# The build checks the name fully; here what make itself needs: one word, directly in seeds/.
check-article:
	@test -f "$$ARTICLE" || { echo "error: ARTICLE=$$ARTICLE: file not found; articles live in seeds/, e.g. make report ARTICLE=seeds/000_e06f6a7d580007d1.txt" >&2; exit 2; }
	@case "$${ARTICLE#./}" in seeds/*/*) echo "error: ARTICLE=$$ARTICLE: articles are built from seeds/ itself, not from a subfolder; move it to seeds/<name>.txt" >&2; exit 2;; seeds/*.txt) ;; *) echo "error: ARTICLE=$$ARTICLE: put the article in seeds/ (articles are kept there as received) and pass seeds/<name>.txt" >&2; exit 2;; esac
	@case "$$ARTICLE" in *[[:space:]]*) echo "error: ARTICLE=$$ARTICLE: the name has a space, which make cannot put in a target name; rename the file (letters, digits, '_', '-' and '.')" >&2; exit 2;; esac

# The goal's brief is built only once check-article has passed, also under -j (only for `make report`:
# `make -q reports/<name>/brief.pdf`, which `make reports` asks, must not count the check as work).
ifneq ($(filter report,$(MAKECMDGOALS)),)
reports/$(STEM)/brief.pdf: | check-article
endif

# One brief per article. The register is a prerequisite when it exists; without one
# the build drafts it, and creating it later makes the brief out of date; so does building it
# with other parameters (FORCE when the recorded ones differ; a missing CLAIMS file is named by
# the build). This rule is the one list of what a brief depends on: `make reports` asks it
# (make -q) per article.
.SECONDEXPANSION:
reports/%/brief.pdf: seeds/%.txt $$(if $$(CLAIMS),$$(wildcard $$(CLAIMS)),$$(wildcard data/claims/$$*.csv)) \
                     $$(wildcard data/notes/$$*.md) \
                     $(REFERENCE_FILES) $(CODE) $(VENV)/.stamp-base \
                     $$(if $$(call same,$$(file <reports/$$*/.claimcheck-brief),$$(PARAMETER_RECORD)),,FORCE) \
                     | $(VENV)/.stamp-debs-report
	@$(BUILD) $(call shell_quote,$<) $(BUILD_PARAMS)

FORCE:

# The environment: a virtual environment built with pip from pyproject.toml, the one
# list of dependencies (conda users: environment.yml installs the same).
$(VENV)/.stamp-base: pyproject.toml
	@echo "setting up $(VENV) (first run only; about a minute)" >&2
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PIP_INSTALL) -e . > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log >&2; exit 1; }
	@touch $@

$(VENV)/.stamp-test: $(VENV)/.stamp-base
	@$(PIP_INSTALL) -e '.[test]' > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log >&2; exit 1; }
	@touch $@

$(VENV)/.stamp-lint: $(VENV)/.stamp-base
	@$(PIP_INSTALL) -e '.[lint]' > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log >&2; exit 1; }
	@touch $@

$(VENV)/.stamp-lab: $(VENV)/.stamp-base
	@$(PIP_INSTALL) -e '.[lab]' > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log >&2; exit 1; }
	@touch $@

# Debian packages PyPI cannot provide: Pango and fonts for the PDF, Chromium for the browser test.
$(VENV)/.stamp-debs-report: | $(VENV)/.stamp-base
	@scripts/ensure-debian-packages $(REPORT_DEBS)
	@touch $@

$(VENV)/.stamp-debs-test: | $(VENV)/.stamp-base
	@scripts/ensure-debian-packages $(TEST_DEBS)
	@touch $@
