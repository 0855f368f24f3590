R="restart"; C="cont"
hdr1 = {"header": True, "cells": [dict(t="STT",vm=R,b=True), dict(t="Chỉ tiêu",vm=R,b=True), dict(t="Đơn vị\ntính",vm=R,b=True), dict(t="Thực hiện\nnăm 2023",vm=R,b=True), dict(t="Năm 2024",span=3,b=True), dict(t="So sánh (%)",span=2,b=True), dict(t="Kế hoạch\nnăm 2025",vm=R,b=True)]}
hdr2 = {"header": True, "cells": [dict(vm=C), dict(vm=C), dict(vm=C), dict(vm=C), dict(t="Kế hoạch",b=True), dict(t="Thực hiện\n6 tháng",b=True), dict(t="Ước thực\nhiện năm",b=True), dict(t="Ước TH/\nKH",b=True), dict(t="Ước TH/\ncùng kỳ",b=True), dict(vm=C)]}
hdr3 = {"header": True, "cells": ["(1)","(2)","(3)","(4)","(5)","(6)","(7)","(8)=(7)/(5)","(9)=(7)/(4)","(10)"]}
rows = [hdr1, hdr2, hdr3,
 ["I","KINH TẾ","","","","","","","",""],
 ["1","Tốc độ tăng trưởng giá trị sản xuất (giá so sánh)","%","8,1","8,5 - 9","7,9","8,7","","","9"],
 ["2","Giá trị sản xuất (giá so sánh 2010)","Tỷ đồng","38.420","41.800","19.950","41.760","99,9","108,7","45.500"],
 ["","- Công nghiệp - xây dựng","Tỷ đồng","25.100","27.300","13.200","27.250","99,8","108,6","29.800"],
 ["","- Thương mại - dịch vụ","Tỷ đồng","11.800","12.950","6.150","12.960","100,1","109,8","14.100"],
 ["3","Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng","Tỷ đồng","15.600","17.000","8.320","17.150","100,9","109,9","18.900"],
 ["4","Tổng vốn đầu tư phát triển trên địa bàn","Tỷ đồng","9.850","10.500","4.720","10.620","101,1","107,8","11.500"],
 ["5","Giải ngân vốn đầu tư công","Tỷ đồng","1.215","1.480","612","1.420","95,9","116,9","1.600"],
 ["II","THU, CHI NGÂN SÁCH","","","","","","","",""],
 ["1","Tổng thu NSNN trên địa bàn","Triệu đồng","2.845.300","3.100.000","1.652.400","3.256.000","105,0","114,4","3.400.000"],
 ["","Trong đó:","","","","","","","",""],
 ["","- Thu nội địa","Triệu đồng","2.700.100","2.950.000","1.580.000","3.105.000","105,3","115,0","3.250.000"],
 ["","- Thu tiền sử dụng đất","Triệu đồng","1.150.000","1.200.000","720.000","1.350.000","112,5","117,4","1.300.000"],
 ["2","Tổng chi ngân sách địa phương","Triệu đồng","1.920.500","2.050.000","905.300","2.010.000","98,0","104,7","2.150.000"],
 ["III","VĂN HÓA - XÃ HỘI","","","","","","","",""],
 ["1","Giải quyết việc làm mới","Người","4.210","4.300","2.350","4.420","102,8","105,0","4.400"],
 ["2","Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)","%","1,25","0,95","1,02","0,88","","","0,7"],
 ["3","Số hộ thoát nghèo","Hộ","215","180","95","196","108,9","91,2","150"],
 ["4","Số hộ cận nghèo","Hộ","640","","","585","","","520"],
 ["5","Tỷ lệ dân số tham gia bảo hiểm y tế","%","92,4","93,5","92,8","93,6","","","94,2"],
 ["6","Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa","%","91,5","92","","92,3","","","92,5"],
 ["7","Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa","%","86,7","87","","88,2","","","89"],
 ["IV","XÂY DỰNG ĐẢNG","","","","","","","",""],
 ["1","Kết nạp đảng viên mới","Đảng viên","312","300","141","318","106,0","101,9","300"],
]
spec = dict(font="Times New Roman", size=12, landscape=True, body=[
 "UBND TỈNH BẮC NINH", "**UBND HUYỆN TIÊN DU**", "Số: 215/BC-UBND",
 "**BIỂU SỐ 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2024, KẾ HOẠCH NĂM 2025**",
 "(Kèm theo Báo cáo số 215/BC-UBND ngày 28/11/2024 của UBND huyện Tiên Du)",
 dict(table=rows, widths=[600,4200,1100,1300,1300,1300,1300,1200,1200,1300], size=11),
 "Nơi nhận:", "- Thường trực Huyện ủy;",
])
