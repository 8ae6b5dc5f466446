"""Settings from the environment (`NQGRAPH_*`), one place for every knob.

A leaf: it imports nothing of the project outside itself, so graph/, api/, queries/, ingest/ and the CLI
all read it without an import cycle between the top-level packages. Secrets never reach a message:
fields holding them are left out of repr, and validation errors do not echo their input
(`hide_input_in_errors`).
"""


from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from config.credentials import CredentialError, Entry, parse_entries, sha256_hash

DEV_PASSWORD = "nqgraph-dev-password"
DEV_API_KEY = "nqgraph-dev-key"
DEV_USER = "dev"
# Development defaults, stored the way real ones are: hashed. Production refuses both.
DEV_API_KEY_ENTRY = f"dev:admin,read,upload:{sha256_hash(DEV_API_KEY)}"
DEV_USER_ENTRY = f"{DEV_USER}:admin,read,upload:{sha256_hash(DEV_PASSWORD)}"
REPO_ROOT = Path(__file__).resolve().parent.parent
MIN_SESSION_SECRET = 32


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NQGRAPH_", env_file=".env", extra="ignore",
                                      hide_input_in_errors=True)

    env: Literal["development", "test", "production"] = "development"

    # Any Bolt URI works (bolt://, neo4j://, neo4j+s:// for Aura); the local launcher is only the default.
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str = Field(default=DEV_PASSWORD, repr=False)
    # A second Neo4j user for the API's reads (a `reader` role on Enterprise or Aura; Community has no
    # roles, see docs/security.md). Unset: reads use neo4j_user, in READ access mode.
    neo4j_read_user: str | None = None
    neo4j_read_password: str | None = Field(default=None, repr=False)
    neo4j_database: str | None = None
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "512m"
    neo4j_start_timeout: float = 180.0
    query_timeout: float = 30.0
    # Documents per write transaction of `nqgraph load` (graph/load.py).
    load_batch_size: int = 100

    # Where the local Neo4j keeps jars, data, logs and its pid file; the audit log sits beside them.
    local_dir: Path = REPO_ROOT / ".local"
    # The local Neo4j's jars (graph/neo4j-jars.lock): a Maven repository, an intranet mirror or file://.
    maven_repository: str = "https://repo1.maven.org/maven2"
    # A Maven cache read before downloading (every jar still checked against the lock); None: never.
    maven_cache: Path | None = Path.home() / ".m2" / "repository"
    download_timeout: float = 60.0

    api_host: str = "127.0.0.1"
    api_port: int = 8000

    # Credentials, as `id:scopes:hash` entries (`nqgraph keys new`, `nqgraph users new`). Unset: the
    # development key and user in development, none in production.
    api_keys: list[str] | None = Field(default=None, repr=False)
    users: list[str] | None = Field(default=None, repr=False)
    session_secret: str | None = Field(default=None, repr=False)
    session_ttl: int = Field(default=8 * 3600, ge=60)
    # Secure cookies (sent over TLS only). None: on in production, off in development.
    cookie_secure: bool | None = None
    # Bearer tokens: HS256 with a shared secret, RS256 with a public key (PEM text or file), or the
    # keys an OIDC issuer publishes (discovery at <issuer>/.well-known/openid-configuration).
    jwt_secret: str | None = Field(default=None, repr=False)
    jwt_public_key: str | None = None
    oidc_issuer: str | None = None
    jwt_audience: str | None = None
    jwt_issuer: str | None = None
    jwt_scope_claim: str = "scope"
    jwt_leeway: float = 30.0
    # JSON Lines of writes, sign-ins, backups and refusals (who, what, when); default <local_dir>/audit.jsonl.
    audit_log: Path | None = None

    @field_validator("neo4j_uri", "neo4j_read_user", "neo4j_read_password", "session_secret",
                     "jwt_secret", "jwt_public_key", "oidc_issuer", "jwt_audience", "jwt_issuer", "audit_log",
                     "browser_url", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """`NQGRAPH_X=` in .env or compose's `${X:-}` means unset, not an empty secret or URI."""
        return None if isinstance(value, str) and not value.strip() else value

    # The API's bounds on what clients can make it do (docs/security.md, "Limits and failures").
    auth_failures: int = Field(default=10, ge=1, description="failed authentications per client address "
                               "within auth_window before it is answered 429")
    auth_window: int = Field(default=60, ge=1, le=86_400, description="seconds a failed authentication "
                             "counts towards auth_failures")
    max_uploads: int = Field(default=2, ge=1, description="uploads parsing at once; one more is answered "
                             "503 at once")
    # le: a synchronous request waits for the parse (OCR'd scans are jobs, ocr_job_timeout).
    parse_timeout: float = Field(default=20.0, gt=0, le=600, description="seconds one upload may take to "
                                 "read and parse, in its child process")
    parse_memory_mb: int = Field(default=1536, ge=64, description="MiB of address space the child parsing "
                                 "an upload may use")
    ocr_job_timeout: float = Field(default=1200.0, ge=1, le=86_400, description="seconds one OCR upload "
                                   "job may run before it is stopped")

    # Browser origins allowed to call the API from other sites (JSON list); none by default: the web app
    # is served by the API itself and needs no CORS.
    cors_origins: list[str] = []
    # Answers larger than this many bytes are gzipped when the client accepts it.
    gzip_min_bytes: int = 500
    response_cache_mb: int = Field(default=64, ge=0, description="MiB of read answers the API keeps while "
                                   "the graph is unchanged (api/cache.py); 0: none")
    cache_refresh: float = Field(default=0.5, gt=0, le=60, description="seconds between the API's checks of "
                                 "the graph's last commit: how far a cached answer may lag a load made by "
                                 "another process")
    # Where the Neo4j Browser is, for the web app's "open in Neo4j Browser" links (default: the local one).
    browser_url: str | None = None

    @property
    def neo4j_browser_url(self) -> str:
        return self.browser_url or f"http://127.0.0.1:{self.neo4j_http_port}/browser/"

    @property
    def bolt_uri(self) -> str:
        return self.neo4j_uri or f"bolt://127.0.0.1:{self.neo4j_bolt_port}"

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def secure_cookies(self) -> bool:
        return self.production if self.cookie_secure is None else self.cookie_secure

    @property
    def audit_path(self) -> Path:
        return self.audit_log or Path(self.local_dir) / "audit.jsonl"

    @property
    def jwt_enabled(self) -> bool:
        return bool(self.jwt_secret or self.jwt_public_key or self.oidc_issuer)

    @cached_property
    def key_entries(self) -> tuple[Entry, ...]:
        default = [] if self.production else [DEV_API_KEY_ENTRY]
        return parse_entries(default if self.api_keys is None else self.api_keys, "NQGRAPH_API_KEYS")

    @cached_property
    def user_entries(self) -> tuple[Entry, ...]:
        default = [] if self.production else [DEV_USER_ENTRY]
        return parse_entries(default if self.users is None else self.users, "NQGRAPH_USERS")

    @model_validator(mode="after")
    def _check_credentials(self) -> Settings:
        try:
            keys, users = self.key_entries, self.user_entries
        except CredentialError as exc:
            raise ValueError(str(exc)) from None
        if self.neo4j_read_user is not None and not (self.neo4j_read_password or "").strip():
            raise ValueError("NQGRAPH_NEO4J_READ_PASSWORD must be set with NQGRAPH_NEO4J_READ_USER")
        if self.production:
            self._refuse_dev_secrets(keys, users)
        return self

    def _refuse_dev_secrets(self, keys: tuple[Entry, ...], users: tuple[Entry, ...]) -> None:
        if not self.neo4j_password.strip() or self.neo4j_password == DEV_PASSWORD:
            raise ValueError("NQGRAPH_NEO4J_PASSWORD must be set outside development")
        if any(e.cost == "sha256" and e.matches(DEV_API_KEY) for e in keys):
            raise ValueError("NQGRAPH_API_KEYS holds the development key: make real ones with "
                             "`nqgraph keys new`")
        if any(e.cost == "sha256" and e.matches(DEV_PASSWORD) for e in users):
            raise ValueError("NQGRAPH_USERS holds the development user: make real ones with "
                             "`nqgraph users new`")
        if not keys and not users and not self.jwt_enabled:
            raise ValueError("production needs a credential source: NQGRAPH_API_KEYS, NQGRAPH_USERS or "
                             "NQGRAPH_JWT_SECRET / NQGRAPH_JWT_PUBLIC_KEY / NQGRAPH_OIDC_ISSUER")
        if users and len((self.session_secret or "").strip()) < MIN_SESSION_SECRET:
            raise ValueError(f"NQGRAPH_SESSION_SECRET must hold at least {MIN_SESSION_SECRET} characters "
                             "when NQGRAPH_USERS is set (it signs the web sessions)")
        if self.jwt_secret is not None and len(self.jwt_secret.strip()) < MIN_SESSION_SECRET:
            raise ValueError(f"NQGRAPH_JWT_SECRET must hold at least {MIN_SESSION_SECRET} characters")


@lru_cache
def get_settings() -> Settings:
    return Settings()
