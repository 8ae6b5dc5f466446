"""Background jobs: the status of an upload that needs OCR."""

from __future__ import annotations

from fastapi import APIRouter, Request

from api.errors import ERRORS, ErrorOut, NotFound
from api.jobs import JobQueue
from api.models import JobOut

router = APIRouter(prefix="/jobs", tags=["jobs"])


def job_queue(request: Request) -> JobQueue:
    jobs: JobQueue = request.app.state.jobs
    return jobs


@router.get("/{job_id}", response_model=JobOut,
            responses={**ERRORS, 404: {"model": ErrorOut, "description": "no such job (or forgotten)"}})
def get_job(request: Request, job_id: str) -> JobOut:
    """Status (queued/running/done/failed) and pages done; when done, the upload's body."""
    job = job_queue(request).get(job_id)
    if job is None:
        raise NotFound(f"no job {job_id!r} (jobs are kept in memory until the API restarts)")
    return JobOut(**job.view())
