"""`nqgraph export --graphml FILE`: the whole graph for Gephi or Cytoscape, through networkx.

GraphML holds scalars only: dates become ISO text, lists are joined with ' | ', nulls are left out.
Node ids are uids; each node keeps its Neo4j label in `labels` (Task has its own `label`), each
edge its type in `type`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
from neo4j import Driver, ManagedTransaction

from graph.db import session

_NODES = ("MATCH (n) RETURN n.uid AS uid, labels(n)[0] AS label, properties(n) AS props "
          "ORDER BY elementId(n) SKIP $skip LIMIT $limit")
_RELS = ("MATCH (a)-[r]->(b) RETURN a.uid AS src, b.uid AS dst, type(r) AS type, properties(r) AS props "
         "ORDER BY elementId(r) SKIP $skip LIMIT $limit")
PAGE = 50_000


def _scalar(value: Any) -> Any:
    if isinstance(value, list):
        return " | ".join(str(_scalar(v)) for v in value)
    if isinstance(value, bool | int | float | str):
        return value
    return value.iso_format() if hasattr(value, "iso_format") else str(value)


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    return {k: _scalar(v) for k, v in props.items() if v is not None and k != "uid"}


def _pages(driver: Driver, cypher: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with session(driver) as sess:
        while True:
            def page(tx: ManagedTransaction, skip: int = len(rows)) -> list[dict[str, Any]]:
                return [r.data() for r in tx.run(cypher, skip=skip, limit=PAGE)]

            got = sess.execute_read(page)
            rows += got
            if len(got) < PAGE:
                return rows


def export_graphml(driver: Driver, path: Path) -> tuple[int, int]:
    """Write every node and relationship to `path`; returns (nodes, relationships)."""
    g = nx.MultiDiGraph()
    for row in _pages(driver, _NODES):
        g.add_node(row["uid"], **_clean(row["props"]), labels=row["label"])
    for row in _pages(driver, _RELS):
        g.add_edge(row["src"], row["dst"], type=row["type"], **_clean(row["props"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(g, path)
    return g.number_of_nodes(), g.number_of_edges()
