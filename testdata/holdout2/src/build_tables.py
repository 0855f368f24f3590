#!/usr/bin/env python3
"""Build the holdout2 table documents and tables/gold.jsonl (run from anywhere).

Regenerating rewrites the documents (PDF bytes differ run to run); the gold
is the contract, so only rerun to fix a table, then re-run ../check_gold.py.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

from tablib import (cell, docx_table, facts_for, html_table, row_evidence, soffice_pdf,
                    write_docx, num)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tables")
NAMES = [l.strip() for l in open(os.path.join(HERE, "tnames.txt"))]
E = {"e": True}


def nm(i, ext):
    return f"{NAMES[i - 1]}.{ext}"


def std5(ind, y0, y1, order=("plan", "pct_plan_prev")):
    """TH y0 | KH y1 | ƯTH y1 | ƯTH/KH | ƯTH/TH y0 at columns 3..7."""
    return [(3, ind, "actual", y0), (4, ind, "plan", y1), (5, ind, "actual", y1, E),
            (6, ind, "pct_of_plan", y1, E), (7, ind, "pct_of_prev", y1, E)]


def rate3(ind, y0, y1):
    return [(3, ind, "actual", y0), (4, ind, "plan", y1), (5, ind, "actual", y1, E)]


def pct(a, b, places=1):
    q = Decimal(a) / Decimal(b) * 100
    s = str(q.quantize(Decimal(10) ** -places, rounding=ROUND_HALF_UP))
    return s.replace(".", ",")


def vn(n, places=0):
    """Vietnamese number formatting: 1.234.567,8"""
    q = Decimal(str(n)).quantize(Decimal(10) ** -places, rounding=ROUND_HALF_UP)
    s = f"{q:,.{places}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


specs = []

# ---------------------------------------------------------------- T01 docx
t01_body = [
    ([("I", 1, 1, {"bold": True}), ("KINH TẾ", 1, 1, {"bold": True}), "", "", "", "", "", "", ""], []),
    (["1", "Tốc độ tăng giá trị sản xuất (giá SS 2010)", "%", "10,2", "11,0", "11,4", "-", "-", ""],
     rate3("tang_truong_kinh_te", 2022, 2023)),
    (["2", "Tổng giá trị sản xuất (giá SS 2010)", "Tỷ đồng", "28.456,2", "31.600,0", "31.708,5", "100,3", "111,4", ""],
     std5("gia_tri_san_xuat", 2022, 2023)),
    (["", "- Nông, lâm nghiệp, thủy sản", "Tỷ đồng", "3.012,4", "3.080,0", "3.101,6", "100,7", "103,0", ""], []),
    (["", "- Công nghiệp - xây dựng", "Tỷ đồng", "19.215,3", "21.480,0", "21.552,8", "100,3", "112,2", ""], []),
    (["", "- Thương mại - dịch vụ", "Tỷ đồng", "6.228,5", "7.040,0", "7.054,1", "100,2", "113,3", ""], []),
    (["3", "Tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế", "%", "21,9", "22,3", "22,2", "-", "-", ""],
     rate3("ty_trong_dich_vu", 2022, 2023)),
    (["4", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", "6.120,0", "6.900,0", "6.985,3", "101,2", "114,1", ""],
     std5("tong_muc_ban_le", 2022, 2023)),
    (["5", "Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", "7.850,0", "8.500,0", "8.612,4", "101,3", "109,7", ""],
     std5("von_dau_tu", 2022, 2023)),
    ([("II", 1, 1, {"bold": True}), ("THU, CHI NGÂN SÁCH", 1, 1, {"bold": True}), "", "", "", "", "", "", ""], []),
    (["6", "Tổng thu NSNN trên địa bàn", "Tỷ đồng", "1.245,6", "1.102,0", "1.318,4", "119,6", "105,8", ""],
     std5("thu_ngan_sach", 2022, 2023)),
    (["", ("Trong đó:", 1, 1, {"italic": True}), "", "", "", "", "", "", ""], []),
    (["", "- Thu nội địa (không kể tiền SDĐ)", "Tỷ đồng", "412,3", "438,0", "456,2", "104,2", "110,6", ""], []),
    (["", "- Thu tiền sử dụng đất", "Tỷ đồng", "833,3", "664,0", "862,2", "129,8", "103,5", ""], []),
    (["7", "Tổng chi ngân sách địa phương", "Tỷ đồng", "1.512,3", "1.420,5", "1.498,2", "105,5", "99,1", ""],
     std5("chi_ngan_sach", 2022, 2023)),
    (["8", "Tỷ lệ giải ngân vốn đầu tư công", "% KH", "95,2", "100", "92,6", "", "", "KH vốn năm"],
     [(3, "giai_ngan_dau_tu", "pct_of_plan", 2022), (5, "giai_ngan_dau_tu", "pct_of_plan", 2023, E)]),
    ([("III", 1, 1, {"bold": True}), ("VĂN HÓA - XÃ HỘI", 1, 1, {"bold": True}), "", "", "", "", "", "", ""], []),
    (["9", "Số lao động được tạo việc làm mới", "Người", "3.215", "3.200", "3.340", "104,4", "103,9", ""],
     std5("viec_lam_moi", 2022, 2023)),
    (["10", "Tỷ lệ lao động qua đào tạo", "%", "68,0", "70,0", "70,5", "-", "-", ""], []),
    (["11", "Tỷ lệ hộ nghèo", "%", "2,15", "1,60", "1,52", "-", "-", "Chuẩn nghèo đa chiều"],
     rate3("ty_le_ho_ngheo", 2022, 2023)),
    (["12", "Số hộ thoát nghèo", "Hộ", "412", "350", "368", "105,1", "89,3", ""],
     std5("ho_thoat_ngheo", 2022, 2023)),
    (["13", "Tỷ lệ dân số tham gia BHYT", "%", "92,1", "93,0", "93,4", "-", "-", ""],
     rate3("ty_le_bhyt", 2022, 2023)),
    (["14", "Tỷ lệ gia đình văn hóa", "%", "87,5", "88,0", "88,6", "-", "-", ""],
     rate3("ty_le_gia_dinh_van_hoa", 2022, 2023)),
    (["15", "Tỷ lệ thôn, tổ dân phố văn hóa", "%", "78,4", "80,0", "81,2", "-", "-", ""],
     rate3("ty_le_khu_dan_cu_van_hoa", 2022, 2023)),
    (["16", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "5", "7", "7", "100,0", "140,0", "Lũy kế"], []),
    ([("IV", 1, 1, {"bold": True}), ("XÂY DỰNG ĐẢNG", 1, 1, {"bold": True}), "", "", "", "", "", "", ""], []),
    (["17", "Kết nạp đảng viên mới", "Đảng viên", "286", "280", "291", "103,9", "101,7", ""],
     std5("dang_vien_moi", 2022, 2023)),
]
specs.append(dict(
    i=1, fmt="docx", unit="Huyện Thuận Thành", numfmt="vn", scale=10**9, landscape=True,
    ncols=9, widths=[600, 4400, 1100, 1300, 1300, 1300, 1200, 1300, 1600],
    header=[[("STT", 1, 2), ("Chỉ tiêu", 1, 2), ("ĐVT", 1, 2), ("TH năm 2022", 1, 2), ("Năm 2023", 2, 1),
             ("So sánh (%)", 2, 1), ("Ghi chú", 1, 2)],
            ["KH", "Ước TH", "ƯTH/KH", "ƯTH/TH 2022"],
            [("(1)", 1, 1, {"italic": True}), ("(2)", 1, 1, {"italic": True}), ("(3)", 1, 1, {"italic": True}),
             ("(4)", 1, 1, {"italic": True}), ("(5)", 1, 1, {"italic": True}), ("(6)", 1, 1, {"italic": True}),
             ("(7)=(6)/(5)", 1, 1, {"italic": True}), ("(8)=(6)/(4)", 1, 1, {"italic": True}), ("(9)", 1, 1, {"italic": True})]],
    body=t01_body,
    pre=[("p", "UBND HUYỆN THUẬN THÀNH\t\t\t\t\t\t\t\t\t\tBiểu số 01", {"bold": True}),
         ("p", "BIỂU: CÁC CHỈ TIÊU CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023", {"align": "center", "bold": True, "size": 28}),
         ("p", "(Kèm theo Báo cáo số 415/BC-UBND ngày 08/12/2023 của UBND huyện Thuận Thành)", {"align": "center", "italic": True})],
    post=[("p", ""), ("p", "Ghi chú: Số liệu ước thực hiện năm 2023 tính đến hết ngày 31/12/2023; giá trị sản xuất tính theo giá so sánh năm 2010.", {"italic": True, "size": 22})],
    notes="Socio-economic form 'Biểu: các chỉ tiêu chủ yếu' with merged headers ('Năm 2023' over KH/Ước TH, 'So sánh (%)' over ƯTH/KH and ƯTH/TH 2022), a column-number row, section rows, 'Trong đó:' sector and revenue sub-rows (parts, no facts), ĐVT column. Rate rows carry '-' in the ratio columns (placeholders). Row 8 is a disbursement rate in '% KH': TH 2022 and Ước TH 2023 are pct_of_plan; its KH '100' is a planned ratio, not a fact. Non-catalog rows (trained labour, new-rural communes) have no facts. Ước TH → estimate; so sánh ratios computed from Ước TH carry estimate too.",
))

# ---------------------------------------------------------------- T02 docx budget form
t02_body = [
    ([("A", 1, 1, {"bold": True}), ("TỔNG THU NSNN TRÊN ĐỊA BÀN", 1, 1, {"bold": True}), "486.200", "531.745", "109,4", "112,8"],
     [(2, "thu_ngan_sach", "plan", 2024), (3, "thu_ngan_sach", "actual", 2024, E),
      (4, "thu_ngan_sach", "pct_of_plan", 2024, E), (5, "thu_ngan_sach", "pct_of_prev", 2024, E)]),
    (["I", "Thu nội địa", "486.200", "531.745", "109,4", "112,8"], []),
    (["1", "Thu tiền sử dụng đất", "310.000", "342.160", "110,4", "118,6"], []),
    (["2", "Thu thuế, phí và thu khác", "176.200", "189.585", "107,6", "102,9"], []),
    (["II", "Thu từ hoạt động xuất nhập khẩu", "-", "-", "-", "-"], []),
    ([("B", 1, 1, {"bold": True}), ("THU NGÂN SÁCH HUYỆN", 1, 1, {"bold": True}), "852.450", "903.118", "105,9", "108,3"], []),
    (["1", "Thu ngân sách huyện hưởng theo phân cấp", "298.150", "331.220", "111,1", "113,5"], []),
    (["2", "Thu bổ sung từ ngân sách cấp trên", "554.300", "571.898", "103,2", "105,6"], []),
    ([("C", 1, 1, {"bold": True}), ("TỔNG CHI NGÂN SÁCH HUYỆN", 1, 1, {"bold": True}), "852.450", "838.306", "98,3", "104,1"],
     [(2, "chi_ngan_sach", "plan", 2024), (3, "chi_ngan_sach", "actual", 2024, E),
      (4, "chi_ngan_sach", "pct_of_plan", 2024, E), (5, "chi_ngan_sach", "pct_of_prev", 2024, E)]),
    (["I", "Chi đầu tư phát triển", "245.600", "238.914", "97,3", "101,2"], []),
    (["II", "Chi thường xuyên", "589.850", "599.392", "101,6", "105,8"], []),
    (["III", "Dự phòng ngân sách", "17.000", "-", "-", "-"], []),
]
specs.append(dict(
    i=2, fmt="docx", unit="Huyện Đức Thọ", numfmt="vn", scale=10**6, landscape=False,
    ncols=6, widths=[700, 3900, 1300, 1300, 1100, 1100],
    header=[[("STT", 1, 2), ("Nội dung", 1, 2), ("Dự toán năm 2024", 1, 2), ("Ước thực hiện năm 2024", 1, 2),
             ("So sánh ước thực hiện với (%)", 2, 1)],
            ["Dự toán năm", "Cùng kỳ năm trước"],
            ["A", "B", "1", "2", "3=2/1", "4"]],
    body=t02_body,
    pre=[("p", "UBND HUYỆN ĐỨC THỌ", {"bold": True}),
         ("p", "Biểu số 02", {"align": "right", "bold": True}),
         ("p", "CÂN ĐỐI NGÂN SÁCH HUYỆN ƯỚC THỰC HIỆN NĂM 2024", {"align": "center", "bold": True, "size": 28}),
         ("p", "(Kèm theo Báo cáo số 286/BC-UBND ngày 02/12/2024 của UBND huyện Đức Thọ)", {"align": "center", "italic": True}),
         ("p", "Đơn vị tính: triệu đồng", {"align": "right", "italic": True})],
    post=[("p", ""), ("p", "NGƯỜI LẬP BIỂU\t\t\t\tTM. ỦY BAN NHÂN DÂN", {"bold": True}),
          ("p", "\t\t\t\t\t\tCHỦ TỊCH", {"bold": True})],
    notes="District budget execution form (Dự toán | Ước thực hiện | So sánh with dự toán and cùng kỳ), 'Đơn vị tính: triệu đồng' above the table, column letters row. Only the two totals are facts: A Tổng thu NSNN trên địa bàn and C Tổng chi ngân sách huyện. 'Thu nội địa' repeats the total's figures (a district with no customs revenue) but is a part (trap); 'B Thu ngân sách huyện' (district's own budget incl. transfers) is not thu_ngan_sach; spending sub-rows are parts; '-' placeholders.",
))

# ---------------------------------------------------------------- T03 html multi-unit with facts
t03_units = [("TP. Bắc Giang", "Thành phố Bắc Giang", 1250000, 1412560, 1355624),
             ("Huyện Yên Thế", "Huyện Yên Thế", 168000, 245310, 248541),
             ("Huyện Tân Yên", "Huyện Tân Yên", 286000, 301488, 330579),
             ("Huyện Lạng Giang", "Huyện Lạng Giang", 520000, 468936, 547822),
             ("Huyện Hiệp Hòa", "Huyện Hiệp Hòa", 410000, 512885, 464991),
             ("Huyện Việt Yên", "Huyện Việt Yên", 1105000, 1286772, 1059072),
             ("Huyện Yên Dũng", "Huyện Yên Dũng", 395000, 352301, 461127),
             ("Huyện Lục Nam", "Huyện Lục Nam", 230000, 254613, 247678),
             ("Huyện Lục Ngạn", "Huyện Lục Ngạn", 275000, 268950, 285813),
             ("Huyện Sơn Động", "Huyện Sơn Động", 62000, 71362, 60019)]
t03_body = []
for k, (lab, unit, dt, th, ck) in enumerate(t03_units, 1):
    o = {"unit": unit, "scale": 10**6}
    t03_body.append(([str(k), lab, vn(dt), vn(th), pct(th, dt), pct(th, ck)],
                     [(2, "thu_ngan_sach", "plan", 2022, o), (3, "thu_ngan_sach", "actual", 2022, o),
                      (4, "thu_ngan_sach", "pct_of_plan", 2022, o), (5, "thu_ngan_sach", "pct_of_prev", 2022, o)]))
sdt = sum(u[2] for u in t03_units); sth = sum(u[3] for u in t03_units); sck = sum(u[4] for u in t03_units)
t03_body.append((["", ("Tổng cộng", 1, 1, {"bold": True}), vn(sdt), vn(sth), pct(sth, sdt), pct(sth, sck)], []))
specs.append(dict(
    i=3, fmt="html", unit="Tỉnh Bắc Giang", numfmt="vn", scale=10**6,
    ncols=6,
    header=[[("STT", 1, 2), ("Huyện, thành phố", 1, 2), ("Dự toán tỉnh giao năm 2022", 1, 2),
             ("Thực hiện năm 2022", 1, 2), ("So sánh (%)", 2, 1)],
            ["TH/DT", "TH/cùng kỳ"]],
    body=t03_body,
    page=("Sở Tài chính tỉnh Bắc Giang",
          "Kết quả thu ngân sách nhà nước trên địa bàn các huyện, thành phố năm 2022",
          "<p class=\"date\">Ngày đăng: 20/02/2023 | Lượt xem: 1.356</p>"
          "<p>Năm 2022, tổng thu ngân sách nhà nước trên địa bàn các huyện, thành phố (phần do Chi cục Thuế khu vực và các huyện, thành phố quản lý thu) đạt kết quả khá, nhiều địa phương thu vượt dự toán tỉnh giao. Kết quả cụ thể như sau:</p>"
          "<p style=\"text-align:right\"><i>Đơn vị tính: triệu đồng</i></p>",
          "<p><i>Ghi chú: Số liệu không bao gồm các khoản thu do Cục Thuế tỉnh và Cục Hải quan quản lý thu.</i></p><p style=\"text-align:right\"><b>Phòng Quản lý ngân sách</b></p>"),
    notes="One row per district/city of Bắc Giang (multi-unit); facts bound to each row's unit ('TP. Bắc Giang' → Thành phố Bắc Giang). The 'Tổng cộng' row is the sum of the district-collected revenue only (note under the table: excludes revenue collected by the provincial tax office and customs), so it is NOT the province's thu_ngan_sach: no facts on it (trap). Values in triệu đồng from the line above the table. Việt Yên was still a huyện in 2022.",
))

# ---------------------------------------------------------------- T04 html multi-unit no facts
t04_rows = [("Thành phố Hưng Yên", 33215, 30412, 76, 74), ("Thị xã Mỹ Hào", 31860, 29118, 64, 61),
            ("Huyện Văn Lâm", 34012, 30902, 78, 72), ("Huyện Văn Giang", 32544, 29961, 69, 66),
            ("Huyện Yên Mỹ", 38105, 34580, 92, 85), ("Huyện Khoái Châu", 52310, 47912, 151, 139),
            ("Huyện Ân Thi", 36702, 33114, 104, 95), ("Huyện Kim Động", 34870, 31905, 107, 99),
            ("Huyện Phù Cừ", 25918, 23806, 82, 77), ("Huyện Tiên Lữ", 29105, 26644, 94, 88)]
t04_body = [([str(k), a, vn(b), vn(c), str(d), str(e)], []) for k, (a, b, c, d, e) in enumerate(t04_rows, 1)]
t04_body.append((["", ("Toàn tỉnh", 1, 1, {"bold": True}), vn(sum(r[1] for r in t04_rows)), vn(sum(r[2] for r in t04_rows)),
                  str(sum(r[3] for r in t04_rows)), str(sum(r[4] for r in t04_rows))], []))
specs.append(dict(
    i=4, fmt="html", unit="Tỉnh Hưng Yên", numfmt="vn", ncols=6,
    header=[[("STT", 1, 2), ("Huyện, thị xã, thành phố", 1, 2), ("Gia đình", 2, 1), ("Thôn, làng, khu phố", 2, 1)],
            ["Tổng số hộ", "Số hộ đạt danh hiệu \"Gia đình văn hóa\"", "Tổng số", "Số đạt danh hiệu văn hóa"]],
    body=t04_body,
    page=("Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên",
          "Kết quả bình xét, công nhận các danh hiệu văn hóa năm 2019",
          "<p class=\"date\">15/01/2020 08:30</p><p>Thực hiện phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\", kết quả bình xét các danh hiệu văn hóa năm 2019 trên địa bàn tỉnh như sau:</p>",
          "<p>Nguồn: Ban Chỉ đạo phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" tỉnh.</p>"),
    notes="Precision test: one row per district with COUNTS of households and villages holding the culture titles; no rate is printed, so there is no ty_le_gia_dinh_van_hoa / ty_le_khu_dan_cu_van_hoa fact (a rate computed by the reader is not a stated figure). Gold is empty on purpose.",
))

# ---------------------------------------------------------------- T05 txt one cell per line
t05_body = [
    (["1", "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "186.400", "204.915", "109,9"],
     [(3, "thu_ngan_sach", "plan", 2019, {"scale": 10**6}), (4, "thu_ngan_sach", "actual", 2019, {"scale": 10**6}),
      (5, "thu_ngan_sach", "pct_of_plan", 2019)]),
    (["2", "Thu ngân sách phường (phần phường được hưởng)", "Triệu đồng", "8.650", "9.122", "105,5"], []),
    (["3", "Chi ngân sách phường", "Triệu đồng", "8.650", "8.317", "96,2"],
     [(3, "chi_ngan_sach", "plan", 2019, {"scale": 10**6}), (4, "chi_ngan_sach", "actual", 2019, {"scale": 10**6}),
      (5, "chi_ngan_sach", "pct_of_plan", 2019)]),
    (["4", "Giải quyết việc làm", "Lao động", "450", "512", "113,8"],
     [(3, "viec_lam_moi", "plan", 2019), (4, "viec_lam_moi", "actual", 2019), (5, "viec_lam_moi", "pct_of_plan", 2019)]),
    (["5", "Tỷ lệ hộ nghèo (chuẩn thành phố giai đoạn 2019-2020)", "%", "0,5", "0,38", "Đạt"],
     [(3, "ty_le_ho_ngheo", "plan", 2019), (4, "ty_le_ho_ngheo", "actual", 2019)]),
    (["6", "Hộ cận nghèo", "Hộ", "35", "29", "Đạt"],
     [(3, "ho_can_ngheo", "plan", 2019), (4, "ho_can_ngheo", "actual", 2019)]),
    (["7", "Tỷ lệ người dân tham gia BHYT", "%", "88", "89,2", "101,4"],
     [(3, "ty_le_bhyt", "plan", 2019), (4, "ty_le_bhyt", "actual", 2019), (5, "ty_le_bhyt", "pct_of_plan", 2019)]),
    (["8", "Tỷ lệ gia đình văn hóa", "%", "95", "96,1", "101,2"],
     [(3, "ty_le_gia_dinh_van_hoa", "plan", 2019), (4, "ty_le_gia_dinh_van_hoa", "actual", 2019),
      (5, "ty_le_gia_dinh_van_hoa", "pct_of_plan", 2019)]),
    (["9", "Tỷ lệ khu phố văn hóa", "%", "100", "100", "100"],
     [(3, "ty_le_khu_dan_cu_van_hoa", "plan", 2019), (4, "ty_le_khu_dan_cu_van_hoa", "actual", 2019),
      (5, "ty_le_khu_dan_cu_van_hoa", "pct_of_plan", 2019)]),
    (["10", "Kết nạp đảng viên", "Đảng viên", "12", "14", "116,7"],
     [(3, "dang_vien_moi", "plan", 2019), (4, "dang_vien_moi", "actual", 2019), (5, "dang_vien_moi", "pct_of_plan", 2019)]),
]
specs.append(dict(
    i=5, fmt="txt-lines", unit="Phường Tân Phong", numfmt="vn", ncols=6,
    header=[["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2019", "Thực hiện năm 2019", "Tỷ lệ TH/KH (%)"]],
    body=t05_body,
    pre="Cổng thông tin điện tử Quận 7\nTrang chủ\nGiới thiệu\nTin tức\nThủ tục hành chính\nPhường Tân Phong\n\nKết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2019 của phường Tân Phong\n\n26/12/2019\nLượt xem: 412\n\nUBND phường Tân Phong báo cáo kết quả thực hiện các chỉ tiêu chủ yếu năm 2019 như sau:\n",
    post="\nNguồn: UBND phường Tân Phong\nTin khác\nPhường Tân Thuận Đông tổng kết năm 2019\nPhường Phú Mỹ: 9 tháng thu ngân sách đạt 85% dự toán\n",
    notes="Web table copied one cell per line (no separators), page chrome above and below. Evidence is the row's lines joined by newlines, as printed. 'Thu ngân sách phường (phần phường được hưởng)' is the ward's own budget (part, no fact); 'Chi ngân sách phường' is the ward's spending (chi_ngan_sach). Ratio cells 'Đạt' are not numbers. TH/KH ratios of rate rows (BHYT, gia đình văn hóa, khu phố văn hóa) are stated ratios → pct_of_plan. 'Giải quyết việc làm' in Lao động → viec_lam_moi.",
))

# ---------------------------------------------------------------- T06 txt tsv English numbers
def yrs5(ind, cols=(2, 3, 4, 5, 6), years=(2018, 2019, 2020, 2021, 2022), skip=()):
    out = []
    for c, y in zip(cols, years):
        if y in skip:
            continue
        out.append((c, ind, "actual", y, {"e": True} if y == 2022 else {}))
    return out


t06_body = [
    (["Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010 - GRDP growth rate at constant 2010 prices", "%",
      "8.48", "8.85", "2.02", "8.66", "9.04"], yrs5("tang_truong_kinh_te")),
    (["Tốc độ tăng GRDP theo giá hiện hành - GRDP growth rate at current prices", "%",
      "11.62", "12.10", "4.31", "12.95", "13.20"], []),
    (["Tỷ trọng khu vực dịch vụ trong GRDP - Share of services in GRDP", "%",
      "28.45", "28.60", "27.93", "27.12", "27.80"], yrs5("ty_trong_dich_vu")),
    (["Thu ngân sách nhà nước trên địa bàn - State budget revenue", "Tỷ đồng - Bill. dongs",
      "15,204.6", "17,185.3", "17,902.1", "20,356.8", "21,870.4"], yrs5("thu_ngan_sach")),
    (["Trong đó: Thu nội địa - Of which: Domestic revenue", "Tỷ đồng - Bill. dongs",
      "11,812.0", "13,450.7", "14,105.2", "16,612.5", "17,935.0"], []),
    (["Chi ngân sách địa phương - Local budget expenditure", "Tỷ đồng - Bill. dongs",
      "13,950.2", "15,612.7", "17,530.9", "18,204.3", "19,865.1"], yrs5("chi_ngan_sach")),
    (["Tổng vốn đầu tư thực hiện trên địa bàn (giá hiện hành) - Realized investment at current prices", "Tỷ đồng - Bill. dongs",
      "45,120.0", "49,360.5", "50,212.8", "55,894.1", "61,250.6"], yrs5("von_dau_tu")),
    (["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng - Retail sales of goods and services", "Tỷ đồng - Bill. dongs",
      "44,612.3", "50,118.9", "48,930.2", "47,215.6", "58,730.5"], yrs5("tong_muc_ban_le")),
    (["Tỷ lệ hộ nghèo - Poverty rate", "%", "2.59", "1.66", "1.09", "0.81", ".."],
     yrs5("ty_le_ho_ngheo", skip=(2022,))),
    (["Số lao động được tạo việc làm - Persons getting new jobs", "Người - Persons",
      "36,520", "37,105", "30,460", "31,215", "38,040"], yrs5("viec_lam_moi")),
]
specs.append(dict(
    i=6, fmt="tsv", unit="Tỉnh Hải Dương", numfmt="en", scale=10**9, ncols=7,
    header=[["Chỉ tiêu - Indicators", "Đơn vị tính - Unit", "2018", "2019", "2020", "2021", "Sơ bộ - Prel. 2022"]],
    body=t06_body,
    pre="NIÊN GIÁM THỐNG KÊ TỈNH HẢI DƯƠNG 2022 - HAI DUONG STATISTICAL YEARBOOK 2022\n\n1. Một số chỉ tiêu kinh tế - xã hội chủ yếu của tỉnh Hải Dương\nSome main socio-economic indicators of Hai Duong province\n\n",
    post="\n(*) Số liệu tỷ lệ hộ nghèo năm 2022 theo chuẩn nghèo đa chiều giai đoạn 2022-2025 chưa công bố.\n",
    notes="Bilingual statistical-yearbook table copied tab-separated; English number format (15,204.6; 8.48): the dot is the decimal mark, commas group thousands (unambiguous in the same columns). 'Sơ bộ - Prel. 2022' → estimate. '..' is a placeholder (no fact). Current-price GRDP growth and 'Thu nội địa' are not facts. 'Tổng vốn đầu tư thực hiện trên địa bàn' → von_dau_tu; 'Số lao động được tạo việc làm' → viec_lam_moi.",
))

# ---------------------------------------------------------------- T07 txt pipe
t07_body = [
    (["1", "Tốc độ tăng trưởng giá trị sản xuất", "%", "10,5", "6,8", "-"],
     [(3, "tang_truong_kinh_te", "plan", 2020), (4, "tang_truong_kinh_te", "actual", 2020)]),
    (["2", "Tổng giá trị sản xuất (giá SS 2010)", "Tỷ đồng", "15.800", "15.210", "96,3"],
     [(3, "gia_tri_san_xuat", "plan", 2020), (4, "gia_tri_san_xuat", "actual", 2020), (5, "gia_tri_san_xuat", "pct_of_plan", 2020)]),
    (["3", "Thu ngân sách trên địa bàn", "Tỷ đồng", "635", "702,8", "110,7"],
     [(3, "thu_ngan_sach", "plan", 2020), (4, "thu_ngan_sach", "actual", 2020), (5, "thu_ngan_sach", "pct_of_plan", 2020)]),
    (["4", "Tổng vốn đầu tư phát triển", "Tỷ đồng", "5.500", "4.912", "89,3"],
     [(3, "von_dau_tu", "plan", 2020), (4, "von_dau_tu", "actual", 2020), (5, "von_dau_tu", "pct_of_plan", 2020)]),
    (["5", "Giải quyết việc làm mới", "Người", "2.100", "2.216", "105,5"],
     [(3, "viec_lam_moi", "plan", 2020), (4, "viec_lam_moi", "actual", 2020), (5, "viec_lam_moi", "pct_of_plan", 2020)]),
    (["6", "Tỷ lệ hộ nghèo", "%", "1,2", "0,98", "-"],
     [(3, "ty_le_ho_ngheo", "plan", 2020), (4, "ty_le_ho_ngheo", "actual", 2020)]),
    (["7", "Tỷ lệ BHYT", "%", "92", "92,6", "100,7"],
     [(3, "ty_le_bhyt", "plan", 2020), (4, "ty_le_bhyt", "actual", 2020), (5, "ty_le_bhyt", "pct_of_plan", 2020)]),
    (["8", "Tỷ lệ lao động qua đào tạo", "%", "75", "76,2", "101,6"], []),
]
specs.append(dict(
    i=7, fmt="pipe", unit="Thị xã Bỉm Sơn", numfmt="vn", scale=10**9, ncols=6,
    header=[["TT", "Chỉ tiêu", "ĐVT", "KH 2020", "TH 2020", "TH/KH (%)"]],
    body=t07_body,
    pre="Bỉm Sơn tổng kết năm 2020: 7/8 chỉ tiêu chủ yếu đạt và vượt kế hoạch\n\nKết quả thực hiện các chỉ tiêu chủ yếu năm 2020 của thị xã Bỉm Sơn:\n\n",
    post="\n(Nguồn: UBND thị xã Bỉm Sơn)\n",
    notes="Pipe-separated (markdown-like) copy of a town's results table with a headline above it. Evidence is the printed line. Headline '7/8 chỉ tiêu chủ yếu đạt và vượt kế hoạch' is prose in a table document and IS annotated (chi_tieu_hoan_thanh actual 7, plan 8; evidence = the headline line). Non-catalog row (trained labour) has no facts; '-' placeholders. TH 2020 is not marked as estimate.",
))

# ---------------------------------------------------------------- T08 pdf (from docx)
def std5b(ind, y0, y1):
    """TH y0 | KH y1 | ƯTH y1 | ƯTH/TH y0 | ƯTH/KH at columns 3..7 (ratio columns swapped)."""
    return [(3, ind, "actual", y0), (4, ind, "plan", y1), (5, ind, "actual", y1, E),
            (6, ind, "pct_of_prev", y1, E), (7, ind, "pct_of_plan", y1, E)]


t08_body = [
    (["1", "Tổng giá trị sản xuất (giá SS 2010)", "Tỷ đồng", "9.865,4", "10.950,0", "11.012,6", "111,6", "100,6"],
     std5b("gia_tri_san_xuat", 2018, 2019)),
    (["2", "Tốc độ tăng trưởng giá trị sản xuất", "%", "12,8", "11,0", "11,6", "", ""],
     rate3("tang_truong_kinh_te", 2018, 2019)),
    (["3", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", "9.112,0", "10.300,0", "10.385,0", "114,0", "100,8"],
     std5b("tong_muc_ban_le", 2018, 2019)),
    (["4", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "1.980,5", "2.150,0", "2.036,8", "102,8", "94,7"],
     std5b("thu_ngan_sach", 2018, 2019)),
    (["", "Trong đó: thu từ quỹ đất", "Tỷ đồng", "1.420,0", "1.500,0", "1.386,4", "97,6", "92,4"], []),
    (["5", "Chi ngân sách quận", "Tỷ đồng", "512,6", "498,2", "545,3", "106,4", "109,5"],
     std5b("chi_ngan_sach", 2018, 2019)),
    (["6", "Giải quyết việc làm", "Lao động", "3.650", "3.500", "3.712", "101,7", "106,1"],
     std5b("viec_lam_moi", 2018, 2019)),
    (["7", "Giảm hộ nghèo", "Hộ", "210", "180", "196", "93,3", "108,9"],
     std5b("ho_thoat_ngheo", 2018, 2019)),
    (["8", "Tỷ lệ hộ nghèo", "%", "1,45", "0,90", "0,86", "", ""],
     rate3("ty_le_ho_ngheo", 2018, 2019)),
    (["9", "Tỷ lệ gia đình văn hóa", "%", "91,2", "92,0", "92,4", "", ""],
     rate3("ty_le_gia_dinh_van_hoa", 2018, 2019)),
    (["10", "Tỷ lệ tổ dân phố văn hóa", "%", "85,1", "86,0", "87,3", "", ""],
     rate3("ty_le_khu_dan_cu_van_hoa", 2018, 2019)),
]
specs.append(dict(
    i=8, fmt="pdf-docx", unit="Quận Ngũ Hành Sơn", numfmt="vn", scale=10**9, landscape=True,
    ncols=8, widths=[600, 5200, 1200, 1500, 1500, 1500, 1500, 1500],
    header=[[("STT", 1, 2), ("Chỉ tiêu", 1, 2), ("ĐVT", 1, 2), ("TH năm 2018", 1, 2), ("KH năm 2019", 1, 2),
             ("Ước TH năm 2019", 1, 2), ("So sánh (%)", 2, 1)],
            ["ƯTH 2019/TH 2018", "ƯTH/KH 2019"]],
    body=t08_body,
    pre=[("p", "UBND QUẬN NGŨ HÀNH SƠN", {"bold": True}),
         ("p", "PHỤ LỤC", {"align": "center", "bold": True, "size": 28}),
         ("p", "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2019", {"align": "center", "bold": True, "size": 28}),
         ("p", "(Kèm theo Báo cáo số 198/BC-UBND ngày 29/11/2019 của UBND quận)", {"align": "center", "italic": True})],
    post=[("p", ""), ("p", "Ghi chú: Thu ngân sách không bao gồm thu tiền sử dụng đất do thành phố quản lý.", {"italic": True, "size": 22})],
    notes="Text PDF rendered with LibreOffice from a .docx (landscape; Word table with merged headers). Ratio columns in the other order (ƯTH/TH năm trước first, then ƯTH/KH). Row 7 'Giảm hộ nghèo | Hộ' counts households lifted out of poverty → ho_thoat_ngheo. 'Trong đó: thu từ quỹ đất' is a part. Evidence: row's non-empty cells as in the source .docx; the checker matches them in order in pdftotext output.",
))

# ---------------------------------------------------------------- T09 pdf (from html) multi-unit party
t09_rows = [("Đảng bộ thành phố Tam Kỳ", "Thành phố Tam Kỳ", 180, 196), ("Đảng bộ thành phố Hội An", "Thành phố Hội An", 120, 131),
            ("Đảng bộ thị xã Điện Bàn", "Thị xã Điện Bàn", 260, 248), ("Đảng bộ huyện Duy Xuyên", "Huyện Duy Xuyên", 150, 162),
            ("Đảng bộ huyện Thăng Bình", "Huyện Thăng Bình", 200, 187), ("Đảng bộ huyện Núi Thành", "Huyện Núi Thành", 170, 183),
            ("Đảng bộ huyện Nam Trà My", "Huyện Nam Trà My", 60, 47), ("Đảng bộ Khối Các cơ quan tỉnh", None, 110, 124),
            ("Đảng bộ Khối Doanh nghiệp tỉnh", None, 70, 66), ("Đảng bộ Quân sự tỉnh", None, 45, 45),
            ("Đảng bộ Công an tỉnh", None, 55, 58)]
t09_body = []
for k, (lab, unit, kh, th) in enumerate(t09_rows, 1):
    ann = []
    if unit:
        o = {"unit": unit}
        ann = [(2, "dang_vien_moi", "plan", 2021, o), (3, "dang_vien_moi", "actual", 2021, {**o, "asof": "2021-11-30"}),
               (4, "dang_vien_moi", "pct_of_plan", 2021, {**o, "asof": "2021-11-30"})]
    t09_body.append(([str(k), lab, str(kh), str(th), pct(th, kh)], ann))
t09_body.append((["", ("Toàn Đảng bộ tỉnh", 1, 1, {"bold": True}), "2.850", "2.716", pct(2716, 2850)],
                 [(2, "dang_vien_moi", "plan", 2021), (3, "dang_vien_moi", "actual", 2021, {"asof": "2021-11-30"}),
                  (4, "dang_vien_moi", "pct_of_plan", 2021, {"asof": "2021-11-30"})]))
specs.append(dict(
    i=9, fmt="pdf-html", unit="Tỉnh Quảng Nam", numfmt="vn", ncols=5,
    header=[["STT", "Đảng bộ", "Chỉ tiêu giao năm 2021", "Kết nạp đến 30/11/2021", "Tỷ lệ (%)"]],
    body=t09_body,
    page=None,
    title_block="<p style=\"text-align:center\"><b>TỈNH ỦY QUẢNG NAM<br>BAN TỔ CHỨC</b></p><p style=\"text-align:center\"><b>KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2021 (TÍNH ĐẾN NGÀY 30/11/2021)</b><br><i>(Trích một số đảng bộ trực thuộc Tỉnh ủy)</i></p>",
    notes="Text PDF rendered with LibreOffice from an HTML table. One row per đảng bộ: rows of city/town/district party committees are facts of those units; 'Đảng bộ Khối …', Quân sự and Công an rows are party sub-committees, not administrative units (no facts). 'Toàn Đảng bộ tỉnh' is the province. Actuals and ratios are cumulative to 30/11/2021 (as_of); 'Chỉ tiêu giao năm 2021' → plan.",
))

# ---------------------------------------------------------------- T10 html two years with spans
def two_years(ind, rate=False):
    if rate:
        return [(3, ind, "plan", 2019), (4, ind, "actual", 2019), (6, ind, "plan", 2020), (7, ind, "actual", 2020, E)]
    return [(3, ind, "plan", 2019), (4, ind, "actual", 2019), (5, ind, "pct_of_plan", 2019),
            (6, ind, "plan", 2020), (7, ind, "actual", 2020, E), (8, ind, "pct_of_plan", 2020, E)]


t10_body = [
    (["1", "Tổng giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", "14.250", "14.418", "101,2", "15.400", "15.026", "97,6"], two_years("gia_tri_san_xuat")),
    (["2", "Tốc độ tăng giá trị sản xuất", "%", "10,0", "10,6", "-", "8,5", "4,2", "-"], two_years("tang_truong_kinh_te", True)),
    (["3", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "425,0", "512,3", "120,5", "480,0", "536,9", "111,9"], two_years("thu_ngan_sach")),
    (["4", "Chi ngân sách địa phương", "Tỷ đồng", "812,5", "845,2", "104,0", "860,0", "871,4", "101,3"], two_years("chi_ngan_sach")),
    (["5", "Giải quyết việc làm mới", "Người", "3.500", "3.612", "103,2", "3.500", "3.108", "88,8"], two_years("viec_lam_moi")),
    (["6", "Tỷ lệ hộ nghèo", "%", "2,5", "2,31", "-", "2,0", "1,86", "-"], two_years("ty_le_ho_ngheo", True)),
    (["7", "Tỷ lệ dân số tham gia BHYT", "%", "88,0", "89,4", "-", "90,0", "90,7", "-"], two_years("ty_le_bhyt", True)),
    (["8", "Kết nạp đảng viên mới", "Đảng viên", "250", "268", "107,2", "250", "231", "92,4"], two_years("dang_vien_moi")),
]
specs.append(dict(
    i=10, fmt="html", unit="Huyện Đông Hưng", numfmt="vn", scale=10**9, ncols=9,
    header=[[("TT", 1, 2), ("Chỉ tiêu", 1, 2), ("ĐVT", 1, 2), ("Năm 2019", 3, 1), ("Năm 2020", 3, 1)],
            ["KH", "TH", "TH/KH (%)", "KH", "Ước TH", "ƯTH/KH (%)"]],
    body=t10_body,
    page=("Cổng thông tin điện tử huyện Đông Hưng",
          "Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2019 và ước thực hiện năm 2020",
          "<p class=\"date\">Cập nhật: 18/12/2020</p><p>Tại kỳ họp thứ 12 HĐND huyện khóa XIX, UBND huyện báo cáo kết quả thực hiện một số chỉ tiêu chủ yếu như sau:</p>",
          "<p>Năm 2020, do ảnh hưởng của dịch Covid-19, một số chỉ tiêu không đạt kế hoạch đề ra.</p>"),
    notes="HTML table with rowspan/colspan headers: 'Năm 2019' spanning KH | TH | TH/KH and 'Năm 2020' spanning KH | Ước TH | ƯTH/KH. The year of each fact comes from the spanning header. Ước TH → estimate. Rate rows have '-' ratios.",
))

# ---------------------------------------------------------------- T11 docx labels with units, placeholders
t11_body = [
    (["1. Tổng giá trị sản xuất (giá SS 2010) (Tỷ đồng)", "18.452", "20.300", "20.516", "111,2"],
     [(1, "gia_tri_san_xuat", "actual", 2016), (2, "gia_tri_san_xuat", "plan", 2017), (3, "gia_tri_san_xuat", "actual", 2017, E),
      (4, "gia_tri_san_xuat", "pct_of_prev", 2017, E)]),
    (["2. Tổng thu ngân sách nhà nước trên địa bàn (Tỷ đồng)", "1.312,5", "1.150,0", "1.405,8", "107,1"],
     [(1, "thu_ngan_sach", "actual", 2016), (2, "thu_ngan_sach", "plan", 2017), (3, "thu_ngan_sach", "actual", 2017, E),
      (4, "thu_ngan_sach", "pct_of_prev", 2017, E)]),
    ([("Trong đó: Thu tiền sử dụng đất (Tỷ đồng)", 1, 1, {"italic": True}), "896,2", "700,0", "948,3", "105,8"], []),
    (["3. Tổng chi ngân sách thành phố (Tỷ đồng)", "1.108,4", "987,6", "1.204,1", "108,6"],
     [(1, "chi_ngan_sach", "actual", 2016), (2, "chi_ngan_sach", "plan", 2017), (3, "chi_ngan_sach", "actual", 2017, E),
      (4, "chi_ngan_sach", "pct_of_prev", 2017, E)]),
    (["4. Tổng vốn đầu tư phát triển trên địa bàn (Tỷ đồng)", "…", "6.200", "…", "-"],
     [(2, "von_dau_tu", "plan", 2017)]),
    (["5. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ (Tỷ đồng)", "9.865,0", "11.000,0", "11.148,3", "113,0"],
     [(1, "tong_muc_ban_le", "actual", 2016), (2, "tong_muc_ban_le", "plan", 2017), (3, "tong_muc_ban_le", "actual", 2017, E),
      (4, "tong_muc_ban_le", "pct_of_prev", 2017, E)]),
    (["6. Giải quyết việc làm (người)", "2.810", "2.800", "2.950", "105,0"],
     [(1, "viec_lam_moi", "actual", 2016), (2, "viec_lam_moi", "plan", 2017), (3, "viec_lam_moi", "actual", 2017, E),
      (4, "viec_lam_moi", "pct_of_prev", 2017, E)]),
    (["7. Tỷ lệ hộ nghèo (%)", "2,86", "2,20", "2,15", "-"],
     [(1, "ty_le_ho_ngheo", "actual", 2016), (2, "ty_le_ho_ngheo", "plan", 2017), (3, "ty_le_ho_ngheo", "actual", 2017, E)]),
    (["8. Tỷ lệ dân số tham gia BHYT (%)", "78,5", "82,0", "-", "-"],
     [(1, "ty_le_bhyt", "actual", 2016), (2, "ty_le_bhyt", "plan", 2017)]),
]
specs.append(dict(
    i=11, fmt="docx", unit="Thành phố Phủ Lý", numfmt="vn", scale=10**9, landscape=False,
    ncols=5, widths=[4300, 1150, 1150, 1150, 1350],
    header=[["Chỉ tiêu", "TH 2016", "KH 2017", "ƯTH 2017", "ƯTH 2017 so với TH 2016 (%)"]],
    body=t11_body,
    pre=[("p", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHỦ LÝ", {"bold": True}),
         ("p", "MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2017", {"align": "center", "bold": True, "size": 28}),
         ("p", "(Phụ lục kèm theo Báo cáo số 2150/BC-UBND ngày 05/12/2017)", {"align": "center", "italic": True})],
    post=[],
    notes="Word table without an ĐVT column: the unit of measure is in the row label ('(Tỷ đồng)', '(người)', '(%)'). Placeholders '…' and '-' are not facts (row 4 has only its KH value; row 8 only TH 2016 and KH 2017). ƯTH → estimate; the single ratio column is ƯTH 2017 / TH 2016 → pct_of_prev.",
))

# ---------------------------------------------------------------- T12 txt tsv commune budget
t12_body = [
    (["", "TỔNG THU NSNN TRÊN ĐỊA BÀN XÃ", "3.850", "4.612", "119,8"],
     [(2, "thu_ngan_sach", "plan", 2023, {"scale": 10**6}), (3, "thu_ngan_sach", "actual", 2023, {"e": True, "scale": 10**6}),
      (4, "thu_ngan_sach", "pct_of_plan", 2023, E)]),
    (["I", "Các khoản thu xã hưởng 100%", "420", "486", "115,7"], []),
    (["II", "Các khoản thu phân chia theo tỷ lệ %", "3.430", "4.126", "120,3"], []),
    (["", "TỔNG THU NGÂN SÁCH XÃ", "7.215", "7.986", "110,7"], []),
    (["", "TỔNG CHI NGÂN SÁCH XÃ", "7.215", "7.402", "102,6"],
     [(2, "chi_ngan_sach", "plan", 2023, {"scale": 10**6}), (3, "chi_ngan_sach", "actual", 2023, {"e": True, "scale": 10**6}),
      (4, "chi_ngan_sach", "pct_of_plan", 2023, E)]),
    (["1", "Chi đầu tư phát triển", "1.850", "1.912", "103,4"], []),
    (["2", "Chi thường xuyên", "5.215", "5.490", "105,3"], []),
    (["3", "Dự phòng ngân sách", "150", "", ""], []),
]
specs.append(dict(
    i=12, fmt="tsv", unit="Xã Tiên Phong", numfmt="vn", ncols=5,
    header=[["STT", "Nội dung", "Dự toán năm 2023", "Ước thực hiện năm 2023", "So sánh (%)"],
            ["A", "B", "1", "2", "3=2/1"]],
    body=t12_body,
    pre="UBND XÃ TIÊN PHONG\tBiểu số 02\nTÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH XÃ NĂM 2023\n(Kèm theo Báo cáo số 96/BC-UBND ngày 12/12/2023 của UBND xã Tiên Phong, huyện Ba Vì)\nĐơn vị tính: Triệu đồng\n",
    post="\nNGƯỜI LẬP BIỂU\t\t\tTM. ỦY BAN NHÂN DÂN\n\t\t\tCHỦ TỊCH\n",
    notes="Commune budget execution table copied from Excel (tab-separated; empty STT cells leave a leading tab; empty trailing cells kept). 'Đơn vị tính: Triệu đồng' above. Only the two totals are facts: 'TỔNG THU NSNN TRÊN ĐỊA BÀN XÃ' (thu_ngan_sach) and 'TỔNG CHI NGÂN SÁCH XÃ' (chi_ngan_sach). 'TỔNG THU NGÂN SÁCH XÃ' is the commune's own budget revenue incl. transfers (part; trap) and equals the spending plan by construction.",
))

# ---------------------------------------------------------------- T13 docx (soffice from html) poverty per district
t13_rows = [("Thành phố Sơn La", "Thành phố Sơn La", 30215, 412, 365), ("Huyện Mộc Châu", "Huyện Mộc Châu", 27860, 2186, 1534),
            ("Huyện Mai Sơn", "Huyện Mai Sơn", 41205, 3965, 2478), ("Huyện Thuận Châu", "Huyện Thuận Châu", 38640, 8412, 3120),
            ("Huyện Sốp Cộp", "Huyện Sốp Cộp", 11210, 4386, 1018), ("Huyện Quỳnh Nhai", "Huyện Quỳnh Nhai", 16402, 2511, 1260)]
t13_body = []
for k, (lab, unit, tot, ngheo, can) in enumerate(t13_rows, 1):
    o = {"unit": unit}
    t13_body.append(([str(k), lab, vn(tot), vn(ngheo), pct(ngheo, tot, 2), vn(can), pct(can, tot, 2)],
                     [(4, "ty_le_ho_ngheo", "actual", 2023, o), (5, "ho_can_ngheo", "actual", 2023, o)]))
specs.append(dict(
    i=13, fmt="docx-html", unit="Tỉnh Sơn La", numfmt="vn", ncols=7,
    header=[[("STT", 1, 2), ("Đơn vị", 1, 2), ("Tổng số hộ dân cư", 1, 2), ("Hộ nghèo", 2, 1), ("Hộ cận nghèo", 2, 1)],
            ["Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"]],
    body=t13_body,
    title_block="<p><b>UBND TỈNH SƠN LA<br>SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</b></p><p style=\"text-align:center\"><b>KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2023 THEO CHUẨN NGHÈO ĐA CHIỀU GIAI ĐOẠN 2022-2025</b><br><i>(Một số huyện, thành phố)</i></p>",
    notes="Word document made by LibreOffice from an HTML table (soffice --convert-to docx). One row per district: 'Hộ nghèo – Tỷ lệ (%)' → ty_le_ho_ngheo and 'Hộ cận nghèo – Số hộ' → ho_can_ngheo of that district; the count of poor households and the near-poor RATE are not catalog indicators. No province total row (only some districts are listed).",
))


# ================================================================ render
def txt_render(spec):
    fmt = spec["fmt"]
    lines_by_row = []
    out = spec.get("pre", "")
    hdr = []
    for row in spec["header"]:
        cells = [cell(c)["t"] for c in row]
        if fmt == "tsv":
            hdr.append("\t".join(cells))
        elif fmt == "pipe":
            hdr.append("| " + " | ".join(cells) + " |")
            hdr.append("|" + "---|" * len(cells))
        else:
            hdr.extend(cells)
    out += "\n".join(hdr) + "\n"
    for row, _ in spec["body"]:
        cells = [cell(c)["t"] for c in row]
        if fmt == "tsv":
            ls = ["\t".join(cells)]
        elif fmt == "pipe":
            ls = ["| " + " | ".join(cells) + " |"]
        else:
            ls = [c for c in cells if c != ""]
        lines_by_row.append("\n".join(ls))
        out += "\n".join(ls) + "\n"
    out += spec.get("post", "")
    return out, lines_by_row


def page_html(spec, table):
    site, title, before, after = spec["page"]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title} - {site}</title>
<style>body{{font-family:Arial,sans-serif;font-size:13px}} .nav a{{margin-right:10px}} table{{border-collapse:collapse}} td,th{{border:1px solid #666;padding:3px 6px}}</style>
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-00000-1']);</script>
</head>
<body>
<div class="header"><b>{site.upper()}</b></div>
<div class="nav"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức</a><a href="/van-ban">Văn bản</a><a href="/lien-he">Liên hệ</a></div>
<div class="content">
<h1>{title}</h1>
{before}
{table}
{after}
</div>
<div class="other"><h3>Các tin khác</h3><ul><li><a href="#">Hội nghị tổng kết công tác năm</a></li><li><a href="#">Thông báo lịch tiếp công dân</a></li></ul></div>
<div class="footer">Bản quyền thuộc {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</body>
</html>
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    gold, sources = [], []
    tmp = tempfile.mkdtemp()
    for spec in specs:
        i, fmt = spec["i"], spec["fmt"]
        if fmt in ("docx", "pdf-docx"):
            blocks = list(spec["pre"]) + [("tbl", docx_table(spec["header"], spec["body"], spec["widths"]))] + list(spec["post"])
            if fmt == "docx":
                name = nm(i, "docx")
                write_docx(os.path.join(OUT, name), blocks, spec.get("landscape", False))
            else:
                name = nm(i, "pdf")
                src = os.path.join(tmp, NAMES[i - 1] + ".docx")
                write_docx(src, blocks, spec.get("landscape", False))
                soffice_pdf(src, tmp)
                shutil.copy(os.path.join(tmp, NAMES[i - 1] + ".pdf"), os.path.join(OUT, name))
            evid = lambda r, s=spec: row_evidence(s["body"][r][0])
        elif fmt in ("html", "pdf-html", "docx-html"):
            table = html_table(spec["header"], spec["body"])
            if spec.get("page"):
                doc = page_html(spec, table)
            else:
                doc = ('<html><head><meta charset="utf-8"><style>body{font-family:"Times New Roman",serif;font-size:13pt}'
                       'table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 5px;font-size:12pt}</style></head><body>'
                       + spec["title_block"] + table + "</body></html>")
            if fmt == "html":
                name = nm(i, "html")
                open(os.path.join(OUT, name), "w", encoding="utf-8").write(doc)
            else:
                src = os.path.join(tmp, NAMES[i - 1] + ".html")
                open(src, "w", encoding="utf-8").write(doc)
                if fmt == "pdf-html":
                    name = nm(i, "pdf")
                    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
                                   check=True, capture_output=True)
                    shutil.copy(os.path.join(tmp, NAMES[i - 1] + ".pdf"), os.path.join(OUT, name))
                else:
                    name = nm(i, "docx")
                    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                                    "docx:MS Word 2007 XML", "--outdir", tmp, src], check=True, capture_output=True)
                    shutil.copy(os.path.join(tmp, NAMES[i - 1] + ".docx"), os.path.join(OUT, name))
            evid = lambda r, s=spec: row_evidence(s["body"][r][0])
        else:
            name = nm(i, "txt")
            text, rows = txt_render(spec)
            open(os.path.join(OUT, name), "w", encoding="utf-8").write(text)
            evid = lambda r, rows=rows: rows[r]
        spec["name"] = name
        fs = facts_for(spec, evid)
        fs += spec.get("extra", [])
        gold.extend(fs)
        sources.append((name, fmt.split("-")[0] if fmt != "txt-lines" else "txt", spec["notes"], len(fs)))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as w:
        for f in gold:
            w.write(json.dumps(f, ensure_ascii=False) + "\n")
    json.dump(sources, open(os.path.join(tempfile.gettempdir(), "holdout2_tsources.json"), "w"), ensure_ascii=False, indent=1)
    for s in sources:
        print(s[0], s[1], s[3])
    print(len(gold), "facts")


# extra prose facts inside table documents
specs[6]["extra"] = [
    {"source": nm(7, "txt"), "unit": "Thị xã Bỉm Sơn", "indicator": "chi_tieu_hoan_thanh", "year": 2020, "kind": "actual",
     "value": 7, "uom": "chỉ tiêu", "evidence": "Bỉm Sơn tổng kết năm 2020: 7/8 chỉ tiêu chủ yếu đạt và vượt kế hoạch"},
    {"source": nm(7, "txt"), "unit": "Thị xã Bỉm Sơn", "indicator": "chi_tieu_hoan_thanh", "year": 2020, "kind": "plan",
     "value": 8, "uom": "chỉ tiêu", "evidence": "Bỉm Sơn tổng kết năm 2020: 7/8 chỉ tiêu chủ yếu đạt và vượt kế hoạch"},
]

if __name__ == "__main__":
    main()
