"""Readers: sniffing by content, each format's text and refusals, legacy encodings, provenance."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

from loaders.errors import NeedsOcr, ParseError
from loaders.formats import sniff, table_lines
from loaders.formats.doc import tidy
from loaders.formats.docx import bullet_text, format_number, legacy_font_encoding
from loaders.formats.legacy import detect, tcvn3_to_unicode, vni_to_unicode
from loaders.normalise import fold
from loaders.parse import parse_bytes, parse_file
from loaders.read import MAX_BYTES, decode, discover, read_bytes, read_path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "formats"
SEEDS = REPO / "seed_data"


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


DOCX = (FIXTURES / "004_c81e2607254c46bf.docx").read_bytes()
PDF = (FIXTURES / "004_c81e2607254c46bf.pdf").read_bytes()


# --- sniffing: the content decides, never the name -------------------------------------------------

@pytest.mark.parametrize(
    ("name", "raw", "kind"),
    [
        ("plan.txt", "KẾ HOẠCH\nThực hiện Nghị quyết".encode(), "text"),
        ("plan.docx", "KẾ HOẠCH số 12".encode(), "text"),
        ("renamed.txt", DOCX, "docx"),
        ("renamed.pdf", DOCX, "docx"),
        ("noext", PDF, "pdf"),
        ("junk-before-header.pdf", b"\r\n\r\n" + PDF, "pdf"),
        ("page.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("page", b"\xef\xbb\xbf\n  <html lang='vi'><head><title>t</title></head></html>", "html"),
        ("frag.htm", "<!-- saved --><div class='content'><p>Kế</p></div>".encode(), "html"),
        ("xhtml", b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'></html>", "html"),
        ("quote.txt", "Ghi chú: <trích> không phải trang web".encode(), "text"),
        ("scan.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "image"),
        ("scan.pdf", b"\xff\xd8\xff\xe0" + b"\x00" * 20, "image"),
        ("fax", b"II*\x00" + b"\x00" * 20, "image"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "doc"),
    ],
)
def test_sniff_by_content(name: str, raw: bytes, kind: str) -> None:
    assert sniff(raw, name).kind == kind


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("data.zip", _zip({"a.txt": b"x", "b.txt": b"y"}), "ZIP archive of 2 file(s) (a.txt, b.txt)"),
        ("empty.zip", _zip({}), "ZIP archive of 0 file(s) (empty)"),
        ("sheet.docx", _zip({"xl/workbook.xml": b"<x/>"}), "Excel workbook"),
        ("slides.docx", _zip({"ppt/presentation.xml": b"<x/>"}), "PowerPoint"),
        ("doc.odt", _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
         "OpenDocument"),
        ("cut.docx", DOCX[:1000], "damaged ZIP"),
        ("letter.rtf", b"{\\rtf1\\ansi K\\'e1 ho\\'e1ch}", "RTF"),
        ("labels.txt", json.dumps({"number": "12-KH/TU"}).encode(), "JSON"),
    ],
)
def test_sniff_refuses_containers_that_hold_no_document(name: str, raw: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        sniff(raw, name)
    assert reason.lower() in info.value.reason.lower()
    assert info.value.path == name


# --- refusals of read_bytes: each names the file and the reason ------------------------------------

_RANDOM = os.urandom(6000)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "empty file"),
        (_RANDOM + b"\x00", "binary"),
        (bytes(b for b in _RANDOM if b) + bytes(range(1, 32)) * 20, "binary"),
        (bytes(range(256)) * 8, "binary"),
        (bytes(range(0x80, 0x100)) * 4, "not UTF-8 text"),
        ("Kế hoạch".encode() + b"\xff\xfe\xfd", "not UTF-8 text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "damaged PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "antiword"),
    ],
)
def test_unreadable_bytes_are_refused_with_the_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        read_bytes(raw, "upload/x.bin")
    assert reason.lower() in info.value.reason.lower()
    assert str(info.value).startswith("upload/x.bin: ")
    assert "legacy" not in info.value.reason


def test_size_limit_is_stated_in_mib(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 5 * 1024 * 1024)
    with pytest.raises(ParseError, match=r"file too large \(25\.0 MiB > 20 MiB\)"):
        read_path(path)
    with pytest.raises(ParseError, match=r"MiB > 20 MiB"):
        read_bytes(b"x" * (MAX_BYTES + 1), "big.txt")


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: p, "no such file"),
    (lambda p: (p.mkdir(), p)[1], "is a directory"),
])
def test_path_errors(tmp_path: Path, make: Any, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        read_path(make(tmp_path / "x"))


@pytest.mark.parametrize(
    ("antiword", "text"),
    [
        ("|TỈNH ỦY HÀ NAM      |ĐẢNG CỘNG SẢN VIỆT NAM |\n|Số 12-KH/TU |Hà Nam, ngày 3 |\n",
         "TỈNH ỦY HÀ NAM\tĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-KH/TU\tHà Nam, ngày 3\n"),
        ("[pic]\nKẾ HOẠCH   \n| |\n", "\nKẾ HOẠCH\n\n"),
        ("1. Tuyên truyền | phổ biến\n", "1. Tuyên truyền | phổ biến\n"),
    ],
)
def test_antiword_output_tidied(antiword: str, text: str) -> None:
    assert tidy(antiword) == text


def test_doc_without_antiword_is_refused_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    real = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name: None if name == "antiword" else real(name))
    with pytest.raises(ParseError, match="antiword is not installed"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.doc")


# --- scans: NeedsOcr when OCR is off or absent, never a crash ----------------------------------------

def _blank_pdf(pages: int = 2) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for _ in range(pages):
        c.rect(100, 100, 300, 500, fill=1)
        c.drawString(500, 30, "1")  # a page number is not a text layer
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("raw", "what"), [
    (_blank_pdf(), "scanned PDF"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "JPEG image"),
])
def test_scan_needs_ocr(raw: bytes, what: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(NeedsOcr, match=f"{what}.*only OCR can read it"):
        read_bytes(raw, "scan", ocr=False)
    monkeypatch.setitem(sys.modules, "loaders.formats.ocr", None)  # the ocr module absent
    with pytest.raises(NeedsOcr, match=f"{what}.*OCR is not installed"):
        read_bytes(raw, "scan", ocr=True)


def _pdf_pages(texts: list[str]) -> bytes:
    """Pages in a standard PDF font (ASCII only: the Vietnamese fixtures are tests/fixtures/formats)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for text in texts:
        c.setFont("Helvetica", 11)
        for i, line in enumerate(text.splitlines()):
            c.drawString(72, 760 - 14 * i, line)
        c.showPage()
    c.save()
    return buf.getvalue()


_PAGE = "KE HOACH\nThuc hien Nghi quyet so 43-NQ/TW ngay 24/11/2023\nI. MUC DICH, YEU CAU"


@pytest.mark.parametrize(
    ("pages", "kind", "warning"),
    [
        ([_PAGE, _PAGE, ""], "pdf", "PDF pages without a text layer (scanned?), their text is missing: 3"),
        ([_PAGE, "", "", ""], "scan", None),
        (["", "- 2 -"], "scan", None),
        ([_PAGE], "pdf", None),
    ],
)
def test_pdf_pages_without_text(pages: list[str], kind: str, warning: str | None) -> None:
    raw = _pdf_pages(pages)
    if kind == "scan":
        with pytest.raises(NeedsOcr):
            read_bytes(raw, "mixed.pdf", ocr=False)
        return
    ex = read_bytes(raw, "mixed.pdf", ocr=False)
    assert ex.pages == len(pages)
    assert ex.warnings == ((warning,) if warning else ())
    assert ex.text.count("KE HOACH") == sum(1 for p in pages if p)


def test_pdf_page_numbers_are_dropped_and_pages_run_on() -> None:
    """The fixture prints '2'…'8' atop pages 2–8; a sentence crossing a page break stays one line run."""
    text = read_path(FIXTURES / "004_c81e2607254c46bf.pdf").text
    lines = text.splitlines()
    assert not any(line.strip().isdigit() for line in lines)
    assert "" not in lines[:-1]


@pytest.mark.parametrize(
    ("line", "is_number"),
    [("2", True), ("- 12 -", True), ("Trang 3", True), ("trang 3/10", True), ("3/10", True),
     ("2. Yêu cầu", False), ("2024", True), ("Số 12", False), ("12-KH/TU", False), ("I", False)],
)
def test_page_number_line(line: str, is_number: bool) -> None:
    from loaders.formats.pdf import _PAGE_NUMBER

    assert bool(_PAGE_NUMBER.match(line)) == is_number


@pytest.mark.parametrize(
    ("text", "junk"),
    [("KẾ HOẠCH thực hiện Nghị quyết", False), ("\ufffd\ufffd\ufffd\ufffd HOẠCH", True),
     ("\ue001\ue002\ue003 \ue004\ue005", True), ("\x03\x04\x05\x06 \x07\x08ab", True), ("", False),
     ("Một dòng có \ufffd lỗi", False)],
)
def test_pdf_text_layer_without_unicode_is_unreadable(text: str, junk: bool) -> None:
    from loaders.formats.pdf import unreadable

    assert unreadable(text) is junk


def test_text_pdf_gives_pages_and_no_scan_warning() -> None:
    ex = read_bytes(PDF, "p.pdf", ocr=False)
    assert (ex.format, ex.pages, ex.warnings) == ("pdf", 8, ())
    assert ex.text.splitlines()[:3] == ["THÀNH ỦY HẢI PHÒNG", "*", "Số 66-CTr/TU"]


# --- legacy encodings ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("cña", "của"), ("vµ", "và"), ("thùc hiÖn", "thực hiện"), ("NghÞ quyÕt", "nghị quyết"),
        ("ñy ban nh©n d©n", "ủy ban nhân dân"), ("§¶ng", "Đảng"), ("\xae\xadîc", "được"),
        ("Trung \xad¬ng", "Trung ương"), ("n¨m", "năm"), ("tØnh", "tỉnh"), ("x·", "xã"),
        ("ChÊp hµnh", "Chấp hành"), ("kho¸", "khoá"), ("kü thuËt", "kỹ thuật"), ("¡n", "Ăn"),
    ],
)
def test_tcvn3_to_unicode(legacy: str, unicode: str) -> None:
    assert fold(tcvn3_to_unicode(legacy)) == fold(unicode)


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("cuûa", "của"), ("vaø", "và"), ("thöïc hieän", "thực hiện"), ("Nghò quyeát", "Nghị quyết"),
        ("UÛy ban nhaân daân", "Ủy ban nhân dân"), ("Ñaûng", "Đảng"), ("ÑAÛNG", "ĐẢNG"), ("ñöôïc", "được"),
        ("Trung öông", "Trung ương"), ("naêm", "năm"), ("tænh", "tỉnh"), ("xaõ", "xã"),
        ("Chaáp haønh", "Chấp hành"), ("khoùa", "khóa"), ("kyõ thuaät", "kỹ thuật"), ("aên", "ăn"),
        ("ñaëc", "đặc"), ("Ñieàu", "Điều"), ("NGHÒ QUYEÁT", "NGHỊ QUYẾT"), ("CHÆ THÒ", "CHỈ THỊ"),
        ("thò traán", "thị trấn"), ("phöôøng", "phường"), ("quyõ", "quỹ"), ("hoaøn thaønh", "hoàn thành"),
        ("Mò Tho", "Mị Tho"), ("tyû leä", "tỷ lệ"), ("ñaàu tö", "đầu tư"), ("nöôùc", "nước"),
    ],
)
def test_vni_to_unicode(legacy: str, unicode: str) -> None:
    assert vni_to_unicode(legacy) == unicode


TCVN3_DOC = ("TØNH ñY H¶I D\xad¬NG\nSè 12-KH/TU\nH¶i D\xad¬ng, ngµy 3 th¸ng 4 n¨m 2024\nKÕ HO¹CH\n"
             "thùc hiÖn NghÞ quyÕt sè 43-NQ/TW cña Ban ChÊp hµnh Trung \xad¬ng §¶ng vµ c¸c v¨n b¶n\n")
@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("KÕ HO¹CH", "KẾ HOẠCH"), ("TØNH ñY H¶I D\xad¬NG", "TỈNH ỦY HẢI DƯƠNG"),
        ("Sè 12-KH/TU", "Số 12-KH/TU"), ("§¶NG CéNG S¶N VIÖT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Ban Th\xadêng vô", "Ban Thường vụ"),
        ("KÕ ho¹ch", "Kế hoạch"),
    ],
)
def test_tcvn3_capitals_lines(legacy: str, unicode: str) -> None:
    """TCVN3 capitals are lower-case toned bytes among ASCII capitals; a capitals line is upper-cased."""
    assert tcvn3_to_unicode(legacy) == unicode


VNI_DOC = ("TÆNH UÛY HAÛI DÖÔNG\nSoá 12-KH/TU\nHaûi Döông, ngaøy 3 thaùng 4 naêm 2024\nKEÁ HOAÏCH\n"
           "thöïc hieän Nghò quyeát soá 43-NQ/TW cuûa Ban Chaáp haønh Trung öông Ñaûng vaø caùc vaên baûn\n")


@pytest.mark.parametrize(
    ("raw", "fmt", "encoding_name"),
    [
        (TCVN3_DOC.encode("cp1252"), "tcvn3", "TCVN3 (ABC)"),
        (VNI_DOC.encode("cp1252"), "vni", "VNI"),
        (VNI_DOC.encode("utf-8"), "vni", "VNI"),  # VNI letters pasted into a Unicode file
    ],
)
def test_legacy_text_is_converted_with_a_warning(raw: bytes, fmt: str, encoding_name: str) -> None:
    record = parse_bytes(raw, "old.txt")
    assert record.source.format == fmt
    assert f"text converted from the legacy {encoding_name} encoding" in record.warnings
    assert str(record.number) == "12-KH/TU"
    assert str(record.issued_on) == "2024-04-03"
    assert [c.number for c in record.implements] == ["43-NQ/TW"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cuûa vaø caùc", "vni"), ("cña vµ c¸c", "tcvn3"), ("Một câu tiếng Việt của và các", None),
        ("cuûa", None),  # one word can be chance
        ("Café, crème brûlée, naïve façade; São Paulo", None),
    ],
)
def test_legacy_detection(text: str, expected: str | None) -> None:
    assert detect(text) == expected


def test_windows_1258_text_is_composed_with_a_warning() -> None:
    text = "KẾ HOẠCH\nThực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng và các văn bản\n"
    raw = _cp1258(text)
    ex = read_bytes(raw, "cp1258.txt")
    assert (ex.text, ex.format) == (text, "text")
    assert ex.warnings == ("text converted from the Windows-1258 (Vietnamese) code page",)


def _cp1258(text: str) -> bytes:
    """Windows-1258 holds base letters with a few precomposed vowels and the five tones as marks."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        shape = "".join(m for m in marks if m in "\u0302\u0306\u031b")  # circumflex, breve, horn
        tones = "".join(m for m in marks if m not in shape)
        out += unicodedata.normalize("NFC", base + shape).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def test_unicode_text_with_a_stray_legacy_word_is_left_alone() -> None:
    text = "Kế hoạch của Tỉnh ủy về việc thực hiện Nghị quyết; trích 'cuûa vaø' từ bản cũ.\n" * 3
    ex = read_bytes(text.encode(), "x.txt")
    assert (ex.text, ex.format, ex.warnings) == (text, "text", ())


# --- DOCX: list numbers from styles ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("n", "fmt", "text"),
    [(1, "decimal", "1"), (4, "upperRoman", "IV"), (14, "upperRoman", "XIV"), (9, "lowerRoman", "ix"),
     (1, "lowerLetter", "a"), (27, "lowerLetter", "aa"), (3, "upperLetter", "C"), (5, "decimalZero", "05"),
     (2, "none", ""), (7, "ordinalText", "7")],
)
def test_format_number(n: int, fmt: str, text: str) -> None:
    assert format_number(n, fmt) == text


@pytest.mark.parametrize(("lvl_text", "bullet"), [
    ("-", "-"), ("\uf02d", "-"), ("\uf0b7", "•"), ("\uf0a7", "▪"), ("o", "○"), ("+", "+"), ("", "•"),
    ("–", "–"),
])
def test_bullet_text(lvl_text: str, bullet: str) -> None:
    assert bullet_text(lvl_text) == bullet


def _docx_with_lists() -> bytes:
    """Numbering both ways Word stores it: direct numPr on the paragraph, and through a style; a
    startOverride restarting a list; a symbol-font bullet; a paragraph that opts out (numId 0)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("decimal", "%2.%4."))
    abstract = (f'<w:abstractNum {w} w:abstractNumId="20">' + "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        '</w:lvl>' for i, (fmt, text) in enumerate(levels)) + '</w:abstractNum>')
    bullet = (f'<w:abstractNum {w} w:abstractNumId="21"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
              '<w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>')
    first_num = numbering.find(f"{{{docx.oxml.ns.nsmap['w']}}}num")
    for xml in (abstract, bullet):
        node = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(node)
        else:
            numbering.append(node)
    numbering.append(parse_xml(f'<w:num {w} w:numId="20"><w:abstractNumId w:val="20"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="21"><w:abstractNumId w:val="21"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="22"><w:abstractNumId w:val="20"/><w:lvlOverride '
                               'w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'))
    style = d.styles.add_style("Muc", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:numId w:val="20"/></w:numPr>'))

    def para(text: str, num: str | None = None, ilvl: int = 0, style_name: str | None = None) -> None:
        p = d.add_paragraph(text, style=style_name)
        if num is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))

    para("MỤC ĐÍCH", style_name="Muc")
    para("Mục đích", "20", 1)
    para("Tuyên truyền", "21")
    para("Yêu cầu", "20", 1)
    para("Cụ thể", "20", 2)
    para("Chi tiết", "20", 3)
    para("Rõ ràng", "20", 2)
    para("NHIỆM VỤ", style_name="Muc")
    para("Tổ chức", "20", 1)
    para("Không đánh số", "0")
    para("Tiếp tục từ năm", "22", 1)
    para("Rồi sáu", "22", 1)
    table = d.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "STT"
    table.rows[0].cells[1].text = "Nội dung"
    table.rows[1].cells[0].text = "1"
    table.rows[1].cells[1].text = "Tuyên truyền"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_renders_list_numbers_held_in_styles_and_numpr() -> None:
    ex = read_bytes(_docx_with_lists(), "lists.docx")
    assert ex.format == "docx"
    assert [line for line in ex.text.splitlines() if line] == [
        "I. MỤC ĐÍCH", "1. Mục đích", "• Tuyên truyền", "2. Yêu cầu", "a) Cụ thể", "2.1. Chi tiết",
        "b) Rõ ràng",
        "II. NHIỆM VỤ", "1. Tổ chức", "Không đánh số", "5. Tiếp tục từ năm", "6. Rồi sáu",
        "STT\tNội dung", "1\tTuyên truyền",
    ]


def test_docx_fixture_holds_no_literal_outline_labels() -> None:
    """The fixture's numbers come only from styles: the reader, not the text, supplies them."""
    with zipfile.ZipFile(FIXTURES / "004_c81e2607254c46bf.docx") as zf:
        xml = zf.read("word/document.xml").decode()
    assert ">I. MỤC ĐÍCH" not in xml and ">MỤC ĐÍCH, YÊU CẦU<" in xml
    assert "<w:numPr>" not in xml
    assert "I. MỤC ĐÍCH, YÊU CẦU" in read_path(FIXTURES / "004_c81e2607254c46bf.docx").text


def _docx_in_legacy_fonts() -> bytes:
    import docx

    d = docx.Document()
    d.styles["Normal"].font.name = ".VnTime"  # every run without a font of its own is TCVN3
    d.add_paragraph().add_run("TØNH ñY H¶I D\xad¬NG").font.name = ".VnTimeH"
    d.add_paragraph("Sè 12-KH/TU")
    p = d.add_paragraph()
    p.add_run("Thöïc hieän Nghò quyeát ").font.name = "VNI-Times"
    p.add_run("số 43-NQ/TW").font.name = "Times New Roman"
    p.add_run(" cña Ban ChÊp hµnh Trung \xad¬ng")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_runs_in_legacy_fonts_are_converted_run_by_run() -> None:
    ex = read_bytes(_docx_in_legacy_fonts(), "old.docx")
    assert ex.text.splitlines() == ["TỈNH ỦY HẢI DƯƠNG", "Số 12-KH/TU",
                                    "Thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương"]
    assert ex.warnings == ("DOCX text in legacy TCVN3 (ABC) fonts converted to Unicode",
                           "DOCX text in legacy VNI fonts converted to Unicode")
    assert ex.format == "docx"


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_MC_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')


@pytest.mark.parametrize(
    ("inner", "lines"),
    [
        ('<w:r><w:t xml:space="preserve">Số </w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>12</w:t></w:r>'
         '</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>99</w:delText></w:r></w:del>'
         '<w:r><w:t>-KH/TU</w:t></w:r>', ["Số 12-KH/TU"]),
        ('<w:r><w:t xml:space="preserve">ngày </w:t></w:r><w:fldSimple w:instr=" DATE "><w:r>'
         '<w:t>3/4/2024</w:t></w:r></w:fldSimple><w:smartTag w:uri="u" w:element="place"><w:r>'
         '<w:t xml:space="preserve"> Hà Nam</w:t></w:r></w:smartTag>', ["ngày 3/4/2024 Hà Nam"]),
        ('<w:r><w:t>Hiện</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:tab/><w:t>x</w:t>'
         '<w:br/><w:t>y</w:t><w:noBreakHyphen/><w:t>z</w:t></w:r>', ["Hiện\tx", "y-z"]),
        ('<w:r><w:t>KẾ HOẠCH</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
         '<wps:txbx><w:txbxContent><w:p><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p></w:txbxContent>'
         '</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r>'
         '<w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>'
         '</mc:AlternateContent></w:r>', ["KẾ HOẠCH", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
    ],
)
def test_docx_paragraph_text_beyond_direct_runs(inner: str, lines: list[str]) -> None:
    """Tracked insertions, fields, smart tags and text boxes hold text python-docx's Paragraph.text
    misses; deletions, hidden text and a drawing's VML fallback copy are not shown and not read."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.element.body.insert(0, parse_xml(f"<w:p {_W_NS} {_MC_NS}>{inner}</w:p>"))
    buf = io.BytesIO()
    d.save(buf)
    assert read_bytes(buf.getvalue(), "x.docx").text.splitlines() == lines


@pytest.mark.parametrize(
    ("font", "encoding"),
    [("VNI-Times", "vni"), ("VNI-Helve-Condense", "vni"), (".VnTime", "tcvn3"), (".VnArialH", "tcvn3"),
     ("VnTimes", "tcvn3"), ("Times New Roman", None), ("Arial", None), (None, None)],
)
def test_legacy_font_encoding(font: str | None, encoding: str | None) -> None:
    assert legacy_font_encoding(font) == encoding


@pytest.mark.parametrize(
    ("rows", "lines"),
    [
        ([[["TỈNH ỦY", "*", "Số 12-KH/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nam, ngày 3"]]],
         ["TỈNH ỦY", "*", "Số 12-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nam, ngày 3"]),
        ([[["STT"], ["Nội dung"], ["Chủ trì"]], [["1"], ["Tuyên truyền"], ["Ban Tuyên giáo"]]],
         ["STT\tNội dung\tChủ trì", "1\tTuyên truyền\tBan Tuyên giáo"]),
        ([[[""], ["  "]], [["x"], []]], ["x"]),
    ],
)
def test_table_lines(rows: list[list[list[str]]], lines: list[str]) -> None:
    assert table_lines(rows) == lines


# --- HTML ---------------------------------------------------------------------------------------------

PORTAL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch thực hiện Nghị quyết 43</title>
<meta name="description"
 content="Ngày 9/4/2024, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về thực hiện Nghị quyết 43">
</head><body><nav><ul><li>Trang chủ</li><li>Giới thiệu</li><li>Tìm kiếm tin tức</li></ul></nav>
<div class="date">Ngày cập nhật 10/04/2024</div>
<article><div class="content">
<table><tr><td><p>TỈNH ỦY HÀ NAM</p><p>*</p><p>Số 12-KH/TU</p></td>
<td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p><em>Hà Nam, ngày 3 tháng 4 năm 2024</em></p></td></tr></table>
<p><strong>KẾ HOẠCH</strong><br>thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023
 của Ban Chấp hành Trung ương</p>
<p>I. MỤC ĐÍCH, YÊU CẦU</p><ul><li>Quán triệt sâu rộng nội dung Nghị quyết đến cán bộ, đảng viên.</li>
<li>Nâng cao nhận thức của các tầng lớp Nhân dân về đại đoàn kết toàn dân tộc.</li></ul>
<p>II. NHIỆM VỤ</p><p>1. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền.</p>
<table><tr><td>STT</td><td>Nội dung</td><td>Chủ trì</td></tr>
<tr><td>1</td><td>Sơ kết</td><td>Văn phòng</td></tr></table>
</div></article><footer><p>Bản quyền thuộc Cổng thông tin điện tử tỉnh. Ghi rõ nguồn khi phát hành lại.</p>
</footer></body></html>"""


def test_html_keeps_title_lead_and_line_structure() -> None:
    ex = read_bytes(PORTAL.encode(), "page.aspx")
    lines = ex.text.splitlines()
    assert ex.format == "html"
    assert lines[0] == "Kế hoạch thực hiện Nghị quyết 43"
    assert lines[1].startswith("Ngày 9/4/2024, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU")
    for expected in (["TỈNH ỦY HÀ NAM", "*", "Số 12-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                      "Hà Nam, ngày 3 tháng 4 năm 2024", "KẾ HOẠCH"],
                     ["I. MỤC ĐÍCH, YÊU CẦU",
                      "- Quán triệt sâu rộng nội dung Nghị quyết đến cán bộ, đảng viên.",
                      "- Nâng cao nhận thức của các tầng lớp Nhân dân về đại đoàn kết toàn dân tộc.",
                      "II. NHIỆM VỤ", "1. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền.",
                      "STT\tNội dung\tChủ trì", "1\tSơ kết\tVăn phòng"]):
        start = lines.index(expected[0])
        assert lines[start:start + len(expected)] == expected
    for chrome in ("Trang chủ", "Tìm kiếm tin tức", "Ngày cập nhật", "Bản quyền"):
        assert chrome not in ex.text
    record = parse_bytes(PORTAL.encode(), "page.aspx")
    assert (str(record.number), str(record.issued_on)) == ("12-KH/TU", "2024-04-03")


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=unicode">
<meta name=ProgId content=Word.Document>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head><body lang=EN-US><div class=WordSection1><table class=MsoNormalTable border=0><tr><td>
<p class=MsoNormal align=center><b>HUYỆN ỦY KIM ĐỘNG</b></p><p class=MsoNormal align=center>*</p>
<p class=MsoNormal align=center>Số 131-KH/HU</p></td><td><p class=MsoNormal><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p>
<p class=MsoNormal align=right><i>Kim Động, ngày 5 tháng 01 năm 2024</i></p></td></tr></table>
<p class=MsoNormal align=center><b>KẾ HOẠCH</b></p>
<p class=MsoNormal>Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành
Trung ương Đảng khoá XIII</p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span>&nbsp;&nbsp;
</span></span><![endif]>Ban Tuyên giáo Huyện ủy chủ trì, phối hợp tuyên truyền sâu rộng.</p>
</div></body></html>"""


def test_word_web_page_in_utf16_is_html() -> None:
    """Word's 'Save as Web Page' writes UTF-16 HTML (charset=unicode), header block in a table."""
    raw = WORD_HTML.encode("utf-16")
    assert sniff(raw, "vb.htm").kind == "html"
    record = parse_bytes(raw, "vb.htm")
    assert record.source.format == "html"
    assert (str(record.number), str(record.issued_on)) == ("131-KH/HU", "2024-01-05")
    assert record.issuer is not None and record.issuer.name == "Huyện ủy Kim Động"
    assert [c.number for c in record.implements] == ["43-NQ/TW"]


def test_html_without_main_text_is_refused() -> None:
    with pytest.raises(ParseError, match="no main text"):
        read_bytes("<html><body><nav>Trang chủ</nav></body></html>".encode(), "p.html")


# --- the same seed as .txt, .docx and text PDF gives the same record --------------------------------

def _view(record: Any) -> dict[str, Any]:
    data = json.loads(record.to_json())
    return {
        "number": data["number"], "issued_on": data["issued_on"], "issuer": data["issuer"],
        "implements": data["implements"],
        "tasks": [(t["label"], fold(t["text"])) for t in data["tasks"]],
    }


@pytest.mark.parametrize("seed", ["004_c81e2607254c46bf", "002_78b3ebd64e4f21ce"])
@pytest.mark.parametrize(("ext", "fmt", "pages"),
                         [("docx", "docx", None), ("pdf", "pdf", 8), ("html", "html", None)])
def test_formats_give_the_record_of_the_text(seed: str, ext: str, fmt: str, pages: int | None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    text = parse_file(Path("seed_data") / f"{seed}.txt")
    other = parse_file(Path("tests/fixtures/formats") / f"{seed}.{ext}")
    assert _view(other) == _view(text)
    assert len(_view(text)["tasks"]) > 40
    assert (other.source.format, other.source.pages) == (fmt, pages)
    assert other.source.path == f"tests/fixtures/formats/{seed}.{ext}"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (DOCX, "a DOCX document: only text is read here"),
        (b"PK\x03\x04rest-of-a-zip", "damaged ZIP"),
        (PDF, "a PDF file: only text is read here"),
        (b"<html><body><p>x</p></body></html>", "a web page (HTML): only text is read here"),
        (b"\x89PNG\r\n\x1a\n\x00", "an image: only text is read here"),
        (b"\n\n", "empty file"),
    ],
)
def test_text_only_decode_names_the_format_it_refuses(raw: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=re.escape(reason)):
        decode(raw, "upload.txt")
    assert decode("KẾ HOẠCH".encode(), "upload.txt") == "KẾ HOẠCH"


@pytest.mark.parametrize("seed", ["004_c81e2607254c46bf", "002_78b3ebd64e4f21ce"])
def test_portal_page_fixture_loses_its_chrome_and_keeps_its_headline(seed: str) -> None:
    text = read_path(FIXTURES / f"{seed}.html").text
    for chrome in ("Trang chủ", "Tìm kiếm tin tức", "Ngày cập nhật", "Văn bản liên quan", "Bản quyền",
                   "CỔNG THÔNG TIN ĐIỆN TỬ"):
        assert chrome not in text
    headline = text.splitlines()[0]
    assert headline.startswith(("Chương trình hành động", "Kế hoạch"))


def test_discover_takes_every_file_and_skips_hidden(tmp_path: Path) -> None:
    for rel in ("a.txt", "b.docx", "sub/c", "sub/d.pdf", ".git/x", "sub/.e.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.txt", "b.docx", "sub/c", "sub/d.pdf"]
    assert discover([tmp_path / "a.txt"]) == [tmp_path / "a.txt"]


def test_cli_parse_reads_a_folder_of_mixed_formats(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from nqgraph.cli import main

    seed = "004_c81e2607254c46bf"
    (tmp_path / "sub").mkdir()
    (tmp_path / "plan.txt").write_bytes((SEEDS / f"{seed}.txt").read_bytes())
    (tmp_path / "sub" / "plan.doc").write_bytes((FIXTURES / f"{seed}.docx").read_bytes())  # misnamed
    (tmp_path / "sub" / "plan").write_bytes((FIXTURES / f"{seed}.pdf").read_bytes())
    (tmp_path / "labels.json").write_text('{"number": "66-CTr/TU"}', encoding="utf-8")
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 4)
    assert main(["parse", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["source"]["format"], r["number"], len(r["tasks"])) for r in records] == [
        ("text", "66-CTr/TU", 55), ("pdf", "66-CTr/TU", 55), ("docx", "66-CTr/TU", 55)]
    assert f"error: {tmp_path / 'labels.json'}: a JSON data file" in err
    assert f"error: {tmp_path / 'noise.bin'}: binary file (NUL bytes), not text" in err
