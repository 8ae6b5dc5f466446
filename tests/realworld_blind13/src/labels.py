# ruff: noqa: E501
"""Hand labels of blind set 13, written by reading each text before any parser run; writes <name>.json."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent


def loc(province=None, district=None, commune=None):
    return {"province": province, "district": district, "commune": commune}


def imp(number, issued_on=None, issuer=None):
    d = {"number": number}
    if issued_on:
        d["issued_on"] = issued_on
    if issuer:
        d["issuer_contains"] = issuer
    return d


LABELS = {
    "b01_quangnam_binhson_du_kh44_2022_news": {
        "document": {
            "number": "44-KH/ĐU", "doc_type": "KH", "issued_on": "2022-12-19",
            "issuer": {"name_contains": "Đảng ủy xã", "level": "commune"},
            "locality": loc(None, None, "Bình Sơn"),
        },
        "implements": [imp("78-KH/HU", "2022-11-24", "Huyện ủy")],
        "implements_optional": ["27-NQ/TW", "28-NQ/TW", "29-NQ/TW", "45-KL/TW"],
        "citations": ["78-KH/HU", "27-NQ/TW", "28-NQ/TW", "29-NQ/TW", "45-KL/TW"],
        "notes": "A commune's portal news item (commune Party committee). A headline-like first line with the conference dates ('Chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022 Đảng ủy xã Bình Sơn tổ chức ...': not the issue date), then 'Thực hiện Kế hoạch số 78-KH/HU, ngày 24/11/2022 của Ban Thường vụ Huyện ủy. Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU ngày 19/12/2022 về tổ chức nghiên cứu, học tập ...' - the parent clause is closed by a full stop before the subject. The district's plan is the parent; the plenum's resolutions the plan has studied (27-, 28-, 29-NQ/TW and 45-KL/TW, listed after 'Cụ thể:') are tolerated, not required. The commune is named ('Đảng ủy xã Bình Sơn'); its district and province only in the URL (Hiệp Đức, Quảng Nam) and 'Bình Sơn' is a name many provinces share (and a district of Quảng Ngãi): province and district null. Title ungraded (news item, no title line).",
    },
    "b02_quangnam_taygiang_hu_nq21_dulich_news": {
        "document": {
            "doc_type": "NQ", "issued_on": None,
            "issuer": {"name_contains": "Huyện ủy Tây Giang", "level": "district"},
            "locality": loc("Quảng Nam", "Tây Giang"),
        },
        "implements": [],
        "implements_optional": [],
        "notes": "Provincial newspaper item '(QNO) - Huyện ủy Tây Giang vừa ban hành Nghị quyết số 21-CT/TW kêu gọi thu hút đầu tư phát triển du lịch huyện giai đoạn 2014-2020 ...'. The district resolution's own number is printed with a central directive's code ('21-CT/TW', a typo for a district number): number and citations ungraded, but it is the document's own number, never its parent (implements empty). No date or year in the text (issued_on null; the period 2014-2020 suggests 2014-2015, so the year may fall just before the brief's 2015 bound). Tây Giang is a district name unique to Quảng Nam (province supported by the gazetteer, as blind3). Title ungraded (no title line).",
    },
    "b03_nghean_btvtu_nq02_thaihoa_tag": {
        "document": {
            "number": "02-NQ/TU", "doc_type": "NQ", "issued_on": None,
            "issuer": {"name_contains": "Ban Thường vụ Tỉnh ủy", "level": "province"},
            "locality": loc("Nghệ An"),
            "title_contains": "xây dựng, phát triển thị xã Thái Hòa thành đô thị trung tâm vùng Tây Bắc Nghệ An",
        },
        "implements": [],
        "implements_optional": [],
        "citations": [],
        "notes": "A news site's tag page, one sentence: 'Ban Thường vụ Tỉnh ủy vừa ban hành Nghị quyết số 02-NQ/TU về việc xây dựng, phát triển thị xã Thái Hòa thành đô thị trung tâm vùng Tây Bắc Nghệ An ...'. No date. The province is written in the trích yếu (the resolution is about a thị xã of the issuing province): Nghệ An; the thị xã is the subject, not the issuer (district null).",
    },
    "b04_bacgiang_btvtu_nq162_2021_vietyen_tag": {
        "document": {
            "number": "162-NQ/TU", "doc_type": "NQ", "issued_on": "2021-09-10",
            "issuer": {"name_contains": "Ban Thường vụ Tỉnh ủy Bắc Giang", "level": "province"},
            "locality": loc("Bắc Giang"),
            "title_contains": "xây dựng và phát triển huyện Việt Yên trở thành thị xã vào năm 2025",
        },
        "implements": [],
        "implements_optional": [],
        "citations": [],
        "notes": "A tag page: 'Chuyên mục', 'Tags: phấn đấu lên thị xã', a question headline, then 'Ngày 10/9/2021 Ban Thường vụ Tỉnh ủy Bắc Giang đã có Nghị quyết số 162-NQ/TU về xây dựng và phát triển huyện Việt Yên trở thành thị xã vào năm 2025.' ('đã có', not 'ban hành'). The huyện is the subject, not the issuer (district null).",
    },
    "b05_binhphuoc_honquan_btvhu_kh_2019_news": {
        "document": {
            "number": None, "doc_type": "KH", "issued_on": None,
            "issuer": {"name_contains": "Ban Thường vụ Huyện ủy Hớn Quản", "level": "district"},
            "locality": loc("Bình Phước", "Hớn Quản"),
        },
        "implements": [],
        "implements_optional": [],
        "citations": [],
        "notes": "District Party office's news item ('Tác giả bài viết: ... - VPHU'): 'Thực hiện chỉ đạo của Tỉnh ủy về việc giao cho huyện hoàn thành 90 km đường bê tông ximăng ... trong năm 2019. ... Ban Thường vụ Huyện ủy Hớn Quản đã ban hành Kế hoạch hành động với phương châm ...'. An unnumbered, undated plan carrying out an unnumbered instruction (no parent by number: implements empty). 'xã Tân Hưng' in a caption is not the issuer. Hớn Quản is a district name unique to Bình Phước (as blind3). Title ungraded.",
    },
    "b06_bacgiang_lucnam_hu_kh_2015_tuyentruyen_news": {
        "document": {
            "number": None, "doc_type": "KH",
            "issuer": {"name_contains": "Huyện ủy", "level": "district"},
            "locality": loc(None, None, None),
        },
        "implements": [],
        "implements_optional": [],
        "citations": [],
        "notes": "District portal news item ('admin's picture', headline 'Huyện ủy triển khai kế hoạch tuyên truyền NQ đại hội Đảng bộ tỉnh lần thứ XVIII, huyện lần thứ XXI'), then 'Thực hiện hướng dẫn số 02 ngày 30/10/2015 của Ban tuyên giáo tỉnh ủy về việc tuyên truyền ... Ngày 10/11/2015, Huyện ủy đã triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.' An unnumbered plan; the date is the day it was deployed, not clearly the issue date (issued_on ungraded). The parent guidance has only a bare '02' with no type code: no canonical number, so implements and citations stay empty. No place name in the text (Lục Nam, Bắc Giang only in the URL): locality null. Title ungraded.",
    },
}

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(LABELS, {
    "b01_quangnam_binhson_du_kh44_2022_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b02_quangnam_taygiang_hu_nq21_dulich_news": (
        None,
        "a news item that never says who signed the document; 'N.T.K' is the reporter's byline: null.",
    ),
    "b03_nghean_btvtu_nq02_thaihoa_tag": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b04_bacgiang_btvtu_nq162_2021_vietyen_tag": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b05_binhphuoc_honquan_btvhu_kh_2019_news": (
        None,
        "a news item that never says who signed the plan; 'Tác giả bài viết: Nguyễn Văn Hậu - VPHU' is "
        "the article's author: null.",
    ),
    "b06_bacgiang_lucnam_hu_kh_2015_tuyentruyen_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
})


for name, lab in LABELS.items():
    out = {"source": f"{name}.txt", "url": json.loads((root / "src" / f"{name}.src.json").read_text(encoding="utf-8"))["url"]}
    out.update(lab)
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
