"""Access control in production, proved on every route of the app as it is when the tests run (routes
added later are enumerated too): 401 without a credential (a redirect to /login for a browser), 403
with a credential lacking the scope, through for one that has it; each kind of credential (API key,
JWT, session) and each scope; CSRF; the audit log; settings that never print a secret."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI, WebSocket
from fastapi.testclient import TestClient
from neo4j import Driver
from pydantic import ValidationError

from api.auth import PUBLIC_PATHS, configure, iter_routes, required_scope
from api.main import app
from api.sessions import COOKIE, SessionCodec, install_template_helpers
from config.credentials import Entry, Scope, find, find_user, parse_entries, scrypt_hash, sha256_hash
from nqgraph.settings import DEV_API_KEY, DEV_PASSWORD, Settings, get_settings

SEEDS = Path(__file__).resolve().parent.parent / "seed_data"
ALL = frozenset(Scope)
# One key per set of scopes: the key for `frozenset({READ})` is "key-read", and so on.
SCOPE_SETS = [frozenset(c) for c in ({Scope.READ}, {Scope.UPLOAD}, {Scope.ADMIN}, {Scope.READ, Scope.UPLOAD},
                                      {Scope.UPLOAD, Scope.ADMIN}, {Scope.READ, Scope.ADMIN}, set(Scope))]
USER_PASSWORD = "correct horse battery staple"
JWT_SECRET = "j" * 40
SESSION_SECRET = "s" * 40
NEO4J_SECRET = "neo4j-production-password-xyz"


def _name(scopes: frozenset[Scope]) -> str:
    return "-".join(sorted(s.value for s in scopes))


def key_of(scopes: frozenset[Scope]) -> str:
    return f"key-{_name(scopes)}-0123456789abcdef"


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def production(tmp: Path, rsa_key: rsa.RSAPrivateKey | None = None, **extra: Any) -> Settings:
    fields: dict[str, Any] = dict(
        env="production", neo4j_password=NEO4J_SECRET, local_dir=tmp, audit_log=tmp / "audit.jsonl",
        api_keys=[f"k-{_name(s)}:{','.join(sorted(s))}:{sha256_hash(key_of(s))}" for s in SCOPE_SETS],
        users=[f"reader:read:{scrypt_hash(USER_PASSWORD)}",
               f"clerk:read,upload:{sha256_hash(USER_PASSWORD)}"],
        session_secret=SESSION_SECRET, jwt_secret=JWT_SECRET, jwt_audience="nqgraph",
        jwt_public_key=_public_pem(rsa_key) if rsa_key else None)
    fields.update(extra)
    return Settings(**fields)


@pytest.fixture(scope="module")
def prod(tmp_path_factory: pytest.TempPathFactory, rsa_key: rsa.RSAPrivateKey) -> Settings:
    return production(tmp_path_factory.mktemp("prod"), rsa_key)


@pytest.fixture
def client(seeded_db: Driver, prod: Settings) -> Iterator[TestClient]:
    """The app with production settings, over https (Secure cookies), not following redirects."""
    configure(app, prod)
    try:
        with TestClient(app, base_url="https://testserver", follow_redirects=False) as c:
            yield c
    finally:
        configure(app, get_settings())


def token(scopes: list[str] | str, key: Any = JWT_SECRET, alg: str = "HS256", **claims: Any) -> str:
    body = {"sub": "svc-reporting", "aud": "nqgraph", "exp": int(time.time()) + 300,
            "scope": scopes if isinstance(scopes, str) else " ".join(scopes), **claims}
    return jwt.encode(body, key, algorithm=alg)


# ---------------------------------------------------------------------------
# the scope a request needs
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("method, path, scope", [
    ("GET", "/documents", Scope.READ),
    ("HEAD", "/documents/x/coverage", Scope.READ),
    ("GET", "/", Scope.READ),
    ("GET", "/docs", Scope.READ),
    ("GET", "/openapi.json", Scope.READ),
    ("GET", "/static/app.css", Scope.READ),
    ("POST", "/documents", Scope.UPLOAD),
    ("POST", "/upload", Scope.UPLOAD),
    ("PUT", "/tasks/x/alignment", Scope.UPLOAD),
    ("PATCH", "/documents/x", Scope.UPLOAD),
    ("DELETE", "/documents/x", Scope.ADMIN),
    ("GET", "/admin/audit", Scope.ADMIN),
    ("POST", "/admin", Scope.ADMIN),
    ("GET", "/administration", Scope.READ),
    ("GET", "/health", None),
    ("GET", "/login", None),
    ("POST", "/login", None),
    ("POST", "/logout", None),
    ("GET", "/health/deep", Scope.READ),
    ("GET", "/jobs/x", Scope.READ),
    ("GET", "/documents/x/alignment", Scope.READ),
    ("GET", "/tasks/x/carried-out-by", Scope.READ),
    ("GET", "/tasks/equivalents", Scope.READ),
    ("GET", "/doc/x", Scope.READ),
    ("GET", "/upload", Scope.READ),
    ("GET", "/export/x", Scope.READ),
    ("GET", "/_docs/swagger-ui.css", Scope.READ),
])
def test_required_scope_from_method_and_path(method: str, path: str, scope: Scope | None) -> None:
    assert required_scope(method, path) == scope


# ---------------------------------------------------------------------------
# every route of the app, whatever helper added it
# ---------------------------------------------------------------------------


def _concrete(path: str) -> str:
    return re.sub(r"\{(\w+)(?::(\w+))?\}", lambda m: "1" if m[2] in ("int", "float") else "x", path)


def _routes() -> list[tuple[str, str]]:
    """(method, concrete path) for every route and method the app serves."""
    out = []
    for path, methods, mount in iter_routes(app):
        if mount:
            out.append(("GET", path.rstrip("/") + "/x"))
        else:
            out += [(m, _concrete(path)) for m in sorted(methods) if m != "HEAD"]
    return out


ROUTES = _routes()


def test_public_routes_are_exactly_health_and_the_sign_in_pages() -> None:
    public = {p for m, p in ROUTES if required_scope(m, p) is None}
    assert public == set(PUBLIC_PATHS)
    assert len(ROUTES) >= 15


def _call(c: TestClient, method: str, path: str, headers: dict[str, str] | None = None) -> Any:
    return c.request(method, path, headers=headers or {})


@pytest.mark.db
@pytest.mark.parametrize("method, path", [r for r in ROUTES if required_scope(*r) is not None],
                         ids=[f"{m} {p}" for m, p in ROUTES if required_scope(m, p) is not None])
def test_every_route_401_without_credential_403_without_scope(client: TestClient, method: str,
                                                              path: str) -> None:
    need = required_scope(method, path)
    assert need is not None
    r = _call(client, method, path)
    assert r.status_code == 401, r.text
    assert r.json()["detail"] and "WWW-Authenticate" in r.headers
    if method == "GET":
        html = _call(client, method, path, {"Accept": "text/html,application/xhtml+xml"})
        assert html.status_code == 303 and html.headers["location"].startswith("/login?next=/")
    assert _call(client, method, path, {"X-API-Key": "not-a-key"}).status_code == 401
    for scopes in SCOPE_SETS:
        got = _call(client, method, path, {"X-API-Key": key_of(scopes)}).status_code
        if need in scopes:
            assert got not in (401, 403), (scopes, got)
        else:
            assert got == 403, (scopes, got)
    # the same through a bearer token and a bearer-carried key
    wrong = [s.value for s in Scope if s is not need]
    assert _call(client, method, path, {"Authorization": f"Bearer {token(wrong)}"}).status_code == 403
    assert _call(client, method, path, {"Authorization": f"Bearer {token([need.value])}"}).status_code \
        not in (401, 403)
    assert _call(client, method, path,
                 {"Authorization": f"Bearer {key_of(frozenset({need}))}"}).status_code not in (401, 403)


@pytest.mark.db
def test_health_answers_without_credential(client: TestClient) -> None:
    assert client.get("/health").status_code == 200


@pytest.mark.db
@pytest.mark.parametrize("headers, expected", [
    ({"X-API-Key": ""}, 401),
    ({"X-API-Key": "   "}, 401),
    ({"Authorization": "Bearer "}, 401),
    ({"Authorization": "Basic dXNlcjpwYXNz"}, 401),
    ({"Authorization": f"Bearer {token(['read'], exp=int(time.time()) - 3600)}"}, 401),
    ({"Authorization": f"Bearer {token(['read'], aud='another-service')}"}, 401),
    ({"Authorization": f"Bearer {token(['read'], key='another-secret-of-forty-characters-xxxxx')}"}, 401),
    ({"Authorization": "Bearer " + jwt.encode({"sub": "x", "exp": int(time.time()) + 60, "aud": "nqgraph",
                                                "scope": "read"}, None, algorithm="none")}, 401),
    ({"Authorization": f"Bearer {token('read upload admin')}"}, 200),
    ({"Authorization": f"Bearer {token(['upload'])}"}, 403),
    ({"Authorization": f"Bearer {token(['read', 'superuser'])}"}, 200),
    ({"Authorization": f"Bearer {token([])}"}, 403),
])
def test_bearer_tokens(client: TestClient, headers: dict[str, str], expected: int) -> None:
    assert client.get("/documents", headers=headers).status_code == expected


@pytest.mark.db
def test_rs256_tokens_are_checked_with_the_public_key(client: TestClient, rsa_key: rsa.RSAPrivateKey) -> None:
    good = token(["read"], key=rsa_key, alg="RS256")
    assert client.get("/documents", headers={"Authorization": f"Bearer {good}"}).status_code == 200
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = token(["read"], key=other, alg="RS256")
    assert client.get("/documents", headers={"Authorization": f"Bearer {forged}"}).status_code == 401
    # the public key used as an HMAC secret (algorithm confusion) is refused
    confused = _hs256_by_hand({"sub": "x", "aud": "nqgraph", "exp": int(time.time()) + 60, "scope": "read"},
                              _public_pem(rsa_key).encode())
    assert client.get("/documents", headers={"Authorization": f"Bearer {confused}"}).status_code == 401


def _hs256_by_hand(claims: dict[str, Any], secret: bytes) -> str:
    """PyJWT will not sign with a PEM as an HMAC secret; an attacker would."""
    import base64
    import hashlib
    import hmac

    def part(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    head = part(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + part(json.dumps(claims).encode())
    return head + "." + part(hmac.new(secret, head.encode(), hashlib.sha256).digest())


class _Issuer(BaseHTTPRequestHandler):
    jwks: dict[str, Any] = {}
    base = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = {"/.well-known/openid-configuration": {"issuer": self.base, "jwks_uri": f"{self.base}/jwks"},
                "/jwks": self.jwks}.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(body or {}).encode())

    def log_message(self, *args: Any) -> None:
        pass


@pytest.mark.db
def test_oidc_discovery_on_a_local_issuer(seeded_db: Driver, tmp_path: Path,
                                          rsa_key: rsa.RSAPrivateKey) -> None:
    server = HTTPServer(("127.0.0.1", 0), _Issuer)
    base = f"http://127.0.0.1:{server.server_port}"
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(rsa_key.public_key()))
    _Issuer.jwks, _Issuer.base = {"keys": [{**jwk, "kid": "k1", "use": "sig", "alg": "RS256"}]}, base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    s = production(tmp_path, oidc_issuer=base, jwt_secret=None, jwt_audience="nqgraph")
    configure(app, s)
    try:
        with TestClient(app, base_url="https://testserver") as c:
            claims = {"sub": "anh.nguyen", "aud": "nqgraph", "iss": base, "scope": "read",
                      "exp": int(time.time()) + 60}
            good = jwt.encode(claims, rsa_key, algorithm="RS256", headers={"kid": "k1"})
            assert c.get("/documents", headers={"Authorization": f"Bearer {good}"}).status_code == 200
            wrong_iss = jwt.encode({"sub": "x", "aud": "nqgraph", "iss": "https://elsewhere", "scope": "read",
                                    "exp": int(time.time()) + 60}, rsa_key, algorithm="RS256",
                                   headers={"kid": "k1"})
            assert c.get("/documents", headers={"Authorization": f"Bearer {wrong_iss}"}).status_code == 401
    finally:
        configure(app, get_settings())
        server.shutdown()


# ---------------------------------------------------------------------------
# people: sign-in, sessions, CSRF
# ---------------------------------------------------------------------------


def _login(c: TestClient, user: str, password: str, next_: str = "/documents") -> Any:
    page = c.get("/login", params={"next": next_})
    assert page.status_code == 200 and 'name="csrf_token"' in page.text
    form_token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert form_token
    return c.post("/login", data={"username": user, "password": password, "csrf_token": form_token[1],
                                  "next": next_})


@pytest.fixture
def browser(client: TestClient) -> TestClient:
    """A client whose cookie jar plays the browser."""
    return client


@pytest.mark.db
def test_sign_in_sets_a_strict_http_only_secure_cookie(browser: TestClient, prod: Settings) -> None:
    r = _login(browser, "reader", USER_PASSWORD)
    assert r.status_code == 303 and r.headers["location"] == "/documents"
    cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith(f"{COOKIE}="))
    flags = {f.strip().lower() for f in cookie.split(";")[1:]}
    assert {"httponly", "secure", "samesite=strict", "path=/"} <= flags
    assert browser.get("/documents").status_code == 200
    html = browser.get("/documents", headers={"Accept": "text/html"})
    assert html.status_code == 200
    # a reader's session may not upload, nor read the audit log
    assert browser.get("/admin/audit", headers={"Accept": "text/html"}).status_code == 403
    audit = [json.loads(line) for line in prod.audit_path.read_text().splitlines()]
    assert {"event": "login", "actor": "user:reader"}.items() <= audit[-1].items()


@pytest.mark.db
@pytest.mark.parametrize("user, password", [("reader", "wrong password!"), ("nobody", USER_PASSWORD),
                                            ("reader", "")])
def test_wrong_sign_in_is_401_and_logged_without_the_password(browser: TestClient, prod: Settings, user: str,
                                                             password: str) -> None:
    r = _login(browser, user, password)
    assert r.status_code in (401, 422) and COOKIE not in r.cookies
    if r.status_code == 401:
        last = json.loads(prod.audit_path.read_text().splitlines()[-1])
        assert last["event"] == "login-failed" and last["actor"] == f"user:{user}"
        assert password not in prod.audit_path.read_text()


@pytest.mark.db
def test_sign_in_form_needs_its_csrf_cookie(browser: TestClient) -> None:
    browser.get("/login")
    r = browser.post("/login", data={"username": "reader", "password": USER_PASSWORD, "csrf_token": "forged"})
    assert r.status_code == 403 and COOKIE not in r.cookies


@pytest.mark.db
@pytest.mark.parametrize("target, expected", [("/documents?limit=1", "/documents?limit=1"),
                                              ("//evil.example/x", "/"), ("https://evil.example", "/"),
                                              ("/\\evil.example", "/")])
def test_sign_in_redirects_only_inside_the_site(browser: TestClient, target: str, expected: str) -> None:
    r = _login(browser, "reader", USER_PASSWORD, next_=target)
    assert r.status_code == 303 and r.headers["location"] == expected


def _session_csrf(c: TestClient, prod: Settings) -> str:
    session = SessionCodec(SESSION_SECRET, prod.session_ttl).read(c.cookies.get(COOKIE))
    assert session is not None
    return session.csrf


@pytest.mark.db
def test_session_writes_need_the_csrf_token(browser: TestClient, prod: Settings) -> None:
    assert _login(browser, "clerk", USER_PASSWORD).status_code == 303
    seed = SEEDS / "004_c81e2607254c46bf.txt"
    files = {"file": (seed.name, seed.read_bytes(), "text/plain")}
    assert browser.post("/documents", files=files).status_code == 403
    assert browser.post("/documents", files=files, data={"csrf_token": "forged"}).status_code == 403
    csrf = _session_csrf(browser, prod)
    assert browser.post("/documents", files=files, data={"csrf_token": csrf}).status_code == 201
    assert browser.post("/documents", files=files, headers={"X-CSRF-Token": csrf}).status_code == 201
    # the same token in a url-encoded form: past CSRF, then the route's own 422 (no file)
    assert browser.post("/documents", data={"csrf_token": csrf}).status_code == 422
    last = json.loads(prod.audit_path.read_text().splitlines()[-2])
    assert last["actor"] == "user:clerk" and last["status"] == 201 and last["action"] == "reload"


@pytest.mark.db
def test_logout_ends_the_session(browser: TestClient, prod: Settings) -> None:
    _login(browser, "reader", USER_PASSWORD)
    assert browser.post("/logout").status_code == 403  # without its token
    r = browser.post("/logout", data={"csrf_token": _session_csrf(browser, prod)})
    assert r.status_code == 303 and r.headers["location"] == "/login"
    browser.cookies.delete(COOKIE)
    for cookie in r.headers.get_list("set-cookie"):
        if cookie.startswith(f"{COOKIE}="):
            assert "max-age=0" in cookie.lower() or 'expires=' in cookie.lower()
    assert browser.get("/documents").status_code == 401


@pytest.mark.db
def test_a_removed_user_or_changed_password_ends_the_session(browser: TestClient, prod: Settings,
                                                            tmp_path: Path) -> None:
    _login(browser, "reader", USER_PASSWORD)
    assert browser.get("/documents").status_code == 200
    changed = production(tmp_path, users=[f"reader:read:{sha256_hash('another password entirely')}"])
    configure(app, changed)
    assert browser.get("/documents").status_code == 401
    configure(app, production(tmp_path, users=[]))
    assert browser.get("/documents").status_code == 401


@pytest.mark.parametrize("value", ["", "garbage", "a.b", "eyJ1IjoieCJ9.AAAA"])
def test_forged_or_malformed_session_cookies_read_as_none(value: str) -> None:
    codec = SessionCodec(SESSION_SECRET, 3600)
    assert codec.read(value) is None
    cookie, _ = SessionCodec("another secret of at least 32 chars!!", 3600).new(
        Entry.parse(f"u:read:{sha256_hash('p')}"))
    assert codec.read(cookie) is None


def test_expired_session_reads_as_none() -> None:
    codec = SessionCodec(SESSION_SECRET, 3600)
    cookie, session = codec.new(Entry.parse(f"u:read:{sha256_hash('p')}"))
    assert codec.read(cookie) == session
    codec.ttl = -10
    old, _ = codec.new(Entry.parse(f"u:read:{sha256_hash('p')}"))
    assert codec.read(old) is None


def test_csrf_helpers_render_in_jinja() -> None:
    from jinja2 import Environment
    from starlette.requests import Request

    env = Environment(autoescape=True)
    install_template_helpers(env)
    from api.auth import Principal

    request = Request({"type": "http", "method": "GET", "path": "/", "headers": [],
                       "state": {"principal": Principal("user:a", frozenset({Scope.READ}), "session",
                                                        csrf="tok<en>")}})
    html = env.from_string('<form method="post">{{ csrf_field(request) }}</form>'
                           '{{ csrf_token(request) }}').render(request=request)
    assert '<input type="hidden" name="csrf_token" value="tok&lt;en&gt;">' in html
    assert html.endswith("tok&lt;en&gt;")


# ---------------------------------------------------------------------------
# development stays open on this machine
# ---------------------------------------------------------------------------


@pytest.mark.db
@pytest.mark.parametrize("host, expected", [("127.0.0.1", 200), ("::1", 200), ("testclient", 200),
                                            ("10.1.2.3", 401), ("192.168.0.9", 401)])
def test_development_reads_are_open_from_this_machine_only(seeded_db: Driver, host: str,
                                                          expected: int) -> None:
    configure(app, Settings(env="development"))
    try:
        with TestClient(app, client=(host, 5000)) as c:
            assert c.get("/documents?limit=1").status_code == expected
            assert c.post("/documents").status_code == 401  # writes need a credential here too
            assert c.get("/admin/audit").status_code == 401
            assert c.get("/admin/audit", headers={"X-API-Key": DEV_API_KEY}).status_code == 200
    finally:
        configure(app, get_settings())


# ---------------------------------------------------------------------------
# the audit log
# ---------------------------------------------------------------------------


@pytest.mark.db
def test_audit_log_records_who_replaced_what_and_never_the_key(client: TestClient, prod: Settings) -> None:
    seed = SEEDS / "004_c81e2607254c46bf.txt"
    original = seed.read_bytes()
    upload_key = key_of(frozenset({Scope.UPLOAD}))

    def post(data: bytes, replace: bool = True) -> Any:
        """Other bytes claiming a loaded identity are refused unless the upload says replace=true."""
        return client.post("/documents", params={"replace": replace},
                           files={"file": (seed.name, data, "text/plain")}, headers={"X-API-Key": upload_key})

    assert post(original + b"\n\n", replace=False).status_code == 409
    try:
        assert post(original + b"\n\n").status_code == 201
    finally:
        assert post(original).status_code == 201
    assert client.post("/documents", files={"file": ("x.txt", b"y", "text/plain")},
                       headers={"X-API-Key": key_of(frozenset({Scope.READ}))}).status_code == 403
    entries = client.get("/admin/audit", params={"limit": 3},
                         headers={"X-API-Key": key_of(frozenset({Scope.ADMIN}))}).json()
    refused, back, changed = entries
    assert changed["actor"] == back["actor"] == "key:k-upload"
    assert changed["action"] == back["action"] == "replace" and changed["uid"] == back["uid"]
    assert changed["replace"] is back["replace"] is True
    assert back["replaced"]["sha256"] == changed["sha256"] != back["sha256"]
    assert refused["event"] == "refused" and refused["actor"] == "key:k-read" and refused["status"] == 403
    text = prod.audit_path.read_text()
    assert all(key_of(s) not in text for s in SCOPE_SETS) and USER_PASSWORD not in text


@pytest.mark.db
def test_an_ocr_jobs_load_is_logged_for_whoever_queued_it(client: TestClient, prod: Settings,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan is answered 202 before anything is written: the job's load gets its own line, same actor."""
    from api import upload
    from loaders.errors import NeedsOcr

    seed = SEEDS / "004_c81e2607254c46bf.txt"
    record = upload.parse_upload(seed.read_bytes(), seed.name)

    def scan(raw: bytes, name: str, **limits: Any) -> Any:
        raise NeedsOcr(name, "a scan")

    monkeypatch.setattr(upload, "parse_in_child", scan)  # the upload parses in a child process
    monkeypatch.setattr(upload, "ocr_in_child", lambda raw, name, progress, deadline: record)
    r = client.post("/documents", files={"file": ("quet.pdf", b"%PDF scan", "application/pdf")},
                    headers={"X-API-Key": key_of(frozenset({Scope.UPLOAD}))})
    assert r.status_code == 202, r.text
    read = {"X-API-Key": key_of(frozenset({Scope.READ}))}
    end = time.monotonic() + 30
    while (job := client.get(r.headers["location"], headers=read).json())["status"] in ("queued", "running"):
        assert time.monotonic() < end, job
        time.sleep(0.05)
    assert job["status"] == "done", job
    lines = [json.loads(x) for x in prod.audit_path.read_text().splitlines()]
    queued = next(e for e in reversed(lines) if e.get("job") == r.json()["job"] and e["event"] == "write")
    done = next(e for e in reversed(lines) if e["event"] == "job" and e.get("file") == "quet.pdf")
    assert queued["actor"] == done["actor"] == "key:k-upload" and queued["action"] == "queued"
    assert done["uid"] == job["uid"] and done["action"] in ("create", "reload", "replace")


def test_cors_wraps_access_control_so_refusals_carry_its_headers(tmp_path: Path) -> None:
    """A browser on an allowed origin must read a 401 as a 401, not as a CORS failure; its preflight
    carries no credential and is answered by CORS alone."""
    from api.main import create_app

    origin = "https://intranet.example"
    c = TestClient(create_app(production(tmp_path, cors_origins=[origin])))  # no lifespan: no Neo4j needed
    r = c.get("/documents", headers={"Origin": origin})
    assert r.status_code == 401 and r.headers["access-control-allow-origin"] == origin
    pre = c.options("/documents", headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                           "Access-Control-Request-Headers": "x-api-key"})
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == origin


@pytest.mark.db
def test_openapi_lists_the_three_credentials(client: TestClient) -> None:
    spec = client.get("/openapi.json", headers={"X-API-Key": key_of(frozenset({Scope.READ}))}).json()
    assert set(spec["components"]["securitySchemes"]) == {"ApiKey", "Bearer", "Session"}


# ---------------------------------------------------------------------------
# credentials at rest and the settings that hold them
# ---------------------------------------------------------------------------


def test_entries_hash_and_match_in_both_formats() -> None:
    fast = Entry.parse(f"ci:read,upload:{sha256_hash('k1')}")
    slow = Entry.parse(f"anh:read:{scrypt_hash('a long password')}")
    assert fast.scopes == {Scope.READ, Scope.UPLOAD} and fast.matches("k1") and not fast.matches("k2")
    assert slow.matches("a long password") and not slow.matches("a long passwore")
    assert find((fast, slow), "k1") == fast and find((fast, slow), "") is None
    assert find_user((slow,), "anh", "a long password") == slow
    assert find_user((slow,), "anh", "nope") is None and find_user((slow,), "binh", "a long password") is None
    assert str(Entry.parse(str(fast))) == str(fast)


@pytest.mark.parametrize("entries, message", [
    ([""], "entry 1 is empty"),
    (["   "], "entry 1 is empty"),
    (["plain-key-of-old"], "id:scopes:hash"),
    (["ci::sha256:" + "0" * 64], "id:scopes:hash"),
    (["ci:read:plain-secret"], "sha256: or scrypt:"),
    (["ci:read:sha256:xyz"], "64 lower-case hex"),
    (["ci:write:sha256:" + "0" * 64], "unknown scope"),
    (["c i:read:sha256:" + "0" * 64], "the id must be"),
    ([f"a:read:sha256:{'0' * 64}", f"a:upload:sha256:{'1' * 64}"], "ids used twice"),
])
def test_bad_entries_are_refused_without_echoing_them(entries: list[str], message: str) -> None:
    from config.credentials import CredentialError

    with pytest.raises(CredentialError, match=message) as exc:
        parse_entries(entries, "NQGRAPH_API_KEYS")
    assert all(e.strip() not in str(exc.value) for e in entries if e.strip() and len(e) > 12)


SECRETS = ["p@ss-word-neo4j-secret-1", "s" * 31, "api-key-that-leaks-77"]


@pytest.mark.parametrize("fields, message", [
    (dict(neo4j_password=DEV_PASSWORD), "NQGRAPH_NEO4J_PASSWORD"),
    (dict(neo4j_password="   "), "NQGRAPH_NEO4J_PASSWORD"),
    (dict(api_keys=[f"dev:read:{sha256_hash(DEV_API_KEY)}"]), "development key"),
    (dict(users=[f"dev:read:{sha256_hash(DEV_PASSWORD)}"], session_secret="x" * 40), "development user"),
    (dict(api_keys=[""]), "entry 1 is empty"),
    (dict(api_keys=["   "]), "entry 1 is empty"),
    (dict(api_keys=[SECRETS[2]]), "id:scopes:hash"),
    (dict(api_keys=[]), "credential source"),
    (dict(users=[f"anh:read:{sha256_hash('x')}"], session_secret=SECRETS[1]), "NQGRAPH_SESSION_SECRET"),
    (dict(users=[f"anh:read:{sha256_hash('x')}"]), "NQGRAPH_SESSION_SECRET"),
    (dict(jwt_secret="short-secret-leaks", api_keys=None), "NQGRAPH_JWT_SECRET"),
    (dict(neo4j_read_user="reader", neo4j_read_password=" "), "NQGRAPH_NEO4J_READ_PASSWORD"),
])
def test_production_settings_errors_never_print_secrets(fields: dict[str, Any], message: str) -> None:
    base: dict[str, Any] = dict(env="production", neo4j_password=SECRETS[0],
                                api_keys=[f"ci:read:{sha256_hash('k')}"])
    with pytest.raises(ValidationError, match=message) as exc:
        Settings(**{**base, **fields})
    text = str(exc.value) + repr(exc.value)
    for secret in [*SECRETS, "short-secret-leaks", DEV_PASSWORD, DEV_API_KEY]:
        assert secret not in text


def test_settings_repr_holds_no_secret() -> None:
    s = production(Path("/tmp"), neo4j_read_user="reader", neo4j_read_password="read-secret-9")
    text = repr(s) + str(s)
    for secret in (NEO4J_SECRET, SESSION_SECRET, JWT_SECRET, "read-secret-9", "sha256:"):
        assert secret not in text


def test_production_accepts_keys_only_or_tokens_only() -> None:
    assert production(Path("/tmp"), users=None, session_secret=None).user_entries == ()
    only_jwt = production(Path("/tmp"), users=None, api_keys=None, session_secret=None)
    assert only_jwt.key_entries == () and only_jwt.jwt_enabled
    assert only_jwt.secure_cookies and not Settings(env="development").secure_cookies


def test_keys_new_prints_the_key_once_and_an_entry_that_accepts_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    from nqgraph.cli import main

    assert main(["keys", "new", "--id", "loader-ci", "--scopes", "upload,read"]) == 0
    out = capsys.readouterr().out
    key = re.search(r"^\s+(nqg_\S+)$", out, re.M)
    line = re.search(r"^\s+(loader-ci:\S+)$", out, re.M)
    assert key and line
    entry = Entry.parse(line[1])
    assert entry.scopes == {Scope.READ, Scope.UPLOAD} and entry.matches(key[1]) and key[1] not in line[1]
    assert len(key[1]) >= 40
    assert main(["keys", "new", "--scopes", "read"]) == 0
    assert re.search(r"^\s+key-[0-9a-f]{8}:read:sha256:[0-9a-f]{64}$", capsys.readouterr().out, re.M)


def test_users_new_stores_scrypt(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from nqgraph.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("a password of some length\n"))
    assert main(["users", "new", "thu.tran", "--scopes", "read", "--password-stdin"]) == 0
    line = re.search(r"^\s+(thu\.tran:\S+)$", capsys.readouterr().out, re.M)
    assert line and ":scrypt:" in line[1]
    assert Entry.parse(line[1]).matches("a password of some length")


# ---------------------------------------------------------------------------
# routes added later, by anyone, of any kind
# ---------------------------------------------------------------------------


def test_a_new_app_with_pages_static_files_and_websockets_is_covered(tmp_path: Path) -> None:
    """The middleware knows nothing of routes: a page, a mount and a socket added later are covered."""
    from fastapi.responses import HTMLResponse
    from fastapi.staticfiles import StaticFiles
    from starlette.websockets import WebSocketDisconnect

    from api.auth import AccessMiddleware

    (tmp_path / "app.css").write_text("body{}")
    later = FastAPI()
    later.add_middleware(AccessMiddleware)
    later.mount("/static", StaticFiles(directory=tmp_path), name="static")

    @later.get("/", response_class=HTMLResponse)
    def home() -> str:
        return "<h1>Trang chủ</h1>"

    @later.post("/tasks/align")
    def align() -> dict[str, str]:
        return {"ok": "yes"}

    @later.websocket("/live")
    async def live(ws: WebSocket) -> None:
        await ws.accept()
        await ws.send_text("hello")
        await ws.close()

    configure(later, production(tmp_path))
    read, upload = key_of(frozenset({Scope.READ})), key_of(frozenset({Scope.UPLOAD}))
    with TestClient(later, base_url="https://testserver", follow_redirects=False) as c:
        assert c.get("/").status_code == 401
        assert c.get("/", headers={"Accept": "text/html"}).headers["location"] == "/login?next=/"
        assert c.get("/", headers={"X-API-Key": read}).status_code == 200
        assert c.get("/static/app.css").status_code == 401
        assert c.get("/static/app.css", headers={"X-API-Key": read}).text == "body{}"
        assert c.post("/tasks/align", headers={"X-API-Key": read}).status_code == 403
        assert c.post("/tasks/align", headers={"X-API-Key": upload}).status_code == 200
        for headers in ({}, {"X-API-Key": upload}, {"X-API-Key": "wrong"}):
            with pytest.raises(WebSocketDisconnect) as closed, c.websocket_connect("/live", headers=headers):
                pass
            assert closed.value.code == 1008 and not closed.value.reason  # closed by access control
    with TestClient(later, base_url="https://testserver") as c, \
            c.websocket_connect("/live", headers={"X-API-Key": read}) as ws:
        assert ws.receive_text() == "hello"


@pytest.mark.db
def test_a_session_write_with_a_broken_form_is_refused_not_a_500(browser: TestClient) -> None:
    _login(browser, "clerk", USER_PASSWORD)
    r = browser.post("/documents", content=b"--x\r\nnot a part", headers={
        "Content-Type": "multipart/form-data; boundary=x"})
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]
