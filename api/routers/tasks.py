"""Tasks by short label across documents, and what task alignment says about one task: the tasks that
carry it out, the same task in every plan, and which units' plans carried it out."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, get_args

from fastapi import APIRouter, Path, Query

from api import alignment
from api.deps import DriverDep
from api.errors import ERRORS
from api.models import AmbiguousNumber, CarriedOutByOut, EquivalentsOut, TaskCoverageOut, TaskHit, TaskPage
from api.params import AsOf, Limit, Offset, name_key, place_key
from graph.model import NO_LEVEL
from loaders.records import Level
from queries.catalogue import read_tx, run_in

router = APIRouter(prefix="/tasks", tags=["tasks"])
COUNT_CAP = 1000  # matches counted at most (total then reads "at least"; total_exact says which)
# Task.doc_level of every document (graph.model): a query without a level seeks each, in page order.
EVERY_LEVEL: tuple[str, ...] = (*get_args(Level), NO_LEVEL)


@router.get("", response_model=TaskPage, responses=ERRORS)
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
) -> TaskPage:
    """Tasks across documents, by label, level, province or responsible body, with their bodies and deadline,
    ordered by their document's date (undated last), its uid and the task's place in it.

    `total` counts the matches up to 1,000 (or up to the page asked, when deeper); past that,
    `total_exact` is false and `total` is a floor. Page through with `offset`."""
    filters: dict[str, Any] = {"label": label.strip() if label else None,
                               "levels": [level] if level else list(EVERY_LEVEL),
                               "province_key": place_key(province), "body_key": name_key(body)}
    rows, counted = read_tx(driver, lambda tx: (
        run_in(tx, "find_tasks", **filters, skip=offset, limit=limit),
        run_in(tx, "get_tasks_total", **filters, cap=max(COUNT_CAP, offset + limit))[0]))
    return TaskPage(items=[TaskHit(**r) for r in rows], total=counted["total"], limit=limit, offset=offset,
                    total_exact=counted["exact"])


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
