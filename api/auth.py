"""Access control, once for the whole app, so routes added later are covered without an edit.

`AccessMiddleware` sees every request (API routes, pages, docs, mounted static files, unknown paths) and
derives the scope it needs from its method and path alone (`required_scope`: `SCOPE_RULES` first, then
GET/HEAD read, `/admin/...` and DELETE admin, other writes upload; `/health` and the sign-in pages
public), so nothing depends on how a route was declared. It authenticates the request (X-API-Key,
`Authorization: Bearer` JWT or key, or the session cookie), checks the CSRF token of a session's writes,
and appends every write, allowed or refused, to the audit log.

Production: no credential is 401 (browsers asking for HTML are sent to /login), a credential without
the scope is 403. Development and test: reads from this machine (127.0.0.1) need nothing, as before;
writes still need a credential.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass
from html import escape
from typing import Any, Literal
from urllib.parse import parse_qs, quote

import anyio
from starlette.datastructures import Headers
from starlette.requests import HTTPConnection, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from api import sessions
from api.limits import FailureLimiter, too_many_failures
from api.tokens import TokenRefused, TokenVerifier
from config import Settings, audit, get_settings
from config.credentials import Entry, Scope, find
from loaders.read import MAX_BYTES

log = logging.getLogger("nqgraph.auth")

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
PUBLIC_PATHS = frozenset({"/health", "/login", "/logout"})
ADMIN_PREFIX = "/admin"
# Exceptions to the defaults, first match wins: (methods or None for any, path regex, scope or None).
# A POST that only reads, or a page only admins may see outside /admin, gets its line here.
SCOPE_RULES: list[tuple[frozenset[str] | None, re.Pattern[str], Scope | None]] = []
# A session's form post is read whole to find its CSRF token: an upload's limit plus the form's fields.
MAX_FORM_BYTES = MAX_BYTES + 2**20

ASGIApp = Callable[[MutableMapping[str, Any], Callable[[], Awaitable[Any]],
                    Callable[[MutableMapping[str, Any]], Awaitable[None]]], Awaitable[None]]


@dataclass(frozen=True)
class Principal:
    """Who is asking: `key:<id>`, `user:<name>`, `jwt:<sub>` or `anonymous` (development only)."""

    id: str
    scopes: frozenset[Scope]
    via: Literal["key", "jwt", "session", "anonymous"]
    csrf: str | None = None


def required_scope(method: str, path: str) -> Scope | None:
    for methods, pattern, scope in SCOPE_RULES:
        if (methods is None or method in methods) and pattern.fullmatch(path):
            return scope
    if path in PUBLIC_PATHS:
        return None
    if path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/") or method == "DELETE":
        return Scope.ADMIN
    if method in SAFE_METHODS:
        return Scope.READ
    return Scope.UPLOAD


def iter_routes(app: Any) -> Iterator[tuple[str, frozenset[str], bool]]:
    """(path, methods, is_mount) of every route the app serves, through included routers of any
    FastAPI version (0.165 wraps them in `_IncludedRouter`)."""
    for r in app.routes:
        contexts = getattr(r, "effective_route_contexts", None)
        if contexts is not None:
            for ctx in contexts():
                yield ctx.path, frozenset(ctx.methods or {"GET"}), isinstance(ctx.original_route, Mount)
        elif isinstance(r, Mount):
            yield r.path, frozenset({"GET"}), True
        elif isinstance(r, Route):
            yield r.path, frozenset(r.methods or {"GET"}), False


class AuthFailed(Exception):
    """A credential was given and is wrong (401, not a redirect: the caller is a program)."""


def _is_local(client: tuple[str, int] | None) -> bool:
    if client is None:
        return False
    host = client[0]
    if host == "testclient":  # Starlette's in-process TestClient
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Access:
    """What one Settings object allows: the parsed entries, the session signer, the token verifier."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.keys: tuple[Entry, ...] = settings.key_entries
        self.users: tuple[Entry, ...] = settings.user_entries
        # Development without a secret: sessions last as long as the process.
        secret = settings.session_secret or secrets.token_urlsafe(32)
        self.sessions = sessions.SessionCodec(secret, settings.session_ttl)
        self.tokens = TokenVerifier(settings) if settings.jwt_enabled else None
        # Wrong keys, tokens and passwords per client address (429 past the limit; api.limits).
        self.failures = FailureLimiter(settings.auth_failures, settings.auth_window)

    def user(self, name: str) -> Entry | None:
        return next((u for u in self.users if u.id == name), None)

    def _key(self, secret: str) -> Principal:
        entry = find(self.keys, secret)
        if entry is None:
            raise AuthFailed("the API key is not valid")
        return Principal(f"key:{entry.id}", entry.scopes, "key")

    def authenticate(self, request: HTTPConnection) -> Principal | None:
        """The request's principal, None when it carries no credential; raises AuthFailed."""
        key = request.headers.get("x-api-key")
        if key is not None:
            return self._key(key)
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            token = value.strip()
            if token.count(".") == 2 and self.tokens is not None:
                try:
                    sub, scopes = self.tokens.verify(token)
                except TokenRefused as exc:
                    raise AuthFailed(str(exc)) from None
                return Principal(f"jwt:{sub}", scopes, "jwt")
            return self._key(token)
        session = self.sessions.read(request.cookies.get(sessions.COOKIE))
        if session is not None:
            user = self.user(session.user)
            if user is not None and user.fingerprint == session.fingerprint:
                return Principal(f"user:{user.id}", user.scopes, "session", csrf=session.csrf)
        return None

    def open_reads(self, request: HTTPConnection) -> bool:
        return not self.settings.production and _is_local(request.scope.get("client"))


def configure(app: Any, settings: Settings) -> Access:
    """Set the settings access control follows (tests swap in production ones)."""
    access = Access(settings)
    app.state.access = access
    return access


def access_of(app: Any) -> Access:
    access = getattr(app.state, "access", None)
    return access if isinstance(access, Access) else configure(app, get_settings())


def wants_html(request: Request) -> bool:
    return request.method in ("GET", "HEAD") and "text/html" in request.headers.get("accept", "")


def login_redirect(request: Request) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='/')}", status_code=303)


def _unauthorized(request: Request, detail: str, access: Access) -> Response:
    if wants_html(request):
        return login_redirect(request)
    challenge = 'ApiKey realm="nqgraph", header="X-API-Key"'
    if access.tokens is not None:
        challenge = 'Bearer realm="nqgraph", ' + challenge
    return JSONResponse({"detail": detail}, status_code=401, headers={"WWW-Authenticate": challenge})


def _forbidden(request: Request, detail: str) -> Response:
    if wants_html(request):
        return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>403</title><h1>403</h1>"
                            f"<p>{escape(detail)}</p><p><a href=/login>Đăng nhập / Sign in</a></p>",
                            status_code=403)
    return JSONResponse({"detail": detail}, status_code=403)


async def _read_body(receive: Callable[[], Awaitable[Any]]) -> bytes | None:
    """The whole body, or None when it is larger than MAX_FORM_BYTES."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes) -> Callable[[], Awaitable[dict[str, Any]]]:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}
    return receive


async def _form_token(scope: MutableMapping[str, Any], body: bytes) -> str | None:
    ctype = Headers(scope=scope).get("content-type", "")
    if ctype.startswith("application/x-www-form-urlencoded"):
        values = parse_qs(body.decode("latin-1"), keep_blank_values=True).get(sessions.CSRF_FIELD)
        return values[0] if values else None
    if ctype.startswith("multipart/form-data"):
        try:
            form = await Request(scope, receive=_replay(body)).form()
        except Exception:  # noqa: BLE001 - a body that is no form has no token: refused as such
            return None
        try:
            value = form.get(sessions.CSRF_FIELD)
            return value if isinstance(value, str) else None
        finally:
            await form.close()
    return None


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


class AccessMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[MutableMapping[str, Any]], Awaitable[None]]) -> None:
        if scope["type"] == "websocket":
            await self._websocket(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        method = scope["method"]
        if method == "OPTIONS" and "access-control-request-method" in request.headers:
            await self.app(scope, receive, send)  # a CORS preflight carries no credential by design
            return
        access = access_of(scope["app"])
        state = scope.setdefault("state", {})
        need = required_scope(method, scope["path"])
        failure: str | None = None
        client = _client(scope)
        if _carries_secret(request) and (wait := access.failures.retry_after(client)):
            await too_many_failures(wait)(scope, receive, send)
            return
        try:
            principal = access.authenticate(request)
        except AuthFailed as exc:
            principal, failure = None, str(exc)
            access.failures.failed(client)
        if need is None:
            state["principal"] = principal
            await self.app(scope, receive, send)
            return
        if principal is None and failure is None and need is Scope.READ and access.open_reads(request):
            principal = Principal("anonymous", frozenset({Scope.READ}), "anonymous")
        writes = method not in SAFE_METHODS
        if principal is None:
            detail = failure or ("sign in or send a credential (X-API-Key or Authorization: Bearer)")
            await self._deny(scope, receive, send, _unauthorized(request, detail, access), access,
                             "anonymous", need, writes)
            return
        if need not in principal.scopes:
            detail = f"{principal.id} lacks the {need.value!r} scope"
            await self._deny(scope, receive, send, _forbidden(request, detail), access, principal.id, need,
                             writes)
            return
        if writes and principal.via == "session":
            checked = await self._csrf_checked(scope, receive, send, request, access, principal, need)
            if checked is None:
                return
            receive = checked
        state["principal"] = principal
        if writes:
            await self._audited(scope, receive, send, access, principal)
        else:
            await self.app(scope, receive, send)

    async def _csrf_checked(self, scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
                            send: Callable[[MutableMapping[str, Any]], Awaitable[None]], request: Request,
                            access: Access, principal: Principal,
                            need: Scope) -> Callable[[], Awaitable[Any]] | None:
        """A signed-in browser's write carries the form's CSRF token (header or form field): the body, read
        to find it, is replayed to the app; None when the write was refused (and answered)."""
        body = await _read_body(receive)
        if body is None:
            await JSONResponse({"detail": "form too large"}, status_code=413)(scope, receive, send)
            return None
        given = request.headers.get(sessions.CSRF_HEADER) or await _form_token(scope, body)
        if not csrf_ok(principal.csrf, given):
            refusal = _forbidden(request, "the form's CSRF token is missing or wrong: reload the page")
            await self._deny(scope, receive, send, refusal, access, principal.id, need, True)
            return None
        return _replay(body)

    async def _audited(self, scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[MutableMapping[str, Any]], Awaitable[None]], access: Access,
                       principal: Principal) -> None:
        """A write, served, then logged with the status it was answered with (500 if it never answered)."""
        status = {"code": 500}

        async def sending(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            await _audit(access, "write", principal.id, method=scope["method"], path=scope["path"],
                         status=status["code"], client=_client(scope), **scope["state"].get("audit", {}))

    async def _websocket(self, scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
                         send: Callable[[MutableMapping[str, Any]], Awaitable[None]]) -> None:
        """A WebSocket needs the scope its path would need for a GET; refused, it is closed with 1008
        before the handshake completes (the client sees 403)."""
        access = access_of(scope["app"])
        conn = HTTPConnection(scope)
        need = required_scope("GET", scope["path"])
        try:
            principal = access.authenticate(conn)
        except AuthFailed:
            principal = None
        if principal is None and need is Scope.READ and access.open_reads(conn):
            principal = Principal("anonymous", frozenset({Scope.READ}), "anonymous")
        if need is not None and (principal is None or need not in principal.scopes):
            await send({"type": "websocket.close", "code": 1008})
            return
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)

    async def _deny(self, scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
                    send: Callable[[MutableMapping[str, Any]], Awaitable[None]], response: Response,
                    access: Access, actor: str, need: Scope, writes: bool) -> None:
        await response(scope, receive, send)
        if writes:
            await _audit(access, "refused", actor, method=scope["method"], path=scope["path"],
                         status=response.status_code, needs=need.value, client=_client(scope))


def _carries_secret(request: HTTPConnection) -> bool:
    """A key or a bearer token: what a guesser sends (a forged session cookie fails its HMAC for free)."""
    return "x-api-key" in request.headers or "authorization" in request.headers


def _client(scope: MutableMapping[str, Any]) -> str | None:
    client = scope.get("client")
    return client[0] if client else None


async def _audit(access: Access, event: str, actor: str, **fields: Any) -> None:
    try:
        await anyio.to_thread.run_sync(lambda: audit.write(event, actor, access.settings, **fields))
    except OSError as exc:  # the answer is already sent; say loudly that the trail has a hole
        log.error("audit log %s not written: %s", access.settings.audit_path, exc)


def job_ended(request: Request) -> Callable[[dict[str, Any]], None]:
    """What a queued upload job calls when it ends: the read answers kept in memory are dropped (the job
    wrote outside any request, api/cache.py), and a `job` line goes to the audit log, for the same
    principal."""
    access = access_of(request.app)
    principal = request.scope.get("state", {}).get("principal")
    actor = principal.id if isinstance(principal, Principal) else "anonymous"
    path = request.url.path
    answers = getattr(request.app.state, "answers", None)

    def done(details: dict[str, Any]) -> None:
        if answers is not None:
            answers.clear()
        try:
            audit.write("job", actor, access.settings, method="POST", path=path, **details)
        except OSError as exc:
            log.error("audit log %s not written: %s", access.settings.audit_path, exc)
    return done


def principal_of(request: Request) -> Principal:
    principal = request.scope.get("state", {}).get("principal")
    if not isinstance(principal, Principal):
        raise RuntimeError("no principal: is AccessMiddleware installed?")
    return principal


def install_openapi_security(app: Any) -> None:
    """Advertise the three credentials in /openapi.json so /docs offers 'Authorize'."""
    previous = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema and "securitySchemes" in app.openapi_schema.get("components", {}):
            return dict(app.openapi_schema)
        schema = previous()
        schemes = {
            "ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key",
                       "description": "an API key (`nqgraph keys new`); scopes read, upload, admin"},
            "Bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                       "description": "a JWT whose `scope` claim lists read, upload, admin"},
            "Session": {"type": "apiKey", "in": "cookie", "name": sessions.COOKIE,
                        "description": "the web session set by POST /login"},
        }
        schema.setdefault("components", {}).setdefault("securitySchemes", {}).update(schemes)
        schema["security"] = [{"ApiKey": []}, {"Bearer": []}, {"Session": []}]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi
