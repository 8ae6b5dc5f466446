"""A plan's task table, copied as '|' rows or tab-separated cells, written as the text form of its rows.

Plans often set their work in a table (STT / Nội dung / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn
thành / Sản phẩm). Split into one line per cell, a row loses which cell is the task and which its body or
time; written as '1. <content>' with '- Cơ quan chủ trì: ...', '- Cơ quan phối hợp: ...', '- Thời gian thực
hiện: ...' under it, it reads as the task-table-as-text form that `outline` already folds into its task. A
group row ('I. Nhóm nhiệm vụ ...', or 'I' in the STT cell) becomes the item numbered by its Roman or letter
ordinal and its rows its items ('1.', '1.1.', '1.2.', '2.', '2.1.' ...), so STT numbers that restart per
group give distinct labels. A table that is no task list (recipients, figures, a meeting's programme) is
left to be split into cells as before.
"""

from __future__ import annotations

import re
import unicodedata

from loaders import patterns as p

_ROLES = {"lead": "Cơ quan chủ trì", "support": "Cơ quan phối hợp", "time": "Thời gian thực hiện",
          "product": "Sản phẩm", "funding": "Kinh phí"}
_SEPARATOR_CELL = re.compile(r"[\s:\-–—=+]*")
_ROMAN = {"I": 1, "V": 5, "X": 10}
_MIN_CELLS = 3
_TAB_CELLS = 3


def _fold(cell: str) -> str:
    """Lower case, diacritics stripped (`normalise` imports this module, so its `strip_diacritics` is not)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", cell.lower()) if not unicodedata.combining(c))
    return " ".join(bare.replace("đ", "d").split())


def _cells(line: str, in_table: bool) -> list[str] | None:
    """The cells of a table row (empty ones kept: a merged cell is written once), else None; inside a task
    table a '|' row of one merged cell is a row too (a group row)."""
    if "|" in line:
        body = line.strip()
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") else body
        cells = [c.strip() for c in body.split("|")]
    elif line.count("\t") >= _TAB_CELLS - 1:
        cells = [c.strip() for c in line.strip().split("\t")]
    else:
        return None
    return cells if len(cells) >= _MIN_CELLS or (in_table and "|" in line) else None


def _header(cells: list[str]) -> dict[str, int] | None:
    """The columns of a task table's header row, or None when the row is none (see `p.TABLE_COLUMN`)."""
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        m = p.TABLE_COLUMN.match(_fold(cell))
        if m and m.lastgroup and m.lastgroup not in columns:
            columns[m.lastgroup] = i
    if "number" not in columns or "content" not in columns or not {"lead", "time"} & set(columns):
        return None
    if "time" in columns and columns["time"] < columns["content"]:
        return None
    return columns


def _bare_columns(cells: list[str]) -> dict[str, int] | None:
    """A header-less row read as a task: STT, content, then a time cell and a body cell beside it."""
    if not p.TABLE_ROW_NUMBER.fullmatch(cells[0]) or not cells[1][:1].isupper():
        return None
    columns = {"number": 0, "content": 1}
    others = [i for i in range(2, len(cells)) if cells[i]]
    times = [i for i in others if cells[i][:1].isalpha() and p.TABLE_TIME_CELL.match(cells[i])]  # a bare date
    # may be a listed document's, so a header-less row needs a time in words ('Quý I/2024', 'Trước ngày ...')
    bodies = [i for i in others if i not in times and cells[i][:1].isupper() and not cells[i][:1].isdigit()]
    if not times or not bodies:
        return None
    columns["time"] = times[0]
    for role, i in zip(("lead", "support"), bodies, strict=False):
        columns[role] = i
    return columns


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def _group(cells: list[str], columns: dict[str, int]) -> tuple[int, str] | None:
    """A group row's ordinal and title: 'I | Nhóm nhiệm vụ ... | | ' or one merged cell 'I. Nhóm ...'."""
    filled = [c for c in cells if c]
    if len(filled) == 1 and (m := p.TABLE_GROUP_ROW.fullmatch(filled[0])):
        text = m["text"]
    elif len(filled) <= 2 and (m := p.TABLE_GROUP_NUMBER.fullmatch(cells[columns["number"]].rstrip("."))):
        text = cells[columns["content"]] if columns["content"] < len(cells) else ""
        if not text:
            return None
    else:
        return None
    return _ordinal(m), text


def _ordinal(m: re.Match[str]) -> int:
    """A group's Roman numeral or capital letter as its ordinal."""
    return _roman(m["roman"]) if m["roman"] else ord(m["letter"]) - ord("A") + 1


def task_table_lines(lines: list[str]) -> list[str]:
    """`lines` with each task table's rows written as numbered items and field bullets (see the module)."""
    out: list[str] = []
    columns: dict[str, int] | None = None
    group = ""
    held: dict[str, str] = {}
    parent = ""
    for line in lines:
        cells = _cells(line, columns is not None)
        if cells is None:
            if line.strip():
                columns, group, held = None, "", {}
                parent = _parent(line, parent)
            out.append(line)
            continue
        if all(_SEPARATOR_CELL.fullmatch(c) for c in cells):
            out.append("" if columns else line)
            continue
        if (header := _header(cells)) is not None:
            columns, group, held = header, "", {}
            out.append("")
            continue
        row_columns = columns or _bare_columns(cells)
        if row_columns is None:
            out.append(line)
            continue
        columns = row_columns  # a header-less table's first task row fixes its columns
        if (grouped := _group(cells, row_columns)) is not None:
            group, held = f"{parent}{grouped[0]}.", {}
            out.append(f"{parent}{grouped[0]}. {grouped[1]}")
            continue
        number = p.TABLE_ROW_NUMBER.fullmatch(cells[row_columns["number"]])
        content = cells[row_columns["content"]] if row_columns["content"] < len(cells) else ""
        if number is None or not content:
            out.append(line)
            continue
        values = {role: cells[i] for role, i in row_columns.items() if role in _ROLES and i < len(cells)}
        out.extend(_row_lines(f"{group or parent}{number['n']}", content, values, held))
    return out


def _parent(line: str, parent: str) -> str:
    """The number path a table's rows go under: that of the numbered item above the table ('2. Nhiệm vụ cụ
    thể' makes its rows '2.1.', '2.2.'), none under a section heading ('II. NHIỆM VỤ CỤ THỂ')."""
    m = p.OUTLINE_MARKER.match(line.strip())
    if m is None:
        return parent
    if m["roman"] or m["upper"]:
        return ""
    return f"{m['number']}." if m["number"] else parent


def _row_lines(label: str, content: str, values: dict[str, str], held: dict[str, str]) -> list[str]:
    """A row as its item and field bullets; an empty cell holds the value above it (a merged cell)."""
    out = [f"{label}. {content}"]
    for role, name in _ROLES.items():
        value = held[role] = values.get(role) or held.get(role, "")
        if value:
            out.append(f"- {name}: {value}")
    return out


_HEADER_CELL_MAX = 40
_NUMBER_HEADERS = {"stt", "tt", "số tt", "số thứ tự", "stt.", "tt."}


def _header_cell(line: str) -> bool:
    return 0 < len(cell := line.strip()) <= _HEADER_CELL_MAX and p.TABLE_COLUMN.match(_fold(cell)) is not None


def _stacked_header(lines: list[str], i: int) -> tuple[dict[str, int], int] | None:
    """A header copied one cell a line from `lines[i]` ('STT', 'Nội dung', 'Cơ quan chủ trì' ...): its
    columns and the index after it."""
    if lines[i].strip().lower() not in _NUMBER_HEADERS:
        return None
    j = i + 1
    while j < len(lines) and (_header_cell(lines[j]) or (not lines[j].strip() and j + 1 < len(lines)
                                                         and _header_cell(lines[j + 1]))):
        j += 1
    columns = _header([line.strip() for line in lines[i:j] if line.strip()])
    return (columns, j) if columns else None


def _stacked_values(cells: list[str], columns: dict[str, int]) -> dict[str, str]:
    """A row's cells after its content by column: in order when every cell is there, else the time cell by
    its words and the bodies in the order of their columns (a merged cell left no line)."""
    roles = sorted((i, role) for role, i in columns.items() if role in _ROLES)
    if len(cells) == len(columns) - 2:
        return {role: cells[k] for k, (_, role) in enumerate(roles)}
    times = [c for c in cells if p.TABLE_TIME_CELL.match(c)]
    values = {"time": times[0]} if times and "time" in columns else {}
    rest = [c for c in cells if c not in times[:1]]
    values.update(zip([role for _, role in roles if role != "time"], rest, strict=False))
    return values


def _opens_row(lines: list[str], i: int) -> bool:
    """Whether the first line from `i` is a first row's STT: a group row is followed by its rows (the plan's
    next section heading, 'III. TỔ CHỨC THỰC HIỆN', is not)."""
    first = next((line.strip() for line in lines[i:] if line.strip()), "")
    return first in {"1", "1.", "01"}


def _stacked_cells(lines: list[str]) -> list[str]:
    """The lines with a lone '|' (a library's copy puts one between the cells it writes a line each) blank."""
    return ["" if line.strip(" |\t") == "" else line for line in lines]


def stacked_table_lines(lines: list[str]) -> list[str]:
    """`lines` with each task table copied one cell a line (a web table's cells each on a line, the STT
    alone) written as numbered items and field bullets, like `task_table_lines`. A row opens at the next STT
    number (or 1 after a group row) and holds at most one line per column; a marked line ends the table."""
    raw, lines = lines, _stacked_cells(lines) if any(line.strip() == "|" for line in lines) else lines
    out: list[str] = []
    i = 0
    parent = ""
    while i < len(lines):
        found = _stacked_header(lines, i) if len(lines[i]) <= _HEADER_CELL_MAX else None
        if found is None:
            parent = _parent(raw[i], parent) if raw[i].strip() else parent
            out.append(raw[i])
            i += 1
            continue
        columns, i = found
        width = len(columns)
        expected, group, groups = 1, "", 0
        held: dict[str, str] = {}
        while i < len(lines):
            line = lines[i].strip()
            if not line:
                i += 1
                continue
            head = p.TABLE_GROUP_NUMBER.fullmatch(line.rstrip("."))
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            m = p.TABLE_GROUP_ROW.fullmatch(line) or (head if head and nxt[:1].isupper() else None)
            grouped = m if m is not None and "text" in m.groupdict() else None
            after = i + (1 if grouped else 2)
            if m is not None and _ordinal(m) == groups + 1 and _opens_row(lines, after):
                groups += 1
                out.append(f"{parent}{groups}. {grouped['text'] if grouped else nxt}")
                group, expected, held = f"{parent}{groups}.", 1, {}
                i = after
                continue
            number = p.TABLE_ROW_NUMBER.fullmatch(line)
            if number is None or int(number["n"]) != expected:
                break
            cells: list[str] = []
            i += 1
            while i < len(lines) and len(cells) < width - 1:
                cell = lines[i].strip()
                if cell and (p.OUTLINE_MARKER.match(cell) or p.TABLE_ROW_NUMBER.fullmatch(cell)
                             or p.TABLE_GROUP_NUMBER.fullmatch(cell.rstrip("."))):
                    break
                if cell:
                    cells.append(cell)
                i += 1
            if not cells:
                break
            values = _stacked_values(cells[1:], columns)
            out.extend(_row_lines(f"{group or parent}{expected}", cells[0], values, held))
            expected += 1
    return out


def _grid_cell(lines: list[str]) -> list[str]:
    """A grid cell's text as its lines: a wrap inside a paragraph joined, a hard break (a line closed by a
    backslash) or a blank line between paragraphs kept as a line's end."""
    out: list[str] = []
    open_line = False
    for raw in lines:
        line = raw.strip()
        if not line:
            open_line = False
            continue
        hard = line.endswith("\\")
        line = line.rstrip("\\").rstrip()
        if open_line and out:
            out[-1] += " " + line
        elif line:
            out.append(line)
        open_line = not hard
    return out


def grid_table_lines(lines: list[str]) -> list[str]:
    """converters: a pandoc grid table ('+----+----+' rules, each row's cells split over several '|' lines
    at the columns' edges) read cell by cell, each cell's lines whole and in order, as a clerk reads the
    header's or the signature's columns; read line by line, 'ỦY BAN NHÂN DÂN | CỘNG HÒA ...' would
    interleave the two columns. A table whose rows do not fit its rule's edges is left as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        rule = lines[i]
        if not p.GRID_RULE_RE.match(rule):
            out.append(lines[i])
            i += 1
            continue
        edges = [k for k, c in enumerate(rule) if c == "+"]
        j = i + 1
        cells: list[str] = []
        row: list[list[str]] = [[] for _ in edges[1:]]
        while j < len(lines):
            line = lines[j]
            if p.GRID_RULE_RE.match(line):
                cells.extend(text for column in row for text in _grid_cell(column))
                cells.append("")
                row = [[] for _ in edges[1:]]
                j += 1
                if j >= len(lines) or not p.GRID_ROW_RE.match(lines[j]):
                    break
                continue
            if not p.GRID_ROW_RE.match(line) or any(line[k:k + 1] != "|" for k in edges):
                break
            for n, (a, b) in enumerate(zip(edges, edges[1:], strict=False)):
                row[n].append(line[a + 1:b])
            j += 1
        if not cells:  # a rule opening no table
            out.append(rule)
            i += 1
            continue
        out.extend(cells)
        i = j
    return out
