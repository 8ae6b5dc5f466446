"""Score parser records against hand-made gold labels (the rules of the gold README).

`nqgraph eval GOLD_DIR [--seeds DIR]` prints per-field precision/recall and every failing check.
Text comparisons fold case, Unicode form, tone placement and whitespace (`normalise.fold`).

A key absent from a label is not graded: the real-world labels (`tests/realworld/`) say only what a
page excerpt supports, while the seed labels say everything. Besides the gold README's checks, three
per-document measures match how real sets are scored: `document.issuer_level` (level alone),
`implements.document` (every parent found and nothing extra) and `tasks.found` / `tasks.lead` (a
labelled task exists; its first labelled body is among its responsible names).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.errors import ParseError
from loaders.normalise import fold
from loaders.parse import parse_file
from loaders.records import Record, Ref

DOCUMENT_FIELDS = ("number", "doc_type", "issued_on", "issuer", "locality", "title", "signer")


@dataclass
class SetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: set[str], got: set[str]) -> None:
        self.tp += len(expected & got)
        self.fp += len(got - expected)
        self.fn += len(expected - got)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    checks: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    sets: dict[str, SetScore] = field(default_factory=lambda: defaultdict(SetScore))
    failures: list[str] = field(default_factory=list)

    def check(self, doc: str, name: str, ok: bool, detail: str = "") -> None:
        self.checks[name].append(ok)
        if not ok:
            self.failures.append(f"{doc}: {name}: {detail}".rstrip(": "))

    @property
    def passed(self) -> bool:
        return not self.failures

    def as_dict(self) -> dict[str, Any]:
        return {
            "checks": {k: {"passed": sum(v), "total": len(v)} for k, v in sorted(self.checks.items())},
            "sets": {k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4)}
                     for k, s in sorted(self.sets.items())},
            "failures": self.failures,
        }


def _has(haystack: str | None, needle: str | None) -> bool:
    return needle is None or (haystack is not None and fold(needle) in fold(haystack))


def _ref_numbers(refs: list[Ref]) -> set[str]:
    return {r.number for r in refs if r.number}


def score_record(record: Record, gold: dict[str, Any], report: Report) -> None:
    name = gold["source"]
    doc = gold["document"]
    for f in ("number", "doc_type", "issued_on"):
        if f not in doc:
            continue
        got = getattr(record, f)
        got_s = got.isoformat() if hasattr(got, "isoformat") else (None if got is None else str(got))
        report.check(name, f"document.{f}", got_s == doc[f], f"expected {doc[f]!r}, got {got_s!r}")

    issuer = record.issuer
    if "issuer" in doc:
        exp_issuer = doc["issuer"]
        got_level = issuer.level if issuer else None
        if "level" in exp_issuer:
            report.check(name, "document.issuer_level", got_level == exp_issuer["level"],
                         f"expected {exp_issuer['level']!r}, got {got_level!r}")
        if exp_issuer.get("name_contains") is None and exp_issuer.get("level") is None:
            ok = issuer is None or issuer.level is None  # the text names no issuer: none may be invented
        else:
            ok = issuer is not None and _has(issuer.name, exp_issuer.get("name_contains")) \
                and ("level" not in exp_issuer or issuer.level == exp_issuer["level"])
        if "level" in exp_issuer or exp_issuer.get("name_contains") is not None:
            report.check(name, "document.issuer", ok,
                         f"expected ~{exp_issuer}, got {issuer.model_dump() if issuer else None}")

    loc = issuer.locality.model_dump() if issuer else {"province": None, "district": None, "commune": None}
    for part, expected in doc.get("locality", {}).items():
        got = loc.get(part)
        ok = (got is None) if expected is None else (got is not None and fold(got) == fold(expected))
        report.check(name, "document.locality", ok, f"{part}: expected {expected!r}, got {got!r}")

    if doc.get("title_contains") is not None:
        report.check(name, "document.title", _has(record.title, doc["title_contains"]),
                     f"expected to contain {doc['title_contains']!r}, got {record.title!r}")

    if "signer" in doc:
        _score_signer(record, doc["signer"], name, report)

    if "implements" in gold:
        _score_implements(record, gold, report)

    got_chain = {(a.number, b.number) for a, b in record.chain}
    implemented = _ref_numbers(record.implements)
    for x, y in gold.get("chain", []):
        ok = (x, y) in got_chain or (x in implemented and y in implemented)
        report.check(name, "chain", ok, f"missing {x} → {y}")

    if "citations" in gold:
        exp_cit, got_cit = set(gold["citations"]), _ref_numbers(record.citations)
        report.sets["citations"].add(exp_cit, got_cit)
        if exp_cit != got_cit:
            report.failures.append(f"{name}: citations: missing {sorted(exp_cit - got_cit)}, "
                                   f"extra {sorted(got_cit - exp_cit)}")

    if "task_labels" in gold:
        exp_labels, got_labels = set(gold["task_labels"]), {t.label for t in record.tasks}
        report.sets["task_labels"].add(exp_labels, got_labels)
        if exp_labels != got_labels:
            report.failures.append(f"{name}: task_labels: missing {sorted(exp_labels - got_labels)}, "
                                   f"extra {sorted(got_labels - exp_labels)}")

    _score_tasks(record, gold, report)

    for want in gold.get("recipients_include", []):
        report.check(name, "recipients", any(_has(r, want) for r in record.recipients),
                     f"{want!r} not in {record.recipients}")

    for bad in gold.get("bad_dates", []):
        refs = [r for r in record.citations if r.number == bad["number"]]
        ok = bool(refs) and all(r.issued_on is None for r in refs) and any(
            bad["number"] in w and bad["as_written"] in w for w in record.warnings)
        report.check(name, "bad_dates", ok, f"{bad}: refs {refs}, warnings {record.warnings}")


def _score_signer(record: Record, exp_signer: dict[str, Any] | None, name: str, report: Report) -> None:
    signer = record.signer
    if exp_signer is None or exp_signer.get("name") is None and exp_signer.get("title_contains") is None:
        ok = signer is None or signer.name is None
        report.check(name, "document.signer", ok, f"expected none, got {signer}")
        return
    got_name = signer.name if signer else None
    ok_name = (got_name is None) if exp_signer["name"] is None else (
        got_name is not None and fold(got_name) == fold(exp_signer["name"]))
    ok_title = _has(signer.title if signer else None, exp_signer.get("title_contains"))
    report.check(name, "document.signer", ok_name and ok_title, f"expected {exp_signer}, got {signer}")


def _score_tasks(record: Record, gold: dict[str, Any], report: Report) -> None:
    name = gold["source"]
    tasks = {t.label: t for t in record.tasks}
    for exp in gold.get("tasks", []):
        label = exp["label"]
        task = tasks.get(label)
        report.check(name, "tasks.found", task is not None, f"{label} missing")
        if task is None:
            report.check(name, "tasks", False, f"{label} missing")
            continue
        problems = []
        if "text_starts" in exp and not fold(task.text).startswith(fold(exp["text_starts"])):
            problems.append(f"text starts {task.text[:60]!r}")
        names = [r.name for r in task.responsible]
        for body in exp.get("responsible", []):
            if not any(_has(n, body) for n in names):
                problems.append(f"responsible {body!r} not in {names}")
        if exp.get("responsible"):
            first = exp["responsible"][0]
            report.check(name, "tasks.lead", any(_has(n, first) for n in names),
                         f"{label}: {first!r} not in {names}")
        if "deadline" in exp:
            d = exp["deadline"]
            if d.get("kind") != task.deadline.kind:
                problems.append(f"deadline kind {task.deadline.kind!r} != {d.get('kind')!r}")
            due = task.deadline.due.isoformat() if task.deadline.due else None
            if "due" in d and d["due"] != due:
                problems.append(f"due {due!r} != {d['due']!r}")
            if "due_month_day" in d and d["due_month_day"] != task.deadline.due_month_day:
                problems.append(f"due_month_day {task.deadline.due_month_day!r} != {d['due_month_day']!r}")
        report.check(name, "tasks", not problems, f"{label}: " + "; ".join(problems))


def _score_implements(record: Record, gold: dict[str, Any], report: Report) -> None:
    name = gold["source"]
    all_ok = True
    for exp in gold.get("implements", []):
        refs = [r for r in record.implements if r.number == exp["number"]]
        ok = any(
            (exp.get("issued_on") is None or (r.issued_on and r.issued_on.isoformat() == exp["issued_on"]))
            and _has(r.issuer, exp.get("issuer_contains"))
            for r in refs
        )
        report.check(name, "implements", ok, f"expected {exp}, got {[r.model_dump() for r in refs]}")
        all_ok = all_ok and ok
    allowed = {e["number"] for e in gold.get("implements", [])} | set(gold.get("implements_optional", []))
    extra = _ref_numbers(record.implements) - allowed
    report.check(name, "implements", not extra, f"unexpected {sorted(extra)}")
    report.checks["implements.document"].append(all_ok and not extra)


def score_same_number_distinct(records: list[Record], golds: list[dict[str, Any]], report: Report) -> None:
    """'After loading, the graph holds two documents with that number and those dates': a batch-level
    check, so the dates are pooled over every record's citations (the loader keeps them apart)."""
    dates_by_number: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for ref in (*record.citations, *record.implements):
            if ref.number and ref.issued_on:
                dates_by_number[ref.number].add(ref.issued_on.isoformat())
    for gold in golds:
        for number, *dates in gold.get("same_number_distinct", []):
            got = dates_by_number.get(number, set())
            report.check(gold["source"], "same_number_distinct", set(dates) <= got,
                         f"{number}: expected dates {dates}, got {sorted(got)}")


def _source(gold_dir: Path, seeds_dir: Path | None, source: str) -> Path:
    """The labelled file: in the given seeds folder, else beside its label, else the shared layout."""
    if seeds_dir is not None:
        return seeds_dir / source
    for candidate in (gold_dir / source, gold_dir.parent / "seeds" / source, Path("seed_data") / source):
        if candidate.is_file():
            return candidate
    return gold_dir / source


def evaluate(gold_dir: Path, seeds_dir: Path | None = None) -> Report:
    report = Report()
    records, golds = [], []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            record = parse_file(_source(gold_dir, seeds_dir, gold["source"]))
        except ParseError as exc:
            report.check(gold["source"], "parse", False, str(exc))
            continue
        score_record(record, gold, report)
        records.append(record)
        golds.append(gold)
    score_same_number_distinct(records, golds, report)
    return report


def format_report(report: Report) -> str:
    out = ["field                      passed/total   score"]
    for key, results in sorted(report.checks.items()):
        out.append(f"{key:<26} {sum(results):>4}/{len(results):<8} {sum(results) / len(results):.2f}")
    for key, s in sorted(report.sets.items()):
        out.append(f"{key:<26} precision {s.precision:.2f}  recall {s.recall:.2f}")
    out.append(f"failing checks: {len(report.failures)}")
    out.extend(f"  - {f}" for f in report.failures)
    return "\n".join(out)


def main(gold_dir: Path, seeds_dir: Path | None = None, as_json: bool = False) -> int:
    report = evaluate(gold_dir, seeds_dir)
    print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) if as_json else format_report(report))
    return 0 if report.passed else 1
