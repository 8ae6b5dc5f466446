"""The rules the graph and the API read from stored text: a cited document's title, a task's quoted name,
a caption, a Lucene phrase. Each is written once in `loaders/` (or `api/params.py` for Lucene syntax)."""

from __future__ import annotations

from datetime import date

import pytest

from api.params import lucene_escape
from graph.caption import caption
from loaders.citations import cited_title
from loaders.tasks import quoted_name

CITED_TITLES = [
    ("about_after_issuer", "Nghị quyết số 43-NQ/TW",
     "Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp "
     "tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc.",
     None),  # the issuer stands between: no title is guessed
    ("about_right_after", "Chỉ thị số 45-CT/TW",
     "Kế hoạch thực hiện Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV.",
     "về đại hội đảng bộ các cấp tiến tới Đại hội XIV"),
    ("bracket_between", "Nghị quyết số 57-NQ/TW",
     "triển khai Nghị quyết số 57-NQ/TW (khóa XIII) về đột phá phát triển khoa học, công nghệ;",
     "về đột phá phát triển khoa học, công nghệ"),
    ("not_in_text", "Kế hoạch số 66-KH/TU", "Căn cứ Chương trình số 66-CTr/TU về ...", None),
    ("no_about", "Kế hoạch số 12-KH/HU", "thực hiện Kế hoạch số 12-KH/HU của Huyện ủy.", None),
    ("empty_citation", "", "về việc gì đó", None),
]


@pytest.mark.parametrize(("citation", "text", "expected"), [r[1:] for r in CITED_TITLES],
                         ids=[r[0] for r in CITED_TITLES])
def test_cited_title(citation: str, text: str, expected: str | None) -> None:
    assert cited_title(citation, ["", text]) == expected


QUOTED = [
    ("curly", "Tổ chức “Ngày hội đại đoàn kết  toàn dân tộc” ở khu dân cư.",
     "Ngày hội đại đoàn kết toàn dân tộc"),
    ("straight", 'Phát động phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".',
     "Toàn dân đoàn kết xây dựng đời sống văn hóa"),
    ("guillemets", "Cuộc vận động «Người Việt Nam ưu tiên dùng hàng Việt Nam».",
     "Người Việt Nam ưu tiên dùng hàng Việt Nam"),
    ("too_short", "Phong trào “Xanh” trong trường học.", None),
    ("none", "Rà soát, bổ sung quy chế phối hợp.", None),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in QUOTED], ids=[r[0] for r in QUOTED])
def test_quoted_name(text: str, expected: str | None) -> None:
    assert quoted_name(text) == expected


CAPTIONS = [
    ("numbered", ("CTr", "66-CTr/TU", None, None), "Chương trình 66-CTr/TU"),
    ("unnumbered_issuer_date", ("KH", None, "Ủy ban nhân dân xã Tự Cường", date(2024, 3, 5)),
     "Kế hoạch của Ủy ban nhân dân xã Tự Cường ngày 05/03/2024"),
    ("unknown_type_bare", (None, None, None, None), "Văn bản (không số)"),
    ("joint_code", ("TTLT", "01/2024/TTLT-BCA-BQP", None, None), "Thông tư liên tịch 01/2024/TTLT-BCA-BQP"),
]


@pytest.mark.parametrize(("args", "expected"), [r[1:] for r in CAPTIONS], ids=[r[0] for r in CAPTIONS])
def test_caption(args: tuple[str | None, str | None, str | None, date | None], expected: str) -> None:
    assert caption(*args) == expected


def test_lucene_escape_keeps_a_number_a_phrase() -> None:
    assert lucene_escape('66-CTr/TU (quý I) "a"') == r'66\-CTr\/TU \(quý I\) \"a\"'
