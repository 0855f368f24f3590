@file p24_9e5fb367.html
@unit Tỉnh Lào Cai
tang_truong_kinh_te plan 2022 9,5 | Lào Cai phấn đấu tăng trưởng kinh tế 9,5% năm 2022
tang_truong_kinh_te actual 2021 8,6 e | Tốc độ tăng trưởng GRDP (giá so sánh 2010) ước đạt 8,6%, đứng thứ 7 cả nước, song chưa đạt kế hoạch đề ra (9,5-10%)
tang_truong_kinh_te plan 2021 9,5 max=10 | Tốc độ tăng trưởng GRDP (giá so sánh 2010) ước đạt 8,6%, đứng thứ 7 cả nước, song chưa đạt kế hoạch đề ra (9,5-10%)
thu_ngan_sach actual 2021 9.305*tỷ e | Thu ngân sách nhà nước trên địa bàn năm 2021 ước đạt 9.305 tỷ đồng, bằng 116% dự toán Trung ương giao, bằng 103% dự toán tỉnh giao
thu_ngan_sach pct_of_plan 2021 116 e | Thu ngân sách nhà nước trên địa bàn năm 2021 ước đạt 9.305 tỷ đồng, bằng 116% dự toán Trung ương giao, bằng 103% dự toán tỉnh giao
thu_ngan_sach pct_of_plan 2021 103 e | Thu ngân sách nhà nước trên địa bàn năm 2021 ước đạt 9.305 tỷ đồng, bằng 116% dự toán Trung ương giao, bằng 103% dự toán tỉnh giao
von_dau_tu actual 2021 31.640*tỷ e | Tổng vốn đầu tư phát triển toàn xã hội ước đạt 31.640 tỷ đồng
giai_ngan_dau_tu pct_of_plan 2021 72,6 asof=2021-11-30 | Tỷ lệ giải ngân vốn đầu tư công tính đến 30/11/2021 đạt 72,6% kế hoạch
viec_lam_moi actual 2021 14.350 | toàn tỉnh giải quyết việc làm mới cho 14.350 lao động
ty_le_ho_ngheo change_vs_prev 2021 -3,62 | Tỷ lệ hộ nghèo giảm 3,62%, còn 6,24% (theo chuẩn nghèo giai đoạn 2016-2020)
ty_le_ho_ngheo actual 2021 6,24 | Tỷ lệ hộ nghèo giảm 3,62%, còn 6,24% (theo chuẩn nghèo giai đoạn 2016-2020)
ho_thoat_ngheo actual 2021 5.215 | có 5.215 hộ thoát nghèo
ty_le_bhyt actual 2021 98,5 | Tỷ lệ bao phủ bảo hiểm y tế đạt 98,5%
thu_ngan_sach plan 2022 10.500*tỷ | thu ngân sách nhà nước trên địa bàn 10.500 tỷ đồng
von_dau_tu plan 2022 38.000*tỷ | tổng vốn đầu tư phát triển toàn xã hội 38.000 tỷ đồng
viec_lam_moi plan 2022 15.000 | giải quyết việc làm mới cho 15.000 lao động
