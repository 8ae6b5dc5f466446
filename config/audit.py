"""The audit log: one JSON object per line in `<local_dir>/audit.jsonl` (NQGRAPH_AUDIT_LOG).

Who (a key id, user name or token subject, never a secret) did what (upload, replace, sign-in, backup,
a refused write) and when (UTC). A file rather than Neo4j nodes so that it survives a restore of the
graph from a backup and records the restore itself; appends take a lock, so the API's workers and the
CLI can write at the same time.
"""

from __future__ import annotations

import fcntl
import getpass
import json
import os
from collections import deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from config import Settings, get_settings


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return f"cli:uid{os.getuid()}"


def write(event: str, actor: str, settings: Settings | None = None, **fields: Any) -> dict[str, Any]:
    s = settings or get_settings()
    entry = {"ts": datetime.now(UTC).isoformat(timespec="milliseconds"), "event": event, "actor": actor,
             **{k: v for k, v in fields.items() if v is not None}}
    line = json.dumps(entry, ensure_ascii=False, default=str, sort_keys=False) + "\n"
    path = s.audit_path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, line.encode())
    finally:
        os.close(fd)
    return entry


def tail(limit: int = 100, settings: Settings | None = None,
         event: str | None = None) -> list[dict[str, Any]]:
    """The last `limit` entries (of one event when given), newest first."""
    path = (settings or get_settings()).audit_path
    if not Path(path).is_file():
        return []
    out: deque[dict[str, Any]] = deque(maxlen=limit)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            if event is None or entry.get("event") == event:
                out.append(entry)
    return list(reversed(out))
