"""OCR of scans (image-only PDFs and images) with Debian's tesseract and its Vietnamese model.

Each page is rendered at 300 dpi by pypdfium2 and read by the `tesseract` binary in a subprocess with a
time limit, so a pathological page fails with a ParseError instead of hanging the caller. The text
keeps tesseract's lines (the parser repairs the wraps as it does for any hard-wrapped text); the
confidence is the mean of tesseract's word confidences, 0..100.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.errors import ParseError

if TYPE_CHECKING:
    from PIL import Image

DPI = 300
LANGUAGE = "vie"
MAX_PAGES = 300  # a directive is a few to a few dozen pages; a 300-page scan is an archive, not one
MAX_PIXELS = 60_000_000  # an image larger than A1 at 300 dpi is no page
A4_LONG_SIDE = 11.69  # inches


def _page_timeout() -> float:
    """Seconds tesseract may spend on one page (NQGRAPH_OCR_PAGE_TIMEOUT); a page takes ~2-4 s here."""
    try:
        return max(1.0, float(os.environ.get("NQGRAPH_OCR_PAGE_TIMEOUT", "120")))
    except ValueError:
        return 120.0


@dataclass(frozen=True)
class OcrResult:
    text: str
    pages: int
    confidence: float  # mean word confidence, 0..100, from tesseract


Progress = Callable[[int, int], None]


def _env() -> dict[str, str]:
    """One OpenMP thread: tesseract's threads spin while they wait, and on this busy 2-core machine a
    page took 29 s wall / 6.2 s CPU with the default against 6.6 s / 2.0 s with one thread (load 15;
    11 s against 2 s at load 2). Parallelism, if any, belongs to the caller."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    exe = shutil.which("tesseract")
    if not exe:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, env=_env())
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def ocr_available() -> bool:
    """The tesseract binary is on PATH and has the Vietnamese model (Debian's tesseract-ocr-vie)."""
    return LANGUAGE in _languages()


def _require(name: str) -> None:
    if not shutil.which("tesseract"):
        raise ParseError(name, "a scan needs OCR, but tesseract is not installed "
                               "(apt-get install tesseract-ocr tesseract-ocr-vie)")
    if not ocr_available():
        raise ParseError(name, "a scan needs OCR, but tesseract has no Vietnamese model "
                               "(apt-get install tesseract-ocr-vie)")


@dataclass(frozen=True)
class PageText:
    text: str
    words: int
    confidence_sum: float


def parse_tsv(tsv: str) -> PageText:
    """Tesseract's TSV → the page's lines, a blank line between its blocks and paragraphs.

    TSV rather than plain text because it carries each word's confidence; the structure is the same.
    """
    lines: list[str] = []
    words = 0
    total = 0.0
    key: tuple[str, str, str] | None = None
    para: tuple[str, str] | None = None
    current: list[str] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11].strip()
        try:
            conf = float(cols[10])
        except ValueError:
            continue
        if not word or conf < 0:
            continue
        line_key = (cols[2], cols[3], cols[4])
        if line_key != key:
            if current:
                lines.append(" ".join(current))
            if para is not None and line_key[:2] != para and lines:
                lines.append("")
            key, para, current = line_key, line_key[:2], []
        current.append(word)
        words += 1
        total += conf
    if current:
        lines.append(" ".join(current))
    return PageText("\n".join(lines), words, total)


def skew_angle(image: Image.Image, limit: float = 4.0) -> float:
    """The rotation (degrees) that levels the text lines, by a projection-profile search.

    A scan tilted by 1-2 degrees makes tesseract merge or drop whole lines of a full-width page;
    levelled first, those lines come back. The search runs on a quarter-size ink mask: ~0.2 s a page.
    A page without ink, or one no angle improves, stays as it is.
    """
    import numpy as np
    from PIL import Image

    small = image.convert("L").resize((max(1, image.width // 4), max(1, image.height // 4)),
                                      Image.Resampling.BILINEAR)
    a = np.asarray(small, dtype=np.float32)
    mask = a < a.mean() - 2 * a.std()
    if mask.sum() < 100:
        return 0.0
    ink = Image.fromarray((mask * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.BILINEAR), dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    coarse = np.arange(-limit, limit + 1e-9, 0.5)
    best = float(coarse[int(np.argmax([sharpness(x) for x in coarse]))])
    fine = np.arange(best - 0.4, best + 0.4 + 1e-9, 0.1)
    scores = [sharpness(x) for x in fine]
    if max(scores) <= sharpness(0.0) * 1.001:
        return 0.0
    return round(float(fine[int(np.argmax(scores))]), 2)


PREPROCESS = os.environ.get("NQGRAPH_OCR_PREPROCESS", "1") != "0"  # '0': raw pages (bench_ocr --raw)


def prepare(image: Image.Image) -> Image.Image:
    """Grey, smoothed, levelled page for tesseract.

    A 3x3 box blur takes the scanner's grain out before tesseract's own Otsu binarisation (the grain
    otherwise breaks the diacritics off: 'về' read 'vê'); on a clean page it changes nothing measurable.
    """
    from PIL import Image, ImageFilter

    grey = image.convert("L")
    if not PREPROCESS:
        return grey
    grey = grey.filter(ImageFilter.BoxBlur(1))
    angle = skew_angle(grey)
    if abs(angle) >= 0.2:
        grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return grey


def ocr_page(image: Image.Image, name: str, page: int) -> PageText:
    """One page through tesseract (PGM on stdin, TSV on stdout), within the page time limit.

    PGM, not PNG: compressing a 300 dpi page costs ~0.5 s, and the pipe does not need it.
    """
    image = prepare(image)
    buf = io.BytesIO()
    image.save(buf, "PPM")
    exe = shutil.which("tesseract") or "tesseract"
    cmd = [exe, "stdin", "stdout", "-l", LANGUAGE, "--psm", "3", "--dpi", str(DPI), "tsv"]
    timeout = _page_timeout()
    try:
        out = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, timeout=timeout, env=_env())
    except subprocess.TimeoutExpired as exc:
        raise ParseError(name, f"OCR of page {page} took longer than {timeout:.0f} s") from exc
    except OSError as exc:
        raise ParseError(name, f"OCR could not start tesseract ({exc})") from exc
    if out.returncode != 0:
        err = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ParseError(name, f"OCR failed on page {page}: {err[-1] if err else f'exit {out.returncode}'}")
    return parse_tsv(out.stdout.decode("utf-8", "replace"))


def _result(pages: list[PageText]) -> OcrResult:
    words = sum(p.words for p in pages)
    confidence = round(sum(p.confidence_sum for p in pages) / words, 1) if words else 0.0
    text = "\n\n".join(p.text for p in pages if p.text)
    return OcrResult(text=text + "\n" if text else "", pages=len(pages), confidence=confidence)


def _pdf_pages(raw: bytes, name: str) -> Iterator[tuple[int, int, Image.Image]]:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        raise ParseError(name, f"not a readable PDF ({exc})") from exc
    try:
        total = len(doc)
        if total == 0:
            raise ParseError(name, "a PDF without pages")
        if total > MAX_PAGES:
            raise ParseError(name, f"a scan of {total} pages (more than {MAX_PAGES}): split it first")
        for i in range(total):
            page = doc[i]
            try:
                width, height = page.get_size()  # points
                scale = min(DPI / 72, (MAX_PIXELS / max(1.0, width * height)) ** 0.5)
                image = page.render(scale=scale, grayscale=True).to_pil().copy()  # own its pixels
            finally:
                page.close()
            yield i + 1, total, image
    finally:
        doc.close()


def _workers() -> int:
    """Pages read at once (NQGRAPH_OCR_WORKERS, default 1): the API keeps a core for its requests;
    a batch `nqgraph load` on an idle machine may set it to its number of cores."""
    try:
        return max(1, min(int(os.environ.get("NQGRAPH_OCR_WORKERS", "1")), os.cpu_count() or 1))
    except ValueError:
        return 1


def _ocr_pages(pages: Iterator[tuple[int, int, Image.Image]], name: str, progress: Progress | None,
               workers: int) -> list[PageText]:
    """OCR pages in order, `workers` tesseracts at a time. Pages are rendered here, in the calling
    thread (pdfium is not thread-safe), at most two per worker ahead; progress counts finished pages."""
    if workers <= 1:
        out = []
        for number, total, image in pages:
            out.append(ocr_page(image, name, number))
            if progress is not None:
                progress(number, total)
        return out
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

    futures: list[Future[PageText]] = []
    running: set[Future[PageText]] = set()
    done = total = 0

    def settle(keep: int) -> None:
        nonlocal done
        while len(running) > keep:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                running.discard(future)
                future.result()  # a page's ParseError ends the document here
                done += 1
                if progress is not None:
                    progress(done, total)

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        try:
            for number, pages_total, image in pages:
                total = pages_total
                future = pool.submit(ocr_page, image, name, number)
                futures.append(future)
                running.add(future)
                settle(2 * workers - 1)
            settle(0)
        except BaseException:
            for future in running:
                future.cancel()
            raise
    return [future.result() for future in futures]


def ocr_pdf_pages(raw: bytes, name: str, *, progress: Progress | None = None,
                  workers: int | None = None) -> list[PageText]:
    """Each page's OCR on its own (the benchmark scores pages one by one)."""
    _require(name)
    return _ocr_pages(_pdf_pages(raw, name), name, progress, workers or _workers())


def ocr_pdf(raw: bytes, name: str, *, progress: Progress | None = None,
            workers: int | None = None) -> OcrResult:
    """OCR every page of a PDF; `progress(pages_done, pages)` after each page."""
    return _result(ocr_pdf_pages(raw, name, progress=progress, workers=workers))


def _image_frames(raw: bytes, name: str) -> tuple[int, Iterator[Image.Image]]:
    """The number of pages in an image file and its pages, grey, one at a time (a 100-page TIFF
    is not held in memory at once)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        img = Image.open(io.BytesIO(raw))
        total = int(getattr(img, "n_frames", 1))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise ParseError(name, f"not a readable image ({exc})") from exc
    if total > MAX_PAGES:
        raise ParseError(name, f"an image of {total} pages (more than {MAX_PAGES}): split it first")
    if img.width * img.height > MAX_PIXELS:
        raise ParseError(name, f"an image of {img.width}x{img.height} pixels is too large for a page")

    def frames() -> Iterator[Image.Image]:
        try:
            for frame in ImageSequence.Iterator(img):
                grey = frame.convert("L")
                scale = _upscale(grey.width, grey.height)
                if scale > 1:
                    grey = grey.resize((round(grey.width * scale), round(grey.height * scale)),
                                       Image.Resampling.LANCZOS)
                yield grey
        except (OSError, ValueError) as exc:
            raise ParseError(name, f"not a readable image ({exc})") from exc

    return total, frames()


def _upscale(width: int, height: int) -> float:
    """How much to enlarge a page image so it reads as ~300 dpi, judged from its size as an A4 page.

    Not from its stated resolution: TIFF and phone JPEGs say 1 or 72 dpi for 'unknown'. A 150 dpi
    scan reads better enlarged; the result stays under MAX_PIXELS and at most 4 times as wide.
    """
    dpi = max(width, height) / A4_LONG_SIDE
    if dpi >= DPI * 0.8:
        return 1.0
    return max(1.0, min(DPI / max(dpi, 1.0), 4.0, (MAX_PIXELS / max(1, width * height)) ** 0.5))


def ocr_image(raw: bytes, name: str, *, progress: Progress | None = None,
              workers: int | None = None) -> OcrResult:
    """OCR an image (PNG, JPEG, TIFF — every frame of a multi-page TIFF is a page)."""
    _require(name)
    total, frames = _image_frames(raw, name)
    pages = ((i, total, frame) for i, frame in enumerate(frames, 1))
    return _result(_ocr_pages(pages, name, progress, workers or _workers()))


def ocr_warning(result: OcrResult) -> str:
    """The warning an OCR'd record carries: its text is a machine reading, with this confidence."""
    return (f"OCR: text read by OCR from {result.pages} scanned page{'s' if result.pages != 1 else ''}, "
            f"mean word confidence {result.confidence:.0f}%; check numbers and names against the scan")
