@file p10_f540c612.html
@unit Quận Cầu Giấy
chi_tieu_hoan_thanh actual 2024 24 | quận Cầu Giấy đã hoàn thành toàn diện 24/24 chỉ tiêu thành phố và HĐND quận giao
chi_tieu_hoan_thanh plan 2024 24 | quận Cầu Giấy đã hoàn thành toàn diện 24/24 chỉ tiêu thành phố và HĐND quận giao
tang_truong_kinh_te actual 2024 8,2 e | Tốc độ tăng trưởng kinh tế của quận ước đạt 8,2%
ty_trong_dich_vu actual 2024 71,4 | tỷ trọng thương mại - dịch vụ chiếm 71,4% trong cơ cấu kinh tế
thu_ngan_sach actual 2024 9.876,4*tỷ e | Tổng thu ngân sách nhà nước trên địa bàn ước đạt 9.876,4 tỷ đồng, đạt 112,3% dự toán thành phố giao, tăng 15,2% so với cùng kỳ
thu_ngan_sach pct_of_plan 2024 112,3 e | Tổng thu ngân sách nhà nước trên địa bàn ước đạt 9.876,4 tỷ đồng, đạt 112,3% dự toán thành phố giao, tăng 15,2% so với cùng kỳ
thu_ngan_sach change_vs_prev 2024 15,2 e | Tổng thu ngân sách nhà nước trên địa bàn ước đạt 9.876,4 tỷ đồng, đạt 112,3% dự toán thành phố giao, tăng 15,2% so với cùng kỳ
chi_ngan_sach actual 2024 1.745*tỷ e | Chi ngân sách quận ước thực hiện 1.745 tỷ đồng, đạt 90,1% dự toán
chi_ngan_sach pct_of_plan 2024 90,1 e | Chi ngân sách quận ước thực hiện 1.745 tỷ đồng, đạt 90,1% dự toán
giai_ngan_dau_tu actual 2024 612*tỷ | Công tác giải ngân vốn đầu tư công đạt 612 tỷ đồng, đạt 95,6% kế hoạch
giai_ngan_dau_tu pct_of_plan 2024 95,6 | Công tác giải ngân vốn đầu tư công đạt 612 tỷ đồng, đạt 95,6% kế hoạch
viec_lam_moi actual 2024 6.215 | quận đã tạo việc làm mới cho 6.215 lao động, đạt 103,6% kế hoạch
viec_lam_moi pct_of_plan 2024 103,6 | quận đã tạo việc làm mới cho 6.215 lao động, đạt 103,6% kế hoạch
ho_can_ngheo actual 2024 38 | chỉ còn 38 hộ cận nghèo
ty_le_bhyt actual 2024 94,2 | tỷ lệ bao phủ bảo hiểm y tế đạt 94,2%
chi_tieu_hoan_thanh plan 2025 25 | UBND quận giao 25 chỉ tiêu chủ yếu phát triển kinh tế - xã hội
tang_truong_kinh_te plan 2025 8,5 q=over | Tốc độ tăng trưởng kinh tế đạt 8,5% trở lên
thu_ngan_sach plan 2025 10.500*tỷ q=over | tổng thu ngân sách nhà nước trên địa bàn hơn 10.500 tỷ đồng
chi_ngan_sach plan 2025 1.858*tỷ | tổng chi ngân sách quận 1.858 tỷ đồng
viec_lam_moi plan 2025 6.000 | tạo việc làm mới cho 6.000 lao động
ty_le_bhyt plan 2025 95 | tỷ lệ bao phủ bảo hiểm y tế đạt 95%
ty_le_gia_dinh_van_hoa plan 2025 90 | tỷ lệ gia đình văn hóa đạt 90%
ty_le_khu_dan_cu_van_hoa plan 2025 93 | tỷ lệ tổ dân phố văn hóa đạt 93%
