# ruff: noqa: E501
"""Hand labels of the blind8 set, written from each stored text alone (the parser was not run on them)."""

N = None


def loc(province=N, district=N, commune=N, omit=()):
    d = {"province": province, "district": district, "commune": commune}
    for k in omit:
        d.pop(k)
    return d


def doc(number, doc_type, issued_on, name, level, locality, title=None, omit=()):
    d = {"number": number, "doc_type": doc_type, "issued_on": issued_on,
         "issuer": {"name_contains": name, "level": level}, "locality": locality}
    if name is None:
        d["issuer"] = {"level": level}
    for k in omit:
        d.pop(k)
    if title is not None:
        d["title_contains"] = title
    return d


def imp(number, issued_on=None, issuer=None):
    d = {"number": number}
    if issued_on:
        d["issued_on"] = issued_on
    if issuer:
        d["issuer_contains"] = issuer
    return d


LABELS = {
    "b01_hungyen_snnptnt_cv_mtuy_2023_print": {
        "document": doc(N, N, N, "Sở Nông nghiệp", "province", loc("Hưng Yên"),
                        "Tháng hành động phòng, chống ma túy năm 2023", omit=("doc_type",)),
        "implements": [imp("89/KH-UBND", "2023-05-24", "UBND tỉnh Hưng Yên")],
        "citations": ["89/KH-UBND"],
        "notes": "Department portal print view of a letter without header, number or date: the subject line 'Về việc triển khai Tháng hành động ...', then 'Thực hiện Kế hoạch số 89/KH-UBND ngày 24/5/2023 của UBND tỉnh Hưng Yên ..., Sở Nông nghiệp và PTNT đề nghị UBND các huyện ...' and four numbered points. The plan of the province's People's Committee is the parent; the department carrying out its own province's plan is of Hưng Yên (the lead names the province where the issuer acts). The text never writes 'Công văn': doc_type ungraded. Cut at 'Đề nghị các huyện,'.",
    },
    "b02_quangtri_ubnd_kh2374_2020_matuy_news": {
        "document": doc("2374/KH-UBND", "KH", "2020-06-01", "UBND tỉnh", "province", loc(),
                        "tháng hành động phòng, chống ma túy"),
        "implements": [],
        "citations": ["293/KH-BCĐ"],
        "notes": "Provincial portal news item: headline, 'Ngày đăng: 04/06/2020' (posting date), then 'Ngày 1/6/2020, UBND tỉnh đã ban hành Kế hoạch số 2374/KH-UBND thực hiện tháng hành động ... nhằm tổ chức triển khai thực hiện nghiêm túc chỉ đạo của Thủ tướng Chính phủ' (no number: nothing to grade as parent). 'Kế hoạch này gắn với kế hoạch số 293/KH-BCĐ ngày 21/01/2020 của Ủy ban nhân dân tỉnh' is a plain citation ('gắn với'). The province (Quảng Trị) is only in the URL: null.",
    },
    "b03_thanhhoa_ngason_bcdpcgd_bc255_2020_tcvn3": {
        "document": doc("255/BC-BCĐPCGD-XMC", "BC", "2020-11-13", "Ban Chỉ đạo", "district",
                        loc("Thanh Hóa", "Nga Sơn"), "PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ"),
        "implements": [],
        "citations": [],
        "notes": "Document-sharing site preview of a PDF as text: site chrome ('Tải bản đầy đủ', 'Bạn đang xem bản rút gọn'), a page number '1', then the two header columns read line by line: 'UBND HUYỆN NGA SƠN' / 'CỘNG HÒA ...' / 'BAN CHỈ ĐẠO PCGD, XMC' / 'Độc lập ...' / 'Số: 255 / BC-BCĐPCGD-' / 'Nga Sơn, ngày 13 tháng 11 năm 2020' / 'XMC' - the number's last part wrapped below the place-date line. Canonical number 255/BC-BCĐPCGD-XMC. The issuer is the district steering committee for universal education under UBND huyện Nga Sơn (district level). Damage: dropped letters ('PHỔ CẬP GIÁO DC, XểA M CH'), TCVN3 remnants ('T×nh h×nh kinh tÕ-x· héi'), 'Đơng' for 'Đông'. Province from the text ('Nga Sơn là huyện ven biển phía Đơng Bắc tỉnh Thanh Hoá'). A report carries out nothing.",
    },
    "b04_laichau_ubnd_kh2462_2019_xmc_vbpl": {
        "document": doc("2462/KH-UBND", "KH", "2019-10-28", "Ủy ban nhân dân", "province", loc("Lai Châu"),
                        "MỞ LỚP XÓA MÙ CHỮ"),
        "implements": [imp("692/QĐ-TTg", "2013-05-04", "Thủ tướng"), imp("1840/QĐ-UBND", "2014-12-31")],
        "implements_optional": ["20/2014/NĐ-CP", "1848/TTr-SGDĐT"],
        "citations": ["692/QĐ-TTg", "20/2014/NĐ-CP", "1840/QĐ-UBND", "1848/TTr-SGDĐT"],
        "notes": "Legal library: a metadata title block repeating the number, then the header. 'Thực hiện Quyết định số 692/QĐ-TTg ... phê duyệt Đề án \"Xóa mù chữ đến năm 2020\"; Nghị định số 20/2014/NĐ-CP ...' (the Prime Minister's scheme decision is a parent; the decree is tolerated), 'Căn cứ Quyết định số 1840/QĐ-UBND ngày 31/12/2014 của Ủy ban nhân dân tỉnh về việc phê duyệt Kế hoạch thực hiện Đề án ...' (the provincial plan for the scheme, carried out year by year: a parent), 'Xét đề nghị ... Tờ trình số 1848/TTr-SGDĐT' (tolerated).",
    },
    "b05_quangtri_vinhlinh_ubndh_qd_dtvm_2023_portal": {
        "document": doc(N, "QĐ", N, "Vĩnh Linh", "district", loc("Quảng Trị", "Vĩnh Linh"), "đô thị văn minh"),
        "implements": [],
        "citations": [],
        "notes": "District portal: 'Chi tiết - Huyện Vĩnh Linh', headline 'Vĩnh Linh: Công nhận 3 thị trấn đạt chuẩn đô thị văn minh năm 2023', 'Vừa qua, UBND huyện Vĩnh Linh đã ban hành các Quyết định công nhận 3 thị trấn ...' - decisions without number or date ('Vừa qua'). Province from the unique gazetteer name Vĩnh Linh. The towns named (Hồ Xá, Cửa Tùng, Bến Quan) are the decisions' subjects and the bodies tasked, not the issuer: commune null.",
    },
    "b06_haiphong_ubndtp_vb_thangnct_2020_amp": {
        "document": doc(N, N, N, "UBND thành phố", "province", loc(omit=("province",)),
                        "Tháng hành động vì người cao tuổi", omit=("doc_type", "issued_on")),
        "implements": [],
        "implements_optional": ["01/CV-UBNQGNCT"],
        "citations": ["01/CV-UBNQGNCT"],
        "notes": "City portal AMP page: 'Ngày 11/6, UBND thành phố ban hành văn bản giao Hội Người cao tuổi thành phố chủ trì ... căn cứ Công văn số 01/CV-UBNQGNCT ngày 21/5/2020 của Ủy ban Quốc gia về người cao tuổi Việt Nam, tổ chức triển khai thực hiện Tháng hành động'. An untyped, unnumbered 'văn bản' (doc_type ungraded); its day is written without a year (issued_on ungraded). The national committee's letter is what the body tasked acts on: tolerated as parent. Hải Phòng appears only in 'Nguồn tin: haiphong.gov.vn' and in the 'Tin khác' chrome about other news: province ungraded; whether this city is under the centre (province level) or a provincial city (district level) only the chrome tells: level and locality ungraded.",
    },
    "b07_backan_ccchannuoi_cv_dtlcp_2020_bachthongportal": {
        "document": doc(N, N, N, "Chi cục Chăn nuôi và Thú y", "province", loc("Bắc Kạn"),
                        "DỊCH TẢ LỢN CHÂU PHI", omit=("doc_type", "issued_on")),
        "implements": [],
        "citations": [],
        "notes": "District portal reposting a provincial agency's letter: headline, a stray '0', then 'Thực hiện ý kiến chỉ đạo của Phó chủ tịch thường trực Ủy ban nhân dân tỉnh ... tại cuộc họp ngày 09/7/2020 của Ban chỉ đạo phòng, chống dịch bệnh động vật tỉnh Bắc Kạn, Chi cục Chăn nuôi và Thú y được giao ...', '... đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo ...' and an attachment name 'Cv gửi tài liệu tuyên truyền DTLCP(13.07.2020_16h58p09)_signed' (a file stamp, not a written issue date: issued_on ungraded). A meeting's instruction has no number: nothing to grade as parent. The agency acts for the Bắc Kạn committee that tasked it: province Bắc Kạn.",
    },
    "b08_quangnam_ubndtinh_vb_giasuc_2019_news": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [],
        "citations": [],
        "notes": "Newspaper item: 'Thực hiện Chỉ thị số 8.256/2019 của Bộ NN&PTNT, UBND tỉnh vừa có văn bản giao Sở NN&PTNT ...' and '... Thông báo 347/2019 về kết luận của Phó Chủ tịch UBND tỉnh ...'. Both references are bare numbers with a year and no symbol: no canonical number can be written, so implements and citations stay empty. An untyped, unnumbered 'văn bản' with no date ('vừa có'). The province (Quảng Nam) is only in the URL: null.",
    },
    "b09_tthue_phongdien_mttqhuyen_kh20_2018_ngayhoi_portal": {
        "document": doc("20/KH-BTT", "KH", "2018-10-15", "Phong Điền", "district",
                        loc(district="Phong Điền", omit=("province",)), "Ngày hội Đại đoàn kết toàn dân tộc năm 2018"),
        "implements": [],
        "citations": [],
        "notes": "District portal: 'Tìm kiếm', headline 'Ban Thường trực UBMTTQ Việt Nam huyện Phong Điền ban hành Kế hoạch ...', 'Ngày cập nhật 29/10/2018' (posting date), then 'Ngày 15/10/2018, UBMTTQVN Huyện ban hành Kế hoạch số 20/KH-BTT về việc tổ chức Ngày hội ...'. A district Fatherland Front plan carrying out nothing numbered. Phong Điền is a district name in two provinces (Thừa Thiên Huế, Cần Thơ): province ungraded; xã Điền Lộc is where the event is held, not the issuer: commune null.",
    },
    "b10_hatinh_ctubndtinh_cd_hanhan_2024_vietnamvn": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc("Hà Tĩnh"),
                        "hạn hán, thiếu nước, xâm nhập mặn", omit=("doc_type",)),
        "implements": [imp("04/CĐ-TTg", "2024-01-15", "Thủ tướng")],
        "citations": ["04/CĐ-TTg"],
        "notes": "Aggregator page ('Powered by Techcity'): 'Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Hồng Lĩnh vừa ký ban hành công điện của Chủ tịch UBND tỉnh về việc chủ động ứng phó với nguy cơ hạn hán ...' and 'Thực hiện Công điện số 04/CĐ-TTg ngày 15/1/2024 của Thủ tướng Chính phủ ...': the Prime Minister's dispatch is the parent. The provincial dispatch has no number and no date ('vừa ký'); công điện has no type code in DOMAIN.md: doc_type ungraded.",
    },
    "b11_khanhhoa_ubndtinh_vb_dulichnongthon_2021_news": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc("Khánh Hòa"),
                        "du lịch nông thôn, du lịch cộng đồng", omit=("doc_type",)),
        "implements": [],
        "citations": [],
        "notes": "Tourism portal repost: 'Cập nhật: 02/03/2021 08:16:26' and a read counter (chrome, not the issue date), then 'UBND tỉnh Khánh Hòa vừa có văn bản về việc đẩy mạnh phát triển du lịch nông thôn ...' asking departments and district committees to carry out a ministries' coordination programme signed 20-10-2020 (no number). Unnumbered, untyped, undated.",
    },
    "b12_ninhthuan_ubnd_kh2057_2020_matuy_portal": {
        "document": doc("2057/KH-UBND", "KH", "2020-06-10", "Ủy ban nhân dân", "province", loc(),
                        "Tháng hành động phòng, chống ma túy"),
        "implements": [],
        "citations": [],
        "notes": "Provincial portal: section 'Chính trị - Xã hội', headline, posting date '16/06/2020', then 'Ngày 10 tháng 6 năm 2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 2057/KH-UBND triển khai \"Tháng hành động phòng, chống ma túy\" năm 2020.' and its purposes ('Quán triệt chỉ đạo của Thủ tướng Chính phủ ...', no number). The province (Ninh Thuận) is only in the URL: null.",
    },
}

# b06: 'UBND thành phố' is province level only if the city is Hải Phòng, which only the chrome says:
# level and locality ungraded, the name still graded.
LABELS["b06_haiphong_ubndtp_vb_thangnct_2020_amp"]["document"]["issuer"].pop("level")
LABELS["b06_haiphong_ubndtp_vb_thangnct_2020_amp"]["document"].pop("locality")
