"""OCR quality and speed on the generated scans: character error rate per page, pages per second.

    python -m bench.bench_ocr [--raw] [SCAN.pdf ...]

Each `X.scan.pdf` under tests/fixtures/scans/ is read page by page and compared with its
`X.pages.json` (the text as typeset before it was rasterised and degraded). Both sides are normalised
(NFC, every run of whitespace one space) so line breaks and Unicode composition do not count as
errors. `--raw` turns the pre-processing off (no smoothing, no deskew) to show what it buys.
A benchmark, not a test: the machine is shared, so seconds per page depend on its load.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import time
import unicodedata
from pathlib import Path

SCANS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "scans"
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: edit distance over the reference's length, both normalised."""
    from rapidfuzz.distance import Levenshtein

    ref = normalise(reference)
    return Levenshtein.distance(normalise(hypothesis), ref) / max(1, len(ref))


def _cpu() -> float:
    """CPU seconds of this process and its finished children (tesseract): the cost a busy machine's
    wall clock hides."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def bench(scan: Path, workers: int = 1) -> dict[str, object]:
    from loaders.formats.ocr import ocr_pdf_pages

    reference = json.loads(scan.with_name(scan.name.replace(".scan.pdf", ".pages.json")).read_text("utf-8"))
    stamps: list[float] = []
    cpu0 = _cpu()
    t0 = time.perf_counter()
    pages = ocr_pdf_pages(scan.read_bytes(), scan.name, workers=workers,
                          progress=lambda done, total: stamps.append(time.perf_counter()))
    elapsed = time.perf_counter() - t0
    cpu = _cpu() - cpu0
    seconds = [b - a for a, b in zip([t0, *stamps], stamps, strict=False)]
    rates = [cer(p.text, ref) for p, ref in zip(pages, reference["pages"], strict=True)]
    words = sum(p.words for p in pages)
    return {
        "file": scan.name, "pages": len(pages), "workers": workers, "cer": [round(r, 4) for r in rates],
        "cer_mean": round(statistics.mean(rates), 4),
        "cer_all": round(cer("\n".join(p.text for p in pages), "\n".join(reference["pages"])), 4),
        "confidence": round(sum(p.confidence_sum for p in pages) / words, 1) if words else 0.0,
        "seconds_per_page": [round(s, 2) for s in seconds],
        "pages_per_second": round(len(pages) / elapsed, 3),
        "cpu_seconds_per_page": round(cpu / len(pages), 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", action="store_true", help="no pre-processing (no smoothing, no deskew)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--workers", type=int, default=1, help="pages OCR'd at once (seconds per page are then "
                                                           "the gaps between finished pages)")
    ap.add_argument("scans", nargs="*", type=Path)
    args = ap.parse_args()
    from loaders.formats import ocr

    if not ocr.ocr_available():
        raise SystemExit("tesseract with the 'vie' model is not installed")
    ocr.PREPROCESS = not args.raw
    for scan in args.scans or sorted(SCANS.glob("*.scan.pdf")):
        out = bench(scan, args.workers)
        if args.json:
            print(json.dumps(out))
            continue
        print(f"{out['file']}: {out['pages']} pages, pre-processing {'off' if args.raw else 'on'}, "
              f"{args.workers} worker{'s' if args.workers > 1 else ''}")
        for i, (rate, sec) in enumerate(zip(out["cer"], out["seconds_per_page"], strict=True), 1):  # type: ignore[call-overload]
            print(f"  page {i}: CER {rate:.2%}  {sec:.1f} s")
        print(f"  mean CER {out['cer_mean']:.2%} (whole text {out['cer_all']:.2%}), "
              f"mean word confidence {out['confidence']}, {out['pages_per_second']} pages/s "
              f"({1 / out['pages_per_second']:.1f} s/page wall, "  # type: ignore[operator]
              f"{out['cpu_seconds_per_page']} s/page CPU; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
