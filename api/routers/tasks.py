"""Tasks by short label across documents, and what task alignment says about one task: the tasks that
carry it out, the same task in every plan, and which units' plans carried it out."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from api import alignment
from api.deps import DriverDep
from api.errors import ERRORS
from api.models import AmbiguousNumber, CarriedOutByOut, EquivalentsOut, Page, TaskCoverageOut, TaskHit
from api.params import AsOf, Limit, Offset, name_key, place_key
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


TaskUid = Annotated[str, Path(description="task uid, URL-encoded (it contains '/' and '#')",
                              examples=["doc:66-CTr/TU@legacy:province:31@2024-02-02#III.4.4"])]


@router.get("/equivalents", response_model=EquivalentsOut,
            responses={**ERRORS, 404: {"description": "no such document, or no task so labelled"},
                       409: {"model": AmbiguousNumber,
                             "description": "several tasks so labelled, or the document is a stub: "
                                            "candidates to choose from"}})
def equivalents_by_label(
    driver: DriverDep,
    document: Annotated[str, Query(min_length=1, description="uid of a plan or resolution",
                                   examples=["doc:unknown:19ce1a27b155|KH|undated|t:bedad2565f8e"])],
    label: Annotated[str, Query(min_length=1, description="its label for the task ('4.3' or 'III.4.3')",
                                examples=["4.3"])],
) -> EquivalentsOut:
    """'Task 4.3' of this document, as it appears in every plan whatever its local label."""
    return alignment.equivalents_by_label(driver, document, label.strip())


@router.get("/{uid:path}/carried-out-by", response_model=CarriedOutByOut, responses=ERRORS)
def carried_out_by(
    driver: DriverDep, uid: TaskUid,
    level: Annotated[Level | None, Query(description="only tasks of documents of this level")] = None,
) -> CarriedOutByOut:
    """Lower-level tasks carrying out this task, at any depth, with their documents, localities, bodies."""
    return alignment.carried_out_by(driver, uid, level)


@router.get("/{uid:path}/equivalents", response_model=EquivalentsOut, responses=ERRORS)
def equivalents(driver: DriverDep, uid: TaskUid) -> EquivalentsOut:
    """The same task in every plan: its sibling groups, what it carries out, and what carries those out."""
    return alignment.equivalents(driver, uid)


@router.get("/{uid:path}/coverage", response_model=TaskCoverageOut, responses=ERRORS)
def task_coverage(
    driver: DriverDep, uid: TaskUid,
    as_of: AsOf = None,
) -> TaskCoverageOut:
    """Which units' plans carry this task out, which dropped it, which have no plan at all."""
    return alignment.task_coverage(driver, uid, as_of or date.today())
