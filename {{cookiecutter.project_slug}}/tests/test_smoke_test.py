"""Task 4's smoke test (deployment/smoke_test.py) against a fake endpoint: every request is
marked as a deployment check, so the monitoring leaves it out of the users' figures."""

from {{ cookiecutter.package_name }}.deployment.smoke_test import run_smoke_test
from {{ cookiecutter.package_name }}.monitoring.schema import DEPLOYMENT_CHECK_PREFIX


def test_every_smoke_request_carries_the_deployment_check_id_of_its_version():
    sent: list[dict] = []

    def send(body: dict) -> dict:
        sent.append(body)
        if len(sent) == 2:
            raise RuntimeError("500 Internal Server Error")
        text = f"About {body['input'][0]['content']}"
        return {"output": [{"type": "message", "content": [{"type": "output_text", "text": text}]}]}

    report = run_smoke_test(send, ["a?", "b?", "c?"], "12")

    assert [body["client_request_id"] for body in sent] == [
        "deployment-check:12:smoke-1",
        "deployment-check:12:smoke-2",
        "deployment-check:12:smoke-3",
    ]
    assert all(b["client_request_id"].startswith(DEPLOYMENT_CHECK_PREFIX) for b in sent)
    assert [body["input"] for body in sent] == [
        [{"role": "user", "content": q}] for q in ("a?", "b?", "c?")
    ]
    assert [r.passed for r in report.results] == [True, False, True]
