"""Bad input gets a ParseError naming the file and the reason (or a thin record with warnings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.errors import ParseError
from loaders.parse import parse_file, parse_text
from loaders.records import Record

# Legacy TCVN3/VNI text is converted now, not refused: tests/test_read.py holds those cases.


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("word.docx", b"PK\x03\x04" + b"\x00" * 100, "damaged ZIP"),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "damaged PDF"),
        ("pdf-as.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("latin.txt", "Kế hoạch".encode("utf-16-le")[2:] + b"\xff\xfe\xfd", "not"),
    ],
)
def test_bad_files_raise_parse_error_naming_file_and_reason(tmp_path: Path, name: str, content: bytes,
                                                            reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ParseError) as info:
        parse_file(path)
    assert info.value.path == path.as_posix()
    assert reason.lower() in info.value.reason.lower()
    assert name in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no such file"):
        parse_file(tmp_path / "nope.txt")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(ParseError, match="too large"):
        parse_file(path)


def test_text_without_outline_gives_thin_record_with_warnings() -> None:
    record = parse_text("Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023, xã tổ chức hội nghị.\n", "x.txt")
    assert isinstance(record, Record)
    assert record.tasks == []
    assert "no tasks found" in record.warnings


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    text = "KẾ HOẠCH\nThực hiện Nghị quyết số 43-NQ/TW\n"
    for name, data in (("bom.txt", b"\xef\xbb\xbf" + text.encode()), ("u16.txt", text.encode("utf-16"))):
        path = tmp_path / name
        path.write_bytes(data)
        assert parse_file(path).doc_type in (None, "KH")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_parse_returns_a_record_or_parse_error_on_any_text(text: str) -> None:
    try:
        record = parse_text(text, "fuzz.txt")
    except ParseError as exc:
        assert exc.path == "fuzz.txt"
    else:
        assert isinstance(record, Record)


_LINE = st.sampled_from([
    "KẾ HOẠCH", "Số 12-KH/HU", "Tiên Lãng, ngày 30 tháng 02 năm 2024", "III. NHIỆM VỤ CỤ THỂ",
    "1. Ban Tuyên giáo Huyện ủy", "- Chủ trì phối hợp (hoàn thành trong quý V/2024).",
    "+ Giao UBND xã",
    "Thực hiện Kế hoạch số 53/KH-UBND ngày 7 tháng 3 năm 2024 của", "43-", "NQ/TW", "3", "", "**",
    "¹ Nghị quyết",
    "Nơi nhận:", "- Lưu VT.", "IV- TỔ CHỨC THỰC HIỆN", "1.1. Đề nghị Mặt trận Tổ quốc",
    "a) điểm",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=60))
def test_parse_survives_shuffled_document_lines(lines: list[str]) -> None:
    try:
        record = parse_text("\n".join(lines), "shuffle.txt")
    except ParseError:
        return
    assert isinstance(record, Record)
