"""The ground the rest stands on: a real Neo4j that answers, an idempotent schema, the local launcher,
/health following Neo4j up and down, and a docker-compose file that says what the README says."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from neo4j import Driver

from graph import launcher
from graph.db import apply_schema, schema_statements
from graph.model import Label
from nqgraph.settings import Settings, get_settings
from tests.conftest import REPO

EXTERNAL = get_settings().neo4j_uri is not None
EXTERNAL_REASON = "NQGRAPH_NEO4J_URI names an external Neo4j: the local launcher is not in use"


def test_node_round_trips(driver: Driver) -> None:
    uid = f"test-foundation:{uuid.uuid4()}"
    title = "Nghị quyết số 43-NQ/TW về tiếp tục phát huy truyền thống"
    try:
        driver.execute_query(f"CREATE (d:{Label.DOCUMENT} {{uid: $uid, title: $title, year: $year}})",
                             uid=uid, title=title, year=2023)
        records, _, _ = driver.execute_query(
            f"MATCH (d:{Label.DOCUMENT} {{uid: $uid}}) RETURN d.title AS title, d.year AS year", uid=uid,
            routing_="r")
        assert [(r["title"], r["year"]) for r in records] == [(title, 2023)]
    finally:
        driver.execute_query(f"MATCH (d:{Label.DOCUMENT} {{uid: $uid}}) DELETE d", uid=uid)


def _schema(driver: Driver) -> set[tuple[str, ...]]:
    constraints, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *")
    indexes, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN *")
    return ({("constraint", r["name"], r["type"], *r["labelsOrTypes"], *r["properties"]) for r in constraints}
            | {("index", r["name"], r["type"], r["state"], *(r["labelsOrTypes"] or []),
                *(r["properties"] or [])) for r in indexes})


def test_schema_applied_twice_is_the_same_schema(driver: Driver) -> None:
    n = apply_schema(driver)
    first = _schema(driver)
    assert apply_schema(driver) == n == len(schema_statements())
    assert _schema(driver) == first
    names = {entry[1] for entry in first}
    for stmt in schema_statements():
        name = stmt.split()[2] if stmt.split()[1] in ("CONSTRAINT", "INDEX") else stmt.split()[3]
        if stmt.startswith("DROP "):
            assert name not in names, f"schema statement did not drop {name!r}: {stmt}"
        else:
            assert name in names, f"schema statement did not create {name!r}: {stmt}"
    assert all(entry[3] == "ONLINE" for entry in first if entry[0] == "index")


def test_fulltext_analyzer_of_the_schema_exists(driver: Driver) -> None:
    records, _, _ = driver.execute_query(
        "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names")
    assert "standard-folding" in records[0]["names"]


def _nqgraph(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nqgraph.cli", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=get_settings().neo4j_start_timeout + 60)


@pytest.mark.skipif(EXTERNAL, reason=EXTERNAL_REASON)
def test_neo4j_start_twice_is_harmless(driver: Driver) -> None:
    first = _nqgraph("neo4j", "start")
    assert first.returncode == 0, first.stderr
    pid = launcher.running_pid()
    assert pid is not None
    second = _nqgraph("neo4j", "start")
    assert second.returncode == 0, second.stderr
    assert launcher.running_pid() == pid
    assert f"running (pid {pid})" in second.stdout
    assert f"bolt://127.0.0.1:{get_settings().neo4j_bolt_port}" in second.stdout
    driver.verify_connectivity()


def test_stale_pid_file_reads_as_stopped(tmp_path: Path) -> None:
    s = Settings(local_dir=tmp_path, neo4j_uri=None)
    pid_file = launcher.Paths.of(s).pid_file
    pid_file.parent.mkdir(parents=True)
    pid_file.write_text(f"{os.getpid()}\n")  # alive, but not a NeoLauncher
    assert launcher.running_pid(s) is None
    assert launcher.status_text(s).splitlines()[0].endswith("stopped")
    launcher.stop(s)
    assert not pid_file.exists()


def test_taken_port_is_named_before_anything_is_fetched(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        s = Settings(local_dir=tmp_path, neo4j_uri=None, neo4j_bolt_port=port)
        with pytest.raises(RuntimeError, match=f"port {port} .* taken"):
            launcher.start(s)
    assert not launcher.Paths.of(s).lib.exists()


def test_external_uri_bypasses_the_launcher(tmp_path: Path) -> None:
    s = Settings(local_dir=tmp_path, neo4j_uri="neo4j+s://example.databases.neo4j.io")
    launcher.start(s)
    launcher.stop(s)
    assert "neo4j+s://example.databases.neo4j.io" in launcher.status_text(s)
    assert "not used" in launcher.status_text(s)
    assert not (tmp_path / "neo4j").exists()


@pytest.fixture
def api_client() -> Iterator[TestClient]:
    from api.main import app

    with TestClient(app) as client:
        yield client


@pytest.mark.skipif(EXTERNAL, reason=EXTERNAL_REASON + " (this test stops and restarts it)")
def test_health_follows_neo4j_down_and_up_and_data_persists(driver: Driver, api_client: TestClient) -> None:
    up = api_client.get("/health")
    assert up.status_code == 200, up.text
    assert up.json()["neo4j"].startswith("5.26")
    uid = f"test-foundation:persist:{uuid.uuid4()}"
    driver.execute_query(f"CREATE (:{Label.DOCUMENT} {{uid: $uid}})", uid=uid)
    try:
        launcher.stop()
        assert launcher.running_pid() is None
        from api.main import app

        if app.state.version_watch is not None:
            app.state.version_watch.check()  # what its thread does within NQGRAPH_CACHE_REFRESH
        down = api_client.get("/health")
        assert down.status_code == 503, down.text
        assert "Neo4j" in down.json()["detail"]
    finally:
        launcher.start()
    try:
        assert api_client.get("/health").status_code == 200
        records, _, _ = driver.execute_query(
            f"MATCH (d:{Label.DOCUMENT} {{uid: $uid}}) RETURN count(d) AS n", uid=uid)
        assert records[0]["n"] == 1, "a node written before the restart is gone"
    finally:
        driver.execute_query(f"MATCH (d:{Label.DOCUMENT} {{uid: $uid}}) DELETE d", uid=uid)


COMPOSE = REPO / "docker-compose.yml"


def test_compose_file_wires_the_api_to_a_healthy_neo4j() -> None:
    spec = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    neo4j, api = spec["services"]["neo4j"], spec["services"]["api"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert "NEO4J_AUTH" in neo4j["environment"]
    assert any(v.endswith(":/data") for v in neo4j["volumes"])
    assert {"127.0.0.1:7474:7474", "127.0.0.1:7687:7687"} <= set(neo4j["ports"])
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["environment"]["NQGRAPH_NEO4J_URI"] == "bolt://neo4j:7687"
    assert (REPO / api["build"] / "Dockerfile").is_file()
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert dockerfile.startswith("# ") and "FROM python:3.11-slim" in dockerfile
    assert '"nqgraph", "serve", "--host", "0.0.0.0"' in dockerfile


def _compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy else None


@pytest.mark.skipif(_compose_command() is None,
                    reason="no Docker Compose client here (neither `docker compose` nor `docker-compose`)")
def test_docker_compose_config_is_valid() -> None:
    cmd = _compose_command()
    assert cmd is not None
    proc = subprocess.run([*cmd, "--env-file", ".env.example", "-f", str(COMPOSE), "config", "-q"],
                          cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
