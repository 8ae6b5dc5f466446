"""Callgrind driver: parse a fixed sample inside one `functools.reduce`, so only parsing is counted.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \
        --callgrind-out-file=F python -m bench.cg_parse real|plans [DIR]|worker

`real` is every fifth text of tests/realworld*; `plans` every hundredth plan of .local/cascade/c43
(or NQGRAPH_CASCADE_DIR); `plans DIR` every third plan of DIR, a small cascade such as
`nqgraph synth 43-NQ/TW --provinces 31,33` writes (302 plans: 101 counted); `worker` the plans of
.local/cascade/c43, each parsed and planned (`graph.batch.plan_record`), which is what an ingest worker
spends on a file. Instruction counts are exact where wall time on a
shared machine is not.
The warm-up parses the seeds and the sample's first text first, and builds the two vocabularies (the
diacritics' and the glued words'): a plan alone builds neither the gazetteer nor these, once-a-process costs
that are not a plan's (the glued words' took 1.8 G instructions, 30 % of the sample, when its 105th
text first needed it).
"""

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path

from loaders.normalise import diacritics_vocabulary, glue_vocabulary
from loaders.parse import parse_text

REPO = Path(__file__).resolve().parent.parent


def sample(which: str, directory: str | None = None) -> list[Path]:
    if which == "plans" and directory:
        return sorted(Path(directory).glob("*.txt"))[::3]
    if which in ("plans", "worker"):
        cascade = Path(os.environ.get("NQGRAPH_CASCADE_DIR", REPO / ".local" / "cascade" / "c43"))
        return sorted(cascade.glob("*.txt"))[::100][:100]
    return sorted(REPO.glob("tests/realworld*/*.txt"))[::5]


def main() -> None:
    which = sys.argv[1]
    texts = [p.read_text(encoding="utf-8") for p in sample(which, *sys.argv[2:3])]
    step: Callable[[str], object] = parse_text
    if which == "worker":
        from graph.batch import plan_record
        from graph.places import default_places

        places = default_places()

        def step(text: str) -> object:
            return plan_record(parse_text(text), places)

    for seed in sorted((REPO / "seed_data").glob("*.txt")):
        step(seed.read_text(encoding="utf-8"))
    step(texts[0])
    diacritics_vocabulary()
    glue_vocabulary()
    functools.reduce(lambda acc, t: (step(t), acc)[1], texts, 0)
    print(len(texts))


if __name__ == "__main__":
    main()
