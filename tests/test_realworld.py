"""The project's own real-world corpus: real documents found in stored public pages, kept exactly as the
page gave them, labelled by hand (`tests/realworld/`, see `docs/realworld.md`).

`nqgraph eval tests/realworld` prints the per-field scores; these tests hold them. The thresholds are
the issue's acceptance (0.95) on the fields a real set is scored on; every failing check is printed so a
regression names its document.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from loaders.evaluate import Report, evaluate
from loaders.normalise import fold

REALWORLD = Path(__file__).resolve().parent / "realworld"
LABELS = sorted(REALWORLD.glob("*.json"))
# Real documents gathered and labelled blind after the parser work (docs/realworld.md). First scored
# before anyone tuned on them, then used as the dev set of the round that generalised the header's
# reading of news leads (gen4): their floors are the scores that round reached, so they catch
# regressions; what the parser is worth on unseen text is measured on hold-outs nobody opens.
UNSEEN = Path(__file__).resolve().parent / "realworld_unseen"
UNSEEN_FLOORS = {
    "document.number": 0.95,
    "document.doc_type": 0.95,
    "document.issued_on": 1.00,
    "document.issuer_level": 0.97,
    "document.locality": 0.95,
    "implements.document": 0.97,  # leadsweep: 44/45 after the director-before-the-document family
    "tasks.found": 1.00,
}

# Forty more, gathered and labelled blind while the gen4 round worked on the set above, and first scored
# after it landed (docs/realworld.md). The gen5 round used them as its dev set (failure families, each
# with synthetic rows of its other members): floors a hair under what that round reached, so they catch
# regressions; they no longer measure unseen text.
BLIND = Path(__file__).resolve().parent / "realworld_blind"
BLIND_FLOORS = {
    "document.number": 0.99,
    "document.doc_type": 0.99,
    "document.issued_on": 0.99,
    "document.issuer": 0.92,
    "document.issuer_level": 0.97,
    "document.locality": 0.96,
    "document.title": 0.97,
    "implements.document": 0.97,
}

# Thirty-one more, gathered and labelled blind on topics no earlier set used
# (tests/realworld_blind2/README.md) after every set above had become a dev set. First scored blind
# (number 0.84, doc type 0.94, date 0.93, issuer 0.74, level 0.90, locality 0.92, title 0.92, implements
# 0.90), then the dev set of the round that took its failures as families: floors a hair under what
# that round reached, so they catch regressions; they no longer measure unseen text.
BLIND2 = Path(__file__).resolve().parent / "realworld_blind2"
BLIND2_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.99,
    "document.issued_on": 0.99,
    "document.issuer": 0.93,
    "document.issuer_level": 0.96,
    "document.locality": 0.92,
    "document.title": 0.95,
    "implements.document": 1.00,
}

# Thirty more, gathered and labelled blind on new topics (tests/realworld_blind3/README.md) once blind2 had
# become a dev set. First scored blind (number 1.00, doc type 0.96, date 1.00, issuer 0.87, level 0.90,
# locality 0.96, title 0.92, implements 0.90), then the dev set of the round that took its failures as
# families: floors a hair under what that round reached (1.00 on every field), so they catch regressions;
# they no longer measure unseen text.
BLIND3 = Path(__file__).resolve().parent / "realworld_blind3"
BLIND3_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.96,
    "document.issued_on": 1.00,
    "document.issuer": 0.96,
    "document.issuer_level": 0.96,
    "document.locality": 0.98,
    "document.title": 0.95,
    "implements.document": 0.96,
    "tasks.lead": 1.00,
}

# Twenty-eight more, gathered and labelled blind on new topics (tests/realworld_blind4/README.md) once blind3
# had become a dev set. First scored blind (number 0.93, doc type 1.00, date 0.93, issuer 0.93, level 0.96,
# locality 0.96, title 1.00, implements 0.86), then the dev set of the round that took its failures as
# families: floors at what that round reached (1.00 on every field), so they catch regressions; they no
# longer measure unseen text.
BLIND4 = Path(__file__).resolve().parent / "realworld_blind4"
BLIND4_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# Twenty-five more, gathered and labelled blind on new topics (tests/realworld_blind5/README.md) once blind4
# had become a dev set, weighted a little toward documents that carry out another. First scored blind
# (number 0.96, doc type 1.00, date 1.00, issuer 0.96, level 0.96, locality 0.96, title 1.00, signer 0.50,
# implements 0.88), then the dev set of the round that took its failures as families: floors at what that
# round reached, so they catch regressions; they no longer measure unseen text.
BLIND5 = Path(__file__).resolve().parent / "realworld_blind5"
BLIND5_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 0.97,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# Twenty-two more, gathered and labelled blind on new topics (tests/realworld_blind6/README.md) once blind5
# had become a dev set, weighted a little toward documents that carry out another. First scored blind
# (number 0.91, doc type 0.95, date 0.90, issuer 0.91, level 1.00, locality 1.00, title 1.00, signer 0.80,
# implements 0.95), then the dev set of the round that took its failures as families: floors at what that
# round reached, so they catch regressions; they no longer measure unseen text.
BLIND6 = Path(__file__).resolve().parent / "realworld_blind6"
BLIND6_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# Fifteen more, gathered and labelled blind on new topics (tests/realworld_blind7/README.md) once blind6
# had become a dev set: mass organisations, Party boards, the 36-NQ/TW chain. First scored blind (number
# 0.93, doc type 0.90, date 0.85, issuer 0.80, level 0.80, locality 0.90, title 0.75, implements 0.93);
# then the dev set of the round that took its failures as families: floors at what that round reached.
BLIND7 = Path(__file__).resolve().parent / "realworld_blind7"
BLIND7_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# Twelve more, gathered and labelled blind on district documents and damaged copies
# (tests/realworld_blind8/README.md) once blind7 had become a dev set. First scored blind (number 0.83,
# doc type 0.83, date 0.90, issuer 0.75, level 0.82, locality 0.91, title 0.73, implements 1.00); then the
# dev set of the round that took its failures as families: floors at what that round reached.
BLIND8 = Path(__file__).resolve().parent / "realworld_blind8"
BLIND8_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}
# Twenty more, gathered and labelled blind (tests/realworld_blind9/README.md) once blind7 had become a dev
# set: documents after July 2025 (a new commune, merged provinces) and provincial Party documents on new
# subjects. First scored blind (number 0.90, doc type 0.88, date 0.95, issuer 0.85, level 0.85, locality
# 0.95, title 1.00, implements 0.85); then the dev set of the round that took its failures as families:
# floors at what that round reached (number, type and date 1.00 since datesweep read b20's meeting).
BLIND9 = Path(__file__).resolve().parent / "realworld_blind9"
BLIND9_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
    "tasks.found": 1.00,
}

# tests/realworld_blind10/README.md: mass organisations, sector Party bodies and central bodies carrying
# out Party resolutions, labelled blind once blind8 had become a dev set. First scored blind (number 0.93,
# doc type 0.86, date 0.86, issuer 0.47, level 0.50, locality 0.89, title 0.82, implements 1.00); floors at
# what the round that took its failures as families reached.
BLIND10 = Path(__file__).resolve().parent / "realworld_blind10"
BLIND10_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.86,
    "document.issuer_level": 0.85,
    "document.locality": 0.95,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind11/README.md: document kinds rare in the other sets (HĐND resolutions, joint Quy chế,
# Hướng dẫn of a central Party board and of mass organisations), labelled blind once blind10 had become a dev
# set. First scored blind (number 0.83, doc type 0.80, date 1.00, issuer 0.73, level 0.82, locality 1.00,
# title 0.90, implements 0.83); floors at what the round that took its failures as families reached.
BLIND11 = Path(__file__).resolve().parent / "realworld_blind11"
BLIND11_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind12/README.md: provincial and central documents carrying out a named sector resolution
# (29, 33, 36, 45-NQ/TW, 19-NQ/TW, 27-NQ/TW, 24-NQ/TW's conclusions), labelled blind once blind11 had become a
# dev set. First scored blind (number 0.93, doc type 0.93, date 0.85, issuer 0.93, level 0.93, locality 0.98,
# title 0.91, implements 0.80); floors at what the round that took its failures as families reached.
BLIND12 = Path(__file__).resolve().parent / "realworld_blind12"
BLIND12_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind13/README.md: district and commune Party documents (a commune Party plan carrying out
# the district's, a Huyện ủy resolution, district standing committees' plans) and two provincial thematic
# resolutions about a thị xã and a huyện, labelled blind once blind12 had become a dev set. First scored
# blind (number 0.80, doc type 0.83, date 0.80, issuer 1.00, level 1.00, locality 0.94, title 1.00,
# implements 1.00);
# floors at what the round that took its failures as families reached.
BLIND13 = Path(__file__).resolve().parent / "realworld_blind13"
BLIND13_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind14/README.md: province-level documents of the two-level government (Jul 2025 - Jan
# 2026: UBND plans carrying out a Party plan or programme, a directive, a decision, an HĐND resolution, a
# body-only text on 66-NQ/TW, a provincial Party action programme), labelled blind once blind13 had become a
# dev set. First scored blind (number 0.88, doc type 0.88, date 0.86, issuer 0.88, level 0.88, locality 0.96,
# title 0.71, implements 0.88); floors at what the round that took its failures as families reached.
BLIND14 = Path(__file__).resolve().parent / "realworld_blind14"
BLIND14_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind15/README.md: sector and bloc Party committees and mass organisations (Front
# committees, the agencies' bloc committee, a district military Party committee, a border-guard command, youth
# union, trade union, Red Cross, a provincial standing committee leading a congress), labelled blind once
# blind13 had become a dev set. First scored blind (number 1.00, doc type 0.73, date 1.00, issuer 0.60, level
# 0.67, locality 0.80, title 0.86, implements 0.93);
# floors at what the round that took its failures as families reached.
BLIND15 = Path(__file__).resolve().parent / "realworld_blind15"
BLIND15_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind16/README.md: district Party and state plans (one naming no district) and provincial
# plans and decisions on road safety, illegal fishing, population, school health, reporting and land parcels,
# labelled blind once blind15 had become a dev set. First scored blind (number 1.00, doc type 1.00, date 1.00,
# issuer 1.00, level 1.00, locality 1.00, title 1.00, implements 0.80); floors at what the round that took its
# failures as families reached.
BLIND16 = Path(__file__).resolve().parent / "realworld_blind16"
BLIND16_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind18/README.md: provincial Party documents (a plan, a notice, a resolution, a decision, a
# standing committee's publication) and one provincial state plan carrying out Party plans, in provinces the
# earlier sets held least, labelled blind once blind16 had become a dev set. First scored blind (number 1.00,
# doc type 0.80, date 1.00, issuer 0.67, level 0.67, locality 0.89, title 0.75, implements 1.00, chain 0.60);
# floors at what the round that took its failures as families reached.
BLIND18 = Path(__file__).resolve().parent / "realworld_blind18"
BLIND18_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
    "chain": 1.00,
}

# tests/realworld_blind19/README.md: grassroots documents (commune, ward and township People's Committees,
# schools' Party cells, a township Youth Union), labelled blind once blind16 had become a dev set. First
# scored blind (number 1.00, doc type 1.00, date 1.00, issuer 0.60, level 0.67, locality 0.81, title 1.00,
# implements 0.90); floors raised as its failures were taken as families.
BLIND19 = Path(__file__).resolve().parent / "realworld_blind19"
BLIND19_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind20/README.md: People's Councils and the centrally-run cities' committees and urban
# districts (2007-2024), labelled blind once blind19 had become a dev set. First scored blind (number 0.92,
# doc type 0.92, date 0.92, issuer 0.69, level 0.77, locality 0.87, title 0.83, implements 0.85, chain 0/1);
# floors raised as its failures were taken as families.
BLIND20 = Path(__file__).resolve().parent / "realworld_blind20"
BLIND20_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.92,
    "document.issuer_level": 0.92,
    "document.locality": 0.97,
    "document.title": 0.91,
    "implements.document": 1.00,
}

# tests/realworld_blind17/README.md: central and sector documents carrying out a Party or central document
# (the Government's programmes, the Prime Minister's and ministries' plans and decisions, central Party
# boards' guides, Vietnam Social Security, a provincial department's letter), labelled blind once blind16 had
# become a dev set. First scored blind (number 0.96, doc type 0.96, date 0.91, issuer 0.67, level 0.83,
# locality 1.00, title 0.91, implements 0.92); floors at what the round on its failure families reached.
BLIND17 = Path(__file__).resolve().parent / "realworld_blind17"
BLIND17_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.95,
    "document.issuer_level": 0.95,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind21/README.md: news copies and middle bodies (city and province Party boards, a district
# standing committee, departments, provincial and urban-district People's Committees), labelled blind once
# blind19 had become a dev set. First scored blind (number 1.00, doc type 1.00, date 0.92, issuer 1.00, level
# 1.00, locality 0.97, title 1.00, implements 0.92, chain 0.50); floors at what the families round reached.
BLIND21 = Path(__file__).resolve().parent / "realworld_blind21"
BLIND21_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind22/README.md: provincial and district plans, letters and guidance carrying out a
# higher document (a Front guidance, a Youth Union project, two city Party plans), labelled blind once
# blind21 had become a dev set. First scored blind (number 0.85, doc type 0.92, date 0.77, issuer 0.85,
# level 0.85, locality 0.95, title 0.92, implements 0.77 per document); floors at what the families round
# round reached.
BLIND22 = Path(__file__).resolve().parent / "realworld_blind22"
BLIND22_FLOORS = {  # leftovers s11: raised to what the families below reached ('Đây là những yêu cầu trong
    "document.number": 1.00,  # Kế hoạch số ... của ...', '832/QĐUBND', 'Đề án ... được phê duyệt tại QĐ ...')
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 0.92,
}

# tests/realworld_blind24/README.md: the provinces the sets held least (Đắk Nông, Đồng Tháp, Long An, Đồng
# Nai, Bến Tre, Trà Vinh, Phú Thọ, Phú Yên, Kon Tum, Lâm Đồng), labelled blind once blind22 became a dev set.
# First scored blind (number 1.00, doc type 0.93, date 1.00, issuer 0.93, level 0.93, locality 0.93, title
# 0.86, implements 0.93 per document); floors at what the families round reached.
BLIND24 = Path(__file__).resolve().parent / "realworld_blind24"
BLIND24_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.93,
    "document.issuer_level": 0.93,
    "document.locality": 0.95,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind23/README.md: Party committees outside the territorial chain (two central blocs, a
# city's universities bloc, a department's and a university's Party committee), a provincial project board and
# a provincial standing committee's plan, labelled blind once blind22 had become a dev set. First scored blind
# (number 0.86, doc type 0.57, date 1.00, issuer 0.14, level 0.17, locality 0.86, title 0.71, implements 0.86
# per document); floors at what the families round reached.
BLIND23 = Path(__file__).resolve().parent / "realworld_blind23"
BLIND23_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.85,
    "document.issued_on": 1.00,
    "document.issuer": 0.71,
    "document.issuer_level": 0.83,
    "document.locality": 0.90,
    "document.title": 0.85,
    "implements.document": 1.00,
}

# tests/realworld_blind25/README.md: the document types the sets held least (regulation decisions, a Party
# bloc's review report, a letter on council submissions, a joint programme), labelled blind once blind24 had
# become a dev set. First scored blind (number 0.90, doc type 0.80, date 1.00, issuer 0.90, level 0.90,
# locality 0.96, title 0.89, implements 1.00 per document); floors at what the families round reached.
BLIND25 = Path(__file__).resolve().parent / "realworld_blind25"
BLIND25_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind26/README.md: documents of the two-level local government and of the 2025 strategic
# resolutions (Government programmes, notices and letters, merged provinces' Party and council resolutions,
# news leads that name a signer), labelled blind once blind25 had become a dev set. First scored blind (number
# 1.00, doc type 1.00, date 0.90, issuer 0.91, level 1.00, locality 1.00, title 0.82, implements 1.00 per
# document); floors at what the families round reached.
BLIND26 = Path(__file__).resolve().parent / "realworld_blind26"
BLIND26_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.90,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind27/README.md: the cascade below the province (a district steering committee's and a
# Party committee's plans, a town's programme, a ward's draft report) and city plans and directives, labelled
# blind once blind26 had become a dev set. First scored blind (number 0.91, doc type 0.91, date 0.91, issuer
# 0.91, level 0.91, locality 0.94, title 0.91, implements 1.00 per document); floors at what the families
# round reached.
BLIND27 = Path(__file__).resolve().parent / "realworld_blind27"
BLIND27_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}
# tests/realworld_blind28/README.md: documents of the cascade chosen by sector (education, military service,
# science, land, climate, religion, health, poverty, anti-corruption), labelled blind once blind27 had become
# a dev set. First scored blind (number 1.00, doc type 0.91, date 1.00, issuer 0.91, level 0.91, locality
# 0.94, title 0.91, implements 0.91 per document: every failing check is one OCR-garbled PDF copy, c09);
# floors at what the round reached (c09 still fails: no general rule reads that OCR layer).
BLIND28 = Path(__file__).resolve().parent / "realworld_blind28"
BLIND28_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.90,
    "document.issued_on": 1.00,
    "document.issuer": 0.90,
    "document.issuer_level": 0.90,
    "document.locality": 0.93,
    "document.title": 0.90,
    "document.signer": 1.00,
    "implements.document": 0.90,
}

# tests/realworld_blind29/README.md: the Party's own boards and offices, the Youth Union, the Red Cross, the
# Women's Union, a ministry and a province's plan carrying out its Party conclusion, labelled blind once
# blind27 had become a dev set. First scored blind (number 0.89, doc type 1.00, date 0.88, issuer 0.56, level
# 0.67, locality 0.88, title 0.78, implements 0.78 per document); floors at what the fixes reached (every
# check passes since the flattened header over a site's list, the campaign headline, the goal point, the Youth
# Union's centre and the congress's own words were read as families).
BLIND29 = Path(__file__).resolve().parent / "realworld_blind29"
BLIND29_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind30/README.md: eight whole documents from GitHub repositories instead of the mined-out
# page corpus (OCR outputs, a RAG dataset's and a chatbot's library pages in Markdown, a Party resolution
# converted by pandoc), labelled blind. First scored blind (number 1.00, doc type 1.00, date 1.00, issuer
# 0.75, level 0.88, locality 0.92, title 1.00, signer 0.17, implements 1.00 per document); floors at what the
# families round reached.
BLIND30 = Path(__file__).resolve().parent / "realworld_blind30"
BLIND30_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.87,
    "document.issuer_level": 1.00,
    "document.locality": 0.95,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind31/README.md: the bodies the sets still missed (the Farmers' Union, the Trade Union,
# the Cooperative Alliance, armed forces' Party committees, a school's Party cell, the Secretariat on study
# promotion), labelled blind once blind29 had become a dev set. First scored blind (doc type 0.70, date 0.71,
# issuer 0.80, level 0.80, locality 0.93, title 0.70; 14 failing checks); floors at what the fixes reached.
BLIND31 = Path(__file__).resolve().parent / "realworld_blind31"
BLIND31_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 0.85,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind32/README.md: eight whole documents from a chatbot's data files (a legal library's
# pages in Markdown: pipe-table headers, one end block a cell, letters split by the library's markup, three
# under another document's headline), labelled blind. First scored blind (number 0.88, doc type 1.00, date
# 0.88, issuer 0.88, level 0.88, locality 0.96, title 1.00, signer 0.75, implements 1.00 per document); floors
# at what the families round reached.
BLIND32 = Path(__file__).resolve().parent / "realworld_blind32"
BLIND32_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 0.87,
    "implements.document": 1.00,
}

# tests/realworld_blind33/README.md: the 2025-2026 cascades (congress conclusions 185/190/191, directive
# 45-CT/TW, conclusion 126-KL/TW, a new commune's steering committee on 57-NQ/TW, Hưng Yên's plan on
# 68-NQ/TW), labelled blind. First scored blind (doc type 0.86, date 0.83, issuer 0.57, level 0.86, locality
# 0.90, title 0.86, implements 0.86 per document; 11 failing checks); floors at what the fixes reached.
BLIND33 = Path(__file__).resolve().parent / "realworld_blind33"
BLIND33_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind34/README.md: the provinces the sets barely held (Thừa Thiên Huế, Bình Phước, Lào Cai,
# Quảng Ninh, Yên Bái, Điện Biên, Bình Dương), eight unseen texts labelled blind; the stored pages are mined
# out, so most are news items and outlines. First scored blind (number 0.75, doc type 0.50, date 0.75, issuer
# 0.50, level 0.50, locality 0.83, title 0.57, signer 1.00, implements 1.00; 24 failing checks); floors at
# what the parser reaches when the round stops.
BLIND34 = Path(__file__).resolve().parent / "realworld_blind34"
BLIND34_FLOORS = {
    "document.number": 0.75,
    "document.doc_type": 0.50,
    "document.issued_on": 0.75,
    "document.issuer": 0.62,
    "document.issuer_level": 0.62,
    "document.locality": 0.87,
    "document.title": 0.71,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind35/README.md: the lowest levels (district and commune Party committees, a commune's
# Party executive committee, the new two-level communes' and wards' congresses, a ward's People's Committee),
# eight unseen news texts labelled blind; the stored pages hold no whole commune text any set lacks. First
# scored blind (number 0.62, doc type 0.12, date 0.50, issuer 0.12, level 0.12, locality 0.46, title 0.62,
# signer 1.00, implements 0.88 per document; 48 failing checks); floors at what the parser reaches when the
# round stops.
BLIND35 = Path(__file__).resolve().parent / "realworld_blind35"
BLIND35_FLOORS = {  # blind39 raised them: b08's event report under its commune's plan is read
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 0.87,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind36/README.md: provincial People's Committees' plans and decisions carrying out Party
# and central documents (Nghị quyết 57-NQ/TW's 2025 wave, a Secretariat directive, the PM's strategies),
# eight unseen legal-library texts labelled blind. First scored blind (every document field 1.00, implements
# 0.75 per document, chain 0.73; 5 failing checks); floors at what the parser reaches when the round stops.
BLIND36 = Path(__file__).resolve().parent / "realworld_blind36"
BLIND36_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
    "chain": 1.00,
}

# tests/realworld_blind38/README.md: the urban units of the legacy three-level system (a ward's report, a
# town's plan and notice, an urban district's committee, a ward's plan and council, a provincial city's
# commune), seven unseen texts labelled blind. First scored blind (number 0.86, doc type 0.57, date 0.75,
# issuer 0.57, level 0.71, locality 0.67, title 0.67, implements 0.71 per document; 23 failing checks);
# floors at what the parser reaches when the round stops.
BLIND38 = Path(__file__).resolve().parent / "realworld_blind38"
BLIND38_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 0.85,
}

# tests/realworld_blind37/README.md: texts of 2025 carrying out or issued by the Politburo's new resolutions
# (57/66/68-NQ/TW): the central steering committee's notices, a province's plan, a ward's joint plan, a
# residential cell's plan, a Politburo conclusion, a ministry's draft programme, labelled blind. First scored
# blind (issuer 0.71, implements 0.57 per document; 11 failing checks); floors at what the parser reaches when
# the round stops.
BLIND37 = Path(__file__).resolve().parent / "realworld_blind37"
BLIND37_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 0.85,
    "chain": 1.00,
}

# tests/realworld_blind40/README.md: six Official Gazette texts of 2026 (Government resolutions, Prime
# Minister's decisions and a directive, three carrying out Party documents) from a legal-text data repository,
# labelled blind. First scored blind (signer 0.83, implements 0.83 per document, tasks found 0.67; 18 failing
# checks); floors at what the parser reaches when the round stops.
BLIND40 = Path(__file__).resolve().parent / "realworld_blind40"
BLIND40_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
    "tasks.found": 0.94,
    "tasks.lead": 1.00,
}

# tests/realworld_blind39/README.md: mass organisations and Party committees outside the committee line (a
# district trade union, district Front committees, a provincial education union, a university's and a town's
# and a commune's Youth Union, a provincial police Party committee), eight unseen texts labelled blind. First
# scored blind (issuer 0.25, doc type 0.50; 33 failing checks); floors at what the parser reaches when the
# round stops.
BLIND39 = Path(__file__).resolve().parent / "realworld_blind39"
BLIND39_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.75,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 0.85,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind41/README.md: state bodies below the province carrying out upper documents (a district
# justice office, a commune and a district People's Committee, a town education office, a provincial education
# department and police, a province's results item and plan), eight unseen texts labelled blind. First scored
# blind (issuer 0.38, issuer level 0.38; 29 failing checks); floors at what the parser reaches when the round
# stops.
BLIND41 = Path(__file__).resolve().parent / "realworld_blind41"
BLIND41_FLOORS = {
    "document.number": 0.875,
    "document.doc_type": 0.875,
    "document.issued_on": 0.875,
    "document.issuer": 0.75,
    "document.issuer_level": 0.75,
    "document.locality": 0.83,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 0.75,
}

# tests/realworld_blind42/README.md: the newest texts (2025-2026) of the two-level system's new units (a
# merged province's People's Committee and Party organisation, four new wards' and a commune's Party
# organisations), seven unseen texts labelled blind. First scored blind (doc type 0.14, issuer 0.29; 29
# failing checks); floors at what the parser reaches when the round stops.
BLIND42 = Path(__file__).resolve().parent / "realworld_blind42"
BLIND42_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.85,
    "document.issued_on": 1.00,
    "document.issuer": 0.85,
    "document.issuer_level": 0.85,
    "document.locality": 0.90,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind44/README.md: six unseen state texts carrying out Party or upper documents (two whole
# provincial documents from repositories no set used, four legal-library or document-sharing pages), labelled
# blind. First scored blind (date 0.67, issuer 0.67, title 0.67, tasks found 0.38; 29 failing checks); floors
# at what the parser reaches when the round stops.
BLIND44 = Path(__file__).resolve().parent / "realworld_blind44"
BLIND44_FLOORS = {
    "document.number": 0.83,
    "document.doc_type": 1.00,
    "document.issued_on": 0.83,
    "document.issuer": 0.83,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 0.83,
    "document.signer": 1.00,
    "implements.document": 0.83,
    "tasks": 1.00,  # sweepT3: g01's crawler prefixes read, its programme's tasks found
    "tasks.found": 1.00,
    "tasks.lead": 1.00,
}

# tests/realworld_blind43/README.md: Party committees below the centre told by portals and papers (district
# committees' conferences on the Centre's documents, a district's study report and plan, a commune standing
# board's drive, a commune committee's conference, a province's congress report), nine unseen texts labelled
# blind. First scored blind (doc type 0.44, issuer 0.67, title 0.33; 29 failing checks); floors at what the
# parser reaches when the round stops.
BLIND43 = Path(__file__).resolve().parent / "realworld_blind43"
BLIND43_FLOORS = {
    "document.number": 0.88,
    "document.doc_type": 0.77,
    "document.issued_on": 0.87,
    "document.issuer": 0.88,
    "document.issuer_level": 0.88,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 0.88,
}

# tests/realworld_blind45/README.md: district and commune Party committees' and People's Committees' items
# under upper plans (activity, meeting and results reports, a plan presented at a launch), seven unseen texts
# labelled blind. First scored blind (issuer 0.14, issuer level 0.14; 25 failing checks); floors at what the
# parser reaches when the round stops (12 failing checks). Locality 0.66 → 0.57 at the merge with
# leftovers6, whose 'xã Tân Hồng' → Bình Giang (the one xã of that name; Từ Sơn's has been a phường since
# 2008) b06's label, read as 'not unique', does not expect. leftovers7: b04's communes acting together
# ('UBND các xã, thị trấn đã triển khai ...') give the level and their district (10 failing checks).
BLIND45 = Path(__file__).resolve().parent / "realworld_blind45"
BLIND45_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.85,
    "document.issued_on": 1.00,
    "document.issuer": 0.85,
    "document.issuer_level": 0.85,
    "document.locality": 0.66,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind47/README.md: texts of the two-level system from July 2025 (a merged province's plan
# told by a digest, a department's study of 72-NQ/TW, ward and commune Party committees' meetings and plans),
# seven unseen texts labelled blind. First scored blind (number 0.71, title 0.25, implements per document
# 0.71; 18 failing checks); floors at what the parser reaches when the round stops (5 failing checks).
BLIND47 = Path(__file__).resolve().parent / "realworld_blind47"
BLIND47_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.83,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 0.50,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind46/README.md: the Front's and the mass organisations' items (Front committees of a
# district and two communes, Farmers', Women's and Youth Unions of a province, district and commune: meetings
# deploying or studying documents, a joint plan signed, a plan presented), eleven texts labelled blind. First
# scored blind (issuer 0.64, locality 0.76; 27 failing checks); floors at what the parser reaches when the
# round stops (4 failing checks, all f03's).
BLIND46 = Path(__file__).resolve().parent / "realworld_blind46"
BLIND46_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.90,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 0.90,
}

# tests/realworld_blind48/README.md: Party committees' documents other than plans (a city secretary's
# directive and conclusion, a military Party committee's resolution, a province's directive carried out,
# propaganda boards' letter and guide, an enterprise Party board's letter, a regulation, a secretary's
# direction, a commune's drive), ten unseen texts labelled blind. First scored blind (issuer 0.56, signer
# 0.78, doc type 0.90; 13 failing checks); floors at what the parser reaches when the round stops.
BLIND48 = Path(__file__).resolve().parent / "realworld_blind48"
BLIND48_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.55,
    "document.issuer_level": 0.77,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 0.88,
    "implements.document": 1.00,
}

# tests/realworld_blind49/README.md: district and commune items of the Mekong delta and the South-East
# (district Party committees' conferences, a district propaganda board's and two commune committees'
# work, a city's pilot congresses, a city People's Committee's meeting), eight unseen texts labelled blind.
# First scored blind (issuer 0.50, locality 0.58, title 0/1; 20 failing checks); floors at what the parser
# reaches when the round stops.
BLIND49 = Path(__file__).resolve().parent / "realworld_blind49"
BLIND49_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.75,
    "document.issuer_level": 0.75,
    "document.locality": 0.79,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind51/README.md: district and commune items of the North and South Central coast and the
# Central Highlands (district committees' conferences and directions, district councils' sessions, a town's
# congress plan, a district notice linked by number), nine unseen texts labelled blind. First scored blind
# (issuer 0.25, locality 0.50; 35 failing checks); floors at what the parser reaches when the round stops.
BLIND51 = Path(__file__).resolve().parent / "realworld_blind51"
BLIND51_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.50,
    "document.issuer_level": 0.62,
    "document.locality": 0.70,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 0.77,
}

# tests/realworld_blind52/README.md: sectoral bodies carrying out an upper document (bloc, police, military
# and border-guard Party committees, hospitals' Party organisations, health departments), twelve unseen texts
# labelled blind. First scored blind (issuer 0.25, issuer level 0.33, implements 0.83 per document; 32 failing
# checks); floors at what the parser reaches when the round stops.
BLIND52 = Path(__file__).resolve().parent / "realworld_blind52"
BLIND52_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 0.66,
    "document.issuer_level": 0.66,
    "document.locality": 0.88,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind53/README.md: district and commune items of the Red River delta and Quảng Ninh
# (a ward's branches, a ward committee's review, three commune councils' sessions and a district council's,
# a commune steering board's plan, a district committee's political report, a commune congress), nine unseen
# texts labelled blind. First scored blind (26 failing checks: doc_type 3/8, title 1/4, locality 19/27);
# floors at what the parser reaches when the round stops.
BLIND53 = Path(__file__).resolve().parent / "realworld_blind53"
BLIND53_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.75,
    "document.issued_on": 1.00,
    "document.issuer": 0.88,
    "document.issuer_level": 0.88,
    "document.locality": 0.92,
    "document.title": 0.75,
    "document.signer": 1.00,
    "implements.document": 1.00,
}

# tests/realworld_blind55/README.md: items of the two-level system after July 2025 (a new commune's and a new
# ward's congress and its resolution, a merged province's council session, a commune Front congress, a commune
# committee's working session, a merged province's Front, a province's health sector on 72-NQ/TW), seven
# unseen texts labelled blind. First scored blind (issuer 4/7, doc type 4/6, locality 16/21; 15 failing
# checks); floors at what the parser reaches when the round stops.
BLIND55 = Path(__file__).resolve().parent / "realworld_blind55"
BLIND55_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 0.83,
    "document.issued_on": 1.00,
    "document.issuer": 0.71,
    "document.issuer_level": 0.71,
    "document.locality": 0.85,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 0.85,
}

# tests/realworld_blind54/README.md: plans with a task section or its beginning (provincial plans from legal
# libraries under a Prime Minister's or ministry's decision, a chairman's decision with its execution article,
# a province's merger schedule with dated steps, a news lead), eight unseen texts labelled blind. First scored
# blind (0 failing checks: tasks 6/6, lead 5/5); floors at what the parser reaches when the round stops.
BLIND54 = Path(__file__).resolve().parent / "realworld_blind54"
BLIND54_FLOORS = {
    "document.number": 1.00,
    "document.doc_type": 1.00,
    "document.issued_on": 1.00,
    "document.issuer": 1.00,
    "document.issuer_level": 1.00,
    "document.locality": 1.00,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 1.00,
    "tasks": 1.00,
    "tasks.found": 1.00,
    "tasks.lead": 1.00,
}

# tests/realworld_blind50/README.md: district, commune and province items of the northern mountains and
# midlands (district Party executives' conferences and action programmes, a district's propaganda outline and
# boundary plan, a commune secretary's words, a provincial letter, plan and two provincial documents carried
# out), ten unseen texts labelled blind. First scored blind (issuer 0.33, level 0.44, locality 0.63; 31
# failing checks); floors at what the parser reaches when the round stops.
BLIND50 = Path(__file__).resolve().parent / "realworld_blind50"
BLIND50_FLOORS = {
    "document.number": 0.90,
    "document.doc_type": 1.00,
    "document.issued_on": 0.90,
    "document.issuer": 0.44,
    "document.issuer_level": 0.55,
    "document.locality": 0.66,
    "document.title": 1.00,
    "document.signer": 1.00,
    "implements.document": 0.90,
}

# field -> the least share of its checks that must pass
THRESHOLDS = {
    "document.number": 0.99,
    "document.issued_on": 0.98,
    "document.issuer_level": 0.95,
    "implements.document": 0.95,
    "tasks.found": 0.95,
    "document.locality": 0.97,  # leftovers2: 528/540 after the congress term and Huế's city
}

# Issuer names of the state side (DOMAIN.md §1): everything else is Party or the Front.
_STATE_WORDS = ("ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd", "sở ", "chính phủ", "thủ tướng",
                "bộ ", "văn phòng ủy ban", "quốc hội", "ban quản lý")
_PARTY_WORDS = ("đảng ủy", "đảng đoàn", "ban cán sự", "tỉnh ủy", "huyện ủy", "thành ủy")


# The held-out sets, each with the floors set at its first (or dev-round) score.
HELD_OUT = {
    "unseen": (UNSEEN, UNSEEN_FLOORS),
    "blind": (BLIND, BLIND_FLOORS),
    "blind2": (BLIND2, BLIND2_FLOORS),
    "blind3": (BLIND3, BLIND3_FLOORS),
    "blind4": (BLIND4, BLIND4_FLOORS),
    "blind5": (BLIND5, BLIND5_FLOORS),
    "blind6": (BLIND6, BLIND6_FLOORS),
    "blind7": (BLIND7, BLIND7_FLOORS),
    "blind8": (BLIND8, BLIND8_FLOORS),
    "blind9": (BLIND9, BLIND9_FLOORS),
    "blind10": (BLIND10, BLIND10_FLOORS),
    "blind11": (BLIND11, BLIND11_FLOORS),
    "blind12": (BLIND12, BLIND12_FLOORS),
    "blind13": (BLIND13, BLIND13_FLOORS),
    "blind14": (BLIND14, BLIND14_FLOORS),
    "blind15": (BLIND15, BLIND15_FLOORS),
    "blind16": (BLIND16, BLIND16_FLOORS),
    "blind18": (BLIND18, BLIND18_FLOORS),
    "blind17": (BLIND17, BLIND17_FLOORS),
    "blind19": (BLIND19, BLIND19_FLOORS),
    "blind20": (BLIND20, BLIND20_FLOORS),
    "blind21": (BLIND21, BLIND21_FLOORS),
    "blind22": (BLIND22, BLIND22_FLOORS),
    "blind23": (BLIND23, BLIND23_FLOORS),
    "blind24": (BLIND24, BLIND24_FLOORS),
    "blind25": (BLIND25, BLIND25_FLOORS),
    "blind26": (BLIND26, BLIND26_FLOORS),
    "blind27": (BLIND27, BLIND27_FLOORS),
    "blind28": (BLIND28, BLIND28_FLOORS),
    "blind29": (BLIND29, BLIND29_FLOORS),
    "blind30": (BLIND30, BLIND30_FLOORS),
    "blind31": (BLIND31, BLIND31_FLOORS),
    "blind32": (BLIND32, BLIND32_FLOORS),
    "blind33": (BLIND33, BLIND33_FLOORS),
    "blind34": (BLIND34, BLIND34_FLOORS),
    "blind35": (BLIND35, BLIND35_FLOORS),
    "blind36": (BLIND36, BLIND36_FLOORS),
    "blind37": (BLIND37, BLIND37_FLOORS),
    "blind38": (BLIND38, BLIND38_FLOORS),
    "blind40": (BLIND40, BLIND40_FLOORS),
    "blind39": (BLIND39, BLIND39_FLOORS),
    "blind41": (BLIND41, BLIND41_FLOORS),
    "blind42": (BLIND42, BLIND42_FLOORS),
    "blind44": (BLIND44, BLIND44_FLOORS),
    "blind43": (BLIND43, BLIND43_FLOORS),
    "blind45": (BLIND45, BLIND45_FLOORS),
    "blind47": (BLIND47, BLIND47_FLOORS),
    "blind46": (BLIND46, BLIND46_FLOORS),
    "blind48": (BLIND48, BLIND48_FLOORS),
    "blind49": (BLIND49, BLIND49_FLOORS),
    "blind51": (BLIND51, BLIND51_FLOORS),
    "blind52": (BLIND52, BLIND52_FLOORS),
    "blind50": (BLIND50, BLIND50_FLOORS),
    "blind53": (BLIND53, BLIND53_FLOORS),
    "blind55": (BLIND55, BLIND55_FLOORS),
    "blind54": (BLIND54, BLIND54_FLOORS),
}


@cache
def _evaluated(folder: Path) -> Report:
    return evaluate(folder)


def _report() -> Report:
    return _evaluated(REALWORLD)


def _label(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("field", sorted(THRESHOLDS))
def test_field_score_holds(field: str) -> None:
    results = _report().checks.get(field, [])
    assert results, f"no {field} checks: is tests/realworld empty?"
    score = sum(results) / len(results)
    failures = [f for f in _report().failures if f": {field.split('.')[-1]}" in f or field in f]
    assert score >= THRESHOLDS[field], f"{field} {score:.2f} < {THRESHOLDS[field]}:\n" + "\n".join(failures)


@pytest.mark.parametrize(("held_out", "field", "floor"),
                         [(name, f, v) for name, (_, floors) in HELD_OUT.items()
                          for f, v in sorted(floors.items())])
def test_held_out_field_score_holds_its_first_measurement(held_out: str, field: str, floor: float) -> None:
    """The unseen and blind sets, each against the floors set at its first (or dev-round) score."""
    rep = _evaluated(HELD_OUT[held_out][0])
    results = rep.checks.get(field, [])
    assert results, f"no {field} checks: is its folder empty?"
    score = sum(results) / len(results)
    failures = [f for f in rep.failures if field.split(".")[-1] in f]
    assert score >= floor, f"{field} {score:.3f} < {floor}:\n" + "\n".join(failures)


def test_every_document_parses() -> None:
    assert not _report().checks.get("parse"), [f for f in _report().failures if ": parse:" in f]


ALL_LABELS = LABELS + [p for folder, _ in HELD_OUT.values() for p in sorted(folder.glob("*.json"))]


@pytest.mark.parametrize("path", ALL_LABELS, ids=lambda p: p.stem)
def test_label_is_well_formed(path: Path) -> None:
    label = _label(path)
    assert (path.parent / label["source"]).is_file(), f"{path.name}: source {label['source']} missing"
    url = label.get("url")
    assert url is None or url.startswith(("http://", "https://")), f"{path.name}: url {url!r}"
    doc = label["document"]
    assert doc["issuer"].get("level") in {"central", "province", "district", "commune", None}
    for ref in label.get("implements", []):
        assert ref["number"], f"{path.name}: an implements entry without a number"


def test_corpus_spans_levels_and_families() -> None:
    """The issue's floor: 40 documents, 10 district or commune, 10 state, 5 central."""
    labels = [_label(p) for p in LABELS]
    levels = [lab["document"]["issuer"].get("level") for lab in labels]
    names = [fold(lab["document"]["issuer"].get("name_contains") or "") + " " for lab in labels]
    state = sum(any(w in n for w in _STATE_WORDS) and not any(w in n for w in _PARTY_WORDS) for n in names)
    assert len(labels) >= 40
    assert levels.count("district") + levels.count("commune") >= 10
    assert levels.count("central") >= 5
    assert state >= 10
