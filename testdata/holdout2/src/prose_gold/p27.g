@file p27_6ed73373.txt
@unit Phường Hoàn Kiếm
thu_ngan_sach actual 2025 7.123*tỷ e asof=2025-09-30 | 9 tháng năm 2025, thu ngân sách nhà nước trên địa bàn phường ước đạt 7.123 tỷ đồng, bằng 76,3% dự toán, bằng 118,2% cùng kỳ
thu_ngan_sach pct_of_plan 2025 76,3 e asof=2025-09-30 | 9 tháng năm 2025, thu ngân sách nhà nước trên địa bàn phường ước đạt 7.123 tỷ đồng, bằng 76,3% dự toán, bằng 118,2% cùng kỳ
thu_ngan_sach pct_of_prev 2025 118,2 e asof=2025-09-30 | 9 tháng năm 2025, thu ngân sách nhà nước trên địa bàn phường ước đạt 7.123 tỷ đồng, bằng 76,3% dự toán, bằng 118,2% cùng kỳ
thu_ngan_sach actual 2025 2.415*tỷ asof=2025-09-30 | Riêng quý III, kể từ khi vận hành chính quyền địa phương hai cấp, phường thu được 2.415 tỷ đồng
tong_muc_ban_le actual 2025 61.250*tỷ e asof=2025-09-30 | Tổng doanh thu thương mại, dịch vụ ước đạt 61.250 tỷ đồng, tăng 9,7% so với cùng kỳ
tong_muc_ban_le change_vs_prev 2025 9,7 e asof=2025-09-30 | Tổng doanh thu thương mại, dịch vụ ước đạt 61.250 tỷ đồng, tăng 9,7% so với cùng kỳ
viec_lam_moi actual 2025 1.320 asof=2025-09-30 | Phường đã tạo việc làm cho 1.320 lao động
ty_le_bhyt actual 2025 94,1 asof=2025-09-30 | tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,1%
ho_can_ngheo actual 2025 12 asof=2025-09-30 | trên địa bàn không còn hộ nghèo, còn 12 hộ cận nghèo
dang_vien_moi actual 2025 35 asof=2025-09-30 | Đảng bộ phường đã kết nạp 35 đảng viên, đạt 70% kế hoạch năm
dang_vien_moi pct_of_plan 2025 70 asof=2025-09-30 | Đảng bộ phường đã kết nạp 35 đảng viên, đạt 70% kế hoạch năm
