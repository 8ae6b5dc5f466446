"""Settings from the environment (`NQGRAPH_*`), one place for every knob."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_PASSWORD = "nqgraph-dev-password"
DEV_API_KEY = "nqgraph-dev-key"
REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NQGRAPH_", env_file=".env", extra="ignore")

    env: Literal["development", "test", "production"] = "development"

    # Any Bolt URI works (bolt://, neo4j://, neo4j+s:// for Aura); the local launcher is only the default.
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str = DEV_PASSWORD
    neo4j_database: str | None = None
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "512m"
    neo4j_start_timeout: float = 180.0
    query_timeout: float = 30.0

    # Where the local Neo4j keeps jars, data, logs and its pid file.
    local_dir: Path = REPO_ROOT / ".local"

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_keys: list[str] = [DEV_API_KEY]
    # Browser origins allowed to call the API from other sites (JSON list); none by default: the web app
    # is served by the API itself and needs no CORS.
    cors_origins: list[str] = []
    # Answers larger than this many bytes are gzipped when the client accepts it.
    gzip_min_bytes: int = 500
    # Where the Neo4j Browser is, for the web app's "open in Neo4j Browser" links (default: the local one).
    browser_url: str | None = None

    @property
    def neo4j_browser_url(self) -> str:
        return self.browser_url or f"http://127.0.0.1:{self.neo4j_http_port}/browser/"

    @property
    def bolt_uri(self) -> str:
        return self.neo4j_uri or f"bolt://127.0.0.1:{self.neo4j_bolt_port}"

    @model_validator(mode="after")
    def _refuse_dev_secrets_in_production(self) -> Settings:
        if self.env == "production":
            if self.neo4j_password == DEV_PASSWORD:
                raise ValueError("NQGRAPH_NEO4J_PASSWORD must be set outside development")
            if DEV_API_KEY in self.api_keys:
                raise ValueError("NQGRAPH_API_KEYS must be set outside development")
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
