"""What every blind set's `src/labels.py` shares: the sources' URLs, the two label shorthands, and the
writer of `<name>.json` beside each text. Run a set's script from anywhere: it puts the repo on the path."""

from __future__ import annotations

import json
import pathlib
from typing import Any


def sources(root: pathlib.Path) -> dict[str, str]:
    """Each text's name and the URL its `src/<name>.src.json` records."""
    return {p.name.replace(".src.json", ""): json.loads(p.read_text(encoding="utf-8"))["url"]
            for p in (root / "src").glob("*.src.json")}


def loc(p: str | None, d: str | None = None, c: str | None = None) -> dict[str, str | None]:
    return {"province": p, "district": d, "commune": c}


def imp(n: str, date: str | None = None, iss: str | None = None) -> dict[str, str]:
    r = {"number": n}
    if date:
        r["issued_on"] = date
    if iss:
        r["issuer_contains"] = iss
    return r


def write_labels(root: pathlib.Path, labels: dict[str, dict[str, Any]]) -> None:
    """Write each label as `<name>.json` with its source and URL; every label must have its text's source."""
    src = sources(root)
    for name, lab in labels.items():
        assert name in src, name
        out = {"source": name + ".txt", "url": src[name]}
        out.update(lab)
        text = json.dumps(out, ensure_ascii=False, indent=2) + "\n"
        (root / f"{name}.json").write_text(text, encoding="utf-8")
    print(len(labels), len(src))



Signer = dict[str, Any] | None


def add_signers(labels: dict[str, dict[str, Any]], table: dict[str, tuple[Signer, str]]) -> None:
    """Give each named label its `document.signer` (None: the text shows no signer); say why in its notes.

    Signer labels came after a set's first labelling, read from each text's end and lead; a label left out
    of `table` stays ungraded."""
    for name, (signer, why) in table.items():
        lab = labels[name]
        lab["document"]["signer"] = signer
        lab["notes"] = f"{lab['notes']} Signer: {why}" if lab.get("notes") else f"Signer: {why}"
