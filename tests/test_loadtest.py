"""The bounded load test of issue 12: 50 concurrent clients for 60 s on the seed graph, 0 errors.

Requests/s and p95 are printed (and written where NQGRAPH_LOADTEST_OUT names a file), never asserted:
speed is `bench/`'s business (`python -m bench.bench_loadtest`). NQGRAPH_LOADTEST_SECONDS shortens it
for a local run; the test command runs the full minute.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest
from neo4j import Driver

from bench.bench_loadtest import run, serve


@pytest.mark.db
def test_fifty_clients_for_a_minute_get_no_error(seeded_db: Driver) -> None:
    seconds = float(os.environ.get("NQGRAPH_LOADTEST_SECONDS", "60"))
    with serve() as base:
        result = run(base, clients=50, seconds=seconds)
    line = json.dumps({"bench": "loadtest", "load_average": os.getloadavg(), **asdict(result)})
    print("\n" + line)
    if out := os.environ.get("NQGRAPH_LOADTEST_OUT"):
        Path(out).write_text(line + "\n", encoding="utf-8")
    assert result.requests > 0
    assert result.errors == 0, result.error_samples
