"""Identities, citation resolution, canonical bodies and batch checks: pure, no database."""

from __future__ import annotations

from datetime import date

import pytest

from graph.batch import check_batch, plan_record
from graph.bodies import resolve_body
from graph.identity import (
    BodyUid,
    DocUid,
    PersonUid,
    Place,
    Scope,
    TaskUid,
    UnitUid,
    context_for,
    resolve_undated,
    scope_of_mention,
)
from graph.rows import SubtaskRow
from loaders.docnumber import DocNumber
from loaders.names import canonical_number, issuer_level, name_key, short_label
from loaders.records import Issuer, Locality, Record, Ref, Responsible, Source, Task

CENTRAL = "VN"


def doc_uid(number: str, scope: str, issued_on: date | None) -> str:
    """The printed uid of a numbered document, from the test tables' strings."""
    return str(DocUid.numbered(number, Scope.parse(scope), issued_on))

HP = Place("legacy:province:31", "province", "thành phố", "Thành phố Hải Phòng", "Hải Phòng")
TL = Place("legacy:district:315", "district", "huyện", "Huyện Tiên Lãng", "Tiên Lãng")
TC = Place("legacy:commune:11764", "commune", "xã", "Xã Tự Cường", "Tự Cường")
HY = Place("legacy:province:33", "province", "tỉnh", "Tỉnh Hưng Yên", "Hưng Yên")
KD = Place("legacy:district:331", "district", "huyện", "Huyện Kim Động", "Kim Động")
LD = Place("legacy:province:68", "province", "tỉnh", "Tỉnh Lâm Đồng", "Lâm Đồng")
DL = Place("legacy:district:672", "district", "thành phố", "Thành phố Đà Lạt", "Đà Lạt")
PARENT = {TL.uid: HP, TC.uid: TL, KD.uid: HY, DL.uid: LD}


class FakePlaces:
    """A few real units; enough to test resolution without the gazetteer."""

    units = (HP, TL, TC, HY, KD, LD, DL)

    def find(self, name: str, level: str, within: str | None, era: str) -> Place | None:
        hits = [u for u in self.units if u.level == level and u.short_name.lower() == name.lower()]
        if within:
            hits = [u for u in hits if self._under(u, within)] or []
        return hits[0] if len(hits) == 1 else None

    def _under(self, unit: Place, uid: str) -> bool:
        up: Place | None = unit
        while up is not None:
            if up.uid == uid:
                return True
            up = PARENT.get(up.uid)
        return False

    def parent(self, uid: str) -> Place | None:
        return PARENT.get(uid)

    def get(self, uid: str) -> Place | None:
        return next((u for u in self.units if u.uid == uid), None)


PLACES = FakePlaces()
SHA = "ab" * 32
COMMUNE = context_for("Hải Phòng", "Tiên Lãng", "Tự Cường", "commune", SHA, PLACES)
KIM_DONG = context_for("Hưng Yên", "Kim Động", None, "district", SHA, PLACES)
DA_LAT = context_for("Lâm Đồng", "Đà Lạt", None, "district", SHA, PLACES)
HAI_PHONG = context_for("Hải Phòng", None, None, "province", SHA, PLACES)
UNKNOWN = context_for(None, None, None, "province", SHA, PLACES)


@pytest.mark.parametrize(("text", "canonical"), [
    ("66 – CTr/TU", "66-CTr/TU"),
    ("217- QĐ/TW", "217-QĐ/TW"),
    ("131 -KH/HU", "131-KH/HU"),
    ("53/KH - UBND", "53/KH-UBND"),
    ("98/2022/NĐ-CP", "98/2022/NĐ-CP"),
])
def test_canonical_number(text: str, canonical: str) -> None:
    assert canonical_number(text) == canonical


@pytest.mark.parametrize(("number", "level"), [
    ("43-NQ/TW", "central"), ("66-CTr/TU", "province"), ("131-KH/HU", "district"),
    ("230-KH/ThU", "district"), ("12-KH/TXU", "district"), ("5-KH/BDVTU", "province"),
    ("76/NQ-CP", "central"), ("26/NQ-MTTW-ĐCT", "central"), ("98/2022/NĐ-CP", "central"),
    ("53/KH-UBND", None), ("134/NQ-HĐND", None), ("07-NQ/ĐU", None),
])
def test_issuer_level(number: str, level: str | None) -> None:
    assert issuer_level(DocNumber.parse(number)) == level


@pytest.mark.parametrize(("ctx", "number", "issuer", "scope"), [
    (KIM_DONG, "250-KH/TU", "Ban Thường vụ Tỉnh ủy", HY.uid),           # /TU: the citing province
    (KIM_DONG, "30-CT/HU", None, KD.uid),                                # /HU: the citing district
    (COMMUNE, "53/KH-UBND", "Ủy ban nhân dân huyện Tiên Lãng", TL.uid),  # the text names the place
    (COMMUNE, "53/KH-UBND", "UBND huyện", TL.uid),                       # level word: the citing district
    (COMMUNE, "66-CTr/TU", "Ban Thường vụ Thành uỷ Hải Phòng", HP.uid),
    (COMMUNE, "66-CTr/TU", "Ban Thường vụ Thành ủy", HP.uid),            # Hải Phòng is the 'thành phố'
    (DA_LAT, "75-CTr/TU", "Tỉnh ủy Lâm Đồng", LD.uid),
    (DA_LAT, "06-NQ/ThU", "Ban Chấp hành Đảng bộ thành phố", DL.uid),    # Đà Lạt is the 'thành phố'
    (KIM_DONG, "43-NQ/TW", "Ban Chấp hành Trung ương Đảng khoá XIII", CENTRAL),
    (HAI_PHONG, "45-NQ/TW", "Bộ Chính trị", CENTRAL),
    (KIM_DONG, "134/NQ-HĐND", "Hội đồng nhân dân tỉnh", HY.uid),
    (UNKNOWN, "02-NQ/TU", None, "unknown:" + SHA[:12]),                  # never guessed
    (UNKNOWN, "43-NQ/TW", None, CENTRAL),
])
def test_scope_of_mention(ctx, number: str, issuer: str | None, scope: str) -> None:  # type: ignore[no-untyped-def]
    assert str(scope_of_mention(number, issuer, ctx, PLACES).scope) == scope


def test_same_number_other_date_or_scope_is_another_document() -> None:
    a = doc_uid("45-NQ/TW", CENTRAL, date(2019, 1, 24))
    b = doc_uid("45-NQ/TW", CENTRAL, date(2023, 11, 24))
    c = doc_uid("66-CTr/TU", HP.uid, date(2024, 2, 2))
    d = doc_uid("66-CTr/TU", HY.uid, date(2024, 2, 2))
    assert len({a, b, c, d}) == 4
    assert doc_uid("66 – CTr/TU", HP.uid, date(2024, 2, 2)) == c


def test_undated_resolves_only_when_unambiguous() -> None:
    key = ("19-NQ/TW", CENTRAL)
    one = doc_uid("19-NQ/TW", CENTRAL, date(2017, 10, 25))
    two = doc_uid("19-NQ/TW", CENTRAL, date(2022, 6, 16))
    assert resolve_undated(key, {one}) == one
    assert resolve_undated(key, {one, two}) == doc_uid("19-NQ/TW", CENTRAL, None)
    assert resolve_undated(key, set()) == doc_uid("19-NQ/TW", CENTRAL, None)


def test_unnumbered_uid_is_stable_and_tone_blind() -> None:
    a = DocUid.unnumbered(TC.scope, "KH", None, "Triển khai thực hiện Chương trình", SHA)
    b = DocUid.unnumbered(TC.scope, "KH", None, "Triển  khai thực hiện chương trình", "cd" * 32)
    assert a == b
    assert DocUid.unnumbered(TC.scope, "KH", None, None, SHA) != DocUid.unnumbered(TC.scope, "KH", None, None,
                                                                                  "cd" * 32)


@pytest.mark.parametrize(("label", "short"), [
    ("III.4.3", "4.3"), ("II.1", "1"), ("1.2", "1.2"), ("IV", "IV"),
])
def test_short_label(label: str, short: str) -> None:
    assert short_label(label) == short


@pytest.mark.parametrize(("ctx", "name", "display", "unit"), [
    (KIM_DONG, "Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy Hưng Yên", HY.uid),
    (KIM_DONG, "Ban Dân vận Huyện ủy", "Ban Dân vận Huyện ủy Kim Động", KD.uid),
    (COMMUNE, "UBND huyện", "Ủy ban nhân dân huyện Tiên Lãng", TL.uid),
    (COMMUNE, "Ủy ban nhân dân xã Tự Cường", "Ủy ban nhân dân xã Tự Cường", TC.uid),
    (COMMUNE, "Trạm Y tế", "Trạm Y tế xã Tự Cường", TC.uid),
    (HAI_PHONG, "Ban Dân vận Thành uỷ", "Ban Dân vận Thành ủy Hải Phòng", HP.uid),
    (DA_LAT, "Ban Dân vận Thành ủy", "Ban Dân vận Thành ủy Đà Lạt", DL.uid),
    (DA_LAT, "các tổ chức chính trị - xã hội thành phố", "các tổ chức chính trị - xã hội thành phố Đà Lạt",
     DL.uid),
    (UNKNOWN, "Ban Thường vụ Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn", None),
    (HAI_PHONG, "Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng", None),
])
def test_bodies_resolve_against_the_document(ctx, name: str, display: str, unit: str | None) -> None:  # type: ignore[no-untyped-def]
    body = resolve_body(name, ctx, PLACES)
    assert body.name == display
    assert body.unit_uid == unit


@pytest.mark.parametrize(("a", "b"), [
    ("Ủy ban nhân dân huyện", "UBND huyện"),
    ("Ban Dân vận Thành uỷ", "Ban Dân vận Thành ủy Hải Phòng"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Mặt trận Tổ quốc thành phố"),
])
def test_one_body_named_two_ways_is_one_node(a: str, b: str) -> None:
    assert resolve_body(a, HAI_PHONG, PLACES).uid == resolve_body(b, HAI_PHONG, PLACES).uid


def test_unknown_locality_bodies_are_never_shared() -> None:
    other = context_for(None, None, None, "province", "cd" * 32, PLACES)
    assert resolve_body("Ban Thường vụ Tỉnh đoàn", UNKNOWN, PLACES).uid != \
        resolve_body("Ban Thường vụ Tỉnh đoàn", other, PLACES).uid
    assert name_key("Ban Chấp hành Trung ương Đảng khóa XIII") == name_key("Ban Chấp hành Trung ương")


def _record(path: str, sha: str, number: str | None, **kw) -> Record:  # type: ignore[no-untyped-def]
    return Record(source=Source(path=path, sha256=sha), number=number, **kw)


def _hp_plan(number: str = "66-CTr/TU", **kw) -> Record:  # type: ignore[no-untyped-def]
    return _record("004.txt", "04" * 32, number, doc_type="CTr", issued_on=date(2024, 2, 2),
                   issuer=Issuer(name="Ban Thường vụ Thành ủy Hải Phòng", level="province",
                                 locality=Locality(province="Hải Phòng")), **kw)


def test_plan_dates_an_undated_mention_from_the_same_document_and_skips_itself() -> None:
    dated = Ref(number="66-CTr/TU", doc_type="CTr", issued_on=date(2024, 2, 2),
                issuer="Ban Thường vụ Thành uỷ Hải Phòng",
                text="Chương trình hành động số 66-CTr/TU ngày 02/02/2024")
    undated = Ref(number="66-CTr/TU", doc_type="CTr", issuer="Ban Thường vụ Thành ủy",
                  text="Chương trình hành động của Ban Thường vụ Thành ủy")
    nq43 = Ref(number="43-NQ/TW", doc_type="NQ", issued_on=date(2023, 11, 24), text="Nghị quyết số 43-NQ/TW")
    kh53 = Ref(number="53/KH-UBND", doc_type="KH", issued_on=date(2024, 3, 7),
               issuer="Ủy ban nhân dân huyện Tiên Lãng", text="Kế hoạch số 53/KH-UBND")
    rec = _record("000.txt", "00" * 32, None, doc_type="KH", title="Kế hoạch triển khai",
                  issuer=Issuer(name="Ủy ban nhân dân xã Tự Cường", level="commune",
                                locality=Locality(province="Hải Phòng", district="Tiên Lãng",
                                                  commune="Tự Cường")),
                  implements=[kh53], citations=[kh53, dated, nq43], chain=[(kh53, undated), (undated, nq43)],
                  tasks=[Task(label="II.1", text="a"), Task(label="II.1.1", parent="II.1", text="b",
                                                            responsible=[Responsible(name="UBND huyện",
                                                                                     role="lead")])])
    plan = plan_record(rec, PLACES)
    uids = [m.uid for m in plan.mentions]
    hp66 = doc_uid("66-CTr/TU", HP.uid, date(2024, 2, 2))
    assert hp66 in uids and doc_uid("66-CTr/TU", HP.uid, None) not in uids
    assert doc_uid("53/KH-UBND", TL.uid, date(2024, 3, 7)) in uids
    pairs = {(plan.uid if a is None else uids[a], uids[b], ev) for a, b, ev in plan.implements}
    assert (doc_uid("53/KH-UBND", TL.uid, date(2024, 3, 7)), hp66, "citation") in pairs
    assert (hp66, doc_uid("43-NQ/TW", CENTRAL, date(2023, 11, 24)), "citation") in pairs
    assert plan.subtasks == [SubtaskRow(child="II.1.1", parent="II.1")]
    assert plan.assigned[0].body == resolve_body("Ủy ban nhân dân huyện Tiên Lãng", plan.ctx, PLACES).uid
    # The loaded 66-CTr/TU gets the uid its citations computed.
    assert plan_record(_hp_plan(), PLACES).uid == hp66
    # A document citing itself by its own number gets no self-edge.
    own = plan_record(_hp_plan(citations=[dated]), PLACES)
    assert own.cites == []


def test_batch_reports_cycles_and_conflicting_claims_with_both_sources() -> None:
    a = _hp_plan(implements=[Ref(number="70-KH/TU", issued_on=date(2024, 1, 1), text="Kế hoạch 70-KH/TU")])
    b = _record("070.txt", "07" * 32, "70-KH/TU", doc_type="KH", issued_on=date(2024, 1, 1),
                issuer=Issuer(name="Ban Thường vụ Thành ủy Hải Phòng", level="province",
                              locality=Locality(province="Hải Phòng")),
                implements=[Ref(number="66-CTr/TU", issued_on=date(2024, 2, 2), text="66-CTr/TU")])
    c = _hp_plan(title="Another title")
    c = c.model_copy(update={"source": Source(path="004-copy.txt", sha256="05" * 32)})
    warnings = check_batch([plan_record(r, PLACES) for r in (a, b, c)])
    cycle = [w for w in warnings if w.startswith("implements cycle")]
    assert len(cycle) == 1 and "004.txt" in cycle[0] and "070.txt" in cycle[0]
    conflict = [w for w in warnings if w.startswith("identity conflict")]
    assert len(conflict) == 1 and "004.txt" in conflict[0] and "004-copy.txt" in conflict[0]


@pytest.mark.parametrize(("warning", "kind"), [
    ("impossible date 30/02/2023 in citation 30-CT/HU", "impossible date"),
    ("no document number", "no document number"),
    ("unresolved citation: Kế hoạch của Ban Thường vụ Tỉnh ủy", "unresolved citation"),
])
def test_warning_kinds(warning: str, kind: str) -> None:
    from graph.load import warning_kind

    assert warning_kind(warning) == kind


def test_summary_names_failed_files() -> None:
    from graph.load import LoadSummary

    s = LoadSummary(loaded=4, failed=[("bad.txt", "bad.txt: no text")])
    s.warnings["no tasks found"] += 1
    assert s.as_dict()["failed"] == [{"path": "bad.txt", "reason": "bad.txt: no text"}]
    assert "bad.txt: no text" in s.as_text() and "documents loaded: 4" in s.as_text()


@pytest.mark.parametrize(("a", "b"), [
    ("Bộ Chính trị (khoá XIII)", "Bộ Chính trị"),
    ("Ban Bí thư Trung ương Đảng", "Ban Bí thư (khóa XII)"),
    ("Ban Chấp hành Trung ương Đảng khóa XIII", "Ban Chấp hành Trung ương"),
])
def test_central_bodies_are_one_node_across_terms(a: str, b: str) -> None:
    from loaders.names import expand

    assert name_key(a) == name_key(b)
    assert "khóa" not in expand(a).lower()


@pytest.mark.parametrize(("written", "spelled"), [
    pytest.param("BCĐ 35 huyện Tiên Lãng", "Ban Chỉ đạo 35 huyện Tiên Lãng", id="bcd"),
    pytest.param("BTV Huyện ủy", "Ban Thường vụ Huyện ủy", id="btv"),
    pytest.param("BCH Đoàn huyện", "Ban Chấp hành Đoàn huyện", id="bch"),
    pytest.param("UBKT Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", id="ubkt"),
    pytest.param("BTG Huyện ủy", "Ban Tuyên giáo Huyện ủy", id="btg"),
    pytest.param("BDV Huyện ủy", "Ban Dân vận Huyện ủy", id="bdv"),
    pytest.param("BTGDV Huyện ủy", "Ban Tuyên giáo và Dân vận Huyện ủy", id="btgdv"),
    pytest.param("HLHPN huyện", "Hội Liên hiệp Phụ nữ huyện", id="hlhpn"),
    pytest.param("UB MTTQ huyện", "Ủy ban MTTQ huyện", id="ub-mttq"),
    pytest.param("UBMTTQVN huyện", "Ủy ban MTTQ Việt Nam huyện", id="ubmttqvn"),
    pytest.param("UBND TX. Cửa Lò", "Ủy ban nhân dân thị xã Cửa Lò", id="tx-dot"),
    pytest.param("UBND TX", "UBND thị xã", id="tx-bare"),
])
def test_a_name_shown_with_its_initials_is_the_body_spelled_out(written: str, spelled: str) -> None:
    """The parser shows a name as written ('BCĐ 35 ...'); the graph keys it spelled out: one body."""
    assert name_key(written) == name_key(spelled)
    assert resolve_body(written, COMMUNE, PLACES).uid == resolve_body(spelled, COMMUNE, PLACES).uid


@pytest.mark.parametrize(("line", "bodies"), [
    ("TT Đảng uỷ, HĐND, UBND xã", ["Thường trực Đảng ủy xã", "Hội đồng nhân dân xã", "Ủy ban nhân dân xã"]),
    ("Hội đồng nhân dân, Ủy ban nhân dân huyện", ["Hội đồng nhân dân huyện", "Ủy ban nhân dân huyện"]),
    ("Bộ Chính trị, Ban Bí thư", ["Bộ Chính trị", "Ban Bí thư"]),
    ("Cán bộ, công chức xã", ["Cán bộ, công chức xã"]),
    ("Các huyện ủy, thành ủy, đảng ủy trực thuộc", ["Các huyện ủy, thành ủy, đảng ủy trực thuộc"]),
    ("các hội quần chúng được Đảng, Nhà nước giao nhiệm vụ",
     ["các hội quần chúng được Đảng, Nhà nước giao nhiệm vụ"]),
    ("TT Y tế huyện", ["TT Y tế huyện"]),  # Trung tâm, not Thường trực
])
def test_recipient_lines_split_into_bodies_sharing_the_suffix(line: str, bodies: list[str]) -> None:
    from loaders.names import expand, split_list

    assert [expand(b) for b in split_list(line)] == bodies


@pytest.mark.parametrize("text", [
    "doc:66-CTr/TU@legacy:province:31@2024-02-02",
    "doc:19-NQ/TW@VN@undated",
    "doc:05-KH/HU@unknown:0123456789ab@2024-03-01",
    "doc:legacy:province:31|KH|2024-01-05|t:0123456789ab",
    "doc:unknown:0123456789ab|?|undated|s:0123456789abcdef",
])
def test_doc_uids_parse_and_print_back(text: str) -> None:
    uid = DocUid.parse(text)
    assert str(uid) == text
    assert str(TaskUid.parse(f"{text}#1.2")) == f"{text}#1.2"
    assert TaskUid.parse(f"{text}#1.2") == TaskUid(uid, "1.2")


def test_a_doc_uid_knows_its_parts() -> None:
    uid = DocUid.parse("doc:66-CTr/TU@legacy:province:31@2024-02-02")
    assert (uid.number, uid.scope, uid.issued_on) == (
        "66-CTr/TU", Scope.of_unit(UnitUid("legacy", "province", "31")), date(2024, 2, 2))
    assert uid.undated == DocUid.parse("doc:66-CTr/TU@legacy:province:31@undated")
    assert DocUid.parse("doc:19-NQ/TW@VN@undated").issued_on is None


@pytest.mark.parametrize(("text", "central", "unknown", "unit"), [
    ("VN", True, False, None),
    ("unknown:0123456789ab", False, True, None),
    ("legacy:province:31", False, False, UnitUid("legacy", "province", "31")),
    ("2025:commune:26734", False, False, UnitUid("2025", "commune", "26734")),
])
def test_scopes_parse_and_print_back(text: str, central: bool, unknown: bool, unit: UnitUid | None) -> None:
    scope = Scope.parse(text)
    assert str(scope) == text
    assert (scope.is_central, scope.is_unknown, scope.unit) == (central, unknown, unit)


def test_scopes_are_built_from_what_they_are() -> None:
    assert Scope.CENTRAL == Scope.parse("VN")
    assert Scope.unknown_for(SHA) == Scope.parse("unknown:" + SHA[:12])
    assert Scope.of_unit("legacy:province:31") == HP.scope == Scope.of_unit(UnitUid.parse(HP.uid))
    assert sorted([HP.scope, Scope.CENTRAL, TL.scope]) == [Scope.CENTRAL, TL.scope, HP.scope]  # by text


@pytest.mark.parametrize(("kind", "text"), [
    (BodyUid, "body:legacy:district:315:ủy ban nhân dân huyện tiên lãng"),
    (BodyUid, "body:VN:bộ chính trị"),
    (BodyUid, "body:unknown:0123456789ab:ban thường vụ tỉnh đoàn"),
    (PersonUid, "person:nguyễn văn a"),
    (UnitUid, "legacy:commune:11764"),
])
def test_other_uids_parse_and_print_back(kind: type, text: str) -> None:
    assert str(kind.parse(text)) == text


@pytest.mark.parametrize(("kind", "text"), [
    (DocUid, "task:1"), (DocUid, "doc:66-CTr/TU@legacy:province:31"), (DocUid, "doc:@VN@undated"),
    (DocUid, "doc:66-CTr/TU@VN@2024-13-01"), (DocUid, "doc:VN|KH|undated"),
    (TaskUid, "doc:19-NQ/TW@VN@undated"), (TaskUid, "doc:19-NQ/TW@VN@undated#"),
    (Scope, "legacy:province"), (Scope, "unknown:"), (Scope, ""),
    (UnitUid, "legacy:province:31:x"), (UnitUid, "legacy::31"),
    (BodyUid, "body:VN"), (BodyUid, "person:x"), (PersonUid, "person:"), (PersonUid, "body:VN:x"),
])
def test_malformed_uids_are_refused(kind: type, text: str) -> None:
    with pytest.raises(ValueError):
        kind.parse(text)


def test_a_body_uid_is_its_scope_and_name_key() -> None:
    body = resolve_body("UBND huyện", COMMUNE, PLACES)
    assert BodyUid.parse(body.uid) == BodyUid(TL.scope, name_key("Ủy ban nhân dân huyện Tiên Lãng"))
    assert str(PersonUid.of("Nguyễn  Văn A")) == str(PersonUid.of("nguyễn văn a"))


def test_level_words_agree_with_the_parsers_unit_kinds() -> None:
    """The graph's level words and the parser's unit-kind words (patterns.UNIT_KINDS) name one level."""
    from loaders.names import level_words
    from loaders.patterns import UNIT_KINDS

    for word, level in UNIT_KINDS.items():
        found = level_words(f"ủy ban nhân dân {word}")
        if level is not None:
            assert [m.lastgroup for m in found][-1] == level, word
