"""One way in, for the CLI and the API alike: `ingest(driver, sources) -> LoadSummary`.

Sources are files or folders (`Path`), uploaded bytes (`Upload`) or records already parsed. Files are
parsed here, in worker processes when there are many (`PARALLEL_FROM`), each failure reported and
skipped; the records that parse go to `graph.load.load_records`, which plans, checks and writes them in
batches. With worker processes, each worker also plans what it parsed (`graph.load.plan_one`: pure, as
costly as the parse) and sends back the plan, so this process, the writer, only checks and writes; the
plans go to the writer in chunks of `LOAD_CHUNK` while the workers parse the next ones, so parsing and
writing overlap; task alignment runs once, after the last chunk.
The parser (`loaders`) knows nothing of the graph and the writer (`graph`) nothing of files.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from neo4j import Driver

from graph.batch import Plan
from graph.load import LoadSummary, finish_load, load_records, plan_one, source_of
from loaders.errors import ParseError
from loaders.records import Record

REPO = Path(__file__).resolve().parent.parent
PARALLEL_FROM = 16
"""Below this many files a pool of worker processes costs more (start-up, imports) than it saves."""
LOAD_CHUNK = 2000
"""Records per `load_records` call while parsing goes on. Each chunk is planned and checked on its own
(undated mentions across chunks are settled by the writer's reconciliation, as across loads), so a
chunk should be large; batches within it are `NQGRAPH_LOAD_BATCH_SIZE`."""


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


def _parse_and_plan(path: Path) -> Plan | Failure:
    """In a worker: the file parsed and planned, or why not."""
    parsed = _parse_path(path)
    return parsed if isinstance(parsed, tuple) else plan_one(parsed)


def parse_paths(paths: Iterable[Path], workers: int | None = None,
                progress: bool = False) -> tuple[list[Record], list[Failure]]:
    """Every file below these paths parsed, in worker processes when there are many."""
    files = expand_paths(paths)
    n = workers if workers is not None else min(os.cpu_count() or 1, 4)
    return _parse_files(files, n, progress)


def _parse_files(files: list[Path], n: int, progress: bool) -> tuple[list[Record], list[Failure]]:
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
           progress: bool = False, workers: int | None = None, align: bool = True) -> LoadSummary:
    """Parse what needs parsing, then load: the summary lists what was written, refused and failed.

    `align=False` leaves task alignment pending (documents marked; the next load or `recompute` does it)."""
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
    files = expand_paths(paths) if paths else []
    n = workers if workers is not None else min(os.cpu_count() or 1, 4)
    if n > 1 and len(files) >= PARALLEL_FROM:
        summary = _parse_while_loading(driver, files, records, n, replace=replace, key=key, align=align)
    else:
        parsed, bad = _parse_files(files, 1, progress)
        failed += bad
        summary = load_records(driver, records + parsed, progress=progress, replace=replace, key=key,
                               align=align)
    summary.failed = failed + summary.failed
    return summary


def _parse_while_loading(driver: Driver, files: list[Path], records: list[Record], workers: int,
                         replace: bool, key: str | None, align: bool) -> LoadSummary:
    """Worker processes parse and plan while one writer thread loads the chunks planned so far, one at
    a time."""
    summary = LoadSummary()
    chunk: list[Record | Plan] = list(records)
    pending: Future[LoadSummary] | None = None

    def load(part: list[Record | Plan]) -> None:
        """The previous chunk's summary taken in; this chunk written unless the database went away."""
        nonlocal pending
        if pending is not None:
            summary.add(pending.result())
            pending = None
        if summary.stopped is not None:
            summary.not_written += [source_of(r) for r in part]
        elif part:
            pending = writer.submit(load_records, driver, part, replace=replace, key=key, align=False)

    with ThreadPoolExecutor(1, thread_name_prefix="nqgraph-ingest") as writer, \
            ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        # spawn, not fork: the parent holds driver threads whose locks a forked child would inherit.
        for result in pool.map(_parse_and_plan, files, chunksize=16):
            if isinstance(result, Plan):
                chunk.append(result)
            else:
                summary.failed.append(result)
            if len(chunk) >= LOAD_CHUNK:
                load(chunk)
                chunk = []
        load(chunk)
        load([])
    finish_load(driver, align, summary)
    return summary


def load_paths(driver: Driver, paths: list[Path], progress: bool = False,
               replace: bool = False) -> LoadSummary:
    """Files and folders parsed and loaded (`ingest` of paths)."""
    return ingest(driver, paths, replace=replace, progress=progress)


__all__ = ["LoadSummary", "Upload", "expand_paths", "ingest", "load_paths", "load_records",
           "ocr_page_reporter", "parse_paths", "parse_upload"]
