"""Decode each src/<name>.src.json ({"url", "excerpt"}) into <name>.txt: the excerpt exactly as given."""

import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
for p in sorted((root / "src").glob("*.src.json")):
    d = json.loads(p.read_text(encoding="utf-8"))
    name = p.name.replace(".src.json", "")
    (root / f"{name}.txt").write_text(d["excerpt"], encoding="utf-8")
    print(name, len(d["excerpt"]))
