@file p20_3677dd6c.pdf
@unit Thành phố Bảo Lộc
chi_tieu_hoan_thanh actual 2024 21 e | Ước cả năm có 21/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch
chi_tieu_hoan_thanh plan 2024 22 | Ước cả năm có 21/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch
tang_truong_kinh_te actual 2024 8,12 e | Tốc độ tăng trưởng kinh tế (GRDP giá so sánh 2010) ước đạt 8,12%/KH 8-8,5%
tang_truong_kinh_te plan 2024 8 max=8,5 | Tốc độ tăng trưởng kinh tế (GRDP giá so sánh 2010) ước đạt 8,12%/KH 8-8,5%
gia_tri_san_xuat actual 2024 22.145*tỷ e | Tổng giá trị sản xuất (giá SS 2010) ước 22.145 tỷ đồng, tăng 8,6%
gia_tri_san_xuat change_vs_prev 2024 8,6 e | Tổng giá trị sản xuất (giá SS 2010) ước 22.145 tỷ đồng, tăng 8,6%
ty_trong_dich_vu actual 2024 48,6 | thương mại - dịch vụ 48,6%/KH 48,5%
ty_trong_dich_vu plan 2024 48,5 | thương mại - dịch vụ 48,6%/KH 48,5%
tong_muc_ban_le actual 2024 27.350*tỷ e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 27.350 tỷ đồng, tăng 11,4% CK
tong_muc_ban_le change_vs_prev 2024 11,4 e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 27.350 tỷ đồng, tăng 11,4% CK
von_dau_tu actual 2024 5.980*tỷ e | Tổng vốn đầu tư phát triển toàn xã hội ước 5.980 tỷ đồng, tăng 9,3%, bằng 101,4% KH
von_dau_tu change_vs_prev 2024 9,3 e | Tổng vốn đầu tư phát triển toàn xã hội ước 5.980 tỷ đồng, tăng 9,3%, bằng 101,4% KH
von_dau_tu pct_of_plan 2024 101,4 e | Tổng vốn đầu tư phát triển toàn xã hội ước 5.980 tỷ đồng, tăng 9,3%, bằng 101,4% KH
thu_ngan_sach actual 2024 1.064,5*tỷ e | Thu NSNN trên địa bàn ước 1.064,5 tỷ đồng, đạt 121,3% dự toán tỉnh giao, đạt 110,2% dự toán HĐND thành phố giao, tăng 6,7% so với năm 2023
thu_ngan_sach pct_of_plan 2024 121,3 e | Thu NSNN trên địa bàn ước 1.064,5 tỷ đồng, đạt 121,3% dự toán tỉnh giao, đạt 110,2% dự toán HĐND thành phố giao, tăng 6,7% so với năm 2023
thu_ngan_sach pct_of_plan 2024 110,2 e | Thu NSNN trên địa bàn ước 1.064,5 tỷ đồng, đạt 121,3% dự toán tỉnh giao, đạt 110,2% dự toán HĐND thành phố giao, tăng 6,7% so với năm 2023
thu_ngan_sach change_vs_prev 2024 6,7 e | Thu NSNN trên địa bàn ước 1.064,5 tỷ đồng, đạt 121,3% dự toán tỉnh giao, đạt 110,2% dự toán HĐND thành phố giao, tăng 6,7% so với năm 2023
chi_ngan_sach actual 2024 1.285,7*tỷ e | Chi NSĐP ước 1.285,7 tỷ đồng, đạt 98,4% dự toán
chi_ngan_sach pct_of_plan 2024 98,4 e | Chi NSĐP ước 1.285,7 tỷ đồng, đạt 98,4% dự toán
giai_ngan_dau_tu actual 2024 402,6*tỷ e | Giải ngân vốn đầu tư công đến 31/12/2024 ước 402,6 tỷ đồng/KH vốn 453,9 tỷ đồng, đạt 88,7% KH
giai_ngan_dau_tu plan 2024 453,9*tỷ | Giải ngân vốn đầu tư công đến 31/12/2024 ước 402,6 tỷ đồng/KH vốn 453,9 tỷ đồng, đạt 88,7% KH
giai_ngan_dau_tu pct_of_plan 2024 88,7 e | Giải ngân vốn đầu tư công đến 31/12/2024 ước 402,6 tỷ đồng/KH vốn 453,9 tỷ đồng, đạt 88,7% KH
viec_lam_moi actual 2024 3.260 | Tạo việc làm mới cho 3.260 lao động, đạt 108,7% KH
viec_lam_moi pct_of_plan 2024 108,7 | Tạo việc làm mới cho 3.260 lao động, đạt 108,7% KH
ty_le_ho_ngheo actual 2024 0,21 | Tỷ lệ hộ nghèo còn 0,21% (giảm 0,17%)
ty_le_ho_ngheo change_vs_prev 2024 -0,17 | Tỷ lệ hộ nghèo còn 0,21% (giảm 0,17%)
ho_can_ngheo actual 2024 412 | hộ cận nghèo còn 412 hộ
ty_le_bhyt actual 2024 94,6 | Tỷ lệ dân số tham gia BHYT đạt 94,6%/KH 95%
ty_le_bhyt plan 2024 95 | Tỷ lệ dân số tham gia BHYT đạt 94,6%/KH 95%
ty_le_gia_dinh_van_hoa actual 2024 96,2 | Tỷ lệ gia đình văn hóa 96,2%
ty_le_khu_dan_cu_van_hoa actual 2024 98,1 | tỷ lệ thôn, tổ dân phố văn hóa 98,1%
tang_truong_kinh_te plan 2025 8,5 max=9 | Tốc độ tăng trưởng kinh tế 8,5-9%
gia_tri_san_xuat plan 2025 24.100*tỷ | tổng giá trị sản xuất (giá SS 2010) 24.100 tỷ đồng
ty_trong_dich_vu plan 2025 49,5 | tỷ trọng thương mại - dịch vụ 49,5%
thu_ngan_sach plan 2025 1.100*tỷ | thu NSNN trên địa bàn 1.100 tỷ đồng
viec_lam_moi plan 2025 3.000 | tạo việc làm mới cho 3.000 lao động
ty_le_bhyt plan 2025 95,5 | tỷ lệ dân số tham gia BHYT 95,5%
