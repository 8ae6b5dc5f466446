"""GET /health: is the API up and does Neo4j answer."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.deps import DriverDep
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
def health(request: Request, driver: DriverDep) -> Health | JSONResponse:
    """200 with Neo4j's version when it answers; 503 otherwise (schema and gazetteer are ensured then)."""
    try:
        version = server_version(driver)
    except DatabaseUnavailable as exc:
        return JSONResponse(status_code=503, content={"status": "unavailable", "detail": str(exc)})
    if not request.app.state.schema_applied:
        # Neo4j was down at start-up: schema and gazetteer the first time it answers (as the writer).
        try:
            ensure_ready(request.app.state.driver)
            request.app.state.schema_applied = True
        except Exception:  # noqa: BLE001 - health reports the version; the schema is retried next time
            pass
    return Health(status="ok", neo4j=version)
