"""Tasks by short label across documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import DriverDep
from api.errors import ERRORS
from api.models import Page, TaskHit
from api.params import Limit, Offset, name_key, place_key
from loaders.records import Level
from queries.catalogue import run

router = APIRouter(prefix="/tasks", tags=["tasks"])


@router.get("", response_model=Page[TaskHit], responses=ERRORS)
def find_tasks(
    driver: DriverDep,
    label: Annotated[str | None, Query(description="short label ('4.3') or full label ('III.4.3')",
                                       examples=["4.3"])] = None,
    level: Annotated[Level | None,
                     Query(description="level of the document the task belongs to")] = None,
    province: Annotated[str | None, Query(examples=["Hải Phòng"])] = None,
    body: Annotated[str | None, Query(description="fragment of a responsible body's name",
                                      examples=["Ban Dân vận"])] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Page[TaskHit]:
    """Tasks across documents, by label, level, province or responsible body, with their bodies and deadline.

    `total` counts every match; page through with `offset`."""
    filters: dict[str, Any] = {"label": label.strip() if label else None, "level": level,
               "province_key": place_key(province), "body_key": name_key(body)}
    rows = run(driver, "find_tasks", **filters, skip=offset, limit=limit)
    total = run(driver, "get_tasks_total", **filters)[0]["total"]
    return Page[TaskHit](items=[TaskHit(**r) for r in rows], total=total, limit=limit, offset=offset)
