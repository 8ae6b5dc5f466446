"""Bodies and their portfolio of tasks across documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from api.deps import DriverDep
from api.errors import ERRORS, NotFound
from api.models import BodyOut, BodyPortfolio, Issuer, Page, PortfolioTask
from api.params import Limit, Offset, ascii_key, name_key
from queries.catalogue import run

router = APIRouter(prefix="/bodies", tags=["bodies"])


@router.get("", response_model=Page[BodyOut], responses=ERRORS)
def find_bodies(
    driver: DriverDep,
    name: Annotated[str | None, Query(description="fragment of the name, accents optional",
                                      examples=["Ban Dân vận Thành ủy", "dan van"])] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[BodyOut]:
    """Bodies whose name contains the fragment ('dan van' finds 'Ban Dân vận'), busiest first."""
    keys: dict[str, Any] = {"name_key": name_key(name), "ascii_key": ascii_key(name)}
    rows = run(driver, "find_bodies", **keys, skip=offset, limit=limit)
    total = run(driver, "get_bodies_total", **keys)[0]["total"]
    return Page[BodyOut](items=[BodyOut(**r) for r in rows], total=total, limit=limit, offset=offset)


@router.get("/{uid:path}/tasks", response_model=BodyPortfolio, responses=ERRORS)
def body_tasks(
    driver: DriverDep,
    uid: Annotated[str, Path(description="body uid (URL-encoded)",
                             examples=["body:legacy:province:31:ban dân vận thành ủy hải phòng"])],
    limit: Limit = 200,
    offset: Offset = 0,
) -> BodyPortfolio:
    """A body's portfolio: every task it leads, supports or is assigned, with the deadline and document."""
    body = run(driver, "get_body", uid=uid)
    if not body:
        raise NotFound(f"no body with uid {uid!r}")
    rows = run(driver, "get_body_tasks", uid=uid, skip=offset, limit=limit)
    total = run(driver, "get_body_tasks_total", uid=uid)[0]["total"]
    return BodyPortfolio(body=Issuer(**body[0]), items=[PortfolioTask(**r) for r in rows], total=total,
                         limit=limit, offset=offset)
