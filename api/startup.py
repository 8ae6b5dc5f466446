"""What must be true before the API serves: the schema, then the gazetteer (places before documents)."""

from __future__ import annotations

import logging

from neo4j import Driver

from graph.db import apply_schema

log = logging.getLogger("nqgraph.api")


def ensure_ready(driver: Driver) -> None:
    """Idempotent: the gazetteer load checks its counts and returns at once when complete."""
    from graph.gazetteer import load_gazetteer

    apply_schema(driver)
    log.info("gazetteer: %s", load_gazetteer(driver))
