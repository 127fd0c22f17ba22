"""Evaluation sets: JSON Lines in MLflow 3 evaluation shape, validated line by line.

One row per line: `{"inputs": {"question": ...}, "expectations": {...}}`, the records that
`mlflow.genai.evaluate(data=...)` takes. Expected retrieved context is a list of
`{"doc_uri": ...}` naming a document (`Normans.pdf`, or a path or URI ending in the file name)
and optionally a page (`Normans.pdf#page=3`); a retrieved chunk matches a document-level entry
when it comes from that document, a page-level entry when it is also on that page. Documents are
compared by file name because the index holds the path it was built from (a laptop folder or a
/Volumes/... path), never the set's.
"""

import json
import re
from pathlib import Path, PurePosixPath
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from ..errors import ProjectError

# The expectation keys MLflow 3's built-in judges and this project's scorers read. Anything else
# is refused: a misspelt key would otherwise be ignored and its row scored on nothing.
EXPECTATION_KEYS = (
    "expected_response",
    "expected_facts",
    "expected_retrieved_context",
    "guidelines",
)
_PAGE_FRAGMENT = re.compile(r"^page=(?P<page>\d+)$")
_DOC_URI_FORMS = (
    "'<document>' or '<document>#page=<N>' with N >= 1, the document a file name, path or URI "
    "ending in it (e.g. 'employee_handbook.pdf', '/Volumes/main/rag/docs/employee_handbook.pdf' "
    "or 'employee_handbook.pdf#page=2')"
)


class EvaluationDataError(ProjectError, ValueError):
    pass


class DocumentReference(NamedTuple):
    """A document by file name, and a page of it (from 1, as in the chunk table) or None for
    any page."""

    document: str
    page: int | None

    def matches(self, document: str, page: int) -> bool:
        return document == self.document and self.page in (None, page)


def document_name(path: str) -> str:
    """The file name of a local or Windows path, a /Volumes/... path or a URI (file:, dbfs:, s3:,
    https:, ...), without its query."""
    parts = urlsplit(path)
    # A one-letter scheme is a Windows drive ("C:\\docs\\x.pdf"), not a URI.
    location = parts.path if len(parts.scheme) > 1 else path
    return unquote(PurePosixPath(location.replace("\\", "/")).name)


def parse_doc_uri(doc_uri: str) -> DocumentReference:
    """`"folder/x.pdf#page=3"` -> `("x.pdf", 3)`; `"s3://bucket/x.pdf"` -> `("x.pdf", None)`."""
    text = doc_uri.strip() if isinstance(doc_uri, str) else ""
    location, hash_sign, fragment = text.rpartition("#") if "#" in text else (text, "", "")
    page_match = _PAGE_FRAGMENT.match(fragment) if hash_sign else None
    name = document_name(location) if location else ""
    if not name or (hash_sign and (page_match is None or int(page_match["page"]) < 1)):
        raise EvaluationDataError(f"doc_uri {doc_uri!r} is not {_DOC_URI_FORMS}")
    return DocumentReference(name, int(page_match["page"]) if page_match else None)


def _check_expectations(expectations, where: str) -> None:
    if not isinstance(expectations, dict) or not expectations:
        raise EvaluationDataError(
            f"{where}: 'expectations' must be a non-empty object with some of "
            f"{', '.join(EXPECTATION_KEYS)}"
        )
    unknown = sorted(set(expectations) - set(EXPECTATION_KEYS))
    if unknown:
        raise EvaluationDataError(
            f"{where}: unknown expectation {', '.join(map(repr, unknown))}; "
            f"known: {', '.join(EXPECTATION_KEYS)}"
        )
    _check_text_expectations(expectations, where)
    if "expected_retrieved_context" in expectations:
        _check_expected_retrieved_context(expectations["expected_retrieved_context"], where)


def _is_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_text_expectations(expectations: dict, where: str) -> None:
    """expected_response is a non-empty string; expected_facts and guidelines non-empty lists of
    them."""
    if "expected_response" in expectations and not _is_text(expectations["expected_response"]):
        raise EvaluationDataError(f"{where}: 'expected_response' must be a non-empty string")
    for key in ("expected_facts", "guidelines"):
        values = expectations.get(key)
        if key in expectations and not (
            isinstance(values, list) and values and all(_is_text(value) for value in values)
        ):
            raise EvaluationDataError(f"{where}: {key!r} must be a non-empty list of strings")


def _check_expected_retrieved_context(context, where: str) -> None:
    if not (isinstance(context, list) and context):
        raise EvaluationDataError(
            f"{where}: 'expected_retrieved_context' must be a non-empty list of "
            '{"doc_uri": "<document>"} or {"doc_uri": "<document>#page=<N>"}'
        )
    for position, entry in enumerate(context, start=1):
        if not isinstance(entry, dict) or "doc_uri" not in entry:
            raise EvaluationDataError(
                f"{where}: expected_retrieved_context entry {position} has no 'doc_uri'"
            )
        try:
            parse_doc_uri(entry["doc_uri"])
        except EvaluationDataError as error:
            raise EvaluationDataError(
                f"{where}: expected_retrieved_context entry {position}: {error}"
            ) from None


def _checked_row(row, where: str) -> str:
    """Validate one row; return its question."""
    if not isinstance(row, dict):
        raise EvaluationDataError(f"{where}: a row must be a JSON object, got {type(row).__name__}")
    unknown = sorted(set(row) - {"inputs", "expectations"})
    if unknown:
        raise EvaluationDataError(
            f"{where}: unknown key {', '.join(map(repr, unknown))}; a row has 'inputs' and "
            "optionally 'expectations'"
        )
    inputs = row.get("inputs")
    question = inputs.get("question") if isinstance(inputs, dict) else None
    if not (isinstance(question, str) and question.strip()):
        raise EvaluationDataError(
            f"{where}: missing inputs.question (a row starts "
            '{"inputs": {"question": "..."}, ...})'
        )
    # MLflow passes every inputs key to the chain's predict function, which takes only question.
    if set(inputs) != {"question"}:
        extra = sorted(set(inputs) - {"question"})
        raise EvaluationDataError(
            f"{where}: inputs may hold only 'question', not {', '.join(map(repr, extra))}"
        )
    if "expectations" in row:
        _check_expectations(row["expectations"], where)
    return question


def question_key(question: str) -> str:
    """Questions that differ only in case and spacing are the same question."""
    return " ".join(question.split()).lower()


def _lines(path: Path) -> list[str]:
    """The file's lines as UTF-8 text (JSON Lines is UTF-8 by definition: jsonlines.org); a byte
    order mark, which some Windows editors write first, is skipped."""
    content = path.read_bytes()
    try:
        # Only "\n" ends a line: splitlines() would also split a question at a U+2028 or U+0085
        # that JSON allows unescaped inside a string.
        return content.decode("utf-8-sig").split("\n")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise EvaluationDataError(
            f"{path}, line {line}: not UTF-8 text (byte {content[error.start]:#04x}); save the "
            "file as UTF-8"
        ) from None


def load_evaluation_set(path: Path) -> list[dict]:
    """The rows of a JSON Lines evaluation set, as MLflow 3 takes them; blank lines are skipped.

    Raises EvaluationDataError naming the file, the line and what is wrong.
    """
    path = Path(path)
    if not path.is_file():
        problem = "is a folder, not a JSON Lines file" if path.is_dir() else "does not exist"
        raise EvaluationDataError(
            f"evaluation set {path} {problem} (set the job parameter eval_dataset, or "
            "write one with the generate-eval command)"
        )
    rows, seen = [], {}
    for number, line in enumerate(_lines(path), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvaluationDataError(
                f"{where}: not valid JSON ({error.msg} at column {error.colno})"
            ) from None
        question = _checked_row(row, where)
        # Per-row results are matched to their question: a repeat would be scored twice.
        key = question_key(question)
        if key in seen:
            raise EvaluationDataError(f"{where}: repeats the question of line {seen[key]}")
        seen[key] = number
        rows.append(row)
    if not rows:
        raise EvaluationDataError(f"evaluation set {path} has no rows")
    return rows
