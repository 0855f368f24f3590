@file p08_bc34ef45.txt
@unit Tỉnh Quảng Trị
tang_truong_kinh_te actual 2016 6,8 e asof=2016-06-30 | Tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu năm 2016 theo giá so sánh 2010 ước tăng 6,8% so với cùng kỳ năm 2015
tang_truong_kinh_te plan 2016 7 max=7,5 | khó đạt mục tiêu tăng trưởng cả năm 7-7,5% mà Nghị quyết HĐND tỉnh đã đề ra
tong_muc_ban_le actual 2016 11.860*tỷ e asof=2016-06-30 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 11.860 tỷ đồng, tăng 10,4% so với cùng kỳ, đạt 47,4% KH
tong_muc_ban_le change_vs_prev 2016 10,4 e asof=2016-06-30 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 11.860 tỷ đồng, tăng 10,4% so với cùng kỳ, đạt 47,4% KH
tong_muc_ban_le pct_of_plan 2016 47,4 e asof=2016-06-30 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 11.860 tỷ đồng, tăng 10,4% so với cùng kỳ, đạt 47,4% KH
von_dau_tu actual 2016 6.350*tỷ e asof=2016-06-30 | Tổng vốn đầu tư phát triển toàn xã hội ước 6.350 tỷ đồng, tăng 8,2% CK
von_dau_tu change_vs_prev 2016 8,2 e asof=2016-06-30 | Tổng vốn đầu tư phát triển toàn xã hội ước 6.350 tỷ đồng, tăng 8,2% CK
giai_ngan_dau_tu actual 2016 1.012*tỷ asof=2016-06-30 | Giải ngân vốn đầu tư công (kế hoạch năm 2016) đến 30/6 đạt 1.012 tỷ đồng, đạt 41,3% kế hoạch
giai_ngan_dau_tu pct_of_plan 2016 41,3 asof=2016-06-30 | Giải ngân vốn đầu tư công (kế hoạch năm 2016) đến 30/6 đạt 1.012 tỷ đồng, đạt 41,3% kế hoạch
thu_ngan_sach actual 2016 1.185*tỷ e asof=2016-06-30 | Thu NSNN trên địa bàn ước 1.185 tỷ đồng, bằng 52,1% dự toán TW giao, bằng 48,6% dự toán HĐND tỉnh giao, tăng 14,8% CK
thu_ngan_sach pct_of_plan 2016 52,1 e asof=2016-06-30 | Thu NSNN trên địa bàn ước 1.185 tỷ đồng, bằng 52,1% dự toán TW giao, bằng 48,6% dự toán HĐND tỉnh giao, tăng 14,8% CK
thu_ngan_sach pct_of_plan 2016 48,6 e asof=2016-06-30 | Thu NSNN trên địa bàn ước 1.185 tỷ đồng, bằng 52,1% dự toán TW giao, bằng 48,6% dự toán HĐND tỉnh giao, tăng 14,8% CK
thu_ngan_sach change_vs_prev 2016 14,8 e asof=2016-06-30 | Thu NSNN trên địa bàn ước 1.185 tỷ đồng, bằng 52,1% dự toán TW giao, bằng 48,6% dự toán HĐND tỉnh giao, tăng 14,8% CK
chi_ngan_sach actual 2016 3.412*tỷ e asof=2016-06-30 | Chi NSĐP ước 3.412 tỷ đồng, bằng 47,2% dự toán năm
chi_ngan_sach pct_of_plan 2016 47,2 e asof=2016-06-30 | Chi NSĐP ước 3.412 tỷ đồng, bằng 47,2% dự toán năm
viec_lam_moi actual 2016 5.120 asof=2016-06-30 | Giải quyết việc làm cho 5.120 lao động, đạt 53% kế hoạch năm
viec_lam_moi pct_of_plan 2016 53 asof=2016-06-30 | Giải quyết việc làm cho 5.120 lao động, đạt 53% kế hoạch năm
ty_le_bhyt actual 2016 86,5 asof=2016-06-30 | Tỷ lệ bao phủ BHYT đến 30/6 đạt 86,5%
thu_ngan_sach plan 2016 2.300*tỷ | phấn đấu cả năm thu NSNN trên địa bàn đạt 2.300 tỷ đồng
viec_lam_moi plan 2016 9.700 | giải quyết việc làm cho 9.700 lao động
