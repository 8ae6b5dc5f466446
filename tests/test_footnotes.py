"""Footnotes belong to the task whose text marks them (loaders.footnotes), kept out of the printed record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.footnotes import task_notes
from loaders.parse import parse_file
from loaders.records import Record

REPO = Path(__file__).resolve().parent.parent
LEAD = "Tạo điều kiện để các tổ chức chính trị - xã hội tham gia xây dựng Đảng, chính quyền vững mạnh"
TASKS = [("1.1", LEAD + "."),
         ("1.2", "Tập trung tuyên truyền nhân dân thực hiện tốt Luật Tín ngưỡng, tôn giáo.")]


@pytest.mark.parametrize("text, expected", [
    # the mark after 'vững mạnh' places footnote 1 in task 1.1
    (f"1.1. {LEAD}¹.\n"
     "1.2. Tập trung tuyên truyền nhân dân thực hiện tốt Luật Tín ngưỡng, tôn giáo.\n"
     "¹ Nghị quyết số 02-NQ/TW về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam.\n",
     {"1.1": ("Nghị quyết số 02-NQ/TW về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam.",)}),
    # two marks, two tasks, one footnote each
    (f"1.1. {LEAD}¹.\n"
     "1.2. Tập trung tuyên truyền nhân dân thực hiện tốt Luật Tín ngưỡng, tôn giáo².\n"
     "¹ Nghị quyết số 02-NQ/TW về Công đoàn.\n² Chỉ thị số 18-CT/TW về công tác tôn giáo.\n",
     {"1.1": ("Nghị quyết số 02-NQ/TW về Công đoàn.",),
      "1.2": ("Chỉ thị số 18-CT/TW về công tác tôn giáo.",)}),
    # a mark whose footnote text is not there: nothing to give
    (f"1.1. {LEAD}¹.\n", {}),
    # no superscript at all
    ("1.1. Tạo điều kiện để các tổ chức chính trị - xã hội tham gia xây dựng Đảng.\n", {}),
    # a footnote whose mark is in no task's text (the preamble)
    ("Căn cứ Nghị quyết của Trung ương và tình hình địa phương¹, Ban Thường vụ ban hành kế hoạch.\n"
     "¹ Nghị quyết số 43-NQ/TW.\n", {}),
])
def test_a_footnote_goes_to_the_task_that_marks_it(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert task_notes(text, TASKS) == expected


def test_the_seed_footnote_is_kept_on_its_task_and_out_of_the_printed_record(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    record = parse_file(Path("seed_data/001_561585da06cbe761.txt"))
    noted = {t.label: t.notes for t in record.tasks if t.notes}
    assert list(noted) == ["III.1.4"]
    assert noted["III.1.4"][0].startswith("Nghị quyết số 02-NQ/TW ngày 12/6/2021")
    assert all("notes" not in task for task in json.loads(record.to_json())["tasks"])
    assert Record.model_validate_json(record.model_dump_json()) == record  # between processes, kept
