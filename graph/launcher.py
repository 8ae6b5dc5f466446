"""The local Neo4j: Neo4j 5.26 Community from Maven Central, run by graph/java/NeoLauncher.java.

Jars come from `graph/pom.xml` through Maven (whose ~/.m2 cache makes warm fetches cheap) into
`<local_dir>/neo4j/lib`; data, logs, plugins and the pid file live beside them. Nothing here is used when
`NQGRAPH_NEO4J_URI` names another server.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from config import Settings, get_settings

GRAPH_DIR = Path(__file__).resolve().parent
POM = GRAPH_DIR / "pom.xml"
LAUNCHER_SOURCE = GRAPH_DIR / "java" / "NeoLauncher.java"
READY_MARKER = "NeoLauncher Neo4j ready"
STOP_GRACE_SECONDS = 90.0

# Java 17 needs these for Neo4j's off-heap buffers and Netty (the server's own launcher adds the same).
JVM_FLAGS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Dfile.encoding=UTF-8",
]

# Children started by this process: a stopped child stays a zombie (and answers kill 0) until waited.
_children: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class Paths:
    home: Path

    @classmethod
    def of(cls, settings: Settings) -> Paths:
        return cls(Path(settings.local_dir).resolve() / "neo4j")

    @property
    def lib(self) -> Path:
        return self.home / "lib"

    @property
    def lib_stamp(self) -> Path:
        return self.lib / ".pom.sha256"

    @property
    def classes(self) -> Path:
        return self.home / "classes"

    @property
    def plugins(self) -> Path:
        return self.home / "plugins"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def log(self) -> Path:
        return self.home / "logs" / "neo4j.log"

    @property
    def pid_file(self) -> Path:
        return self.home / "neo4j.pid"

    @property
    def lock_file(self) -> Path:
        return self.home / ".launcher.lock"


def _pom_hash() -> str:
    return hashlib.sha256(POM.read_bytes()).hexdigest()


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"`{name}` is not on PATH: the local Neo4j needs Java 17 and Maven "
                           "(or set NQGRAPH_NEO4J_URI to use another Neo4j)")
    return path


def ensure_jars(settings: Settings | None = None) -> bool:
    """Copy Neo4j's jars into the lib dir unless it already holds the set for this pom. True if fetched."""
    p = Paths.of(settings or get_settings())
    digest = _pom_hash()
    if p.lib_stamp.is_file() and p.lib_stamp.read_text().strip() == digest:
        _install_plugins(p)
        return False
    mvn = _tool("mvn")
    if p.lib.exists():
        shutil.rmtree(p.lib)
    p.lib.mkdir(parents=True)
    cmd = [mvn, "-B", "-q", "-f", str(POM), "dependency:copy-dependencies", f"-DoutputDirectory={p.lib}"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise RuntimeError(f"fetching Neo4j with Maven failed ({' '.join(cmd)}):\n{tail}")
    p.lib_stamp.write_text(digest + "\n")
    _install_plugins(p)
    return True


def _install_plugins(p: Paths) -> None:
    """APOC must be both on the classpath and in the plugin dir for its procedures to register."""
    p.plugins.mkdir(parents=True, exist_ok=True)
    for old in p.plugins.glob("apoc-*.jar"):
        if not (p.lib / old.name).exists():
            old.unlink()
    for jar in p.lib.glob("apoc-*.jar"):
        target = p.plugins / jar.name
        if not target.exists():
            shutil.copy2(jar, target)


def _launcher_command(p: Paths) -> list[str]:
    """Class path and main class; the launcher is compiled once per source and jar set (javac takes seconds
    that every start would pay in single-file source mode), which remains the fallback without a JDK."""
    javac = shutil.which("javac")
    classpath = str(p.lib / "*")
    if javac is None:
        return ["-cp", classpath, str(LAUNCHER_SOURCE)]
    digest = hashlib.sha256(LAUNCHER_SOURCE.read_bytes() + _pom_hash().encode()).hexdigest()
    stamp = p.classes / ".source.sha256"
    if not (stamp.is_file() and stamp.read_text().strip() == digest):
        shutil.rmtree(p.classes, ignore_errors=True)
        cmd = [javac, "-nowarn", "-d", str(p.classes), "-cp", classpath, str(LAUNCHER_SOURCE)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"compiling {LAUNCHER_SOURCE.name} failed:\n{proc.stderr.strip()}")
        stamp.write_text(digest + "\n")
    return ["-cp", f"{p.classes}{os.pathsep}{classpath}", LAUNCHER_SOURCE.stem]


def _is_ours(pid: int) -> bool:
    """A live NeoLauncher process (a stale pid file may name a pid reused by something else)."""
    child = _children.get(pid)
    if child is not None and child.poll() is not None:
        _children.pop(pid, None)
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    proc = Path(f"/proc/{pid}")
    if proc.exists():
        try:
            if proc.joinpath("stat").read_text().split(") ", 1)[1].startswith("Z"):
                return False
            return b"NeoLauncher" in proc.joinpath("cmdline").read_bytes()
        except OSError:
            return False
    return True


def running_pid(settings: Settings | None = None) -> int | None:
    p = Paths.of(settings or get_settings())
    try:
        pid = int(p.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_ours(pid) else None


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@contextlib.contextmanager
def _locked(p: Paths) -> Iterator[None]:
    """One start/stop at a time per local dir (CLI, tests and CI may race)."""
    p.home.mkdir(parents=True, exist_ok=True)
    with open(p.lock_file, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _log_tail(p: Paths, lines: int = 20) -> str:
    try:
        text = p.log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


def start(settings: Settings | None = None) -> None:
    """Start the local Neo4j and wait until Bolt answers with the configured password; no-op if running."""
    s = settings or get_settings()
    if s.neo4j_uri:
        return
    p = Paths.of(s)
    with _locked(p):
        if running_pid(s) is not None:
            return
        for port in (s.neo4j_bolt_port, s.neo4j_http_port):
            if _port_in_use(port):
                raise RuntimeError(f"port {port} on 127.0.0.1 is taken by another process; stop it or set "
                                   "NQGRAPH_NEO4J_BOLT_PORT / NQGRAPH_NEO4J_HTTP_PORT")
        java = _tool("java")
        ensure_jars(s)
        for d in (p.data, p.log.parent):
            d.mkdir(parents=True, exist_ok=True)
        cmd = [java, f"-Xmx{s.neo4j_heap}", *JVM_FLAGS, *_launcher_command(p), str(p.home),
               str(s.neo4j_bolt_port), str(s.neo4j_http_port), s.neo4j_pagecache]
        env = {**os.environ, "NQGRAPH_NEO4J_PASSWORD": s.neo4j_password}
        with open(p.log, "ab") as log:
            offset = log.tell()
            child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                     cwd=p.home, env=env, start_new_session=True)
        _children[child.pid] = child
        p.pid_file.write_text(f"{child.pid}\n")
        try:
            _wait_ready(s, p, child, offset)
        except BaseException:
            _terminate(child.pid, grace=20.0)
            p.pid_file.unlink(missing_ok=True)
            raise


def _wait_ready(s: Settings, p: Paths, child: subprocess.Popen[bytes], offset: int) -> None:
    """Wait for the launcher's ready line (the password is set after Bolt opens), then for Bolt itself."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError

    deadline = time.monotonic() + s.neo4j_start_timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"Neo4j exited with code {child.returncode} while starting; "
                               f"see {p.log}:\n{_log_tail(p)}")
        with open(p.log, "rb") as fh:
            fh.seek(offset)
            ready = READY_MARKER.encode() in fh.read()
        if ready:
            try:
                with GraphDatabase.driver(s.bolt_uri, auth=(s.neo4j_user, s.neo4j_password)) as d:
                    d.verify_connectivity()
                return
            except AuthError as exc:
                raise RuntimeError(
                    f"Neo4j is up but refuses the password from settings ({exc}); if it was changed by "
                    f"hand, delete {p.data / 'nqgraph-password.sha256'} and restart") from exc
            except Exception as exc:  # the driver raises several unrelated types while starting
                last_error = exc
        time.sleep(0.5)
    reason = f" (last Bolt error: {last_error})" if last_error else ""
    raise RuntimeError(f"Neo4j did not answer on {s.bolt_uri} within {s.neo4j_start_timeout:.0f}s{reason}; "
                       f"see {p.log}:\n{_log_tail(p)}")


def _terminate(pid: int, grace: float = STOP_GRACE_SECONDS) -> None:
    """SIGTERM runs the launcher's shutdown hook (a clean store); SIGKILL only when it hangs."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _is_ours(pid):
            break
        time.sleep(0.25)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        while _is_ours(pid):
            time.sleep(0.1)
    child = _children.pop(pid, None)
    if child is not None:
        child.wait()


def stop(settings: Settings | None = None) -> None:
    """Stop the local Neo4j if it runs; data stays in the data dir."""
    s = settings or get_settings()
    if s.neo4j_uri:
        return
    p = Paths.of(s)
    with _locked(p):
        pid = running_pid(s)
        if pid is not None:
            _terminate(pid)
        p.pid_file.unlink(missing_ok=True)


def status_text(settings: Settings | None = None) -> str:
    s = settings or get_settings()
    if s.neo4j_uri:
        return (f"Neo4j:    external server {s.neo4j_uri} "
                "(NQGRAPH_NEO4J_URI is set; the local launcher is not used)")
    p = Paths.of(s)
    pid = running_pid(s)
    state = f"running (pid {pid})" if pid else "stopped"
    return "\n".join([
        f"Neo4j:    {state}",
        f"Bolt:     {s.bolt_uri}",
        f"Browser:  http://127.0.0.1:{s.neo4j_http_port}/browser/",
        f"Data:     {p.data}",
        f"Log:      {p.log}",
    ])
