"""Golden files: each seed's whole record, as `nqgraph parse` prints it, against tests/golden/<seed>.json.

A change in parser output fails here until it is looked at and the files are regenerated on purpose:

    python -m tests.test_golden --update
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from loaders.parse import parse_file

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seed_data").glob("*.txt"))
GOLDEN = REPO / "tests" / "golden"


def record_json(seed: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(parse_file(seed.relative_to(REPO)).to_json())
    return data


def golden_path(seed: Path) -> Path:
    return GOLDEN / f"{seed.stem}.json"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_matches_its_golden_record(seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    expected = json.loads(golden_path(seed).read_text(encoding="utf-8"))
    got = record_json(seed)
    for key in expected:
        assert got[key] == expected[key], f"{seed.name}: field {key!r} changed (see module docstring)"
    assert got.keys() == expected.keys()


def update() -> None:
    import os

    os.chdir(REPO)
    GOLDEN.mkdir(exist_ok=True)
    for seed in SEEDS:
        text = json.dumps(record_json(seed), ensure_ascii=False, indent=2) + "\n"
        golden_path(seed).write_text(text, encoding="utf-8")
        print(f"wrote {golden_path(seed).relative_to(REPO)}")


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    else:
        print(__doc__)
