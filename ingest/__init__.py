"""One way in, for the CLI and the API alike: `ingest(driver, sources) -> LoadSummary`.

Sources are files or folders (`Path`), uploaded bytes (`Upload`) or records already parsed. Files are
parsed here, in worker processes when there are many (`PARALLEL_FROM`), each failure reported and
skipped; the records that parse go to `graph.load.load_records`, which plans, checks and writes them in
batches. The parser (`loaders`) knows nothing of the graph and the writer (`graph`) nothing of files.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from neo4j import Driver

from graph.load import LoadSummary, load_records
from loaders.errors import ParseError
from loaders.records import Record

REPO = Path(__file__).resolve().parent.parent
PARALLEL_FROM = 16
"""Below this many files a pool of worker processes costs more (start-up, imports) than it saves."""


@dataclass(frozen=True)
class Upload:
    """A file received by the API: its name as sent and its bytes."""

    name: str
    raw: bytes


Source = Path | Upload | Record
Failure = tuple[str, str]


def parse_upload(upload: Upload) -> Record:
    """Decode and parse uploaded bytes; raises ParseError when nothing usable is there."""
    from loaders.parse import parse_text
    from loaders.read import decode

    sha = hashlib.sha256(upload.raw).hexdigest()
    return parse_text(decode(upload.raw, upload.name), path=upload.name, sha256=sha)


def _relative(path: Path) -> Path:
    """A path under the working directory is read relative to it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def stored_path(path: Path) -> str:
    """The path a record keeps: relative to the working directory or the repository, else the file's
    name alone, so the graph (and every answer and export drawn from it) never names a server directory."""
    resolved = path.resolve()
    for base in (Path.cwd().resolve(), REPO):
        try:
            return resolved.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as every file below them (loaders.read.discover: any format, sniffed
    when read; hidden ones skipped), each relative to the working directory when under it."""
    from loaders.read import discover

    return [_relative(p) for p in discover(paths)]


def _progress(items: list[Path], enabled: bool) -> Iterable[Path]:
    if not enabled or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc="parse", unit="doc", file=sys.stderr)


def ocr_page_reporter(path: Path, bar: object = None) -> Callable[[int, int], None]:
    """A line per OCR'd page on stderr: OCR takes seconds a page, and a silent minute looks like a hang.

    Through the parse bar's own writer when there is one, so the bar is not torn.
    """
    def report(done: int, total: int) -> None:
        line = f"OCR {path.as_posix()}: page {done}/{total}"
        write = getattr(bar, "write", None)
        if write is not None:
            write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr, flush=True)
    return report


def _parse_path(path: Path, report: Callable[[int, int], None] | None = None) -> Record | Failure:
    from loaders.parse import parse_file

    try:
        record = parse_file(path, progress=report)
    except ParseError as exc:
        return path.as_posix(), str(exc)
    except Exception as exc:  # noqa: BLE001 - unreadable input or a parser bug: report, keep going
        return path.as_posix(), f"{type(exc).__name__}: {exc}"
    stored = stored_path(path)
    if record.source.path == stored:
        return record
    return record.model_copy(update={"source": record.source.model_copy(update={"path": stored})})


def parse_paths(paths: Iterable[Path], workers: int | None = None,
                progress: bool = False) -> tuple[list[Record], list[Failure]]:
    """Every file below these paths parsed, in worker processes when there are many."""
    files = expand_paths(paths)
    n = workers if workers is not None else min(os.cpu_count() or 1, 4)
    results: list[Record | Failure]
    if n > 1 and len(files) >= PARALLEL_FROM:
        # spawn, not fork: the parent holds driver threads whose locks a forked child would inherit.
        with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn")) as pool:
            results = list(pool.map(_parse_path, files, chunksize=16))
    else:
        items = _progress(files, progress)
        results = [_parse_path(f, ocr_page_reporter(f, items) if progress else None) for f in items]
    records = [r for r in results if isinstance(r, Record)]
    failed = [r for r in results if isinstance(r, tuple)]
    return records, failed


def ingest(driver: Driver, sources: Iterable[Source], *, replace: bool = False, key: str | None = None,
           progress: bool = False, workers: int | None = None) -> LoadSummary:
    """Parse what needs parsing, then load: the summary lists what was written, refused and failed."""
    records: list[Record] = []
    paths: list[Path] = []
    failed: list[Failure] = []
    for s in sources:
        if isinstance(s, Record):
            records.append(s)
        elif isinstance(s, Upload):
            try:
                records.append(parse_upload(s))
            except ParseError as exc:
                failed.append((s.name, str(exc)))
        else:
            paths.append(s)
    if paths:
        parsed, bad = parse_paths(paths, workers, progress)
        records += parsed
        failed += bad
    summary = load_records(driver, records, progress=progress, replace=replace, key=key)
    summary.failed = failed + summary.failed
    return summary


def load_paths(driver: Driver, paths: list[Path], progress: bool = False,
               replace: bool = False) -> LoadSummary:
    """Files and folders parsed and loaded (`ingest` of paths)."""
    return ingest(driver, paths, replace=replace, progress=progress)


__all__ = ["LoadSummary", "Upload", "expand_paths", "ingest", "load_paths", "load_records",
           "ocr_page_reporter", "parse_paths", "parse_upload"]
