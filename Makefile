# The template repository's commands. `make demo` and `make test` are the README's two commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR := build/demo
DEMO_PROJECT := $(DEMO_DIR)/rag-chatbot

.PHONY: env demo test lint clean

env: $(STAMP)

$(STAMP): requirements/template-tests.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements/template-tests.txt
	touch $(STAMP)

# Generate a project with the default answers, set it up and run its job locally.
demo: $(STAMP)
	rm -rf $(DEMO_DIR)
	$(BIN)/cookiecutter --no-input --output-dir $(DEMO_DIR) .
	$(MAKE) -C $(DEMO_PROJECT) job
	@echo
	@echo "Generated project: $(DEMO_PROJECT)"
	@echo "  job definition:  $(DEMO_PROJECT)/resources/model_resources.yml"
	@echo "  sample PDFs:     $(DEMO_PROJECT)/data/sample_pdfs"
	@echo "  local tables:    $(DEMO_PROJECT)/.local/tables"
	@echo "  local index:     $(DEMO_PROJECT)/.local/vector_indexes"
	@echo "  run it again:    make -C $(DEMO_PROJECT) job"
	@echo "  local endpoint:  $(DEMO_PROJECT)/.local/serving/endpoint.json (stop it: cd $(DEMO_PROJECT) && .venv/bin/python -m rag_chatbot serve --stop)"
	@echo "  its tests:       make -C $(DEMO_PROJECT) test"

test: $(STAMP) lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf build .pytest_cache
