"""The shape of the code, read with `ast`: no import cycle between top-level packages, the parser a
leaf, and uids built and taken apart only by their value types in graph/identity.py.

Every import counts, also one inside a function or under TYPE_CHECKING: a deferred import still
makes the two packages depend on each other, which is what a newcomer has to untangle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("loaders", "graph", "queries", "api", "ingest", "config", "nqgraph", "bench", "synth")
# The parser reads files into records and knows nothing of where they go.
LEAVES = {"loaders": "the parser", "config": "settings"}


def _sources(package: str) -> Iterator[Path]:
    yield from sorted((ROOT / package).rglob("*.py")) if (ROOT / package).is_dir() else iter(())


def _imported(tree: ast.AST) -> Iterator[tuple[str, int]]:
    """Absolute module names a module imports, with line numbers (relative imports stay inside it)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module, node.lineno


@lru_cache(maxsize=1)
def import_graph() -> nx.DiGraph:
    """package → package it imports; each edge keeps the places that make it ('graph/load.py:35')."""
    g = nx.DiGraph()
    g.add_nodes_from(p for p in PACKAGES if (ROOT / p).is_dir())
    for package in g.nodes:
        for path in _sources(package):
            for module, line in _imported(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                target = module.split(".")[0]
                if target in PACKAGES and target != package:
                    where = f"{path.relative_to(ROOT)}:{line}"
                    if g.has_edge(package, target):
                        g.edges[package, target]["at"].append(where)
                    else:
                        g.add_edge(package, target, at=[where])
    return g


def test_the_package_graph_is_read_from_every_package() -> None:
    g = import_graph()
    assert {"loaders", "graph", "api", "ingest", "nqgraph"} <= set(g.nodes)
    assert g.has_edge("graph", "loaders") and g.has_edge("api", "graph")  # the graph writes parsed records


def package_cycles(g: nx.DiGraph) -> list[list[str]]:
    """Each cycle as its edges, each edge with the first import that makes it."""
    return [[f"{a} → {b} ({g.edges[a, b]['at'][0]})" for a, b in zip(c, c[1:] + c[:1], strict=True)]
            for c in nx.simple_cycles(g)]


def test_a_cycle_is_reported_with_the_imports_that_make_it() -> None:
    g = nx.DiGraph()
    g.add_edge("graph", "nqgraph", at=["graph/load.py:1"])
    g.add_edge("nqgraph", "graph", at=["nqgraph/cli.py:9"])
    g.add_edge("graph", "loaders", at=["graph/batch.py:3"])
    assert sorted(map(sorted, package_cycles(g))) == [
        ["graph → nqgraph (graph/load.py:1)", "nqgraph → graph (nqgraph/cli.py:9)"]]


def test_no_import_cycle_between_top_level_packages() -> None:
    assert package_cycles(import_graph()) == []


@pytest.mark.parametrize("leaf", sorted(LEAVES))
def test_leaf_packages_import_no_other_package(leaf: str) -> None:
    g = import_graph()
    assert {target: g.edges[leaf, target]["at"] for target in g.successors(leaf)} == {}


# How uids are written (graph/identity.py): only that module may take them apart or spell them.
_UID_PREFIXES = ("doc:", "body:", "person:", "unknown:", "legacy:", "2025:")
_UID_SEPARATORS = {"@", "|", "#"}
_TAKING_APART = {"split", "rsplit", "partition", "rpartition", "startswith", "endswith", "removeprefix"}
_SCANNED = ("graph", "api", "ingest", "queries", "nqgraph", "bench", "synth")
_OWNER = Path("graph/identity.py")


def _uid_marker(node: ast.AST, *, separators: bool) -> bool:
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    return node.value.startswith(_UID_PREFIXES) or (separators and node.value in _UID_SEPARATORS)


def uid_surgery(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Calls that split or test text on a uid's separators or prefixes, and strings that spell a uid."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in _TAKING_APART:
            # '#' starts comments in the files graph/jars.py reads: only splitting on it is a uid's
            if any(_uid_marker(a, separators=node.func.attr not in {"startswith", "endswith"})
                   for a in node.args):
                yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.JoinedStr) and node.values \
                and _uid_marker(node.values[0], separators=False):
            yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) \
                and _uid_marker(node.left, separators=False):
            yield node.lineno, ast.unparse(node)


@pytest.mark.parametrize(("source", "found"), [
    ("uid.rsplit('@', 1)", True),
    ("scope.startswith('unknown:')", True),
    ("task.partition('#')", True),
    ("f'doc:{number}@{scope}'", True),
    ("'person:' + fold(name)", True),
    ("line.startswith('#')", False),  # a comment line, not a uid
    ("coords.split(':')", False),
    ("str(DocUid.numbered(n, s, d))", False),
])
def test_uid_surgery_is_recognised(source: str, found: bool) -> None:
    assert bool(list(uid_surgery(ast.parse(source)))) is found


def test_no_uid_string_surgery_outside_the_identity_types() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}: {text}"
             for package in _SCANNED for path in _sources(package) if path.relative_to(ROOT) != _OWNER
             for line, text in uid_surgery(ast.parse(path.read_text(encoding="utf-8"), str(path)))]
    assert found == []
