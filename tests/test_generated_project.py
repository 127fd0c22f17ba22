"""The default project, generated and used the way its README says: its tests, its local job."""

import json
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
import yaml
from cookiecutter.main import cookiecutter

TEMPLATE = Path(__file__).resolve().parent.parent
SAMPLE_PDFS = 5


def run(command: list[str], cwd: Path, timeout: int = 1800) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    print(result.stdout[-20000:], result.stderr[-20000:])  # shown by pytest when a test fails
    return result


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("generated")
    project = Path(cookiecutter(str(TEMPLATE), no_input=True, output_dir=str(output)))
    assert run(["make", "install"], project).returncode == 0
    yield project
    # The job's deploy task leaves a local server running, as it would an endpoint.
    run([".venv/bin/python", "-m", "rag_chatbot", "serve", "--stop"], project)


def local_outputs(project: Path) -> dict:
    """Read the job's local tables and index with the project's own environment."""
    script = textwrap.dedent(
        """
        import json, pathlib, pandas as pd
        tables = pathlib.Path(".local/tables/local/rag_chatbot")
        def read(name):
            folder = tables / name
            return pd.read_parquet(folder / f"v{int((folder / 'CURRENT').read_text()):06d}")
        documents, chunks = read("pdf_documents"), read("pdf_chunks")
        manifest = next(pathlib.Path(".local/vector_indexes").glob("*/manifest.json"))
        print(json.dumps({
            "statuses": dict(zip(documents.file_name, documents.status)),
            "chunks": len(chunks),
            "pages": sorted(set(zip(chunks.file_name, chunks.page_number.astype(int)))),
            "dimensions": sorted({len(e) for e in chunks.embedding}),
            "index_rows": json.loads(manifest.read_text())["rows"],
        }))
        """
    )
    result = run([".venv/bin/python", "-c", script], project)
    assert result.returncode == 0
    return json.loads(result.stdout)


def registry_and_evaluation(project: Path) -> dict:
    """The local registry's aliases and the newest evaluation's metrics.json."""
    script = textwrap.dedent(
        """
        import json, pathlib, mlflow
        mlflow.set_registry_uri("sqlite:///.local/mlflow/mlflow.db")
        client = mlflow.MlflowClient()
        model = client.get_registered_model("rag_chatbot_chain")
        newest = sorted(pathlib.Path(".local/evaluation").glob("*/metrics.json"))[-1]
        print(json.dumps({
            "aliases": {alias: str(version) for alias, version in model.aliases.items()},
            "evaluation": json.loads(newest.read_text()),
            "results": len(newest.with_name("results.jsonl").read_text().splitlines()),
        }))
        """
    )
    result = run([".venv/bin/python", "-c", script], project)
    assert result.returncode == 0
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_generated_projects_own_tests_pass(project):
    result = run(["make", "test"], project)
    assert result.returncode == 0
    assert " passed" in result.stdout
    assert " failed" not in result.stdout


def test_the_generated_projects_lint_passes(project):
    assert run(["make", "lint"], project).returncode == 0


def test_the_local_job_ingests_the_sample_corpus(project):
    result = run(["make", "job"], project)
    assert result.returncode == 0
    assert "pdf_chunks_embeddings" in result.stdout
    assert "succeeded" in result.stdout
    outputs = local_outputs(project)
    assert len(outputs["statuses"]) == SAMPLE_PDFS
    assert set(outputs["statuses"].values()) == {"ok"}
    assert outputs["chunks"] >= 15
    assert outputs["index_rows"] == outputs["chunks"]
    assert outputs["dimensions"] == [512]
    # Every page of the sample corpus yields chunks, each tagged with its document and page.
    assert len(outputs["pages"]) == 15

    for task in ("rag_chain", "offline_evaluation"):
        assert f"{task:<28} succeeded" in result.stdout
    registry = registry_and_evaluation(project)
    assert registry["aliases"]["candidate"] == "1"
    assert registry["aliases"]["challenger"] == "1"
    evaluation = registry["evaluation"]
    assert evaluation["passed"] is True
    assert evaluation["candidate"]["metrics"]["retrieval_hit_rate"] >= 0.8
    assert registry["results"] == 5

    assert f"{'deploy_model_as_endpoint':<28} succeeded" in result.stdout
    assert registry["aliases"]["champion"] == "1"
    assert "RAG job summary" in result.stdout
    assert "documents: 5 (0 failed)" in result.stdout
    assert "evaluation of version 1: PASSED" in result.stdout
    assert "smoke test: 5/5 questions answered" in result.stdout
    requests = yaml.safe_load((project / "config" / "monitoring.yml").read_text())[
        "post_deployment"
    ]["requests"]
    assert f"latency run: PASSED, {requests}/{requests} requests, 0 errors" in result.stdout
    # The summary's curl line works as printed, against the server the job left running.
    curl = next(line.strip() for line in result.stdout.splitlines() if "curl -s" in line)
    answered = run(["bash", "-c", curl], project)
    assert answered.returncode == 0
    assert json.loads(answered.stdout)["output"][0]["content"][0]["text"]
    rows = (project / ".local" / "serving" / "inference_log.jsonl").read_text().splitlines()
    assert {json.loads(row)["status_code"] for row in rows} == {200}
    # The smoke test's five questions, the latency run's requests and the curl above.
    assert len(rows) == 5 + requests + 1


def test_a_rerun_parses_nothing(project):
    run(["make", "job"], project)
    result = run([".venv/bin/python", "-m", "rag_chatbot", "job", "--target", "local"], project)
    assert result.returncode == 0
    assert "0 processed" in result.stdout
    assert "(+0 -0)" in result.stdout


def test_ingest_answers_bad_folders_clearly(project, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(
        [".venv/bin/python", "-m", "rag_chatbot", "ingest", "--source", str(empty)], project
    )
    assert result.returncode == 1
    assert "no PDF files under" in result.stdout

    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(project / "data" / "sample_pdfs" / "employee_handbook.pdf", bad)
    (bad / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    (bad / "notes.pdf").write_text("not a pdf")
    result = run([".venv/bin/python", "-m", "rag_chatbot", "ingest", "--source", str(bad)], project)
    assert result.returncode == 1
    assert "2 of 3 documents failed" in result.stdout
    assert "pdf_chunks_embeddings        failed" in result.stdout
