"""Request dependencies: the process-wide driver, settings, and the API-key check for writes."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader
from neo4j import Driver

from api.errors import Forbidden, Unauthorized
from config import Settings, get_settings


def get_driver(request: Request) -> Driver:
    driver: Driver = request.app.state.driver
    return driver


DriverDep = Annotated[Driver, Depends(get_driver)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                               description="One of the keys in NQGRAPH_API_KEYS; required for writes.")


def require_api_key(settings: SettingsDep, key: Annotated[str | None, Security(_api_key_header)]) -> str:
    if not key:
        raise Unauthorized("missing X-API-Key header: writes need an API key")
    if not any(secrets.compare_digest(key, k) for k in settings.api_keys):
        raise Forbidden("X-API-Key is not a valid key")
    return key


ApiKeyDep = Annotated[str, Depends(require_api_key)]
