"""OCR: tesseract's TSV → lines and confidence, deskew, failures as ParseErrors, and the scanned fixture
read back into the same record as its text.

Tests that run the real tesseract take the `tesseract` fixture: skipped where tesseract-ocr and
tesseract-ocr-vie are genuinely absent on a developer's machine, failed in CI (CI=true), where
.ci/run installs them.
"""

from __future__ import annotations

import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.bench_ocr import cer, normalise
from loaders.errors import ParseError
from loaders.formats import ocr

REPO = Path(__file__).resolve().parent.parent
SCANS = REPO / "tests" / "fixtures" / "scans"
SCAN = SCANS / "004.scan.pdf"
SEED = REPO / "seed_data" / "004_c81e2607254c46bf.txt"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def tesseract() -> None:
    ocr._languages.cache_clear()
    if ocr.ocr_available():
        return
    if _in_ci():
        pytest.fail("tesseract-ocr with tesseract-ocr-vie is not installed: CI installs them in .ci/run",
                    pytrace=False)
    pytest.skip("tesseract-ocr / tesseract-ocr-vie not installed (apt-get install tesseract-ocr "
                "tesseract-ocr-vie)")


# --- TSV → text --------------------------------------------------------------------------------------

_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(*words: tuple[int, int, int, float, str]) -> str:
    rows = [_HEAD, "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t"]
    rows += [f"5\t1\t{b}\t{p}\t{ln}\t{i}\t0\t0\t10\t10\t{c}\t{w}" for i, (b, p, ln, c, w) in enumerate(words)]
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize(("tsv", "text", "words", "confidence"), [
    (_tsv((1, 1, 1, 96, "THÀNH"), (1, 1, 1, 90, "ỦY")), "THÀNH ỦY", 2, 186.0),
    # a new line in the same paragraph: a line break, no blank line
    (_tsv((1, 1, 1, 95, "Số"), (1, 1, 2, 85, "66-CTr/TU")), "Số\n66-CTr/TU", 2, 180.0),
    # a new paragraph or block: a blank line between
    (_tsv((1, 1, 1, 90, "I."), (1, 2, 1, 80, "1."), (2, 1, 1, 70, "2.")), "I.\n\n1.\n\n2.", 3, 240.0),
    # words tesseract could not read (conf -1) or left blank are not text
    (_tsv((1, 1, 1, -1, ""), (1, 1, 1, 91, "Hải"), (1, 1, 1, 89, " ")), "Hải", 1, 91.0),
    (_HEAD + "\n", "", 0, 0.0),
])
def test_parse_tsv(tsv: str, text: str, words: int, confidence: float) -> None:
    page = ocr.parse_tsv(tsv)
    assert (page.text, page.words, page.confidence_sum) == (text, words, confidence)


@pytest.mark.parametrize(("pages", "text", "confidence"), [
    ([ocr.PageText("a\nb", 2, 180.0), ocr.PageText("c", 1, 60.0)], "a\nb\n\nc\n", 80.0),
    ([ocr.PageText("", 0, 0.0), ocr.PageText("c", 1, 75.0)], "c\n", 75.0),
    ([ocr.PageText("", 0, 0.0)], "", 0.0),
])
def test_result_joins_pages_and_averages_words(pages: list[ocr.PageText], text: str,
                                               confidence: float) -> None:
    result = ocr._result(pages)
    assert (result.text, result.pages, result.confidence) == (text, len(pages), confidence)


def test_ocr_warning_names_pages_and_confidence() -> None:
    assert ocr.ocr_warning(ocr.OcrResult("x", 3, 91.6)).startswith(
        "OCR: text read by OCR from 3 scanned pages, mean word confidence 92%")


# --- deskew ------------------------------------------------------------------------------------------

def _lines_page(angle: float):  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw

    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    for y in range(150, 1600, 36):  # text lines as dashed strokes, like words on a line
        for x in range(120, 1100, 60):
            draw.rectangle((x, y, x + 44, y + 14), fill=20)
    return img.rotate(angle, fillcolor=255)


@pytest.mark.parametrize("tilt", [0.0, 1.3, -1.8, 2.5, -0.6])
def test_skew_angle_levels_a_tilted_page(tilt: float) -> None:
    assert ocr.skew_angle(_lines_page(tilt)) == pytest.approx(-tilt, abs=0.15)


@pytest.mark.parametrize("fill", [255, 0, 128])
def test_a_page_without_lines_is_not_turned(fill: int) -> None:
    from PIL import Image

    assert ocr.skew_angle(Image.new("L", (1240, 1754), fill)) == 0.0


# --- failures are ParseErrors naming the file ---------------------------------------------------------

@pytest.fixture
def fake_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A `tesseract` on PATH that lists 'vie' and then does what the test writes into its script."""
    exe = tmp_path / "tesseract"
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    ocr._languages.cache_clear()
    yield exe
    ocr._languages.cache_clear()


def _script(exe: Path, body: str) -> None:
    exe.write_text("#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo 'List of languages:'; "
                   f"echo eng; echo vie; exit 0; fi\n{body}\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)


def _png() -> bytes:
    buf = io.BytesIO()
    _lines_page(0).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize(("body", "timeout", "reason"), [
    ("sleep 5", "1", "OCR of page 1 took longer than 1 s"),
    ("echo 'Error: bad page' >&2; exit 1", "30", "OCR failed on page 1: Error: bad page"),
])
def test_tesseract_failures_are_parse_errors(fake_tesseract: Path, monkeypatch: pytest.MonkeyPatch,
                                             body: str, timeout: str, reason: str) -> None:
    _script(fake_tesseract, f"cat >/dev/null; {body}")
    monkeypatch.setenv("NQGRAPH_OCR_PAGE_TIMEOUT", timeout)
    with pytest.raises(ParseError) as err:
        ocr.ocr_image(_png(), "scan.png")
    assert (err.value.path, err.value.reason) == ("scan.png", reason)


def test_progress_is_called_after_each_page(fake_tesseract: Path) -> None:
    row = "\\t".join(["5", "1", "1", "1", "1", "1", "0", "0", "1", "1", "90", "Số"])
    _script(fake_tesseract, f"cat >/dev/null; printf '{_HEAD}\\n{row}\\n'")
    from PIL import Image

    frames = [_lines_page(0), _lines_page(0)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    seen: list[tuple[int, int]] = []
    result = ocr.ocr_image(buf.getvalue(), "two.tiff", progress=lambda d, n: seen.append((d, n)))
    assert seen == [(1, 2), (2, 2)]
    assert (result.text, result.pages, result.confidence) == ("Số\n\nSố\n", 2, 90.0)
    assert getattr(Image.open(buf), "n_frames", 1) == 2


@pytest.mark.parametrize(("which", "langs", "reason"), [
    (None, frozenset(), "tesseract is not installed"),
    ("/usr/bin/tesseract", frozenset({"eng", "osd"}), "tesseract has no Vietnamese model"),
])
def test_missing_ocr_is_a_clear_parse_error(monkeypatch: pytest.MonkeyPatch, which: str | None,
                                            langs: frozenset[str], reason: str) -> None:
    monkeypatch.setattr(ocr.shutil, "which", lambda _name: which)
    monkeypatch.setattr(ocr, "_languages", lambda: langs)
    assert not ocr.ocr_available()
    for call in (ocr.ocr_pdf, ocr.ocr_image):
        with pytest.raises(ParseError, match=reason) as err:
            call(b"%PDF-1.4", "scan.pdf")
        assert err.value.path == "scan.pdf"


@pytest.mark.parametrize(("call", "raw", "reason"), [
    (ocr.ocr_pdf, b"%PDF-1.4 truncated", "not a readable PDF"),
    (ocr.ocr_image, b"\x89PNG\r\n\x1a\n broken", "not a readable image"),
    (ocr.ocr_image, b"plain text", "not a readable image"),
])
def test_unreadable_input_is_a_parse_error(fake_tesseract: Path, call, raw: bytes,  # type: ignore[no-untyped-def]
                                           reason: str) -> None:
    _script(fake_tesseract, "exit 1")
    with pytest.raises(ParseError, match=reason):
        call(raw, "bad")


# --- error rate routine ----------------------------------------------------------------------------

@pytest.mark.parametrize(("hyp", "ref", "rate"), [
    ("Số 66-CTr/TU", "Số 66-CTr/TU", 0.0),
    ("Số  66-CTr/TU\n", "Số 66-CTr/TU", 0.0),                     # whitespace squeezed
    ("So\u0302\u0301 66", "Số 66", 0.0),                             # decomposed = composed (NFC)
    ("vê", "về", 0.5),                                               # a lost tone mark is one error
    ("", "abcd", 1.0),
])
def test_cer(hyp: str, ref: str, rate: float) -> None:
    assert cer(hyp, ref) == pytest.approx(rate)
    assert normalise(" a \n\t b ") == "a b"


# --- the scanned fixture, with the real tesseract -------------------------------------------------------

@pytest.fixture(scope="module")
def scanned(tesseract: None) -> tuple[list[ocr.PageText], list[tuple[int, int]]]:
    seen: list[tuple[int, int]] = []
    pages = ocr.ocr_pdf_pages(SCAN.read_bytes(), SCAN.name, progress=lambda d, n: seen.append((d, n)))
    return pages, seen


def test_scan_fixture_is_image_only() -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(SCAN.read_bytes())
    try:
        assert len(doc) == len(json.loads((SCANS / "004.pages.json").read_text("utf-8"))["pages"]) >= 2
        assert all(page.get_textpage().count_chars() == 0 for page in doc)
    finally:
        doc.close()
    assert SCAN.stat().st_size < 2_500_000, "the fixture must stay light"


@pytest.mark.ocr
def test_scan_reads_with_a_low_error_rate(scanned: tuple[list[ocr.PageText], list[tuple[int, int]]]) -> None:
    pages, seen = scanned
    reference = json.loads((SCANS / "004.pages.json").read_text("utf-8"))["pages"]
    assert seen == [(i, len(reference)) for i in range(1, len(reference) + 1)]
    rates = [cer(p.text, ref) for p, ref in zip(pages, reference, strict=True)]
    assert sum(rates) / len(rates) < 0.02, rates
    assert max(rates) < 0.05, rates
    assert ocr._result(pages).confidence > 85


@pytest.mark.ocr
def test_scan_gives_the_record_of_the_text(scanned: tuple[list[ocr.PageText], list[tuple[int, int]]]) -> None:
    from loaders.parse import parse_text

    text = parse_text(SEED.read_text("utf-8"), path=SEED.name)
    scan = parse_text(ocr._result(scanned[0]).text, path=SCAN.name)
    assert (scan.number, scan.doc_type, scan.issued_on) == (text.number, text.doc_type, text.issued_on)
    assert scan.issuer == text.issuer
    assert [r.number for r in scan.implements] == [r.number for r in text.implements]
    want = [t.label for t in text.tasks]
    got = {t.label for t in scan.tasks}
    assert want and sum(label in got for label in want) >= 0.9 * len(want)


@pytest.mark.ocr
def test_ocr_image_reads_a_page_photo(tesseract: None) -> None:
    """A page given as an image (here the scan's first page at its 150 dpi, enlarged on the way)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(SCAN.read_bytes())
    try:
        image = doc[0].render(scale=150 / 72, grayscale=True).to_pil()
    finally:
        doc.close()
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=(150, 150))
    result = ocr.ocr_image(buf.getvalue(), "page1.png")
    assert result.pages == 1 and result.confidence > 80
    assert "66-CTr/TU" in result.text and "43-NQ/TW" in result.text


@pytest.mark.parametrize(("size", "scale"), [
    ((2480, 3508), 1.0),           # A4 at 300 dpi: as it is
    ((1240, 1754), 2.0),           # A4 at 150 dpi: doubled
    ((3508, 2480), 1.0),           # landscape, 300 dpi
    ((620, 877), 4.0),             # 75 dpi: enlarged at most 4 times
    ((1000, 60), 3.51),            # a strip is judged by its long side as a page: 85 dpi
    ((20000, 20000), 1.0),         # huge: never enlarged
])
def test_upscale_judges_the_resolution_from_the_size(size: tuple[int, int], scale: float) -> None:
    assert ocr._upscale(*size) == pytest.approx(scale, abs=0.01)


@pytest.mark.parametrize(("env", "seconds"), [(None, 120.0), ("30", 30.0), ("0.2", 1.0), ("long", 120.0)])
def test_page_timeout_from_the_environment(monkeypatch: pytest.MonkeyPatch, env: str | None,
                                           seconds: float) -> None:
    if env is None:
        monkeypatch.delenv("NQGRAPH_OCR_PAGE_TIMEOUT", raising=False)
    else:
        monkeypatch.setenv("NQGRAPH_OCR_PAGE_TIMEOUT", env)
    assert ocr._page_timeout() == seconds


@pytest.mark.ocr
def test_readers_route_a_scan_to_ocr_and_keep_its_provenance(
        scanned: tuple[list[ocr.PageText], list[tuple[int, int]]], monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the readers' parse_bytes (READERS.md), with the OCR already done above reused."""
    from loaders.parse import parse_bytes

    result = ocr._result(scanned[0])
    seen: list[tuple[int, int]] = []

    def ocr_pdf(raw: bytes, name: str, *, progress: ocr.Progress | None = None) -> ocr.OcrResult:
        if progress is not None:
            progress(result.pages, result.pages)
        return result

    monkeypatch.setattr(ocr, "ocr_pdf", ocr_pdf)
    record = parse_bytes(SCAN.read_bytes(), SCAN.name, progress=lambda d, n: seen.append((d, n)))
    assert seen == [(result.pages, result.pages)]
    assert (str(record.number), str(record.issued_on)) == ("66-CTr/TU", "2024-02-02")
    source = record.source
    assert (source.format, source.pages, source.ocr_confidence) == ("ocr", result.pages, result.confidence)
    # the issue: OCR'd records carry a warning and their confidence (ocr.ocr_warning words one)
    confidence = (f"{result.confidence:.0f}", f"{result.confidence}")
    ocr_warnings = [w for w in record.warnings if "ocr" in w.lower() and any(c in w for c in confidence)]
    assert ocr_warnings, record.warnings
    with pytest.raises(ParseError) as err:
        parse_bytes(SCAN.read_bytes(), SCAN.name, ocr=False)
    assert type(err.value).__name__ == "NeedsOcr"


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_pages_come_back_in_order_whatever_the_workers(fake_tesseract: Path, workers: int) -> None:
    """The fake tesseract answers each page with the page's height, so the order can be checked; the
    first page sleeps so that with several workers it finishes last."""
    row = "\\t".join(["5", "1", "1", "1", "1", "1", "0", "0", "1", "1", "90", "h$h"])
    _script(fake_tesseract, 'h=$(head -c 20 | sed -n 2p | cut -d" " -f2); cat >/dev/null; '
                            '[ "$h" = 2901 ] && sleep 1; ' f'printf "{_HEAD}\\n{row}\\n"')
    from PIL import Image

    frames = [Image.new("L", (2000, 2900 + i), 255) for i in range(1, 5)]  # A4 at ~250 dpi: as they are
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    seen: list[tuple[int, int]] = []
    result = ocr.ocr_image(buf.getvalue(), "four.tiff", progress=lambda d, n: seen.append((d, n)),
                           workers=workers)
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert result.text.split() == ["h2901", "h2902", "h2903", "h2904"]


@pytest.mark.parametrize(("env", "workers"), [(None, 1), ("2", 2), ("64", os.cpu_count() or 1), ("x", 1)])
def test_workers_from_the_environment(monkeypatch: pytest.MonkeyPatch, env: str | None, workers: int) -> None:
    if env is None:
        monkeypatch.delenv("NQGRAPH_OCR_WORKERS", raising=False)
    else:
        monkeypatch.setenv("NQGRAPH_OCR_WORKERS", env)
    assert ocr._workers() == min(workers, os.cpu_count() or 1)
