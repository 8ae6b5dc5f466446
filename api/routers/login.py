"""Sign-in for people: GET/POST /login sets the session cookie, POST /logout clears it.

The login form is protected against cross-site posts by a double-submit token (a random value in a
SameSite=Strict cookie and in the form); afterwards every form carries the session's own token
(`api.sessions.csrf_field`). Both pages are self-contained (no asset to fetch before signing in).
"""

from __future__ import annotations

from html import escape
from typing import Annotated

import anyio
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api import sessions
from api.auth import access_of, csrf_ok
from api.limits import too_many_failures
from config import audit
from config.credentials import find_user

router = APIRouter(tags=["sign-in"], include_in_schema=False)

PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Đăng nhập · nqgraph</title>
<style>
body{{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f4f1;color:#1d1d1b}}
main{{max-width:22rem;margin:12vh auto;background:#fff;padding:2rem;border-radius:6px;
box-shadow:0 1px 3px #0002}}
h1{{font-size:1.3rem;margin:0 0 1rem}} label{{display:block;margin:.8rem 0 .2rem}}
input[type=text],input[type=password]{{width:100%;box-sizing:border-box;padding:.5rem;font:inherit}}
button{{margin-top:1.2rem;padding:.5rem 1.2rem;font:inherit;background:#8b1a1a;color:#fff;border:0;
border-radius:4px;cursor:pointer}} .error{{color:#8b1a1a}} small{{color:#555}}
</style></head>
<body><main>
<h1>Đăng nhập <small>/ Sign in</small></h1>
{message}
<form method="post" action="/login">
<input type="hidden" name="csrf_token" value="{csrf}">
<input type="hidden" name="next" value="{next}">
<label for="username">Tên đăng nhập <small>/ User name</small></label>
<input id="username" name="username" type="text" autocomplete="username" required autofocus>
<label for="password">Mật khẩu <small>/ Password</small></label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button>
</form>
</main></body></html>
"""


def _safe_next(target: str | None) -> str:
    """Only a path on this site: no scheme, no host, no '//' (an open redirect otherwise)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _page(request: Request, next_: str, message: str = "", status: int = 200) -> Response:
    import secrets

    access = access_of(request.app)
    token = secrets.token_urlsafe(32)
    html = PAGE.format(csrf=escape(token), next=escape(_safe_next(next_)),
                       message=f'<p class="error" role="alert">{escape(message)}</p>' if message else "")
    response = HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})
    sessions.set_cookie(response, sessions.LOGIN_CSRF_COOKIE, token, max_age=3600,
                        secure=access.settings.secure_cookies, path="/login")
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:  # noqa: A002 - the query parameter's name
    return _page(request, next)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()],
                csrf_token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:  # noqa: A002
    access = access_of(request.app)
    client = request.client.host if request.client else None
    if not csrf_ok(request.cookies.get(sessions.LOGIN_CSRF_COOKIE), csrf_token):
        return _page(request, next, "Phiên đăng nhập đã hết hạn, hãy thử lại. / The form expired: try again.",
                     status=403)
    if wait := access.failures.retry_after(client):
        return too_many_failures(wait)
    # scrypt takes ~50 ms: off the event loop.
    user = await anyio.to_thread.run_sync(lambda: find_user(access.users, username, password))
    if user is None:
        access.failures.failed(client)
        audit.write("login-failed", f"user:{username[:64]}", access.settings, client=client)
        return _page(request, next, "Sai tên đăng nhập hoặc mật khẩu. / Wrong user name or password.",
                     status=401)
    cookie, _ = access.sessions.new(user)
    response = RedirectResponse(_safe_next(next), status_code=303)
    sessions.set_cookie(response, sessions.COOKIE, cookie, max_age=access.sessions.ttl,
                        secure=access.settings.secure_cookies)
    sessions.clear_cookie(response, sessions.LOGIN_CSRF_COOKIE, access.settings.secure_cookies, path="/login")
    audit.write("login", f"user:{user.id}", access.settings, client=client,
                scopes=sorted(s.value for s in user.scopes))
    return response


@router.post("/logout")
async def logout(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    access = access_of(request.app)
    principal = request.scope.get("state", {}).get("principal")
    if getattr(principal, "via", None) == "session":
        given = request.headers.get(sessions.CSRF_HEADER) or csrf_token
        if not csrf_ok(principal.csrf, given):
            return HTMLResponse("<!doctype html><meta charset=utf-8><p>CSRF token missing or wrong.</p>",
                                status_code=403)
        audit.write("logout", principal.id, access.settings)
    response = RedirectResponse("/login", status_code=303)
    sessions.clear_cookie(response, sessions.COOKIE, access.settings.secure_cookies)
    return response
