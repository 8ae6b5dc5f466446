"""Write one gold-format label <name>.json per entry of labels.LABELS (url from src/<name>.src.json)."""
import importlib.util
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
root = here.parent
spec = importlib.util.spec_from_file_location("labels", here / "labels.py")
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
for name, lab in m.LABELS.items():
    url = json.loads((here / f"{name}.src.json").read_text(encoding="utf-8"))["url"]
    out = {"source": f"{name}.txt", "url": url, "document": lab["document"],
           "implements": lab.get("implements", []), "implements_optional": lab.get("implements_optional", [])}
    for k in ("chain", "citations", "tasks", "task_labels", "recipients_include", "notes"):
        if k in lab:
            out[k] = lab[k]
    if "signer" in lab:
        out["document"]["signer"] = lab["signer"]
    assert (root / f"{name}.txt").exists(), name
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(m.LABELS), "labels")
