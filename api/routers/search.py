"""Full-text search over document titles and task texts, with or without diacritics."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import DriverDep
from api.errors import BadParameter
from api.models import SearchHit, SearchOut
from api.params import lucene_query
from graph.model import FULLTEXT_INDEX
from queries.catalogue import run

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchOut,
            responses={422: {"description": "empty or bad query"}, 503: {"description": "Neo4j unavailable"}})
def search(
    driver: DriverDep,
    q: Annotated[str, Query(min_length=1, max_length=500, examples=["ngay hoi dai doan ket"])],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchOut:
    lucene = lucene_query(q)
    if not lucene:
        raise BadParameter(f"nothing to search for in {q!r}")
    rows = run(driver, "search_text", index=FULLTEXT_INDEX, query=lucene, limit=limit)
    return SearchOut(query=q, lucene=lucene, hits=[SearchHit(**r) for r in rows])
