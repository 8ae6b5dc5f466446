"""Neo4j access: one driver per process, schema applied idempotently, reads in read transactions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from neo4j import READ_ACCESS, WRITE_ACCESS, Driver, GraphDatabase, Query, Session

from config import Settings, get_settings
from queries.catalogue import read

__all__ = ["DatabaseUnavailable", "apply_schema", "make_driver", "make_read_driver", "read",
           "schema_statements", "server_version", "session"]


class DatabaseUnavailable(RuntimeError):
    """Neo4j cannot be reached (down, wrong URI, wrong credentials)."""


def make_driver(settings: Settings | None = None, **config: Any) -> Driver:
    """`config` goes to the driver (the API passes short retry and connection timeouts)."""
    s = settings or get_settings()
    return GraphDatabase.driver(s.bolt_uri, auth=(s.neo4j_user, s.neo4j_password), **config)


def make_read_driver(settings: Settings | None = None, **config: Any) -> Driver | None:
    """A driver logged in as NQGRAPH_NEO4J_READ_USER, or None when none is set (Community: no roles)."""
    s = settings or get_settings()
    if s.neo4j_read_user is None:
        return None
    return GraphDatabase.driver(s.bolt_uri, auth=(s.neo4j_read_user, s.neo4j_read_password or ""), **config)


@contextmanager
def session(driver: Driver, settings: Settings | None = None, read: bool = False) -> Iterator[Session]:
    """`read` opens the session in READ access mode: the server refuses any write in it."""
    s = settings or get_settings()
    with driver.session(database=s.neo4j_database,
                        default_access_mode=READ_ACCESS if read else WRITE_ACCESS) as sess:
        yield sess


def server_version(driver: Driver) -> str:
    """The server's version string; raises DatabaseUnavailable when it does not answer."""
    try:
        info = driver.get_server_info()
    except Exception as exc:  # the driver raises several unrelated types for 'down'
        raise DatabaseUnavailable(f"Neo4j at {get_settings().bolt_uri} does not answer: {exc}") from exc
    agent = info.agent or ""
    m = re.search(r"(\d+\.\d+\.\d+)", agent)
    return m.group(1) if m else agent


def schema_statements() -> list[str]:
    text = resources.files("graph").joinpath("schema.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return [stmt.strip() for stmt in body.split(";") if stmt.strip()]


def apply_schema(driver: Driver) -> int:
    """Create constraints and indexes (`IF NOT EXISTS`): safe to run at every start."""
    stmts = schema_statements()
    with session(driver) as sess:
        for stmt in stmts:
            sess.run(Query(stmt)).consume()  # type: ignore[arg-type]
        sess.run("CALL db.awaitIndexes(300)").consume()
    return len(stmts)
