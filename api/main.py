"""The FastAPI app: one Neo4j driver per process, schema applied at start-up, errors as JSON."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable, SessionExpired
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.auth import AccessMiddleware, install_openapi_security
from api.errors import ApiError
from api.routers import admin, bodies, documents, health, login, search, tasks
from graph.db import DatabaseUnavailable, apply_schema, make_driver, make_read_driver

log = logging.getLogger("nqgraph.api")

DESCRIPTION = """\
Knowledge graph of Vietnamese Party directives and the plans that carry them out.

With NQGRAPH_ENV=production every endpoint but `/health` needs a credential: an API key
(`X-API-Key` or `Authorization: Bearer`), a JWT bearer token, or a web session (`/login`). Credentials
carry scopes: `read` for GET, `upload` for `POST /documents`, `admin` for `/admin/...`. No credential
is 401, a credential without the scope 403. In development, reads from 127.0.0.1 need nothing.
Errors are JSON `{"detail": message}`: 404 unknown uid, 409 ambiguous number (with `candidates`),
422 bad parameters or a bad file, 503 when Neo4j does not answer.
"""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # A request should answer 503 within seconds when Neo4j is down, not after the driver's 30 s of retries.
    driver = make_driver(max_transaction_retry_time=2.0, connection_timeout=5.0)
    app.state.driver = driver
    # Community has one kind of user (docs/security.md): a reader only where the edition has roles.
    app.state.read_driver = make_read_driver(max_transaction_retry_time=2.0, connection_timeout=5.0)
    app.state.schema_applied = False
    try:
        apply_schema(driver)
        app.state.schema_applied = True
    except Exception as exc:  # noqa: BLE001 - start anyway; /health says 503 until Neo4j answers
        log.warning("Neo4j not ready at start-up, schema not applied yet: %s", exc)
    try:
        yield
    finally:
        if app.state.read_driver is not None:
            app.state.read_driver.close()
        driver.close()


app = FastAPI(title="nqgraph", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
# Every request, whatever route serves it (added later included), passes access control first.
app.add_middleware(AccessMiddleware)


def _json(status: int, detail: str, **extra: object) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": detail, **extra})


@app.exception_handler(ApiError)
async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
    return _json(exc.status_code, exc.message, **exc.extra)


@app.exception_handler(RequestValidationError)
async def _bad_parameters(request: Request, exc: RequestValidationError) -> JSONResponse:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    return _json(422, "bad parameters: " + "; ".join(parts),
                 errors=[{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()])


@app.exception_handler(StarletteHTTPException)
async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    return _json(exc.status_code, str(exc.detail))


@app.exception_handler(DatabaseUnavailable)
@app.exception_handler(ServiceUnavailable)
@app.exception_handler(SessionExpired)
@app.exception_handler(AuthError)
async def _db_down(request: Request, exc: Exception) -> JSONResponse:
    return _json(503, f"Neo4j is unavailable: {exc}")


@app.exception_handler(ClientError)
async def _client_error(request: Request, exc: ClientError) -> JSONResponse:
    if "TransactionTimedOut" in (exc.code or ""):
        return _json(503, "the query took longer than the configured timeout (NQGRAPH_QUERY_TIMEOUT)")
    log.error("Cypher error on %s: %s", request.url.path, exc)
    return _json(500, "internal query error")


@app.exception_handler(Exception)
async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path)
    return _json(500, "internal error")


for _router in (health.router, documents.router, tasks.router, bodies.router, search.router, login.router,
                admin.router):
    app.include_router(_router)
install_openapi_security(app)
