"""Tasks by short label across documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import DriverDep
from api.models import TaskHit
from api.params import name_key, place_key
from loaders.records import Level
from queries.catalogue import run

router = APIRouter(prefix="/tasks", tags=["tasks"])


@router.get("", response_model=list[TaskHit],
            responses={422: {"description": "bad parameters"}, 503: {"description": "Neo4j unavailable"}})
def find_tasks(
    driver: DriverDep,
    label: Annotated[str | None, Query(description="short label ('4.3') or full label ('III.4.3')",
                                       examples=["4.3"])] = None,
    level: Annotated[Level | None,
                     Query(description="level of the document the task belongs to")] = None,
    province: Annotated[str | None, Query(examples=["Hải Phòng"])] = None,
    body: Annotated[str | None, Query(description="fragment of a responsible body's name",
                                      examples=["Ban Dân vận"])] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[TaskHit]:
    rows = run(driver, "find_tasks", label=label.strip() if label else None, level=level,
               province_key=place_key(province), body_key=name_key(body), skip=offset, limit=limit)
    return [TaskHit(**r) for r in rows]
