"""Admin endpoints (scope `admin`, from their /admin prefix): the audit log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import SettingsDep
from api.models import ErrorOut
from config import audit

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/audit", responses={401: {"model": ErrorOut, "description": "no credential"},
                                 403: {"model": ErrorOut, "description": "no admin scope"},
                                 422: {"model": ErrorOut, "description": "bad parameters"}})
def audit_log(settings: SettingsDep,
              limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
              event: Annotated[str | None, Query(description="only this event: write, refused, login, "
                                                 "login-failed, logout, load, backup, restore")] = None,
              ) -> list[dict[str, Any]]:
    """The last entries of the audit log, newest first: who wrote or replaced what, and when."""
    return audit.tail(limit, settings, event)
