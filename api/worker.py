"""Parsing an upload in a child process, with a time and a memory limit.

The readers and the parser are pure Python: a hostile or merely huge file (19 MB of text parses for
half a minute) would otherwise hold a request worker and the interpreter's memory for as long as it
likes. The child is forked from a forkserver that has already imported the parser, so starting one
costs milliseconds, not an interpreter's start-up. Only the parsed `Record` (JSON) comes back; the
write to Neo4j stays in the request, with the app's driver. The limits are the app's settings
(NQGRAPH_PARSE_TIMEOUT, NQGRAPH_PARSE_MEMORY_MB: `config.Settings`).
"""

from __future__ import annotations

import multiprocessing as mp
import time
from typing import Any

from loaders.errors import NeedsOcr, ParseError

PRELOAD = ["api.parse_preload"]
_context: Any = None


def _ctx() -> Any:
    global _context
    if _context is None:
        ctx = mp.get_context("forkserver")  # not fork: the API process has threads and a driver
        ctx.set_forkserver_preload(PRELOAD)
        _context = ctx
    return _context


class ParseLimit(ParseError):
    """The file took longer than the time limit, or more memory than the memory limit, to parse."""


def _child(conn: Any, raw: bytes, name: str, memory: int) -> None:
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):  # a hard limit already lower: keep it
        pass
    try:
        from loaders.parse import parse_extracted
        from loaders.read import read_bytes

        record = parse_extracted(read_bytes(raw, name, ocr=False), name)  # as api.upload.parse_upload
        conn.send(("record", record.model_dump_json()))
    except NeedsOcr as exc:
        conn.send(("needs_ocr", exc.reason))
    except ParseError as exc:
        conn.send(("parse_error", exc.reason))
    except MemoryError:
        conn.send(("memory", ""))
    except BaseException as exc:  # noqa: BLE001 - the parent must hear of it, whatever it is
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def parse_in_child(raw: bytes, name: str, timeout: float, memory: int) -> Any:
    """The parsed Record; NeedsOcr for a scan, ParseError (ParseLimit past a limit) for what cannot be
    read. The child is killed after `timeout` seconds and may use `memory` bytes of address space."""
    from loaders.records import Record

    ctx = _ctx()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, raw, name, memory), name=f"nqgraph-parse:{name}",
                       daemon=True)
    started = time.monotonic()
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise ParseLimit(name, f"reading and parsing took longer than {timeout:g} s; nothing was written")
        try:
            kind, value = parent.recv()
        except EOFError:
            proc.join(1)
            if time.monotonic() - started >= timeout:
                raise ParseLimit(name, f"reading and parsing took longer than {timeout:g} s") from None
            raise ParseLimit(name, f"the parser stopped (exit code {proc.exitcode}): the file needs more "
                             f"than {memory // 2**20} MiB of memory, or crashed it") from None
    finally:
        parent.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if kind == "record":
        return Record.model_validate_json(value)
    if kind == "needs_ocr":
        raise NeedsOcr(name, value)
    if kind == "parse_error":
        raise ParseError(name, value)
    if kind == "memory":
        raise ParseLimit(name, f"parsing needs more than {memory // 2**20} MiB of memory; nothing was "
                         "written")
    raise RuntimeError(f"{name}: the parser failed: {value}")


def warm() -> None:
    """Start the forkserver (it imports the parser and builds the gazetteer index) in the background,
    so the first upload does not wait for it."""
    import threading
    from multiprocessing import forkserver

    _ctx()
    threading.Thread(target=forkserver.ensure_running, name="nqgraph-parse-warm", daemon=True).start()
