"""Uploads that need OCR: the job queue, the child process, 202 + GET /jobs/{id}, and the streamed size
limit. Only the last test touches Neo4j (marked `db`); the others run the API without a database: the
driver is never reached because the job's work is replaced or fails before the write.
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi import FastAPI, File, UploadFile
from fastapi.testclient import TestClient

from api import upload
from api.jobs import Job, JobError, JobQueue, QueueFull, ocr_in_child
from nqgraph.settings import DEV_API_KEY, Settings
from tests.test_ocr import tesseract  # noqa: F401 - the fixture: skip outside CI, fail in CI

REPO = Path(__file__).resolve().parent.parent
SCAN = REPO / "tests" / "fixtures" / "scans" / "004.scan.pdf"


def _wait(job: Job, timeout: float = 10.0) -> Job:
    end = time.monotonic() + timeout
    while job.status in ("queued", "running") and time.monotonic() < end:
        time.sleep(0.01)
    return job


# --- the queue ---

TIME_LIMIT = 1200.0  # NQGRAPH_OCR_JOB_TIMEOUT's default; these jobs end long before it

def _ok(progress: Any, deadline: float) -> dict[str, Any]:
    progress(1, 2)
    progress(2, 2)
    return {"uid": "doc:1", "summary": {"number": "1-KH/TU"}, "warnings": ["OCR: ..."], "load": None}


def _refused(progress: Any, deadline: float) -> dict[str, Any]:
    progress(1, 3)
    raise JobError("scan.pdf: no text", reason="no text")


def _crash(progress: Any, deadline: float) -> dict[str, Any]:
    raise RuntimeError("boom")


@pytest.mark.parametrize(("work", "status", "view"), [
    (_ok, "done", {"pages_done": 2, "pages_total": 2, "uid": "doc:1", "summary": {"number": "1-KH/TU"},
                   "warnings": ["OCR: ..."]}),
    (_refused, "failed", {"pages_done": 1, "pages_total": 3,
                          "error": {"detail": "scan.pdf: no text", "status_code": 422, "reason": "no text"}}),
    (_crash, "failed", {"error": {"detail": "scan.pdf: RuntimeError: boom", "status_code": 500}}),
])
def test_job_ends_done_or_failed_with_its_body(work: Any, status: str, view: dict[str, Any]) -> None:
    jobs = JobQueue(TIME_LIMIT)
    job = _wait(jobs.submit("scan.pdf", work))
    got = job.view()
    assert got["status"] == status and got["job"] == job.id and got["finished_at"]
    assert {k: got[k] for k in view} == view
    assert "uid" not in got if status == "failed" else "error" not in got
    jobs.close()


def test_one_job_runs_at_a_time_and_the_queue_is_bounded() -> None:
    gate = threading.Event()
    running: list[str] = []

    def blocked(name: str) -> Any:
        def work(progress: Any, deadline: float) -> dict[str, Any]:
            running.append(name)
            gate.wait(10)
            return {"uid": name}
        return work

    jobs = JobQueue(TIME_LIMIT, max_queued=2)
    first = jobs.submit("a.pdf", blocked("a"))
    end = time.monotonic() + 5
    while first.status != "running" and time.monotonic() < end:
        time.sleep(0.01)
    second, third = jobs.submit("b.pdf", blocked("b")), jobs.submit("c.pdf", blocked("c"))
    with pytest.raises(QueueFull):
        jobs.submit("d.pdf", blocked("d"))
    assert (first.status, second.status, third.status) == ("running", "queued", "queued")
    assert running == ["a"]
    gate.set()
    assert [_wait(j).status for j in (first, second, third)] == ["done"] * 3
    assert running == ["a", "b", "c"]
    jobs.close()


def test_close_fails_the_queued_jobs_and_refuses_new_ones() -> None:
    gate = threading.Event()
    jobs = JobQueue(TIME_LIMIT)
    first = jobs.submit("a.pdf", lambda p, d: gate.wait(10) and {"uid": "a"} or {})
    end = time.monotonic() + 5
    while first.status != "running" and time.monotonic() < end:
        time.sleep(0.01)
    queued = jobs.submit("b.pdf", _ok)
    jobs.close()
    assert queued.status == "failed" and queued.error and queued.error["status_code"] == 503
    with pytest.raises(QueueFull):
        jobs.submit("c.pdf", _ok)
    gate.set()
    assert _wait(first).status == "done"


def test_finished_jobs_are_forgotten_beyond_the_keep_limit() -> None:
    jobs = JobQueue(TIME_LIMIT, keep=2)
    done = [_wait(jobs.submit(f"{i}.pdf", _ok)) for i in range(4)]
    jobs.submit("last.pdf", _ok)
    assert jobs.get(done[0].id) is None and jobs.get(done[1].id) is None
    assert jobs.get(done[3].id) is done[3]
    jobs.close()


# --- the child process ---

@pytest.mark.parametrize(("raw", "deadline_in", "status_code", "detail"), [
    (b"\x89PNG\r\n\x1a\n broken", 60.0, 422, "junk.png: "),  # ParseError in the child → 422
    (b"\x89PNG\r\n\x1a\n", -1.0, 504, "junk.png: OCR took longer than the job's time limit"),
])
def test_ocr_child_failures_become_job_errors(raw: bytes, deadline_in: float, status_code: int,
                                              detail: str) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(JobError) as err:
        ocr_in_child(raw, "junk.png", lambda d, n: seen.append((d, n)), time.monotonic() + deadline_in)
    assert err.value.status_code == status_code and err.value.detail.startswith(detail)
    assert seen == []


def _first_page_of_scan() -> bytes:
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(SCAN.read_bytes())
    out = pdfium.PdfDocument.new()
    try:
        out.import_pages(src, [0])
        buf = io.BytesIO()
        out.save(buf)
        return buf.getvalue()
    finally:
        out.close()
        src.close()


@pytest.mark.ocr
@pytest.mark.usefixtures("tesseract")
def test_ocr_child_returns_the_parsed_record_with_its_ocr_warning() -> None:
    seen: list[tuple[int, int]] = []
    record = ocr_in_child(_first_page_of_scan(), "page1.pdf", lambda d, n: seen.append((d, n)),
                          time.monotonic() + 300)
    assert seen == [(1, 1)]
    assert (str(record.number), str(record.issued_on)) == ("66-CTr/TU", "2024-02-02")
    assert [w for w in record.warnings if "OCR" in w and "confidence" in w]  # the readers' or ours


# --- the API without a database ---

def _pdf_page() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (200, 280), 255).save(buf, "PDF", resolution=50)
    return buf.getvalue()


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """api.main's app with no lifespan (no Neo4j): a stand-in driver and a fresh job queue."""
    from api.main import app

    jobs = JobQueue(TIME_LIMIT)
    saved = dict(app.state._state)
    app.state.driver, app.state.jobs = object(), jobs
    monkeypatch.setattr(upload, "ocr_work", lambda driver, name, raw, *load_options: _ok)
    try:
        yield TestClient(app)
    finally:
        jobs.close()
        app.state._state.clear()
        app.state._state.update(saved)


def _post(client: TestClient, name: str, data: bytes | Iterator[bytes], **headers: str) -> Any:
    return client.post("/documents", files={"file": (name, data, "application/octet-stream")},
                       headers={"X-API-Key": DEV_API_KEY, **headers})


def test_a_scan_is_answered_202_and_its_job_polled_to_the_upload_body(api: TestClient) -> None:
    r = _post(api, "quet.pdf", _pdf_page())
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["status_url"] == f"/jobs/{body['job']}" == r.headers["location"]
    end = time.monotonic() + 10
    while (got := api.get(body["status_url"]).json())["status"] in ("queued", "running"):
        assert time.monotonic() < end
        time.sleep(0.02)
    assert got["status"] == "done" and got["name"] == "quet.pdf"
    assert (got["pages_done"], got["pages_total"]) == (2, 2)
    assert (got["uid"], got["summary"], got["warnings"]) == ("doc:1", {"number": "1-KH/TU"}, ["OCR: ..."])


@pytest.mark.ocr
@pytest.mark.usefixtures("tesseract")
def test_a_real_scan_job_ocrs_in_the_child_and_loads_in_the_worker(api: TestClient,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The real job (child OCR + parse) with the write replaced: no Neo4j."""
    from api.models import UploadOut

    monkeypatch.setattr(upload, "ocr_work", _real_ocr_work)
    written: list[Any] = []

    def load_record(driver: Any, record: Any, name: str, *load_options: Any) -> UploadOut:
        written.append(record)
        return UploadOut(uid="doc:x", summary=upload.summary(record), warnings=list(record.warnings))

    monkeypatch.setattr(upload, "load_record", load_record)
    r = _post(api, "page1.pdf", _first_page_of_scan())
    assert r.status_code == 202, r.text
    end = time.monotonic() + 300
    while (got := api.get(r.json()["status_url"]).json())["status"] in ("queued", "running"):
        assert time.monotonic() < end
        time.sleep(0.2)
    assert got["status"] == "done", got
    assert (got["pages_done"], got["pages_total"]) == (1, 1)
    assert got["summary"]["number"] == "66-CTr/TU" and got["summary"]["issued_on"] == "2024-02-02"
    assert [w for w in got["warnings"] if "OCR" in w and "confidence" in w]
    assert len(written) == 1 and written[0].source.path == "page1.pdf"


_real_ocr_work = upload.ocr_work


def test_the_web_form_queues_a_scan_and_links_its_job(api: TestClient) -> None:
    r = api.post("/upload", headers={"X-API-Key": DEV_API_KEY},
                 files={"file": ("quet.pdf", _pdf_page(), "application/pdf")})
    assert r.status_code == 202 and 'role="status"' in r.text
    status_url = r.text.split('href="/jobs/', 1)[1].split('"', 1)[0]
    assert api.get(f"/jobs/{status_url}").status_code == 200


@pytest.mark.parametrize(("url", "status"), [("/jobs/nope", 404), ("/jobs/", 404)])
def test_unknown_job_is_404(api: TestClient, url: str, status: int) -> None:
    r = api.get(url)
    assert r.status_code == status and "detail" in r.json()


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("broken.pdf", b"%PDF-1.4 truncated", "PDF"),
    ("binary.bin", b"\x00\x01\x02binary" * 10, "binary"),
    ("empty.txt", b"  \n", "empty"),
])
def test_unreadable_uploads_are_422_at_once_and_queue_nothing(api: TestClient, name: str, data: bytes,
                                                               reason: str) -> None:
    r = _post(api, name, data)
    assert r.status_code == 422, r.text
    assert name in r.json()["detail"] and reason.lower() in r.json()["detail"].lower()


def test_a_full_queue_answers_503(api: TestClient) -> None:
    from api.main import app

    app.state.jobs = JobQueue(TIME_LIMIT, max_queued=0)
    r = _post(api, "quet.pdf", _pdf_page())
    assert r.status_code == 503 and "try again" in r.json()["detail"]


# --- the size limit, while the body streams in ---

def _limited_app(limit: int, reached: list[int]) -> FastAPI:
    from fastapi import HTTPException
    from fastapi.responses import JSONResponse
    from starlette.exceptions import HTTPException as StarletteHTTPException

    app = FastAPI()

    @app.exception_handler(StarletteHTTPException)
    async def _err(request: Any, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)

    @app.post("/documents")
    def post(file: UploadFile = File(...)) -> dict[str, int]:  # noqa: B008 - FastAPI's idiom
        reached.append(1)
        return {"size": len(file.file.read())}

    app.add_middleware(upload.UploadLimit, limit=limit)
    return app


def _chunks(total: int, size: int = 1000) -> Iterator[bytes]:
    yield b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
    for _ in range(total // size):
        yield b"x" * size
    yield b"\r\n--b--\r\n"


@pytest.mark.parametrize(("body_bytes", "chunked", "status"), [
    (500, False, 200),      # under the limit: the endpoint reads it
    (5000, False, 413),     # Content-Length over the limit: refused before a byte is read
    (500, True, 200),
    (50_000, True, 413),    # no Content-Length: refused once the streamed bytes pass the limit
])
def test_upload_limit(body_bytes: int, chunked: bool, status: int) -> None:
    reached: list[int] = []
    client = TestClient(_limited_app(2000, reached))
    headers = {"Content-Type": "multipart/form-data; boundary=b"}
    content: bytes | Iterator[bytes] = _chunks(body_bytes)
    if not chunked:
        content = b"".join(_chunks(body_bytes))
    r = client.post("/documents", content=content, headers=headers)
    assert r.status_code == status, r.text
    assert (status == 413) == ("limit" in r.json().get("detail", ""))
    assert bool(reached) == (status == 200)


# --- the whole flow on the real Neo4j and tesseract ---

@pytest.mark.db
@pytest.mark.ocr
@pytest.mark.usefixtures("tesseract")
def test_scanned_upload_is_ocred_parsed_and_loaded(seeded_db: Any) -> None:
    """The scan is seed 004 (same uid, another file): uploaded with replace=true (issue 12: without it the
    identity conflict is refused), its OCR'd parse replaces the seed's, so the seeds are put back."""
    from api.main import app
    from tests.conftest import _SEEDED, _fingerprint, seed_database

    try:
        with TestClient(app) as client:
            r = client.post("/documents", params={"replace": "true"},
                            files={"file": (SCAN.name, SCAN.read_bytes(), "application/octet-stream")},
                            headers={"X-API-Key": DEV_API_KEY})
            assert r.status_code == 202, r.text
            url = r.json()["status_url"]
            end = time.monotonic() + 600
            while (got := client.get(url).json())["status"] in ("queued", "running"):
                assert time.monotonic() < end, got
                time.sleep(1)
            assert got["status"] == "done", got
            assert got["pages_done"] == got["pages_total"] == 8
            assert got["summary"]["number"] == "66-CTr/TU" and got["summary"]["implements"] == ["43-NQ/TW"]
            assert any("OCR" in w and "confidence" in w for w in got["warnings"])
            detail = client.get(f"/documents/{quote(got['uid'], safe='')}")
            assert detail.status_code == 200 and detail.json()["number"] == "66-CTr/TU"
    finally:
        seed_database(seeded_db)
        _SEEDED["fingerprint"] = _fingerprint(seeded_db)


@pytest.mark.parametrize(("env", "seconds"), [(None, 1200.0), ("300", 300.0), ("0", None), ("soon", None)])
def test_job_time_limit_from_the_environment(monkeypatch: pytest.MonkeyPatch, env: str | None,
                                             seconds: float | None) -> None:
    """A setting like any other: a value that is not a number of seconds >= 1 is refused, by name."""
    from pydantic import ValidationError

    if env is None:
        monkeypatch.delenv("NQGRAPH_OCR_JOB_TIMEOUT", raising=False)
    else:
        monkeypatch.setenv("NQGRAPH_OCR_JOB_TIMEOUT", env)
    if seconds is None:
        with pytest.raises(ValidationError, match="ocr_job_timeout"):
            Settings()
    else:
        assert Settings().ocr_job_timeout == seconds


# --- the readers' interface (read_bytes, parse_extracted), as READERS.md says ---

def _record(warnings: list[str] | None = None) -> Any:
    from loaders.records import Record, Source

    return Record(source=Source(path="a.pdf", sha256="0" * 64), number="1-KH/TU", warnings=warnings or [])


def test_upload_reads_through_read_bytes_without_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, bool]] = []

    def read_bytes(raw: bytes, name: str, *, ocr: bool = True, progress: Any = None) -> Any:
        calls.append((name, ocr))
        if raw.startswith(b"%PDF"):
            raise upload.NeedsOcr(name, "a scanned PDF")
        return {"text": raw.decode()}

    monkeypatch.setattr(upload, "read_bytes", read_bytes)
    monkeypatch.setattr(upload, "parse_extracted", lambda ex, path: _record([ex["text"]]))
    assert upload.parse_upload("Kế hoạch".encode(), "a.txt").warnings == ["Kế hoạch"]
    with pytest.raises(upload.NeedsOcr):
        upload.parse_upload(b"%PDF-1.7", "quet.pdf")
    assert calls == [("a.txt", False), ("quet.pdf", False)]


@pytest.mark.parametrize(("warnings", "pages", "confidence", "added"), [
    ([], 3, 91.6, ["OCR: text read by OCR from 3 scanned pages, mean word confidence 92%; "
                   "check numbers and names against the scan"]),
    (["no tasks found"], 1, 70.0, ["no tasks found", "OCR: text read by OCR from 1 scanned page, mean word "
                                   "confidence 70%; check numbers and names against the scan"]),
    (["OCR: said by the reader already"], 2, 80.0, ["OCR: said by the reader already"]),
    (["text read by OCR from a scanned PDF: mean word confidence 96/100"], 8, 95.6,
     ["text read by OCR from a scanned PDF: mean word confidence 96/100"]),  # the readers' wording
    ([], None, None, []),  # not OCR'd after all (a text layer): no warning
])
def test_ocr_warning_is_added_once(warnings: list[str], pages: int | None, confidence: float | None,
                                   added: list[str]) -> None:
    assert upload.with_ocr_warning(_record(warnings), pages, confidence).warnings == added
