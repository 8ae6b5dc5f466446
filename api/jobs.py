"""Background jobs for uploads that need OCR: a few seconds per page is too long for a request.

One worker thread takes jobs from a bounded queue, one at a time (OCR already uses a whole core per
page on a 2-core machine). The OCR and the parse run in a child process, so a page that hangs or a
PDF that crashes the renderer ends that job, not the API, and the job's time limit can really stop
it; the write to Neo4j runs in the worker thread with the API's driver. Jobs are kept in memory: a
restarted API forgets them (the client uploads again; a document loaded twice is the same node).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

log = logging.getLogger("nqgraph.api.jobs")

Status = Literal["queued", "running", "done", "failed"]
Progress = Callable[[int, int], None]
# work(progress, deadline) -> the synchronous upload's body; raises JobError (or anything) to fail
Work = Callable[[Progress, float], dict[str, Any]]

MAX_QUEUED = 8  # jobs waiting behind the running one; more are refused with 503


KEEP_FINISHED = 200     # finished jobs remembered for GET /jobs/{id}


class JobError(Exception):
    """A job failed for a reason the client should read (status code and detail as an API error)."""

    def __init__(self, detail: str, status_code: int = 422, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status_code = status_code
        self.extra = extra


class QueueFull(Exception):
    pass


@dataclass
class Job:
    id: str
    name: str
    work: Work = field(repr=False)
    status: Status = "queued"
    pages_done: int = 0
    pages_total: int | None = None
    created_at: float = field(default_factory=time.time)
    started_at: float | None = None
    finished_at: float | None = None
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None

    def view(self) -> dict[str, Any]:
        """GET /jobs/{id}: status and pages; when done the upload's own body, when failed the error."""
        out: dict[str, Any] = {
            "job": self.id, "name": self.name, "status": self.status,
            "pages_done": self.pages_done, "pages_total": self.pages_total,
            "created_at": _iso(self.created_at), "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
        }
        if self.status == "done" and self.result is not None:
            out.update(self.result)
        if self.status == "failed" and self.error is not None:
            out["error"] = self.error
        return out


def _iso(t: float | None) -> str | None:
    return None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


class JobQueue:
    """`time_limit`: seconds one job may run (the app passes NQGRAPH_OCR_JOB_TIMEOUT, default 20 min:
    ~150 pages at 3-8 s a page)."""

    def __init__(self, time_limit: float, max_queued: int = MAX_QUEUED, keep: int = KEEP_FINISHED) -> None:
        self.max_queued = max_queued
        self.time_limit = time_limit
        self.keep = keep
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._waiting: queue.Queue[Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, name: str, work: Work) -> Job:
        with self._lock:
            if self._closed:
                raise QueueFull("the API is shutting down")
            queued = sum(1 for j in self._jobs.values() if j.status == "queued")
            if queued >= self.max_queued:
                raise QueueFull(f"{queued} OCR jobs are already waiting: try again later")
            job = Job(id=uuid.uuid4().hex, name=name, work=work)
            self._jobs[job.id] = job
            self._forget_old()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="nqgraph-ocr-jobs", daemon=True)
                self._thread.start()
        self._waiting.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def close(self, wait: float = 0.0) -> None:
        """Refuse new jobs and stop the worker after the running one (queued ones are failed)."""
        with self._lock:
            self._closed = True
            for job in self._jobs.values():
                if job.status == "queued":
                    self._finish(job, error={"detail": f"{job.name}: the API stopped before the job ran",
                                             "status_code": 503})
        self._waiting.put(None)
        if self._thread is not None and wait:
            self._thread.join(wait)

    def _forget_old(self) -> None:
        finished = [j.id for j in self._jobs.values() if j.status in ("done", "failed")]
        for job_id in finished[: max(0, len(finished) - self.keep)]:
            del self._jobs[job_id]

    def _finish(self, job: Job, *, result: dict[str, Any] | None = None,
                error: dict[str, Any] | None = None) -> None:
        job.result, job.error = result, error
        job.status = "failed" if error is not None else "done"
        job.finished_at = time.time()

    def _run(self) -> None:
        while True:
            job = self._waiting.get()
            if job is None:
                return
            with self._lock:
                if job.status != "queued":
                    continue
                job.status, job.started_at = "running", time.time()
            self._execute(job)

    def _execute(self, job: Job) -> None:
        deadline = time.monotonic() + self.time_limit

        def progress(done: int, total: int) -> None:
            job.pages_done, job.pages_total = done, total

        try:
            result = job.work(progress, deadline)
        except JobError as exc:
            error = {"detail": exc.detail, "status_code": exc.status_code, **exc.extra}
        except Exception as exc:  # noqa: BLE001 - a job's failure is its status, never the worker's end
            log.exception("OCR job %s (%s) failed", job.id, job.name)
            error = {"detail": f"{job.name}: {type(exc).__name__}: {exc}", "status_code": 500}
        else:
            with self._lock:
                self._finish(job, result=result)
            return
        with self._lock:
            self._finish(job, error=error)


# --- OCR and parse in a child process ------------------------------------------------------------------

def _child(conn: Any, raw: bytes, name: str) -> None:
    """In the child: OCR + parse, progress and then the record (JSON) or the error sent to the parent."""
    from loaders.errors import ParseError

    try:
        from api.upload import ocr_record

        record = ocr_record(raw, name, progress=lambda done, total: conn.send(("progress", done, total)))
        conn.send(("record", record.model_dump_json()))
    except ParseError as exc:
        conn.send(("parse_error", exc.reason))
    except BaseException as exc:  # noqa: BLE001 - whatever it is, the parent must hear of it
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _died(name: str, exitcode: int | None) -> JobError:
    return JobError(f"{name}: the OCR process died (exit code {exitcode})", status_code=500)


def ocr_in_child(raw: bytes, name: str, progress: Progress, deadline: float) -> Any:
    """OCR and parse `raw` in a spawned process; the parsed Record, or JobError on failure or timeout."""
    from loaders.records import Record

    ctx = mp.get_context("spawn")  # not fork: the API process has threads and a Neo4j driver
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, raw, name), name=f"nqgraph-ocr:{name}", daemon=True)
    proc.start()
    child.close()
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise JobError(f"{name}: OCR took longer than the job's time limit", status_code=504)
            if not parent.poll(min(left, 1.0)):
                if not proc.is_alive() and not parent.poll(0):
                    raise _died(name, proc.exitcode)
                continue
            try:
                message = parent.recv()
            except EOFError as exc:
                proc.join(1)
                raise _died(name, proc.exitcode) from exc
            kind = message[0]
            if kind == "progress":
                progress(message[1], message[2])
            elif kind == "record":
                return Record.model_validate_json(message[1])
            elif kind == "parse_error":
                raise JobError(f"{name}: {message[1]}", reason=message[1])
            else:
                raise JobError(f"{name}: {message[1]}", status_code=500)
    finally:
        parent.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
