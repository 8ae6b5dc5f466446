"""Request dependencies: the driver for this request, the settings, and who is asking.

Access control itself is app-wide (`api.auth.AccessMiddleware`); these only hand its result to routes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from neo4j import Driver

from api.auth import Principal, access_of, principal_of
from api.errors import Forbidden
from config import Settings
from config.credentials import Scope


def get_driver(request: Request) -> Driver:
    """Reads (GET/HEAD) get the read driver: the NQGRAPH_NEO4J_READ_USER's when one is set."""
    state = request.app.state
    if request.method in ("GET", "HEAD"):
        reader: Driver | None = getattr(state, "read_driver", None)
        if reader is not None:
            return reader
    driver: Driver = state.driver
    return driver


def app_settings(request: Request) -> Settings:
    return access_of(request.app).settings


DriverDep = Annotated[Driver, Depends(get_driver)]
SettingsDep = Annotated[Settings, Depends(app_settings)]
PrincipalDep = Annotated[Principal, Depends(principal_of)]


def require_upload(principal: PrincipalDep) -> Principal:
    """Already checked by the middleware for writes; kept so a write route says what it needs."""
    if Scope.UPLOAD not in principal.scopes:
        raise Forbidden(f"{principal.id} lacks the 'upload' scope")
    return principal


# The name routes used when writes took a bare key; it now yields the authenticated principal.
ApiKeyDep = Annotated[Principal, Depends(require_upload)]
