"""Neo4j access: one driver per process, schema applied idempotently, reads in read transactions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from neo4j import (
    READ_ACCESS,
    WRITE_ACCESS,
    Driver,
    GraphDatabase,
    ManagedTransaction,
    NotificationDisabledClassification,
    Query,
    Session,
    unit_of_work,
)
from neo4j.exceptions import AuthError, ConnectionAcquisitionTimeoutError, ServiceUnavailable, SessionExpired

from config import Settings, get_settings
from graph.backfill import backfill_task_doc_keys
from queries.catalogue import read

__all__ = ["API_DRIVER_TIMEOUTS", "DRIVER_TIMEOUTS", "UNREACHABLE", "CredentialsRefused",
           "DatabaseUnavailable", "apply_schema", "credentials_refused", "graph_version", "make_driver",
           "make_read_driver", "read", "schema_statements", "server_version", "session", "unavailable"]


class DatabaseUnavailable(RuntimeError):
    """Neo4j cannot be reached (down, frozen, wrong URI, wrong credentials)."""


# What the driver raises when the server is gone or does not answer, as against a bad query or document:
# no pooled connection within the acquisition timeout means the others are stuck on a frozen server.
UNREACHABLE = (ServiceUnavailable, SessionExpired, ConnectionAcquisitionTimeoutError)


class CredentialsRefused(DatabaseUnavailable):
    """Neo4j answers but refuses the user and password (or rate-limits them after failed logins)."""


# The driver's defaults wait 60 s for a connection and retry a transaction for 30 s: a frozen Neo4j
# (SIGSTOP, a partition) would hold a caller for minutes. Bounded here for every caller, CLI included;
# `config` overrides any of them (the API asks for shorter ones, `API_DRIVER_TIMEOUTS`).
DRIVER_TIMEOUTS: dict[str, float] = {
    "connection_timeout": 5.0,              # TCP connect
    "connection_acquisition_timeout": 10.0,  # a pooled connection, its liveness check and the handshake
    "max_transaction_retry_time": 10.0,     # retries of a managed transaction
    "liveness_check_timeout": 30.0,         # idle connections are checked before reuse
}
# A request answers 503 within a few seconds: a frozen server fails the handshake or the liveness check
# (checked at every acquisition) within the acquisition timeout; one retry at most.
API_DRIVER_TIMEOUTS: dict[str, float] = {
    "connection_timeout": 2.0,
    "connection_acquisition_timeout": 2.5,
    "max_transaction_retry_time": 1.0,
    "liveness_check_timeout": 0.0,
}
# Optional properties (a deadline's month_day, absent from a graph with no such deadline) make Neo4j warn
# "property key does not exist" on every request that names them: a 5 KB log line per /tasks call at
# scale. The API's drivers do not ask for that class; the CLI's and the tests' still get it (typos).
API_DRIVER_NOTIFICATIONS: dict[str, Any] = {
    "notifications_disabled_classifications": [NotificationDisabledClassification.UNRECOGNIZED],
}


def make_driver(settings: Settings | None = None, /, **config: Any) -> Driver:
    """A driver with bounded timeouts (`DRIVER_TIMEOUTS`); `config` overrides them."""
    s = settings or get_settings()
    return GraphDatabase.driver(s.bolt_uri, auth=(s.neo4j_user, s.neo4j_password),
                                **{**DRIVER_TIMEOUTS, **config})


def make_read_driver(settings: Settings | None = None, /, **config: Any) -> Driver | None:
    """A driver logged in as NQGRAPH_NEO4J_READ_USER, or None when none is set (Community: no roles)."""
    s = settings or get_settings()
    if s.neo4j_read_user is None:
        return None
    return GraphDatabase.driver(s.bolt_uri, auth=(s.neo4j_read_user, s.neo4j_read_password or ""),
                                **{**DRIVER_TIMEOUTS, **config})


def credentials_refused(exc: BaseException) -> bool:
    """A wrong user or password, or Neo4j's rate limit on failed logins (a ClientError, not an AuthError)."""
    code = getattr(exc, "code", None) or ""
    return isinstance(exc, AuthError) or code.startswith("Neo.ClientError.Security.")


def unavailable(exc: BaseException) -> DatabaseUnavailable:
    """What to tell a user: no address, no driver internals (the caller logs `exc` itself)."""
    if credentials_refused(exc):
        return CredentialsRefused("Neo4j refuses the configured credentials (NQGRAPH_NEO4J_USER / "
                                  "NQGRAPH_NEO4J_PASSWORD), or is rate-limiting them after failed logins")
    return DatabaseUnavailable("Neo4j does not answer (down, frozen or unreachable)")


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
        raise unavailable(exc) from exc
    agent = info.agent or ""
    m = re.search(r"(\d+\.\d+\.\d+)", agent)
    return m.group(1) if m else agent


def graph_version(driver: Driver, settings: Settings | None = None, timeout: float = 2.0) -> str:
    """An opaque token that changes whenever any transaction commits on the database, whoever wrote it:
    the bookmark Neo4j hands back for an empty read transaction names its last committed transaction.
    '' when the server returns none (then nothing may be cached on it)."""
    s = settings or get_settings()

    @unit_of_work(timeout=timeout)
    def probe(tx: ManagedTransaction) -> None:
        tx.run("RETURN 1").consume()

    with driver.session(database=s.neo4j_database, default_access_mode=READ_ACCESS) as sess:
        sess.execute_read(probe)
        return ",".join(sorted(sess.last_bookmarks().raw_values))


def schema_statements() -> list[str]:
    text = resources.files("graph").joinpath("schema.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return [stmt.strip() for stmt in body.split(";") if stmt.strip()]


def apply_schema(driver: Driver) -> int:
    """Create constraints and indexes (`IF NOT EXISTS`): safe to run at every start. A graph an older
    loader wrote is first given what the new indexes read (graph.backfill)."""
    backfill_task_doc_keys(driver)
    stmts = schema_statements()
    with session(driver) as sess:
        for stmt in stmts:
            sess.run(Query(stmt)).consume()  # type: ignore[arg-type]
        sess.run("CALL db.awaitIndexes(300)").consume()
    return len(stmts)
