"""`nqgraph load` reports OCR progress a line per page (no database: the write is replaced)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import graph.load as load
import loaders.parse
from loaders.records import Record, Source


@pytest.mark.parametrize(("pages", "lines"), [
    (1, ["OCR scans/quet.pdf: page 1/1"]),
    (3, ["OCR scans/quet.pdf: page 1/3", "OCR scans/quet.pdf: page 2/3", "OCR scans/quet.pdf: page 3/3"]),
])
def test_a_line_per_ocr_page(capsys: pytest.CaptureFixture[str], pages: int, lines: list[str]) -> None:
    report = load.ocr_page_reporter(Path("scans/quet.pdf"))
    for done in range(1, pages + 1):
        report(done, pages)
    assert capsys.readouterr().err.splitlines() == lines


def test_load_paths_passes_the_reporter_to_the_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    scan, text = tmp_path / "quet.pdf", tmp_path / "van-ban.txt"
    scan.write_bytes(b"%PDF-1.4")
    text.write_text("x")

    def parse_file(path: Path, *, ocr: bool = True, progress: Any = None) -> Record:
        if path.suffix == ".pdf" and progress is not None:
            progress(1, 2)
            progress(2, 2)
        return Record(source=Source(path=path.name, sha256="0" * 64))

    loaded: list[list[Record]] = []

    def load_records(driver: Any, records: list[Record], **kw: Any) -> load.LoadSummary:
        loaded.append(records)
        return load.LoadSummary(loaded=len(records))

    monkeypatch.setattr(loaders.parse, "parse_file", parse_file)
    monkeypatch.setattr(load, "load_records", load_records)
    summary = load.load_paths(None, [tmp_path], progress=True)  # type: ignore[arg-type]
    assert summary.loaded == 2 and [r.source.path for r in loaded[0]] == ["quet.pdf", "van-ban.txt"]
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("OCR ")]
    assert [line.split(": ", 1)[1] for line in err] == ["page 1/2", "page 2/2"]
    assert all(line.endswith(("page 1/2", "page 2/2")) and "quet.pdf" in line for line in err)
