"""The FastAPI app: one Neo4j driver per process, schema and gazetteer ensured at start-up, errors as JSON,
the web app for staff under `/`, the API docs served from local assets."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from neo4j.exceptions import AuthError, ClientError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from api.auth import AccessMiddleware, access_of, configure, install_openapi_security
from api.cache import Answers, ResponseCache, VersionWatch
from api.errors import ApiError
from api.jobs import JobQueue
from api.limits import CatchAll, HeavyGate, ServerTiming
from api.routers import admin, bodies, documents, health, jobs, login, search, tasks
from api.sessions import CSRF_HEADER
from api.startup import ensure_ready
from api.upload import UploadLimit
from api.web import pages
from api.worker import warm as warm_parser
from config import Settings, get_settings
from graph.db import (
    API_DRIVER_NOTIFICATIONS,
    API_DRIVER_TIMEOUTS,
    UNREACHABLE,
    DatabaseUnavailable,
    credentials_refused,
    make_driver,
    make_read_driver,
    unavailable,
)
from graph.gazetteer import GazetteerMissing

log = logging.getLogger("nqgraph.api")

DESCRIPTION = """\
Knowledge graph of Vietnamese Party directives and the plans that carry them out.

With NQGRAPH_ENV=production every endpoint but `/health` needs a credential: an API key
(`X-API-Key` or `Authorization: Bearer`), a JWT bearer token, or a web session (`/login`). Credentials
carry scopes: `read` for GET, `upload` for `POST /documents`, `admin` for `/admin/...`. No credential
is 401, a credential without the scope 403. In development, reads from 127.0.0.1 need nothing.

A scan that needs OCR is answered `202 Accepted` with a job: poll `GET /jobs/{id}`. Every list answers
one envelope `{"items": [...], "total": n, "limit": l, "offset": o}`. Errors are JSON `{"detail": message}`
(schema `ErrorOut`): 404 unknown uid, 409 ambiguous number (with `candidates`), 413 a file over the size
limit, 422 bad parameters or a bad file (or one past the parse's time or memory limit), 429 too many
wrong keys or passwords from one address (with Retry-After), 503 when Neo4j does not answer or refuses
the credentials, the gazetteer is not loaded, the OCR queue is full or too many uploads run at once.

The web app for staff is at [/](/); these docs work offline (their assets are served by this process).
"""

DOCS_ASSETS = resources.files("fastapi_offline") / "static"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # A request answers 503 within seconds when Neo4j is down or frozen (graph.db.API_DRIVER_TIMEOUTS).
    driver = make_driver(**API_DRIVER_TIMEOUTS, **API_DRIVER_NOTIFICATIONS)
    app.state.driver = driver
    # Community has one kind of user (docs/security.md): a reader only where the edition has roles.
    app.state.read_driver = make_read_driver(**API_DRIVER_TIMEOUTS, **API_DRIVER_NOTIFICATIONS)
    warm_parser()
    settings = access_of(app).settings
    app.state.jobs = JobQueue(time_limit=settings.ocr_job_timeout)
    # This lifespan's own watch on this lifespan's own driver: stopped before that driver closes, even
    # when another lifespan of the same app (a test runner's) has started meanwhile.
    watch = None
    if settings.response_cache_mb > 0:
        reader = app.state.read_driver or driver
        watch = VersionWatch(lambda: reader, settings, settings.cache_refresh).start()
    app.state.version_watch = watch
    app.state.schema_applied = False
    try:
        ensure_ready(driver)
        app.state.schema_applied = True
    except Exception as exc:  # noqa: BLE001 - start anyway; /health says 503 until Neo4j answers
        log.warning("Neo4j not ready at start-up, schema and gazetteer not ensured yet: %s", exc)
    try:
        yield
    finally:
        if watch is not None:
            watch.stop()
        app.state.jobs.close(wait=5.0)
        if app.state.read_driver is not None:
            app.state.read_driver.close()
        driver.close()


@lru_cache(maxsize=1)
def _redoc_bundle() -> bytes:
    """ReDoc's bundle with its one remote asset (the 'Redocly' logo from a CDN) pointed at a local file."""
    text = (DOCS_ASSETS / "redoc.standalone.js").read_bytes()
    return text.replace(b"https://cdn.redoc.ly/redoc/logo-mini.svg", b"/_docs/favicon.png")


def _operation_id(route: APIRoute) -> str:
    """The function's name ('find_tasks'): stable ids for generated clients."""
    return route.name


def _json(status: int, detail: str, **extra: object) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": detail, **extra})


def _answer(request: Request, status: int, detail: str, **extra: object) -> Response:
    """JSON for the API; a page in the reader's language for the web app's paths."""
    if pages.is_page(request.url.path):
        return pages.render_error(request, status, detail)
    return _json(status, detail, **extra)


async def _api_error(request: Request, exc: ApiError) -> Response:
    return _answer(request, exc.status_code, exc.message, **exc.extra)


async def _bad_parameters(request: Request, exc: RequestValidationError) -> Response:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    return _answer(request, 422, "bad parameters: " + "; ".join(parts),
                 errors=[{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()])


def _allowed_methods(request: Request) -> str | None:
    """Every method some route serves at this path: Starlette's 405 names only the first route's
    (GET /documents and POST /documents are two routes)."""
    allowed = []
    for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"):
        probe = {**request.scope, "method": method}
        if any(route.matches(probe)[0] is Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return ", ".join(allowed) or None


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    response = _answer(request, exc.status_code, str(exc.detail))
    response.headers.update(exc.headers or {})  # Retry-After, WWW-Authenticate
    if exc.status_code == 405 and (allowed := _allowed_methods(request)):
        response.headers["Allow"] = allowed
    return response


async def _no_gazetteer(request: Request, exc: GazetteerMissing) -> Response:
    return _answer(request, 503, str(exc))


async def _db_down(request: Request, exc: Exception) -> Response:
    """503 naming no address: the driver's message (host, port, resolved address) goes to the log."""
    log.warning("Neo4j unavailable on %s: %s", request.url.path, exc)
    message = str(exc) if isinstance(exc, DatabaseUnavailable) else str(unavailable(exc))
    response = _answer(request, 503, message)
    response.headers["Retry-After"] = "5"
    return response


async def _client_error(request: Request, exc: ClientError) -> Response:
    if credentials_refused(exc):  # AuthenticationRateLimit is a ClientError, not an AuthError
        return await _db_down(request, exc)
    if "TransactionTimedOut" in (exc.code or ""):
        return _answer(request, 503,
                       "the query took longer than the configured timeout (NQGRAPH_QUERY_TIMEOUT)")
    log.error("Cypher error on %s: %s", request.url.path, exc)
    return _answer(request, 500, "internal query error")


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path)
    return _answer(request, 500, "internal error")


_ERROR_REF = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}}
SERVED_ERRORS = {
    "422": "bad parameters: `detail` names each, `errors` lists them",
    "429": "too many failed sign-ins or wrong keys from this address (Retry-After says when to retry)",
}


def advertise_served_errors(app: FastAPI) -> None:
    """The OpenAPI document says what is served: every 422 and 429 is an ErrorOut, a malformed multipart
    body is a 400, and FastAPI's HTTPValidationError (never served) is not advertised."""
    previous = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema and app.openapi_schema.get("x-served-errors"):
            return dict(app.openapi_schema)
        schema = previous()
        for path, operations in schema.get("paths", {}).items():
            if path == "/health":
                continue
            for op in operations.values():
                responses = op.setdefault("responses", {})
                for status, description in SERVED_ERRORS.items():
                    responses[status] = {"description": description, **_ERROR_REF}
                if "multipart/form-data" in op.get("requestBody", {}).get("content", {}):
                    responses["400"] = {"description": "the body is not valid multipart form data",
                                        **_ERROR_REF}
        for name in ("HTTPValidationError", "ValidationError"):
            schema.get("components", {}).get("schemas", {}).pop(name, None)
        schema["x-served-errors"] = True
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app with its middleware, docs, error handlers and routers (tests build one per settings)."""
    s = settings or get_settings()
    app = FastAPI(title="nqgraph", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, generate_unique_id_function=_operation_id)
    app.add_middleware(GZipMiddleware, minimum_size=s.gzip_min_bytes)
    app.add_middleware(UploadLimit)  # POST /documents: the size limit while the body streams in
    # a bound on uploads parsing at once: 503 past it, never a queue
    app.add_middleware(HeavyGate, bound=s.max_uploads)
    # read answers from memory while the graph is unchanged (inside access control, outside gzip)
    app.state.answers = Answers(s.response_cache_mb * 2**20)
    app.add_middleware(ResponseCache, answers=app.state.answers,
                       watch=lambda: getattr(app.state, "version_watch", None))
    # Every request, whatever route serves it (added later included), passes access control first; only
    # CORS (answering preflights, adding its headers to refusals too) and the timing header sit outside.
    configure(app, s)
    app.add_middleware(AccessMiddleware)

    app.add_middleware(ServerTiming)
    app.add_middleware(CatchAll)  # outermost of ours: no traceback, and the connection stays open
    if s.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=s.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["X-API-Key", "Authorization", "Content-Type", CSRF_HEADER])

    @app.get("/_redoc/redoc.standalone.js", include_in_schema=False)
    def redoc_js() -> Response:
        return Response(_redoc_bundle(), media_type="application/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/_docs", StaticFiles(directory=str(DOCS_ASSETS)), name="docs-assets")
    app.mount("/static", StaticFiles(directory=str(pages.STATIC)), name="static")
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=openapi_url, title="nqgraph API",
                                   swagger_js_url="/_docs/swagger-ui-bundle.js",
                                   swagger_css_url="/_docs/swagger-ui.css",
                                   swagger_favicon_url="/_docs/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=openapi_url, title="nqgraph API",
                              redoc_js_url="/_redoc/redoc.standalone.js",
                              redoc_favicon_url="/_docs/favicon.png", with_google_fonts=False)

    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _bad_parameters)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(GazetteerMissing, _no_gazetteer)  # type: ignore[arg-type]
    for exc in (DatabaseUnavailable, AuthError, *UNREACHABLE):
        app.add_exception_handler(exc, _db_down)
    app.add_exception_handler(ClientError, _client_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
    for router in (health.router, documents.router, jobs.router, tasks.router, bodies.router, search.router,
                   login.router, admin.router):
        app.include_router(router)
    app.include_router(pages.router)
    install_openapi_security(app)
    advertise_served_errors(app)
    return app


app = create_app()
