@file p04_3f8061e5.txt
@unit Phường Hạc Thành
thu_ngan_sach actual 2025 412,7*tỷ asof=2025-12-15 | tổng thu NSNN trên địa bàn phường từ ngày 01/7 đến ngày 15/12/2025 đạt 412,7 tỷ đồng, bằng 108,6% dự toán tỉnh giao cho 6 tháng cuối năm
thu_ngan_sach pct_of_plan 2025 108,6 asof=2025-12-15 | tổng thu NSNN trên địa bàn phường từ ngày 01/7 đến ngày 15/12/2025 đạt 412,7 tỷ đồng, bằng 108,6% dự toán tỉnh giao cho 6 tháng cuối năm
chi_ngan_sach actual 2025 78,5*tỷ | Chi ngân sách phường 78,5 tỷ đồng, đạt 81% dự toán
chi_ngan_sach pct_of_plan 2025 81 | Chi ngân sách phường 78,5 tỷ đồng, đạt 81% dự toán
tong_muc_ban_le actual 2025 9.540*tỷ e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn 6 tháng cuối năm ước đạt 9.540 tỷ đồng
viec_lam_moi actual 2025 1.035 | phường đã giải quyết việc làm cho 1.035 lao động
ty_le_bhyt actual 2025 95,2 | Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2%
ty_le_ho_ngheo actual 2025 0,12 | Trên địa bàn phường còn 46 hộ nghèo (chiếm 0,12%)
ho_can_ngheo actual 2025 211 | 211 hộ cận nghèo
dang_vien_moi actual 2025 27 | từ ngày 01/7 đến nay kết nạp được 27 đảng viên mới
thu_ngan_sach plan 2026 880*tỷ | tổng thu NSNN trên địa bàn 880 tỷ đồng (không kể thu tiền sử dụng đất là 310 tỷ đồng)
chi_ngan_sach plan 2026 176,5*tỷ | tổng chi ngân sách phường 176,5 tỷ đồng
viec_lam_moi plan 2026 2.200 | giải quyết việc làm cho 2.200 lao động
ty_le_bhyt plan 2026 96 | tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%
dang_vien_moi plan 2026 60 q=over | kết nạp từ 60 đảng viên trở lên
ty_le_gia_dinh_van_hoa plan 2026 92 | tỷ lệ gia đình văn hóa đạt 92%
ty_le_khu_dan_cu_van_hoa plan 2026 95 | tỷ lệ tổ dân phố văn hóa đạt 95%
