"""Full-text search over document titles and task texts, with or without diacritics, and over numbers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import DriverDep
from api.errors import ERRORS
from api.models import SearchOut
from api.params import Offset
from api.search import search_all

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchOut, responses=ERRORS)
def search(
    driver: DriverDep,
    q: Annotated[str, Query(min_length=1, max_length=500,
                            examples=["ngay hoi dai doan ket", "66-CTr/TU", "ctr 66"])],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
) -> SearchOut:
    """Documents by number ('66-CTr/TU', 'ctr 66') first, then titles and task texts, ranked.

    Accents are optional: 'ngay hoi' finds 'Ngày hội'."""
    return search_all(driver, q, limit, offset)
