"""Domain errors the routers raise; `api.main` maps each to a JSON answer {"detail": message}."""

from __future__ import annotations

from typing import Any

from api.models import ErrorOut

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "unknown uid"},
    422: {"model": ErrorOut, "description": "bad parameters (the message names each)"},
    503: {"model": ErrorOut, "description": "Neo4j does not answer, or a query took too long"},
}


class ApiError(Exception):
    status_code = 500

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra


class NotFound(ApiError):
    status_code = 404


class Ambiguous(ApiError):
    """Several documents answer one number: the caller must add a province or a date."""

    status_code = 409


class BadParameter(ApiError):
    status_code = 422


class Unauthorized(ApiError):
    status_code = 401


class Forbidden(ApiError):
    status_code = 403


class Busy(ApiError):
    """The OCR job queue is full: the client retries later."""

    status_code = 503
