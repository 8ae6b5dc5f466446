"""Labels, relationship types and property names: the one place Cypher text takes them from.

Cypher files in `queries/` and `graph/schema.cypher` use the same names; a test
checks that every label and type they mention is defined here.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    DOCUMENT = "Document"
    TASK = "Task"
    BODY = "Body"
    ADMIN_UNIT = "AdminUnit"
    PERSON = "Person"
    TASK_GROUP = "TaskGroup"  # one task as it appears in sibling plans (graph.align_db)


class Rel(StrEnum):
    ISSUED_BY = "ISSUED_BY"
    LOCATED_IN = "LOCATED_IN"
    PART_OF = "PART_OF"
    BECAME = "BECAME"
    IMPLEMENTS = "IMPLEMENTS"
    CITES = "CITES"
    HAS_TASK = "HAS_TASK"
    SUBTASK_OF = "SUBTASK_OF"
    ASSIGNED_TO = "ASSIGNED_TO"
    SENT_TO = "SENT_TO"
    SIGNED_BY = "SIGNED_BY"
    CARRIES_OUT = "CARRIES_OUT"  # (:Task)-[{score, method, version}]->(:Task) of the plan above
    SAME_AS = "SAME_AS"  # (:Task)-[{score, method, version}]->(:Task) of a sibling plan
    IN_GROUP = "IN_GROUP"  # (:Task)-[{score, core}]->(:TaskGroup)
    UNDER = "UNDER"  # (:TaskGroup)-[]->(:Document) whose sibling plans it groups


class DocStatus(StrEnum):
    LOADED = "loaded"
    STUB = "stub"


class Era(StrEnum):
    LEGACY = "legacy"  # before 1 Jul 2025: 63 provinces, districts, communes
    Y2025 = "2025"  # from 1 Jul 2025: 34 provinces, communes, no districts


FULLTEXT_INDEX = "nqgraph_text"

# Every Task carries its document's level and date (`doc_level`, `doc_issued_on`) under the composite
# indexes `task_short_label_doc` and `task_label_doc`, so tasks by label read one page in index order.
# Neo4j leaves a node out of a composite index when one of its keys is null, so a document with no level
# or no date gives these instead. UNDATED sorts after every date, as ORDER BY puts a null date last.
NO_LEVEL = ""
UNDATED = "9999-12-31"


def doc_key_params() -> dict[str, str]:
    """The parameters the Cypher that writes `doc_level` and `doc_issued_on` takes for a missing value."""
    return {"no_level": NO_LEVEL, "undated": UNDATED}
