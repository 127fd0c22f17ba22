# The template repository's commands (`make help` lists them). `make demo` and `make test` are the
# README's two commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR := build/demo
DEMO_PROJECT := $(DEMO_DIR)/rag-chatbot

.PHONY: env demo test lint clean help

env: $(STAMP) ## create .venv/ with the template's test tools at the pinned versions

$(STAMP): requirements/template-tests.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements/template-tests.txt
	touch $(STAMP)

demo: $(STAMP) ## generate a project with the default answers into build/demo/, set it up, run its job locally, send it traffic and report its monitoring
	rm -rf $(DEMO_DIR)
	$(BIN)/cookiecutter --no-input --output-dir $(DEMO_DIR) .
	$(MAKE) -C $(DEMO_PROJECT) job
	cd $(DEMO_PROJECT) && .venv/bin/python -m rag_chatbot traffic --requests 40
	cd $(DEMO_PROJECT) && .venv/bin/python -m rag_chatbot monitor --output .local/monitoring/demo > /dev/null \
		|| echo "monitoring: a threshold is breached, see the report"
	@echo
	@echo "Generated project: $(DEMO_PROJECT)"
	@echo "  job definition:  $(DEMO_PROJECT)/resources/model_resources.yml"
	@echo "  sample PDFs:     $(DEMO_PROJECT)/data/sample_pdfs"
	@echo "  local tables:    $(DEMO_PROJECT)/.local/tables"
	@echo "  local index:     $(DEMO_PROJECT)/.local/vector_indexes"
	@echo "  run it again:    make -C $(DEMO_PROJECT) job"
	@echo "  local endpoint:  $(DEMO_PROJECT)/.local/serving/endpoint.json (stop it: cd $(DEMO_PROJECT) && .venv/bin/python -m rag_chatbot serve --stop)"
	@echo "  monitoring:      $(DEMO_PROJECT)/.local/monitoring/demo/summary.md (and its plots); again: cd $(DEMO_PROJECT) && .venv/bin/python -m rag_chatbot monitor"
	@echo "  its tests:       make -C $(DEMO_PROJECT) test"

test: $(STAMP) lint ## all tests: lint, template renders, bundle schema, the generated project's tests and job
	$(BIN)/python -m pytest

lint: $(STAMP) ## check lint and formatting of this repository with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean: ## delete build/ (the demo project) and the pytest cache
	rm -rf build .pytest_cache

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z]+:.*## / {printf "  %-6s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
