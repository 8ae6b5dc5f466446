"""One-time backfills: what today's loader writes and a graph an older loader wrote lacks.

Each runs from `graph.db.apply_schema` (so from `nqgraph init-db` and at API start-up) before the schema
statements, and only while the index that needs it does not exist yet: that index, created right after by
`graph/schema.cypher`, is the mark that the graph is done, so a graph already done costs one SHOW INDEXES.
Each is batched (one write transaction per batch of documents) and idempotent: one cut short is simply
run again at the next start.
"""

from __future__ import annotations

from typing import Any

from neo4j import Driver, ManagedTransaction, unit_of_work

from config import get_settings
from graph.model import doc_key_params
from queries.catalogue import read, run_write

TASK_DOC_KEYS_INDEX = "task_short_label_doc"
BATCH_DOCUMENTS = 500  # about 20,000 tasks of a synthetic cascade per transaction


def index_names(driver: Driver) -> set[str]:
    """From the schema itself (as apply_schema's `db.awaitIndexes`), not a graph read for the catalogue."""
    rows = read(driver, "SHOW INDEXES YIELD name RETURN name")
    return {r["name"] for r in rows}


def backfill_task_doc_keys(driver: Driver, batch: int = BATCH_DOCUMENTS) -> int:
    """Give every Task its document's level and date (`doc_level`, `doc_issued_on`) and uid, as the
    loader writes them since tasks by label became index-backed; returns the tasks written (0 when the
    graph was done already)."""
    if TASK_DOC_KEYS_INDEX in index_names(driver):
        return 0
    s = get_settings()

    @unit_of_work(timeout=s.query_timeout)
    def work(tx: ManagedTransaction, after: str) -> dict[str, Any]:
        return run_write(tx, "set_task_doc_keys", after=after, limit=batch, **doc_key_params())[0]

    after, tasks = "", 0
    with driver.session(database=s.neo4j_database) as sess:
        while True:
            row = sess.execute_write(work, after)
            if not row["documents"]:
                return tasks
            after, tasks = str(row["last"]), tasks + int(row["tasks"])
