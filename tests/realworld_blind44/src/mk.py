"""Decode each src/<name>.src.json into <name>.txt: the excerpt exactly as given.

`excerpt` is the text, or a list of the index's pages (16,000 characters each) joined as they are.
"""

import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
for p in sorted((root / "src").glob("*.src.json")):
    d = json.loads(p.read_text(encoding="utf-8"))
    excerpt = d["excerpt"] if isinstance(d["excerpt"], str) else "".join(d["excerpt"])
    name = p.name.replace(".src.json", "")
    (root / f"{name}.txt").write_text(excerpt, encoding="utf-8")
    print(name, len(excerpt))
