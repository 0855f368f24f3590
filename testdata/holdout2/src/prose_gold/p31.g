@file p31_5305318e.html
@unit Quận Gò Vấp
tong_muc_ban_le actual 2019 41.296*tỷ asof=2019-06-30 | tổng doanh thu thương mại - dịch vụ đạt 41.296 tỷ đồng, đạt 49,7% kế hoạch năm, tăng 12,9% so với cùng kỳ
tong_muc_ban_le pct_of_plan 2019 49,7 asof=2019-06-30 | tổng doanh thu thương mại - dịch vụ đạt 41.296 tỷ đồng, đạt 49,7% kế hoạch năm, tăng 12,9% so với cùng kỳ
tong_muc_ban_le change_vs_prev 2019 12,9 asof=2019-06-30 | tổng doanh thu thương mại - dịch vụ đạt 41.296 tỷ đồng, đạt 49,7% kế hoạch năm, tăng 12,9% so với cùng kỳ
thu_ngan_sach actual 2019 1.084,5*tỷ asof=2019-06-30 | Tổng thu ngân sách nhà nước trên địa bàn đạt 1.084,5 tỷ đồng, đạt 58,6% dự toán pháp lệnh, tăng 14,3% so với cùng kỳ
thu_ngan_sach pct_of_plan 2019 58,6 asof=2019-06-30 | Tổng thu ngân sách nhà nước trên địa bàn đạt 1.084,5 tỷ đồng, đạt 58,6% dự toán pháp lệnh, tăng 14,3% so với cùng kỳ
thu_ngan_sach change_vs_prev 2019 14,3 asof=2019-06-30 | Tổng thu ngân sách nhà nước trên địa bàn đạt 1.084,5 tỷ đồng, đạt 58,6% dự toán pháp lệnh, tăng 14,3% so với cùng kỳ
chi_ngan_sach actual 2019 487,6*tỷ asof=2019-06-30 | Tổng chi ngân sách quận 487,6 tỷ đồng, đạt 41,2% dự toán
chi_ngan_sach pct_of_plan 2019 41,2 asof=2019-06-30 | Tổng chi ngân sách quận 487,6 tỷ đồng, đạt 41,2% dự toán
giai_ngan_dau_tu actual 2019 186,3*tỷ asof=2019-06-30 | Giải ngân vốn đầu tư xây dựng cơ bản lũy kế đến 30/6 đạt 186,3 tỷ đồng, đạt 33,9% kế hoạch vốn
giai_ngan_dau_tu pct_of_plan 2019 33,9 asof=2019-06-30 | Giải ngân vốn đầu tư xây dựng cơ bản lũy kế đến 30/6 đạt 186,3 tỷ đồng, đạt 33,9% kế hoạch vốn
viec_lam_moi actual 2019 6.430 asof=2019-06-30 | quận đã giải quyết việc làm cho 6.430 lượt lao động, đạt 53,6% kế hoạch năm
viec_lam_moi pct_of_plan 2019 53,6 asof=2019-06-30 | quận đã giải quyết việc làm cho 6.430 lượt lao động, đạt 53,6% kế hoạch năm
ty_le_bhyt actual 2019 87,9 asof=2019-06-30 | tỷ lệ hộ dân tham gia bảo hiểm y tế đạt 87,9%
dang_vien_moi actual 2019 124 asof=2019-06-30 | Đảng bộ quận đã kết nạp 124 đảng viên, đạt 47,7% chỉ tiêu năm
dang_vien_moi pct_of_plan 2019 47,7 asof=2019-06-30 | Đảng bộ quận đã kết nạp 124 đảng viên, đạt 47,7% chỉ tiêu năm
thu_ngan_sach plan 2019 1.851*tỷ | phấn đấu hoàn thành vượt dự toán thu ngân sách năm 2019 (1.851 tỷ đồng)
viec_lam_moi plan 2019 12.000 | giải quyết việc làm cho 12.000 lao động cả năm
