"""Which lower-level tasks carry out a task: the one place the web app asks.

Today by short label: a task of a document implementing the task's document, at any depth, with the
same short label ('4.4'). Task alignment (CARRIES_OUT relationships, issue 11) will answer here instead,
and no page changes.
"""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from queries.catalogue import run

METHOD = "label"
"""How carrying_tasks matches, shown on the page so staff know how far to trust it."""


def carrying_tasks(driver: Driver, task_uid: str) -> list[dict[str, Any]]:
    return run(driver, "find_carrying_tasks", uid=task_uid)
