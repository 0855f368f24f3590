@file p05_717416d7.txt
@unit Đặc khu Vân Đồn
thu_ngan_sach actual 2025 1.215*tỷ e | tổng thu NSNN trên địa bàn ước đạt 1.215 tỷ đồng, bằng 135% dự toán, tăng 18,2% so với năm 2024
thu_ngan_sach pct_of_plan 2025 135 e | tổng thu NSNN trên địa bàn ước đạt 1.215 tỷ đồng, bằng 135% dự toán, tăng 18,2% so với năm 2024
thu_ngan_sach change_vs_prev 2025 18,2 e | tổng thu NSNN trên địa bàn ước đạt 1.215 tỷ đồng, bằng 135% dự toán, tăng 18,2% so với năm 2024
von_dau_tu actual 2025 14.300*tỷ e | Tổng vốn đầu tư phát triển toàn xã hội ước đạt 14.300 tỷ đồng
giai_ngan_dau_tu pct_of_plan 2025 92,7 | Giải ngân vốn đầu tư công do đặc khu quản lý đạt 92,7% kế hoạch vốn
tong_muc_ban_le actual 2025 6.420*tỷ e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 6.420 tỷ đồng, tăng 16,5%
tong_muc_ban_le change_vs_prev 2025 16,5 e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 6.420 tỷ đồng, tăng 16,5%
tang_truong_kinh_te actual 2025 13,8 e | Tốc độ tăng trưởng kinh tế (theo giá so sánh) ước đạt 13,8%, trong khi kế hoạch đề ra là 12,5%
tang_truong_kinh_te plan 2025 12,5 | Tốc độ tăng trưởng kinh tế (theo giá so sánh) ước đạt 13,8%, trong khi kế hoạch đề ra là 12,5%
ty_trong_dich_vu actual 2025 58,3 | Tỷ trọng các ngành dịch vụ chiếm 58,3% trong cơ cấu kinh tế
viec_lam_moi actual 2025 1.480 | đặc khu đã tạo việc làm mới cho 1.480 lao động
ho_can_ngheo actual 2025 48 | còn 48 hộ cận nghèo
ty_le_bhyt actual 2025 97,6 | Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97,6%
ty_le_gia_dinh_van_hoa actual 2025 94,1 | Tỷ lệ gia đình văn hóa đạt 94,1%
ty_le_khu_dan_cu_van_hoa actual 2025 100 | 100% thôn, khu phố đạt danh hiệu văn hóa
dang_vien_moi actual 2025 87 | Đảng bộ đặc khu (tính cả Đảng bộ huyện Vân Đồn trước ngày 1/7) kết nạp 87 đảng viên, đạt 124% chỉ tiêu
dang_vien_moi pct_of_plan 2025 124 | Đảng bộ đặc khu (tính cả Đảng bộ huyện Vân Đồn trước ngày 1/7) kết nạp 87 đảng viên, đạt 124% chỉ tiêu
chi_tieu_hoan_thanh plan 2026 20 | Đảng bộ đặc khu Vân Đồn đề ra 20 chỉ tiêu chủ yếu
tang_truong_kinh_te plan 2026 15 q=over | tốc độ tăng trưởng kinh tế trên 15%
thu_ngan_sach plan 2026 1.350*tỷ | thu NSNN trên địa bàn 1.350 tỷ đồng
viec_lam_moi plan 2026 1.500 | tạo việc làm mới cho 1.500 lao động
dang_vien_moi plan 2026 80 q=over | kết nạp 80 đảng viên trở lên
