@file p16_a98f8b34.html
@unit Xã Hải Lựu
gia_tri_san_xuat actual 2025 2.146*tỷ e q=over | tổng giá trị sản xuất trên địa bàn ước đạt hơn 2.146 tỷ đồng, tăng 9,6% so cùng kỳ
gia_tri_san_xuat change_vs_prev 2025 9,6 e | tổng giá trị sản xuất trên địa bàn ước đạt hơn 2.146 tỷ đồng, tăng 9,6% so cùng kỳ
thu_ngan_sach actual 2025 84,3*tỷ q=over asof=2025-11-30 | Thu ngân sách nhà nước trên địa bàn thực hiện đến 30/11/2025 đạt hơn 84,3 tỷ đồng, đạt 265% dự toán
thu_ngan_sach pct_of_plan 2025 265 asof=2025-11-30 | Thu ngân sách nhà nước trên địa bàn thực hiện đến 30/11/2025 đạt hơn 84,3 tỷ đồng, đạt 265% dự toán
ty_le_ho_ngheo actual 2025 1,12 | tỷ lệ hộ nghèo 1,12% (giảm 0,85% so với đầu năm; vượt 0,15% so với chỉ tiêu tỉnh giao)
ty_le_ho_ngheo change_vs_prev 2025 -0,85 | tỷ lệ hộ nghèo 1,12% (giảm 0,85% so với đầu năm; vượt 0,15% so với chỉ tiêu tỉnh giao)
ty_le_bhyt actual 2025 96,4 | tỷ lệ dân số tham gia BHYT đạt 96,4%
ty_le_gia_dinh_van_hoa actual 2025 91,8 | tỷ lệ gia đình văn hóa đạt 91,8%
dang_vien_moi actual 2025 41 | Đảng bộ xã kết nạp 41 đảng viên (đạt 102,5% kế hoạch)
dang_vien_moi pct_of_plan 2025 102,5 | Đảng bộ xã kết nạp 41 đảng viên (đạt 102,5% kế hoạch)
tang_truong_kinh_te plan 2026 10 q=over | phấn đấu tốc độ tăng trưởng kinh tế đạt trên 10%
thu_ngan_sach plan 2026 90*tỷ | tổng thu ngân sách nhà nước trên địa bàn 90 tỷ đồng
dang_vien_moi plan 2026 45 q=over | kết nạp 45 đảng viên trở lên
