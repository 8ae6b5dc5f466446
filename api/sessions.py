"""Web sessions: a signed cookie naming the user, and the CSRF token every form of a session carries.

The cookie holds `{user, entry fingerprint, expiry, csrf}` signed with HMAC-SHA256 under
NQGRAPH_SESSION_SECRET; scopes are read from the current NQGRAPH_USERS entry at every request, so
removing a user or changing a password ends their sessions at once. HttpOnly, SameSite=Strict, Secure
behind TLS (NQGRAPH_COOKIE_SECURE, on by default in production).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from config.credentials import Entry

COOKIE = "nqgraph_session"
LOGIN_CSRF_COOKIE = "nqgraph_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Session:
    user: str
    fingerprint: str
    expires: int
    csrf: str


class SessionCodec:
    def __init__(self, secret: str, ttl: int) -> None:
        self._key = hashlib.sha256(b"nqgraph-session:" + secret.encode()).digest()
        self.ttl = ttl

    def _sign(self, body: str) -> str:
        return _b64(hmac.new(self._key, body.encode(), hashlib.sha256).digest())

    def new(self, user: Entry) -> tuple[str, Session]:
        session = Session(user.id, user.fingerprint, int(time.time()) + self.ttl, secrets.token_urlsafe(32))
        body = _b64(json.dumps({"u": session.user, "f": session.fingerprint, "e": session.expires,
                                "c": session.csrf}, separators=(",", ":")).encode())
        return f"{body}.{self._sign(body)}", session

    def read(self, value: str | None) -> Session | None:
        """None for a missing, forged, malformed or expired cookie."""
        if not value or value.count(".") != 1:
            return None
        body, sig = value.split(".")
        if not hmac.compare_digest(sig, self._sign(body)):
            return None
        try:
            data: dict[str, Any] = json.loads(_unb64(body))
            session = Session(str(data["u"]), str(data["f"]), int(data["e"]), str(data["c"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > time.time() else None


def set_cookie(response: Response, name: str, value: str, max_age: int, secure: bool,
               path: str = "/") -> None:
    response.set_cookie(name, value, max_age=max_age, path=path, secure=secure, httponly=True,
                        samesite="strict")


def clear_cookie(response: Response, name: str, secure: bool, path: str = "/") -> None:
    response.delete_cookie(name, path=path, secure=secure, httponly=True, samesite="strict")


# ---------------------------------------------------------------------------
# helpers for templates: {{ csrf_field(request) }} inside every <form method="post">
# ---------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """The signed-in session's CSRF token ('' without a session: such a form is refused anyway)."""
    principal = request.scope.get("state", {}).get("principal")
    return getattr(principal, "csrf", None) or ""


def csrf_field(request: Request) -> Any:
    from markupsafe import Markup, escape

    return Markup(f'<input type="hidden" name="{CSRF_FIELD}" value="{escape(csrf_token(request))}">')


def install_template_helpers(templates: Any) -> None:
    """Give a `Jinja2Templates` (or a jinja2 Environment) `csrf_token`, `csrf_field` and `principal`."""
    env = getattr(templates, "env", templates)
    env.globals.update(csrf_token=csrf_token, csrf_field=csrf_field, principal=current_principal)


def current_principal(request: Request) -> Any:
    return request.scope.get("state", {}).get("principal")
