"""A deadline on calls to Neo4j that the driver cannot give: a frozen server (SIGSTOP) keeps its socket
open and the driver waits on it for minutes, a dead one is retried for half a minute.

`guarded(driver, fn)` runs `fn` in a daemon thread. While it runs, every `patience` seconds a fresh
connectivity check must answer within `patience` seconds; when it does not, or the driver reports the
server gone, `DatabaseGone` is raised and the caller stops with what it has written so far. A slow but
live server (a long batch) passes the check and is waited for.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import TypeVar

from neo4j import Driver

from graph.db import UNREACHABLE

T = TypeVar("T")
PATIENCE = 3.0


class DatabaseGone(RuntimeError):
    """Neo4j stopped answering during a load."""


def short_reason(exc: BaseException) -> str:
    """'[Errno 111] Connection refused' out of the driver's three-line ServiceUnavailable text."""
    text = str(exc).strip() or type(exc).__name__
    m = re.search(r"\(reason ([^)]*)\)", text)
    return m.group(1) if m else text.splitlines()[-1]


def probe(driver: Driver, patience: float = PATIENCE) -> BaseException | None:
    """None when the server answers a connectivity check within `patience` seconds, else the error (a
    DatabaseGone when it did not answer at all)."""
    ok = threading.Event()
    why: list[BaseException] = []

    def check() -> None:
        try:
            driver.verify_connectivity()
            ok.set()
        except Exception as exc:  # noqa: BLE001 - any failure means 'not alive'
            why.append(exc)

    t = threading.Thread(target=check, daemon=True)
    t.start()
    t.join(patience)
    if ok.is_set():
        return None
    return why[0] if why else DatabaseGone(f"no answer within {patience:.0f} s (stopped or frozen)")


def unreachable(driver: Driver, patience: float = PATIENCE) -> str | None:
    """None when the server answers a connectivity check within `patience` seconds, else why not."""
    err = probe(driver, patience)
    return None if err is None else short_reason(err)


def alive(driver: Driver, patience: float = PATIENCE) -> bool:
    """Does the server answer a connectivity check within `patience` seconds?"""
    return unreachable(driver, patience) is None


def guarded(driver: Driver, fn: Callable[[], T], patience: float = PATIENCE) -> T:
    """`fn()`, or DatabaseGone once Neo4j is dead or frozen (about 2 × patience after it stops)."""
    box: dict[str, object] = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box["error"] = exc
        done.set()

    threading.Thread(target=run, daemon=True).start()
    while not done.wait(patience):
        if not alive(driver, patience):
            raise DatabaseGone(f"Neo4j did not answer for {2 * patience:.0f} s (stopped or frozen)")
    err = box.get("error")
    if isinstance(err, UNREACHABLE):
        raise DatabaseGone(f"Neo4j is not reachable ({short_reason(err)})") from err
    if isinstance(err, BaseException):
        raise err
    return box["value"]  # type: ignore[return-value]
