"""Faults during `nqgraph load` (issue 12), on a Neo4j of this module's own (free ports, a temp data dir),
never the suite's shared database: Neo4j frozen (SIGSTOP) and killed (SIGKILL) mid-load, the loader
killed mid-load, two loaders at once. Each loader that is hit ends with a summary and no traceback; a
rerun then gives exactly the graph of a clean load (bench/fault_load.py holds the scenarios; the
figures, how long each loader took to give up, are printed with `-s`)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j import Driver, GraphDatabase

from bench.fault_load import Ended, Fingerprint, fault_run, fingerprint, finish, start_loader, wipe
from config import DEV_PASSWORD, get_settings
from graph import launcher

REPO = Path(__file__).resolve().parent.parent
COPIES = 1
"""Renumbered copies of the five seeds per load, written one document per batch: five batches (a load
of about 15 s on a warm server, so a fault lands mid-load)."""

pytestmark = [
    pytest.mark.db,
    pytest.mark.skipif(get_settings().neo4j_uri is not None,
                       reason="NQGRAPH_NEO4J_URI names an external Neo4j: no local launcher to start"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _nqgraph(env: dict[str, str], *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nqgraph.cli", *args], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=timeout)


def _seed_home(home: Path) -> None:
    """Hard links to the shared Neo4j's verified jars and a copy of its compiled launcher: a start in
    seconds, with nothing fetched or compiled."""
    source = launcher.Paths.of(get_settings())
    if not (source.lib / ".lock.sha256").is_file():
        pytest.fail(f"{source.lib} missing: start the local Neo4j first (`nqgraph neo4j start`)",
                    pytrace=False)
    target = launcher.Paths(home)
    target.lib.mkdir(parents=True)
    for f in source.lib.iterdir():
        try:
            os.link(f, target.lib / f.name)
        except OSError:
            shutil.copy2(f, target.lib / f.name)
    shutil.copytree(source.classes, target.classes)


@dataclass
class Neo4j:
    env: dict[str, str]
    driver: Driver
    home: Path
    init_db: subprocess.CompletedProcess[str]

    def pid(self) -> int:
        return int((self.home / "neo4j.pid").read_text())

    def restart(self) -> None:
        started = _nqgraph(self.env, "neo4j", "start")
        assert started.returncode == 0, started.stderr


@pytest.fixture(scope="module")
def neo4j(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4j]:
    tmp = tmp_path_factory.mktemp("faults")
    _seed_home(tmp / "local" / "neo4j")
    keep = {k: v for k, v in os.environ.items() if not k.startswith("NQGRAPH_")}
    bolt = _free_port()
    env = {**keep, "PYTHONPATH": str(REPO), "NQGRAPH_LOCAL_DIR": str(tmp / "local"),
           "NQGRAPH_NEO4J_BOLT_PORT": str(bolt), "NQGRAPH_NEO4J_HTTP_PORT": str(_free_port()),
           "NQGRAPH_NEO4J_HEAP": "512m", "NQGRAPH_NEO4J_PAGECACHE": "128m",
           "NQGRAPH_AUDIT_LOG": str(tmp / "audit.jsonl"), "NQGRAPH_LOAD_BATCH_SIZE": "1"}
    started = _nqgraph(env, "neo4j", "start")
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        init = _nqgraph(env, "init-db")
        assert init.returncode == 0, init.stdout + init.stderr
        with GraphDatabase.driver(f"bolt://127.0.0.1:{bolt}", auth=("neo4j", DEV_PASSWORD)) as d:
            yield Neo4j(env, d, tmp / "local" / "neo4j", init)
    finally:
        pid_file = tmp / "local" / "neo4j" / "neo4j.pid"
        if pid_file.is_file():  # a test that failed while Neo4j was frozen must not leave it so
            try:
                os.kill(int(pid_file.read_text()), signal.SIGCONT)
            except (OSError, ValueError):
                pass
        _nqgraph(env, "neo4j", "stop")


@pytest.fixture(scope="module")
def clean(neo4j: Neo4j) -> Fingerprint:
    """The graph of one undisturbed load."""
    wipe(neo4j.driver)
    ended = finish(start_loader(COPIES, neo4j.env), 0.0)
    assert ended.code == 0 and ended.summary, ended.stderr
    fp = fingerprint(neo4j.driver)
    assert len(fp["nodes"]) > 100 and len(fp["rels"]) > 100
    return fp


def test_init_db_on_an_empty_database_prints_no_driver_warnings(neo4j: Neo4j) -> None:
    out = neo4j.init_db.stdout + neo4j.init_db.stderr
    assert "schema:" in out and "gazetteer: loaded" in out, out
    assert "notification" not in out.lower() and "warn" not in out.lower(), out


def _no_traceback(e: Ended) -> None:
    assert "Traceback" not in e.stdout + e.stderr, e.stderr[-3000:]


def _gave_up(e: Ended, fault: str) -> None:
    """Exit 2, a summary naming what was written, what was not and how to resume, and no traceback."""
    _no_traceback(e)
    print(f"\n{fault}: the loader ended {e.seconds:.1f} s after the fault, exit {e.code}")
    assert e.code == 2 and e.summary is not None, (e.code, e.stdout[-2000:], e.stderr[-2000:])
    assert e.summary["stopped"] and e.summary["resume"], e.summary
    assert e.summary["not_written"], "a load stopped mid-way has files left"
    assert e.summary["documents_loaded"] == len(e.summary["documents"])
    assert e.summary["documents_loaded"] + len(e.summary["not_written"]) == 5 * COPIES


@pytest.mark.parametrize("fault", ["stop", "kill"])
def test_neo4j_frozen_or_killed_mid_load_then_a_rerun_gives_the_clean_graph(
        neo4j: Neo4j, clean: Fingerprint, fault: str) -> None:
    def heal() -> None:
        if fault == "stop":
            os.kill(neo4j.pid(), signal.SIGCONT)
        else:
            neo4j.restart()

    ended, graph = fault_run(neo4j.driver, fault, COPIES, neo4j.env, neo4j.pid, heal)
    hit, rerun = ended
    _gave_up(hit, fault)
    assert rerun.code == 0, rerun.stderr[-2000:]
    assert graph == clean


def test_loader_killed_mid_load_then_a_rerun_gives_the_clean_graph(neo4j: Neo4j, clean: Fingerprint) -> None:
    ended, graph = fault_run(neo4j.driver, "loader", COPIES, neo4j.env, neo4j.pid, lambda: None)
    killed, rerun = ended
    assert killed.code == -signal.SIGKILL
    _no_traceback(rerun)
    assert rerun.code == 0 and rerun.summary and not rerun.summary["stopped"], rerun.stderr[-2000:]
    assert graph == clean


def test_two_overlapping_loaders_give_the_clean_graph(neo4j: Neo4j, clean: Fingerprint) -> None:
    """Both end normally (the alignment writes lock their documents first: before, the second failed on the
    TaskGroup uid constraint), and so does the rerun."""
    ended, graph = fault_run(neo4j.driver, "overlap", COPIES, neo4j.env, neo4j.pid, lambda: None)
    assert len(ended) == 3
    for e in ended:
        _no_traceback(e)
        assert e.code == 0 and e.summary and not e.summary["stopped"], e.stderr[-2000:]
    assert graph == clean
