@file p19_8dddd16e.txt
@unit Quận Hai Bà Trưng
thu_ngan_sach actual 2018 6.452*tỷ asof=2018-09-30 | 9 tháng năm 2018, tổng thu ngân sách nhà nước trên địa bàn quận đạt 6.452 tỷ đồng, bằng 78,3% dự toán, tăng 9,8% so với cùng kỳ
thu_ngan_sach pct_of_plan 2018 78,3 asof=2018-09-30 | 9 tháng năm 2018, tổng thu ngân sách nhà nước trên địa bàn quận đạt 6.452 tỷ đồng, bằng 78,3% dự toán, tăng 9,8% so với cùng kỳ
thu_ngan_sach change_vs_prev 2018 9,8 asof=2018-09-30 | 9 tháng năm 2018, tổng thu ngân sách nhà nước trên địa bàn quận đạt 6.452 tỷ đồng, bằng 78,3% dự toán, tăng 9,8% so với cùng kỳ
tong_muc_ban_le actual 2018 52.870*tỷ e asof=2018-09-30 | Doanh thu thương mại, dịch vụ ước đạt 52.870 tỷ đồng, tăng 11,6%
tong_muc_ban_le change_vs_prev 2018 11,6 e asof=2018-09-30 | Doanh thu thương mại, dịch vụ ước đạt 52.870 tỷ đồng, tăng 11,6%
viec_lam_moi actual 2018 4.215 asof=2018-09-30 | Quận đã giải quyết việc làm cho 4.215 lao động, đạt 84,3% kế hoạch năm
viec_lam_moi pct_of_plan 2018 84,3 asof=2018-09-30 | Quận đã giải quyết việc làm cho 4.215 lao động, đạt 84,3% kế hoạch năm
dang_vien_moi actual 2018 196 asof=2018-09-30 | 196 quần chúng ưu tú được kết nạp vào Đảng, đạt 81,7% chỉ tiêu năm
dang_vien_moi pct_of_plan 2018 81,7 asof=2018-09-30 | 196 quần chúng ưu tú được kết nạp vào Đảng, đạt 81,7% chỉ tiêu năm
