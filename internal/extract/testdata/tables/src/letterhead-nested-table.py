R="restart"; C="cont"
inner = [
 [dict(t="TT",b=True), dict(t="Chỉ tiêu",b=True), dict(t="ĐVT",b=True), dict(t="KH 2023",b=True), dict(t="TH 2023",b=True), dict(t="TH/KH (%)",b=True)],
 ["1","Thu ngân sách nhà nước trên địa bàn","Tr.đồng","85.000","91.250","107,4"],
 ["2","Chi ngân sách","Tr.đồng","62.000","60.100","96,9"],
 ["3","Tỷ lệ hộ nghèo","%","2,1","1,8",""],
 ["4","Số lao động được giải quyết việc làm","Người","350","372","106,3"],
]
outer = [
 [dict(t="UBND HUYỆN NAM TRỰC\nUBND XÃ NAM THANH"), dict(t="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")],
]
lay = [[dict(t="Phụ lục kèm theo", nested=inner, nwidths=[500,3500,1000,1200,1200,1200])]]
spec = dict(font="Times New Roman", size=13, body=[
 dict(table=outer, widths=[4000,5500], borders=False),
 "**BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023**",
 dict(table=lay, widths=[9000], borders=False),
])
