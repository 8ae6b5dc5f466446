"""GET /health: is the API up and does Neo4j answer."""

from __future__ import annotations

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from neo4j import Driver
from pydantic import BaseModel

from api.deps import get_driver
from api.startup import ensure_ready
from graph.db import DatabaseUnavailable, server_version

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    neo4j: str

    model_config = {"json_schema_extra": {"examples": [{"status": "ok", "neo4j": "5.26.12"}]}}


class Unhealthy(BaseModel):
    status: str
    detail: str


@router.get("/health", response_model=Health,
            responses={503: {"model": Unhealthy, "description": "Neo4j does not answer"}})
async def health(request: Request) -> Health | JSONResponse:
    """200 with Neo4j's version when it answers; 503 otherwise (schema and gazetteer are ensured then).

    While the response cache's watch (api/cache.py) reached Neo4j within the last second or so, that
    is the answer, given without a thread: a health check polled by many clients costs Neo4j nothing."""
    state = request.app.state
    watch = getattr(state, "version_watch", None)
    known = getattr(state, "neo4j_version", None)
    if known and state.schema_applied and watch is not None and watch.current() is not None:
        return Health(status="ok", neo4j=known)
    return await anyio.to_thread.run_sync(_check, request, get_driver(request))


def _check(request: Request, driver: Driver) -> Health | JSONResponse:
    """Ask Neo4j itself (a blocking call: run in a worker thread)."""
    state = request.app.state
    try:
        version = server_version(driver)
    except DatabaseUnavailable as exc:
        return JSONResponse(status_code=503, content={"status": "unavailable", "detail": str(exc)})
    state.neo4j_version = version
    if not state.schema_applied:
        # Neo4j was down at start-up: schema and gazetteer the first time it answers (as the writer).
        try:
            ensure_ready(state.driver)
            state.schema_applied = True
        except Exception:  # noqa: BLE001 - health reports the version; the schema is retried next time
            pass
    return Health(status="ok", neo4j=version)
