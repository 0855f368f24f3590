@file p14_d3b7e61d.txt
@unit Thành phố
thu_ngan_sach actual 2017 1.126*tỷ asof=2017-09-30 | tổng thu ngân sách nhà nước trên địa bàn thành phố đạt 1.126 tỷ đồng, đạt 80,4% dự toán tỉnh giao, bằng 112% so với cùng kỳ
thu_ngan_sach pct_of_plan 2017 80,4 asof=2017-09-30 | tổng thu ngân sách nhà nước trên địa bàn thành phố đạt 1.126 tỷ đồng, đạt 80,4% dự toán tỉnh giao, bằng 112% so với cùng kỳ
thu_ngan_sach pct_of_prev 2017 112 asof=2017-09-30 | tổng thu ngân sách nhà nước trên địa bàn thành phố đạt 1.126 tỷ đồng, đạt 80,4% dự toán tỉnh giao, bằng 112% so với cùng kỳ
chi_ngan_sach actual 2017 684,3*tỷ asof=2017-09-30 | Chi ngân sách thành phố 9 tháng thực hiện 684,3 tỷ đồng, đạt 71,2% dự toán
chi_ngan_sach pct_of_plan 2017 71,2 asof=2017-09-30 | Chi ngân sách thành phố 9 tháng thực hiện 684,3 tỷ đồng, đạt 71,2% dự toán
tong_muc_ban_le actual 2017 8.215*tỷ e asof=2017-09-30 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 8.215 tỷ đồng, đạt 76,1% kế hoạch, tăng 12,3%
tong_muc_ban_le pct_of_plan 2017 76,1 e asof=2017-09-30 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 8.215 tỷ đồng, đạt 76,1% kế hoạch, tăng 12,3%
tong_muc_ban_le change_vs_prev 2017 12,3 e asof=2017-09-30 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 8.215 tỷ đồng, đạt 76,1% kế hoạch, tăng 12,3%
tong_muc_ban_le actual 2017 948*tỷ e asof=2017-09-30 | Riêng tháng 9, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 948 tỷ đồng
giai_ngan_dau_tu pct_of_plan 2017 61,8 asof=2017-09-30 | Giải ngân vốn đầu tư xây dựng cơ bản thuộc ngân sách thành phố quản lý đạt 61,8% kế hoạch vốn
viec_lam_moi actual 2017 3.120 asof=2017-09-30 | thành phố đã tạo việc làm mới cho 3.120 lao động, đạt 86,7% kế hoạch năm
viec_lam_moi pct_of_plan 2017 86,7 asof=2017-09-30 | thành phố đã tạo việc làm mới cho 3.120 lao động, đạt 86,7% kế hoạch năm
ty_le_bhyt actual 2017 83,4 asof=2017-09-30 | tỷ lệ dân số tham gia BHYT đạt 83,4%
chi_tieu_hoan_thanh plan 2017 20 | phấn đấu hoàn thành và vượt 20/20 chỉ tiêu kế hoạch năm 2017
