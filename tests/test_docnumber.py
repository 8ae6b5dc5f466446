"""DocNumber: every shape of DOMAIN §2, its noisy spellings, one canonical form, junk rejected."""
# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)

from __future__ import annotations

import re

import pytest

from loaders.docnumber import DocNumber, iter_numbers, try_parse
from loaders.patterns import NUMBER_RE

# (as written, canonical, style, type, issuer, year, sub, level hint)
VALID = [
    # Party numbers
    ("43-NQ/TW", "43-NQ/TW", "party", "NQ", "TW", None, None, "central"),
    ("66 – CTr/TU", "66-CTr/TU", "party", "CTr", "TU", None, None, "province"),
    ("217- QĐ/TW", "217-QĐ/TW", "party", "QĐ", "TW", None, None, "central"),
    ("131 -KH/HU", "131-KH/HU", "party", "KH", "HU", None, None, "district"),
    ("43-\nNQ/TW", "43-NQ/TW", "party", "NQ", "TW", None, None, "central"),
    ("43\n-NQ/TW", "43-NQ/TW", "party", "NQ", "TW", None, None, "central"),
    ("230-KH/ThU", "230-KH/ThU", "party", "KH", "ThU", None, None, "district"),
    ("230-KH/THU", "230-KH/ThU", "party", "KH", "ThU", None, None, "district"),
    ("75-CTR/TU", "75-CTr/TU", "party", "CTr", "TU", None, None, "province"),
    ("66-ctr/tu", "66-CTr/TU", "party", "CTr", "TU", None, None, "province"),
    ("124-QĐ/TW", "124-QĐ/TW", "party", "QĐ", "TW", None, None, "central"),
    ("05 — CT/TW", "05-CT/TW", "party", "CT", "TW", None, None, "central"),
    ("21-KL/TW", "21-KL/TW", "party", "KL", "TW", None, None, "central"),
    ("917-TB/HU", "917-TB/HU", "party", "TB", "HU", None, None, "district"),
    ("88-KH/QU", "88-KH/QU", "party", "KH", "QU", None, None, "district"),
    ("15-CT/TXU", "15-CT/TXU", "party", "CT", "TXU", None, None, "district"),
    ("12-KH/ĐU", "12-KH/ĐU", "party", "KH", "ĐU", None, None, "commune"),
    ("20-KH/BDVTU", "20-KH/BDVTU", "party", "KH", "BDVTU", None, None, "province"),
    ("07-HD/BTGTU", "07-HD/BTGTU", "party", "HD", "BTGTU", None, None, "province"),
    ("33-KH/VPTU", "33-KH/VPTU", "party", "KH", "VPTU", None, None, "province"),
    ("9-BC/BTGHU", "9-BC/BTGHU", "party", "BC", "BTGHU", None, None, "district"),
    ("45-NQ/TƯ", "45-NQ/TW", "party", "NQ", "TW", None, None, "central"),
    ("3-TTr/ĐĐ", "3-TTr/ĐĐ", "party", "TTr", "ĐĐ", None, None, None),
    ("1‑ĐA/TU", "1-ĐA/TU", "party", "ĐA", "TU", None, None, "province"),  # non-breaking hyphen
    # blind2: a programme of action numbered with its own code, kept as written
    ("29-CTrHĐ/TU", "29-CTrHĐ/TU", "party", "CTrHĐ", "TU", None, None, "province"),
    ("15 - CTrHĐ/HU", "15-CTrHĐ/HU", "party", "CTrHĐ", "HU", None, None, "district"),
    ("08-CTRHĐ/TU", "08-CTrHĐ/TU", "party", "CTrHĐ", "TU", None, None, "province"),
    ("12-CTHĐ/TU", "12-CTHĐ/TU", "party", "CTHĐ", "TU", None, None, "province"),
    ("03-CTHĐ/ĐU", "03-CTHĐ/ĐU", "party", "CTHĐ", "ĐU", None, None, "commune"),
    # state numbers
    ("53/KH-UBND", "53/KH-UBND", "state", "KH", "UBND", None, None, None),
    ("76/NQ-CP", "76/NQ-CP", "state", "NQ", "CP", None, None, "central"),
    ("134/NQ-HĐND", "134/NQ-HĐND", "state", "NQ", "HĐND", None, None, None),
    ("98/2022/NĐ-CP", "98/2022/NĐ-CP", "state", "NĐ", "CP", 2022, None, "central"),
    ("98 / 2022 / NĐ – CP", "98/2022/NĐ-CP", "state", "NĐ", "CP", 2022, None, "central"),
    ("1234/QĐ-UBND", "1234/QĐ-UBND", "state", "QĐ", "UBND", None, None, None),
    ("12/CT-TTg", "12/CT-TTg", "state", "CT", "TTg", None, None, "central"),
    ("05/2024/TT-BNV", "05/2024/TT-BNV", "state", "TT", "BNV", 2024, None, "central"),
    ("321/KH-UBND-VX", "321/KH-UBND-VX", "state", "KH", "UBND", None, "VX", None),
    ("12/2021/TT-BNNPTNT", "12/2021/TT-BNNPTNT", "state", "TT", "BNNPTNT", 2021, None, "central"),
    ("12 / 2021 / TT – BNNPTNT", "12/2021/TT-BNNPTNT", "state", "TT", "BNNPTNT", 2021, None, "central"),
    # spaced and unhyphenated Party numbers
    ("120 - KL/TW", "120-KL/TW", "party", "KL", "TW", None, None, "central"),
    ("301 KH/TWĐTN", "301-KH/TWĐTN", "party", "KH", "TWĐTN", None, None, "central"),
    ("512-CV/VPTU", "512-CV/VPTU", "party", "CV", "VPTU", None, None, "province"),
    ("08 NQ/TƯ", "08-NQ/TW", "party", "NQ", "TW", None, None, "central"),
    # a Party number with the drafting department after the issuer
    ("225 - KH/TWĐTN-CTTN", "225-KH/TWĐTN-CTTN", "party", "KH", "TWĐTN", None, "CTTN", "central"),
    # codes whose 'Đ' a text without diacritics lost
    ("21/2022/NQ-HDND", "21/2022/NQ-HĐND", "state", "NQ", "HĐND", 2022, None, None),
    ("13/CD-UBND", "13/CĐ-UBND", "state", "CĐ", "UBND", None, None, None),
    ("12-KH/DU", "12-KH/ĐU", "party", "KH", "ĐU", None, None, "commune"),
    # official letters: '<seq>/<issuer>-<drafting unit>', no type code
    ("1234/UBND-VP", "1234/UBND-VP", "letter", "CV", "UBND", None, "VP", None),
    ("833/VPCP-TH", "833/VPCP-TH", "letter", "CV", "VPCP", None, "TH", "central"),
    ("05/2008/TT-BYT", "05/2008/TT-BYT", "state", "TT", "BYT", 2008, None, "central"),
    ("15/BCĐ-VP", "15/BCĐ-VP", "letter", "CV", "BCĐ", None, "VP", None),
    ("2211/VP-KTN", "2211/VP-KTN", "letter", "CV", "VP", None, "KTN", None),
    # blind2: a letter numbered with its issuer's code alone
    ("476/UBND", "476/UBND", "letter", "CV", "UBND", None, None, None),
    ("3517 /UBND", "3517/UBND", "letter", "CV", "UBND", None, None, None),
    ("05 /MTTQ", "05/MTTQ", "letter", "CV", "MTTQ", None, None, None),
    ("12/HĐND", "12/HĐND", "letter", "CV", "HĐND", None, None, None),
    ("88/BCĐ", "88/BCĐ", "letter", "CV", "BCĐ", None, None, None),
    ("4836/BNN-VPĐP", "4836/BNN-VPĐP", "letter", "CV", "BNN", None, "VPĐP", "central"),
    ("250 / UBND – VX", "250/UBND-VX", "letter", "CV", "UBND", None, "VX", None),
    # National Assembly and its standing committee: '<seq>/<year>/QH<term>'
    ("30/2023/QH15", "30/2023/QH15", "law", None, "QH", 2023, "15", "central"),
    ("1004/2016/UBTVQH13", "1004/2016/UBTVQH13", "law", None, "UBTVQH", 2016, "13", "central"),
    # codes joining two units with '&', codes ending in digits, a letter added to the sequence
    ("11313/UBND-NN&MT", "11313/UBND-NN&MT", "letter", "CV", "UBND", None, "NN&MT", None),
    ("5104/BTTTT-PTTH&TTĐT", "5104/BTTTT-PTTH&TTĐT", "letter", "CV", "BTTTT", None, "PTTH&TTĐT", "central"),
    ("296/TTr-SNN&PTNT", "296/TTr-SNN&PTNT", "state", "TTr", "SNN&PTNT", None, None, None),
    ("1520/QĐ-SNN&PTNT", "1520/QĐ-SNN&PTNT", "state", "QĐ", "SNN&PTNT", None, None, None),
    ("653/NQ-UBTVQH14", "653/NQ-UBTVQH14", "state", "NQ", "UBTVQH14", None, None, "central"),
    # blind32 d08: a national steering board named by the decision that set it up
    ("252/KH-BCĐQG1237", "252/KH-BCĐQG1237", "state", "KH", "BCĐQG1237", None, None, None),
    ("12/KH-BCĐ389", "12/KH-BCĐ389", "state", "KH", "BCĐ389", None, None, None),
    # blind9: a Party body's code ending in its term
    ("3260-KH/ĐĐQH15", "3260-KH/ĐĐQH15", "party", "KH", "ĐĐQH15", None, None, None),
    ("73 - KH/ĐUQH15", "73-KH/ĐUQH15", "party", "KH", "ĐUQH15", None, None, None),
    ("866/UBND-KT2", "866/UBND-KT2", "letter", "CV", "UBND", None, "KT2", None),
    ("614 / UBND – VX1", "614/UBND-VX1", "letter", "CV", "UBND", None, "VX1", None),
    ("36a/NQ-CP", "36a/NQ-CP", "state", "NQ", "CP", None, None, "central"),
    ("12b/KH-UBND", "12b/KH-UBND", "state", "KH", "UBND", None, None, None),
    # Front
    ("26/NQ-MTTW-ĐCT", "26/NQ-MTTW-ĐCT", "front", "NQ", "MTTW", None, "ĐCT", "central"),
    ("15/HD-MTTQ-BTT", "15/HD-MTTQ-BTT", "front", "HD", "MTTQ", None, "BTT", None),
    # blind8: a local board's code with its topic glued on is no ministry's; a ministry's still is
    ("255/BC-BCĐPCGD", "255/BC-BCĐPCGD", "state", "BC", "BCĐPCGD", None, None, None),
    ("12/KH-BQLDA", "12/KH-BQLDA", "state", "KH", "BQLDA", None, None, None),
    ("45/KH-BCĐTHA", "45/KH-BCĐTHA", "state", "KH", "BCĐTHA", None, None, None),
    ("08/TB-BCSĐ", "08/TB-BCSĐ", "state", "TB", "BCSĐ", None, None, None),
    ("1250/QĐ-BCA", "1250/QĐ-BCA", "state", "QĐ", "BCA", None, None, "central"),
    ("30/QĐ-BQP", "30/QĐ-BQP", "state", "QĐ", "BQP", None, None, "central"),
    # --- leftovers: a department's letter numbered with its own code alone, or its '&' code before a unit
    ("197/STTTT", "197/STTTT", "letter", "CV", "STTTT", None, None, None),
    ("182/PGDĐT", "182/PGDĐT", "letter", "CV", "PGDĐT", None, None, None),
    ("1001 /PGD&ĐT", "1001/PGD&ĐT", "letter", "CV", "PGD&ĐT", None, None, None),
    ("30/QGPCTT", "30/QGPCTT", "letter", "CV", "QGPCTT", None, None, None),
    ("2391/SGD&ĐT-GDTrH", "2391/SGD&ĐT-GDTrH", "letter", "CV", "SGD&ĐT", None, "GDTrH", None),
    ("845/SNN&PTNT – TL", "845/SNN&PTNT-TL", "letter", "CV", "SNN&PTNT", None, "TL", None),
    # --- parentsweep: a Party number whose hyphen was lost, read for a Party committee's code only
    ("43NQ/TW", "43-NQ/TW", "party", "NQ", "TW", None, None, "central"),
    ("12KH/HU", "12-KH/HU", "party", "KH", "HU", None, None, "district"),
    ("244KH/BTGTW", "244-KH/BTGTW", "party", "KH", "BTGTW", None, None, "central"),  # ocrglue: any Party code
    ("23HD/ĐUK", "23-HD/ĐUK", "party", "HD", "ĐUK", None, None, None),
    # ocrglue: a letter's issuer and drafting unit run together, the hyphen lost (the bodies that number so only)
    ("3859/UBNDĐTXD", "3859/UBND-ĐTXD", "letter", "CV", "UBND", None, "ĐTXD", None),
    ("1071/UBNDVX2", "1071/UBND-VX2", "letter", "CV", "UBND", None, "VX2", None),
    ("11313/UBNDNN&MT", "11313/UBND-NN&MT", "letter", "CV", "UBND", None, "NN&MT", None),
    ("6869/VPCPKGVX", "6869/VPCP-KGVX", "letter", "CV", "VPCP", None, "KGVX", "central"),
    # --- leftovers: a Party steering board numbered by its name, spaced or not
    ("103-CV/BCĐ 35", "103-CV/BCĐ35", "party", "CV", "BCĐ35", None, None, None),
    ("103-CV/BCĐ35", "103-CV/BCĐ35", "party", "CV", "BCĐ35", None, None, None),
    ("12 - KH/BCĐ389", "12-KH/BCĐ389", "party", "KH", "BCĐ389", None, None, None),
    ("45-TB/BCĐ 138", "45-TB/BCĐ138", "party", "TB", "BCĐ138", None, None, None),
    # blind10: a letter whose drafting unit has two parts (a ministry's 'Vụ Kế hoạch - Tài chính')
    ("3016/BYT-KH-TC", "3016/BYT-KH-TC", "letter", "CV", "BYT", None, "KH-TC", "central"),
    ("1204/BNN-KH-TC", "1204/BNN-KH-TC", "letter", "CV", "BNN", None, "KH-TC", "central"),
    ("88/SGDĐT-TC-KT", "88/SGDĐT-TC-KT", "letter", "CV", "SGDĐT", None, "TC-KT", None),
    ("2745/UBND-NC-VP", "2745/UBND-NC-VP", "letter", "CV", "UBND", None, "NC-VP", None),
    ("512/2023/UBND-KT-TH", "512/2023/UBND-KT-TH", "letter", "CV", "UBND", 2023, "KT-TH", None),
    # ... while a typed number's third code stays its sub-code
    ("12/KH-UBND-VP", "12/KH-UBND-VP", "state", "KH", "UBND", None, "VP", None),
    # blind11: joint rules and programmes carry every party's code; a council's standing body is 'TT.HĐND'
    ("69/QCPH-HĐND-UBND-MTTQ", "69/QCPH-HĐND-UBND-MTTQ", "state", "QCPH", "HĐND", None, "UBND-MTTQ", None),
    ("06/QC-TT.HĐND-UBND", "06/QC-TT.HĐND-UBND", "state", "QC", "TT.HĐND", None, "UBND", None),
    ("123/TTr-TT.HĐND", "123/TTr-TT.HĐND", "state", "TTr", "TT.HĐND", None, None, None),
    ("15/CTPH-MTTQ-HND-HPN", "15/CTPH-MTTQ-HND-HPN", "front", "CTPH", "MTTQ", None, "HND-HPN", None),
    ("04 / QC-UBND-UBMTTQ", "04/QC-UBND-UBMTTQ", "state", "QC", "UBND", None, "UBMTTQ", None),
    # blind11: the Politburo's regulations numbered with a lower-case type letter
    ("07-QĐi/TW", "07-QĐi/TW", "party", "QĐi", "TW", None, None, "central"),
    ("08-QĐI/TW", "08-QĐi/TW", "party", "QĐi", "TW", None, None, "central"),
    # blind16: a state number typed with a slash for its hyphen (type code, then a state issuer)
    ("1077/QĐ/TTg", "1077/QĐ-TTg", "state", "QĐ", "TTg", None, None, "central"),
    ("53/KH/UBND", "53/KH-UBND", "state", "KH", "UBND", None, None, None),
    ("12 / CT / UBND", "12/CT-UBND", "state", "CT", "UBND", None, None, None),
    ("98/2022/NĐ/CP", "98/2022/NĐ-CP", "state", "NĐ", "CP", 2022, None, "central"),
    ("45/TB/VPCP", "45/TB-VPCP", "state", "TB", "VPCP", None, None, "central"),
    ("07/KH/UBND-VP", "07/KH-UBND-VP", "state", "KH", "UBND", None, "VP", None),
    # hyphenparty: a Party number typed with a hyphen for its slash (only before a Party committee's code)
    ("43-NQ-TW", "43-NQ/TW", "party", "NQ", "TW", None, None, "central"),
    ("107-KH-ĐUK", "107-KH/ĐUK", "party", "KH", "ĐUK", None, None, None),
    ("571-CV-ĐUB", "571-CV/ĐUB", "party", "CV", "ĐUB", None, None, None),
    ("12-KH-BTGTU", "12-KH/BTGTU", "party", "KH", "BTGTU", None, None, "province"),
    ("230-KH-ThU", "230-KH/ThU", "party", "KH", "ThU", None, None, "district"),
    ("66 – CTr-TU", "66-CTr/TU", "party", "CTr", "TU", None, None, "province"),
    ("103-CV-BCĐ35", "103-CV/BCĐ35", "party", "CV", "BCĐ35", None, None, None),
    # leftovers s11: the hyphen lost between a state type code and its issuer's code
    ("832/QĐUBND", "832/QĐ-UBND", "state", "QĐ", "UBND", None, None, None),
    ("775/KHBTTTT", "775/KH-BTTTT", "state", "KH", "BTTTT", None, None, "central"),
    ("61/2018/NĐCP", "61/2018/NĐ-CP", "state", "NĐ", "CP", 2018, None, "central"),
    ("01/2018/TTVPCP", "01/2018/TT-VPCP", "state", "TT", "VPCP", 2018, None, "central"),
    ("12 / TTrHĐND", "12/TTr-HĐND", "state", "TTr", "HĐND", None, None, None),
    # known2: an older number joining type and a committee's or council's code with a dot (a Nghệ An
    # dispatch's '12/CĐ.UBND', Lào Cai's '2836/QĐ.UBND', An Giang's '671/QĐ.UB' of 2003)
    ("12/CĐ.UBND", "12/CĐ-UBND", "state", "CĐ", "UBND", None, None, None),
    ("2836/QĐ.UBND", "2836/QĐ-UBND", "state", "QĐ", "UBND", None, None, None),
    ("671/QĐ.UB", "671/QĐ-UB", "state", "QĐ", "UB", None, None, None),
    ("15/NQ.HĐND", "15/NQ-HĐND", "state", "NQ", "HĐND", None, None, None),
]


@pytest.mark.parametrize(("text", "canonical", "style", "doc_type", "issuer", "year", "sub", "level"), VALID)
def test_parse(text, canonical, style, doc_type, issuer, year, sub, level):
    n = DocNumber.parse(text)
    assert str(n) == canonical
    assert (n.style, n.doc_type, n.issuer, n.year, n.sub) == (style, doc_type, issuer, year, sub)
    assert n.level_hint() == level
    assert DocNumber.parse(str(n)) == n  # the canonical form parses to itself


JUNK = [
    "", "   ", "abc", "43", "43-NQ", "NQ/TW", "-NQ/TW", "43KH/UBND", "43-XX/TW", "43-NQ/", "43-NQ/TW/x",
    "0-NQ/TW", "53/KH", "53/KH-", "/KH-UBND", "24/11/2023", "2023-2025", "số 43-NQ/TW", "43-NQ/TW ngày 24/11/2023",
    "43-NQ/1W", "43.NQ/TW", "98/2022/NĐ", "43-NQ/tw2",
    "47", "Kế hoạch số 47", "0/UBND-VP", "0a/NQ-CP", "36ab/NQ-CP", "12/KH-UBND&", "653/NQ-UBTVQH145", "12/KH-UBND1237", "12/KH-BCĐ12345", "12/U-VP", "30/2023/QH", "0/2023/QH15",
    "0/UBND", "476/UBNDX", "476/VP", "16/16", "3/ UBND",
    "3/ PGDĐT", "12/Sở", "2/SG", "5/Phòng", "4/PGDĐTx", "7/S&T",  # leftovers: no department letter
    "43-NQ/TW 24", "5-KH/BCĐ 2023", "5-KH/BCĐ3",  # leftovers: no board number after another code, no year
    "12/UBND-VP-tc", "0/BYT-KH-TC", "3016/BYT-KH-", "3016/B-KH-TC",
    "12/KH-UBND.UBND", "06/QC-TT.hđnd", "07-QĐx/TW", "69/QCPH-HĐND-",
    # blind16: a slash for the hyphen only before a state issuer, after a type code
    "43/NQ/TW", "12/KH/HU", "5/KH/ĐU", "30/CT/TU", "12/HD/BTGTU", "12/UBND/VP", "53/KH/", "53/XX/UBND",
    # hyphenparty: a hyphen for the slash only before a Party committee's code, written as the code is
    "43-NQ-UBND", "2021-TB-UBND", "43-NQ-tw", "43-NQ-TWX", "43-NQ- TW", "43-XX-TW", "0-NQ-TW", "43-NQ-TW-ve",
    # leftovers s11: a glued code splits only into a state type and a state issuer
    "183/KHĐT", "45/BCTT", "18/BCTĐ", "12/KHTU", "5/QĐUBNDX", "0/QĐUBND", "12/XXUBND",
    # known2: a dot for the hyphen only before 'UBND', 'HĐND', 'UB', and no dotted unit after them
    "895/QĐ.UB.TC", "12/CĐ.VP", "12/CĐ.UBNDX", "12/CĐ. UBND", "43-NQ.TW",
]


@pytest.mark.parametrize("text", JUNK)
def test_junk_raises(text):
    with pytest.raises(ValueError):
        DocNumber.parse(text)
    assert try_parse(text) is None


def test_value_semantics():
    a, b = DocNumber.parse("66 – CTr/TU"), DocNumber.parse("66-CTR/TU")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != DocNumber.parse("66-CTr/HU") and a != "66-CTr/TU"
    with pytest.raises(AttributeError):
        a.seq = "67"  # type: ignore[misc]


def test_non_string_raises():
    with pytest.raises(ValueError):
        DocNumber.parse(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết số 43-NQ/TW ngày 24/11/2023", "Kế hoạch số 53/KH-UBND, 98/2022/NĐ-CP", "26/NQ-MTTW-ĐCT",
        "66 – CTr/ TU", "12 / 2023 / QĐ-UBND ngày 1/2/2024", "24/11/2023/KH-UBND", "1/2/3 và 43-NQ/ TW",
    ],
)
def test_slash_anchor_skips_no_number(text: str) -> None:
    """The slash gate only skips slashes no number covers: same numbers as a scan of every slash."""
    every = []
    for i in (m.start() for m in re.finditer("/", text)):
        m = next((x for x in NUMBER_RE.finditer(text) if x.start() <= i < x.end()), None)
        if m is not None and m.group(0) not in every:
            every.append(m.group(0))
    assert [m.group(0) for m, _ in iter_numbers(text)] == [g for g in every if try_parse(g)]


@pytest.mark.parametrize(
    ("text", "cited", "every"),
    [
        ("Công văn số 1234/UBND-VP ngày 2/3/2024", [], ["1234/UBND-VP"]),
        ("Luật số 30/2023/QH15 và Nghị quyết số 43-NQ/TW", ["43-NQ/TW"], ["30/2023/QH15", "43-NQ/TW"]),
        ("Kế hoạch số 301 KH/TWĐTN", ["301-KH/TWĐTN"], ["301-KH/TWĐTN"]),
        ("Thực hiện Công văn số 11313/UBND-NN&MT ngày 24/12/2018", [], ["11313/UBND-NN&MT"]),
        ("Căn cứ Nghị quyết số 36a/NQ-CP ngày 14/10/2015", ["36a/NQ-CP"], ["36a/NQ-CP"]),
        ("Nghị quyết số 653/NQ-UBTVQH14 ngày 12/3/2019", ["653/NQ-UBTVQH14"], ["653/NQ-UBTVQH14"]),
        # blind32 d06: a drafting unit spaced from its hyphen; a body opening the next words is none
        ("Tờ trình số 02/TTr-CAT- ANCTNB ngày 03/02/2023", ["02/TTr-CAT-ANCTNB"], ["02/TTr-CAT-ANCTNB"]),
        ("Kế hoạch số 12/KH-UBND- UBND huyện triển khai", ["12/KH-UBND"], ["12/KH-UBND"]),
        ("Tờ trình số 296/TTr-SNN&PTNT, 866/UBND-KT2", ["296/TTr-SNN&PTNT"], ["296/TTr-SNN&PTNT", "866/UBND-KT2"]),
    ],
)
def test_letters_and_laws_only_when_asked(text: str, cited: list[str], every: list[str]) -> None:
    """Citations read Party, state and Front numbers; the header also reads letters and laws."""
    from loaders.docnumber import ALL_STYLES

    assert [str(n) for _, n in iter_numbers(text)] == cited
    assert [str(n) for _, n in iter_numbers(text, ALL_STYLES)] == every


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012", ["70-TB/TW"]),  # a line break lost
        ("Quyết định số 12/QĐ-UBNDngày 5/3/2020", ["12/QĐ-UBND"]),
        ("Chương trình số 66-CTr/TUcủa Thành ủy", ["66-CTr/TU"]),
        ("Chương trình số 66-CTr/TU, ngày 2/2/2024", ["66-CTr/TU"]),
        ("Kế hoạch số 12/KH-UBND.UBND huyện giao", ["12/KH-UBND"]),  # only 'TT.' opens a dotted code
        ("Quy chế số 06/QC-TT.HĐND-UBND ngày 20/3/2019", ["06/QC-TT.HĐND-UBND"]),
        ("theo Quy chế 69/QCPH-HĐND-UBND-MTTQ.", ["69/QCPH-HĐND-UBND-MTTQ"]),
    ],
)
def test_a_word_glued_to_the_code_is_not_part_of_it(text: str, numbers: list[str]) -> None:
    assert [str(n) for _, n in iter_numbers(text)] == numbers


# --- leftovers2: after 'số', a letter's code may stand one blank after its slash ---
@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("Căn cứ Công văn số 182/ PGDĐT ngày 01/9/2021 của Phòng Giáo dục và Đào tạo", ["182/PGDĐT"]),
        ("Số: 197/ STTTT\nV/v triển khai Tháng hành động", ["197/STTTT"]),
        ("Thực hiện Công văn số 476/ UBND ngày 14/6/2017 của UBND huyện", ["476/UBND"]),
        ("Công văn Số 30/ QGPCTT ngày 5/10/2020", ["30/QGPCTT"]),
        # must not fire: an outline item, two blanks
        ("3/ UBND quận, huyện phối hợp thực hiện.", []),
        ("2/ PGDĐT chỉ đạo các trường.", []),
        ("Công văn số 05 /  MTTQ ngày 3/3/2020", []),
    ],
)
def test_a_letter_code_spaced_after_so(text: str, every: list[str]) -> None:
    from loaders.docnumber import ALL_STYLES

    assert [str(n) for _, n in iter_numbers(text, ALL_STYLES)] == every


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Thực hiện Quyết định số 1077/QĐ/TTg ngày 14/9/2022 của Thủ tướng Chính phủ", ["1077/QĐ-TTg"]),
        ("Căn cứ Chỉ thị số 05/CT/UBND ngày 3/3/2021 và Kế hoạch số 12/KH-UBND", ["05/CT-UBND", "12/KH-UBND"]),
        ("Số: 53/KH/UBND\nHà Tĩnh, ngày 12/5/2020", ["53/KH-UBND"]),
        # must not fire: dates, a Party code after the slash, a ratio of codes
        ("ngày 14/9/2022, 15/10/2023", []),
        ("Kế hoạch số 12/KH/HU của Huyện ủy", []),
        ("tỷ lệ KH/UBND đạt 90%", []),
    ],
)
def test_a_slash_typed_for_the_state_hyphen(text: str, cited: list[str]) -> None:
    assert [str(n) for _, n in iter_numbers(text)] == cited



# --- hyphenparty: a Party number typed with a hyphen for its slash ('43-NQ-TW') ---
# DOMAIN §2 has no shape '<seq>-<TYPE>-<ISSUER>'; the realworld sets type it only for Party numbers (blind23 b05
# '107-KH-ĐUK', '571-CV-ĐUB'), and the one other '<digits>-<code>-<code>' is a file name ('532-2021-TB-UBND.pdf').
@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Ban thường vụ Đảng ủy Khối ban hành Kế hoạch số 107-KH-ĐUK về việc", ["107-KH/ĐUK"]),
        ("Công văn số 571-CV-ĐUB ngày 10/4/2023 của Đảng ủy Bộ", ["571-CV/ĐUB"]),
        ("Thực hiện Nghị quyết số 43-NQ-TW, ngày 24/11/2023 và Kế hoạch số 12-KH/TU", ["43-NQ/TW", "12-KH/TU"]),
        ("(Chỉ thị 05-CT-TW của Bộ Chính trị)", ["05-CT/TW"]),
        ("theo Hướng dẫn 26-HD-BTCTW; Kế hoạch 131-KH-HU và 230-KH-ThU.", ["26-HD/BTCTW", "131-KH/HU", "230-KH/ThU"]),
        ("Chương trình số 66 – CTr-TU ngày 2/2/2024", ["66-CTr/TU"]),
        # must not fire: a date range, no issuer, a state code, a phone number, codes in a URL or a file's name
        ("giai đoạn 2020-2025 và 2021-2030", []),
        ("Nghị quyết 43-NQ của Trung ương", []),
        ("Nghị quyết 43-NQ-tw về đại đoàn kết", []),
        ("Tải về: 532-2021-TB-UBND.signed.pdf", []),
        ("Điện thoại: 0243-823-4567, 024-TU-3823", []),
        ("https://tinhuy.vn/van-ban/nghi-quyet-43-NQ-TW-ve-dai-doan-ket", []),
        ("Tải về: 43-NQ-TW.pdf", []),
        ("https://x.vn/43-NQ-TW", []),
        ("Bắc-Nam, 12-KH-UBND, 5-KH-TUẦN", []),
    ],
)
def test_a_hyphen_typed_for_the_party_slash(text: str, cited: list[str]) -> None:
    assert [str(n) for _, n in iter_numbers(text)] == cited


@pytest.mark.parametrize(
    "text",
    ["Kế hoạch số 107-KH-ĐUK và 571-CV-ĐUB", "2020-2025, 43-NQ-TW và 12-KH/TU-ĐU", "A-TW 1-B-TU 12-KH-TU-VP 9-NQ-HU"],
)
def test_hyphen_anchor_skips_no_number(text: str) -> None:
    """The hyphen anchor only skips hyphens no number covers: same numbers as a scan of every '-' and '/'."""
    every = []
    for i in (m.start() for m in re.finditer("[-/]", text)):
        m = next((x for x in NUMBER_RE.finditer(text) if x.start() <= i < x.end()), None)
        if m is not None and m.group(0) not in every:
            every.append(m.group(0))
    assert [m.group(0) for m, _ in iter_numbers(text)] == [g for g in every if try_parse(g)]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("107/KH-ĐUK", "107-KH/ĐUK"), ("07/CT-TU", "07-CT/TU"), ("24/KH-BTGTU", "24-KH/BTGTU"), ("36/NQ-TW", "36-NQ/TW"),
        ("53/KH-UBND", None), ("96/HD-MTTW", None), ("98/2022/NĐ-CP", None), ("43-NQ/TW", None), ("1234/UBND-VP", None),
    ],
)
def test_party_number_written_as_state(text: str, party: str | None) -> None:
    """hyphenparty: a Party committee's number in the state's shape, for telling it names the page's own."""
    from loaders.docnumber import party_written_as_state

    assert party_written_as_state(DocNumber.parse(text)) == party
