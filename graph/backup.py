"""Backups of the local Neo4j: `neo4j-admin database dump` and `load`, run on the locked jars.

Community has no online backup, and a Cypher or APOC export reads at read-committed isolation (a write
during the export can be half in it). A dump of the stopped store is consistent by construction, keeps
everything (schema, indexes, element ids), and is the very file format `neo4j-admin` of the Docker image
reads and writes, so a backup moves between the local and the Docker path (docs/operations.md). The
price is a short stop: `backup` stops Neo4j when it runs, dumps, and starts it again.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from config import Settings, audit, get_settings
from graph import launcher

ADMIN_TOOL = "org.neo4j.cli.AdminTool"
ADMIN_TIMEOUT = 3600.0


class BackupError(RuntimeError):
    """A backup or restore that did not happen; the graph is as it was."""


@dataclass(frozen=True)
class Counts:
    nodes: int
    relationships: int

    def __str__(self) -> str:
        return f"{self.nodes} nodes, {self.relationships} relationships"


def _database(s: Settings) -> str:
    return s.neo4j_database or "neo4j"


def counts(s: Settings) -> Counts:
    from graph.db import make_driver

    with make_driver(s) as driver, driver.session(database=s.neo4j_database) as sess:
        n = sess.run("MATCH (n) RETURN count(n) AS n").single(strict=True)["n"]
        r = sess.run("MATCH ()-[r]->() RETURN count(r) AS n").single(strict=True)["n"]
    return Counts(int(n), int(r))


def _local(s: Settings) -> launcher.Paths:
    if s.neo4j_uri:
        raise BackupError("backup and restore work on the local Neo4j; NQGRAPH_NEO4J_URI names another "
                          "server: use its own tools (docs/operations.md)")
    return launcher.Paths.of(s)


def _admin(s: Settings, p: launcher.Paths, *args: str) -> str:
    """Run neo4j-admin with the launcher's Java and verified class path; its output, or BackupError."""
    launcher.write_conf(p)
    cmd = [*launcher.java_command(s, p), ADMIN_TOOL, *args]
    env = {**os.environ, "NEO4J_HOME": str(p.home), "NEO4J_CONF": str(p.conf.parent)}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=ADMIN_TIMEOUT, cwd=p.home)
    out = proc.stdout + proc.stderr
    if proc.returncode != 0:
        lines = [ln for ln in out.splitlines() if "data:" not in ln]  # drop the progress lines
        raise BackupError(f"neo4j-admin {' '.join(args[:2])} failed:\n" + "\n".join(lines[-15:]))
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def backup(target: Path, force: bool = False, settings: Settings | None = None) -> dict[str, Any]:
    """Dump the database to `target` (refused when it exists, unless `force`)."""
    s = settings or get_settings()
    p = _local(s)
    target = Path(target).resolve()
    if target.exists() and not force:
        raise BackupError(f"{target} exists; give another file or --force to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    was_running = launcher.running_pid(s) is not None
    before = counts(s) if was_running else None
    if was_running:
        launcher.stop(s)
    try:
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".nqgraph-dump-") as tmp:
            _admin(s, p, "database", "dump", _database(s), f"--to-path={tmp}", "--overwrite-destination=true")
            Path(tmp, f"{_database(s)}.dump").replace(target)
    finally:
        if was_running:
            launcher.start(s)
    result = {"file": str(target), "bytes": target.stat().st_size, "sha256": _sha256(target),
              "seconds": round(time.monotonic() - t0, 1),
              "counts": None if before is None else {"nodes": before.nodes,
                                                     "relationships": before.relationships}}
    audit.write("backup", audit.cli_actor(), s, **result)
    return result


def restore(source: Path, force: bool = False, settings: Settings | None = None) -> dict[str, Any]:
    """Replace the database with the dump `source`; a non-empty graph is replaced only with `force`.
    Neo4j is left as it was found (running or stopped)."""
    s = settings or get_settings()
    p = _local(s)
    source = Path(source).resolve()
    if not source.is_file():
        raise BackupError(f"{source}: no such file")
    t0 = time.monotonic()
    was_running = launcher.running_pid(s) is not None
    if not was_running:
        launcher.start(s)
    before = counts(s)
    if (before.nodes or before.relationships) and not force:
        if not was_running:
            launcher.stop(s)
        raise BackupError(f"the graph is not empty ({before}); restoring {source.name} would replace it: "
                          "give --force to do so (take a backup first)")
    with tempfile.TemporaryDirectory(prefix="nqgraph-restore-") as tmp:
        Path(tmp, f"{_database(s)}.dump").symlink_to(source)
        # Read the archive's header before stopping anything: a file that is no dump changes nothing.
        _admin(s, p, "database", "load", _database(s), f"--from-path={tmp}", "--info")
        launcher.stop(s)
        try:
            _admin(s, p, "database", "load", _database(s), f"--from-path={tmp}",
                   "--overwrite-destination=true")
        finally:
            launcher.start(s)
    after = counts(s)
    if not was_running:
        launcher.stop(s)
    result = {"file": str(source), "sha256": _sha256(source), "forced": force,
              "replaced": {"nodes": before.nodes, "relationships": before.relationships},
              "counts": {"nodes": after.nodes, "relationships": after.relationships},
              "seconds": round(time.monotonic() - t0, 1)}
    audit.write("restore", audit.cli_actor(), s, **result)
    return result
