"""Issue 4's seven acceptance facts, against the real Neo4j after loading seed_data/ (real parser output)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph.db import read
from graph.model import Label, Rel
from tests.conftest import SEEDS, wipe_loaded

pytestmark = pytest.mark.db

_D, _B, _A, _T = Label.DOCUMENT.value, Label.BODY.value, Label.ADMIN_UNIT.value, Label.TASK.value
TU_CUONG = "legacy:commune:11764"


def rows(driver: Driver, cypher: str, **params: Any) -> list[dict[str, Any]]:
    return read(driver, cypher, params)


def test_fact1_five_loaded_documents_and_the_expected_stubs(seeded_db: Driver) -> None:
    loaded = rows(seeded_db, f"MATCH (d:{_D} {{status: 'loaded'}}) RETURN d.source_path AS path")
    assert sorted(Path(r["path"]).name[:3] for r in loaded) == ["000", "001", "002", "003", "004"]
    nq43 = rows(seeded_db, f"MATCH (d:{_D} {{number: '43-NQ/TW'}}) RETURN d.status AS status, "
                "d.issued_on AS issued_on, d.level AS level")
    assert [(r["status"], r["issued_on"].to_native(), r["level"]) for r in nq43] == \
        [("stub", date(2023, 11, 24), "central")]
    for number, issued_on, place in [("53/KH-UBND", date(2024, 3, 7), "Tiên Lãng"),
                                     ("250-KH/TU", date(2023, 12, 25), "Hưng Yên"),
                                     ("75-CTr/TU", date(2024, 3, 6), "Lâm Đồng")]:
        found = rows(seeded_db, f"""
            MATCH (d:{_D} {{number: $number}})
            OPTIONAL MATCH (d)-[:{Rel.ISSUED_BY}]->(:{_B})-[:{Rel.LOCATED_IN}]->(u:{_A})
            RETURN d.status AS status, d.issued_on AS issued_on, collect(DISTINCT u.short_name) AS places""",
                     number=number)
        assert len(found) == 1, f"{number}: {found}"
        assert found[0]["status"] == "stub"
        assert found[0]["issued_on"].to_native() == issued_on
        assert found[0]["places"] == [place], f"{number} issued in {found[0]['places']}"


def _implements_path(driver: Driver, start: str, numbers: list[str]) -> bool:
    """Is there a path start -IMPLEMENTS-> numbers[0] -> ... with each hop one edge?"""
    hops = "".join(f"-[:{Rel.IMPLEMENTS}]->(:{_D} {{number: $n{i}}})" for i in range(len(numbers)))
    params = {f"n{i}": n for i, n in enumerate(numbers)}
    found = rows(driver, f"MATCH (s:{_D} {{uid: $start}}) WHERE EXISTS {{ (s){hops} }} RETURN s.uid AS uid",
                 start=start, **params)
    return bool(found)


def _loaded(driver: Driver, seed: str) -> str:
    found = rows(driver, f"MATCH (d:{_D} {{status: 'loaded'}}) WHERE d.source_path ENDS WITH $name "
                 "RETURN d.uid AS uid", name=next(SEEDS.glob(f"{seed}_*.txt")).name)
    assert len(found) == 1, f"seed {seed} loaded as {found}"
    return str(found[0]["uid"])


@pytest.mark.parametrize(("seed", "path"), [
    ("000", ["53/KH-UBND", "66-CTr/TU", "43-NQ/TW"]),
    ("002", ["250-KH/TU", "43-NQ/TW"]),
    ("003", ["75-CTr/TU", "43-NQ/TW"]),
    ("001", ["43-NQ/TW"]),
])
def test_fact2_implements_paths(seeded_db: Driver, seed: str, path: list[str]) -> None:
    start = _loaded(seeded_db, seed)
    assert _implements_path(seeded_db, start, path), f"no IMPLEMENTS path {seed} -> {' -> '.join(path)}"


def test_fact2_tu_cuong_plan_is_issued_in_tu_cuong(seeded_db: Driver) -> None:
    start = _loaded(seeded_db, "000")
    assert rows(seeded_db, f"MATCH (:{_D} {{uid: $uid}})-[:{Rel.ISSUED_BY}]->(:{_B})-[:{Rel.LOCATED_IN}]->"
                f"(u:{_A} {{uid: $unit}}) RETURN u.uid AS uid", uid=start, unit=TU_CUONG)


def test_fact3_66_ctr_tu_is_one_node_however_cited(seeded_db: Driver) -> None:
    found = rows(seeded_db, f"""
        MATCH (d:{_D} {{number: '66-CTr/TU'}})
        RETURN d.uid AS uid, d.status AS status, d.source_path AS path,
               COUNT {{ (d)<-[:{Rel.CITES}]-() }} AS cited,
               COUNT {{ (d)<-[:{Rel.IMPLEMENTS}]-() }} AS implemented""")
    assert len(found) == 1, found
    assert found[0]["status"] == "loaded" and Path(found[0]["path"]).name.startswith("004")
    commune_plan = _loaded(seeded_db, "000")
    assert rows(seeded_db, f"MATCH (:{_D} {{uid: $a}})-[:{Rel.CITES}]->(d:{_D} {{uid: $b}}) "
                "RETURN d.uid AS uid", a=commune_plan, b=found[0]["uid"])
    assert found[0]["implemented"] >= 1  # 53/KH-UBND -> 66-CTr/TU, from the unnumbered mention


@pytest.mark.parametrize(("number", "dates"), [
    ("45-NQ/TW", {date(2019, 1, 24), date(2023, 11, 24)}),
    ("19-NQ/TW", {date(2017, 10, 25), date(2022, 6, 16)}),
])
def test_fact4_same_number_two_documents(seeded_db: Driver, number: str, dates: set[date]) -> None:
    found = rows(seeded_db, f"MATCH (d:{_D} {{number: $number}}) RETURN d.issued_on AS issued_on",
                 number=number)
    got = [r["issued_on"].to_native() if r["issued_on"] else None for r in found]
    assert len(got) == 2 and set(got) == dates, got


def test_fact5_tu_cuong_committee_in_the_gazetteer(seeded_db: Driver) -> None:
    found = rows(seeded_db, f"""
        MATCH (b:{_B})-[:{Rel.LOCATED_IN}]->(c:{_A} {{uid: $unit}})
        WHERE b.name_key = 'ủy ban nhân dân xã tự cường'
        MATCH (c)-[:{Rel.PART_OF}]->(dist:{_A} {{level: 'district'}})
              -[:{Rel.PART_OF}]->(p:{_A} {{level: 'province'}})
        MATCH (c)-[:{Rel.BECAME}]->(n:{_A} {{era: '2025', level: 'commune'}})
        RETURN b.name AS body, dist.short_name AS district, p.short_name AS province, n.uid AS became""",
                 unit=TU_CUONG)
    assert found, "no Ủy ban nhân dân xã Tự Cường LOCATED_IN legacy commune 11764 with PART_OF and BECAME"
    assert {(r["district"], r["province"]) for r in found} == {("Tiên Lãng", "Hải Phòng")}
    assert len({r["body"] for r in found}) == 1, "one body, however named"
    assert rows(seeded_db, f"MATCH (:{_D} {{uid: $doc}})-[:{Rel.ISSUED_BY}]->(b:{_B}) "
                "WHERE b.name_key = 'ủy ban nhân dân xã tự cường' RETURN b.uid AS uid",
                doc=_loaded(seeded_db, "000"))


def _assigned(driver: Driver, doc: str, label: str) -> list[dict[str, Any]]:
    return rows(driver, f"""
        MATCH (:{_D} {{uid: $doc}})-[:{Rel.HAS_TASK}]->(t:{_T} {{label: $label}})
              -[a:{Rel.ASSIGNED_TO}]->(b:{_B})
        OPTIONAL MATCH (b)-[:{Rel.LOCATED_IN}]->(u:{_A})
        RETURN b.name AS name, b.name_key AS key, a.role AS role, u.uid AS unit, t.deadline_due AS due""",
                doc=doc, label=label)


def test_fact6_task_iii_4_3_of_seed_001_has_four_unlocated_bodies(seeded_db: Driver) -> None:
    found = _assigned(seeded_db, _loaded(seeded_db, "001"), "III.4.3")
    keys = {r["key"] for r in found}
    assert len(keys) == 4, found
    for part in ("đảng đoàn mặt trận tổ quốc", "các tổ chức chính trị - xã hội", "ban thường vụ tỉnh đoàn",
                 "các hội quần chúng"):
        assert any(part in k for k in keys), f"{part} not among {keys}"
    assert all(r["unit"] is None for r in found), "bodies of an unknown province must not be LOCATED_IN"


def test_fact6_task_iii_3_4_2_of_66_ctr_tu(seeded_db: Driver) -> None:
    found = _assigned(seeded_db, _loaded(seeded_db, "004"), "III.3.4.2")
    dv = [r for r in found if r["name"] == "Ban Dân vận Thành ủy Hải Phòng"]
    assert len(dv) == 1, found
    assert dv[0]["role"] == "lead" and dv[0]["unit"] == "legacy:province:31"
    assert dv[0]["due"].to_native() == date(2024, 3, 31)


# ---------------------------------------------------------------------------
# Fact 7: the same files twice, or in reverse order, give the same graph
# ---------------------------------------------------------------------------


def census(driver: Driver) -> dict[str, Any]:
    """Counts by label and by type, plus the document uids (a stronger check than counts)."""
    labels = rows(driver, "MATCH (n) RETURN labels(n)[0] AS k, count(*) AS n")
    types = rows(driver, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n")
    docs = rows(driver, f"MATCH (d:{_D}) RETURN d.uid AS uid, d.status AS status")
    return {"labels": {r["k"]: r["n"] for r in labels}, "types": {r["k"]: r["n"] for r in types},
            "documents": sorted((r["uid"], r["status"]) for r in docs)}


@pytest.fixture
def reseed(seeded_db: Driver):  # type: ignore[no-untyped-def]
    """The census of the seeded graph; the seeded state is put back afterwards for the other tests."""
    before = census(seeded_db)
    yield seeded_db, before
    wipe_loaded(seeded_db)
    from ingest import load_paths

    load_paths(seeded_db, [SEEDS])
    assert census(seeded_db) == before


def test_fact7_loading_twice_changes_nothing(reseed) -> None:  # type: ignore[no-untyped-def]
    from ingest import load_paths

    driver, before = reseed
    summary = load_paths(driver, [SEEDS])
    assert summary.loaded == 5 and summary.stubs_created == 0
    assert census(driver) == before


def test_fact7_reverse_order_gives_the_same_graph(reseed) -> None:  # type: ignore[no-untyped-def]
    from ingest import load_paths

    driver, before = reseed
    files = sorted(SEEDS.glob("*.txt"), reverse=True)
    wipe_loaded(driver)
    load_paths(driver, files)
    assert census(driver) == before
    wipe_loaded(driver)
    for f in files:  # one batch per file, newest first
        load_paths(driver, [f])
    assert census(driver) == before


def test_a_file_that_fails_to_parse_is_reported_and_the_rest_load(seeded_db: Driver, tmp_path: Path) -> None:
    from ingest import load_paths

    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    summary = load_paths(seeded_db, [bad, next(SEEDS.glob("004_*.txt"))])
    assert summary.loaded == 1
    assert [p for p, _ in summary.failed] == [bad.as_posix()]
    assert "empty.txt" in summary.as_text()


def test_export_graphml_holds_the_whole_graph(seeded_db: Driver, tmp_path: Path) -> None:
    import networkx as nx

    from graph.export import export_graphml

    out = tmp_path / "graph.graphml"
    n_nodes, n_rels = export_graphml(seeded_db, out)
    counts = census(seeded_db)
    assert (n_nodes, n_rels) == (sum(counts["labels"].values()), sum(counts["types"].values()))
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == n_nodes
    doc = next(uid for uid, _ in counts["documents"] if "66-CTr/TU" in uid)
    assert g.nodes[doc]["labels"] == "Document" and g.nodes[doc]["issued_on"] == "2024-02-02"


def test_a_file_claiming_a_loaded_identity_with_other_facts_is_reported(reseed) -> None:  # type: ignore[no-untyped-def]
    from graph.load import load_records
    from loaders.parse import parse_file
    from loaders.records import Source

    driver, _ = reseed
    real = parse_file(next(SEEDS.glob("004_*.txt")))
    other = real.model_copy(update={"title": "Một chương trình khác", "source": Source(path="other.txt",
                                                                                       sha256="0" * 64)})
    summary = load_records(driver, [other])
    conflict = [w for w in summary.batch_warnings if w.startswith("identity conflict")]
    assert len(conflict) == 1, summary.batch_warnings
    assert "004_" in conflict[0] and "other.txt" in conflict[0] and "title" in conflict[0]


def test_an_older_parse_of_the_same_file_gives_way(reseed) -> None:  # type: ignore[no-untyped-def]
    """The parser improves: a file loaded before under another uid must not stay as a second document."""
    from graph.load import load_records
    from loaders.parse import parse_file

    driver, before = reseed
    real = parse_file(next(SEEDS.glob("004_*.txt")))
    older = real.model_copy(update={"number": None, "issuer": None, "issued_on": None})  # a poorer parse
    wipe_loaded(driver)
    load_records(driver, [older])
    load_records(driver, [real])
    sha = rows(driver, f"MATCH (d:{_D} {{sha256: $sha}}) RETURN d.uid AS uid", sha=real.source.sha256)
    assert [r["uid"] for r in sha] == ["doc:66-CTr/TU@legacy:province:31@2024-02-02"]
    alone = census(driver)
    wipe_loaded(driver)
    load_records(driver, [real])
    assert census(driver) == alone, "the older parse left nodes or relationships behind"


def _citing(name: str, ref: Any) -> Any:
    from loaders.records import Issuer, Locality, Record, Source

    return Record(source=Source(path=f"{name}.txt", sha256=name * 64), number=f"{len(name)}-KH/TU",
                  doc_type="KH", issued_on=date(2024, 1, len(name)), title=f"Kế hoạch {name}",
                  issuer=Issuer(name="Ban Thường vụ Thành ủy Hải Phòng", level="province",
                                locality=Locality(province="Hải Phòng")),
                  citations=[ref])


def test_undated_mentions_settle_the_same_whatever_the_order(reseed) -> None:  # type: ignore[no-untyped-def]
    """An undated 19-NQ/TW goes to the one dated 19-NQ/TW, and to the undated node once there are two."""
    import itertools

    from graph.load import load_records
    from loaders.records import Ref

    driver, _ = reseed
    undated = _citing("a", Ref(number="19-NQ/TW", doc_type="NQ", text="Nghị quyết số 19-NQ/TW"))
    y2017 = _citing("bb", Ref(number="19-NQ/TW", doc_type="NQ", issued_on=date(2017, 10, 25), text="19/2017"))
    y2022 = _citing("ccc", Ref(number="19-NQ/TW", doc_type="NQ", issued_on=date(2022, 6, 16), text="19/2022"))

    def target_of_a() -> list[str]:
        found = rows(driver, f"MATCH (:{_D} {{uid: $a}})-[:{Rel.CITES}]->(d:{_D}) RETURN d.uid AS uid",
                     a="doc:1-KH/TU@legacy:province:31@2024-01-01")
        return [r["uid"] for r in found]

    wipe_loaded(driver)
    load_records(driver, [undated])
    assert target_of_a() == ["doc:19-NQ/TW@VN@undated"]
    load_records(driver, [y2017])
    assert target_of_a() == ["doc:19-NQ/TW@VN@2017-10-25"]
    load_records(driver, [y2022])
    assert target_of_a() == ["doc:19-NQ/TW@VN@undated"]
    expected = census(driver)
    for order in itertools.permutations([undated, y2017, y2022]):
        wipe_loaded(driver)
        for rec in order:
            load_records(driver, [rec])
        assert census(driver) == expected, [r.source.path for r in order]
