"""Bodies and their portfolio of tasks across documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import DriverDep
from api.errors import NotFound
from api.models import BodyOut, BodyPortfolio, Issuer, PortfolioTask
from api.params import name_key
from queries.catalogue import run

router = APIRouter(prefix="/bodies", tags=["bodies"])


@router.get("", response_model=list[BodyOut],
            responses={422: {"description": "bad parameters"}, 503: {"description": "Neo4j unavailable"}})
def find_bodies(
    driver: DriverDep,
    name: Annotated[str | None, Query(description="fragment of the name, as written",
                                      examples=["Ban Dân vận Thành ủy"])] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[BodyOut]:
    rows = run(driver, "find_bodies", name_key=name_key(name), skip=offset, limit=limit)
    return [BodyOut(**r) for r in rows]


@router.get("/{uid:path}/tasks", response_model=BodyPortfolio,
            responses={404: {"description": "unknown uid"}, 503: {"description": "Neo4j unavailable"}})
def body_tasks(
    driver: DriverDep,
    uid: Annotated[str, Path(description="body uid (URL-encoded)")],
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> BodyPortfolio:
    body = run(driver, "get_body", uid=uid)
    if not body:
        raise NotFound(f"no body with uid {uid!r}")
    rows = run(driver, "get_body_tasks", uid=uid, skip=offset, limit=limit)
    return BodyPortfolio(body=Issuer(**body[0]), tasks=[PortfolioTask(**r) for r in rows])
