@file p28_409ece1d.txt
@unit Huyện Thọ Xuân
chi_tieu_hoan_thanh actual 2024 25 | huyện Thọ Xuân hoàn thành và vượt 25/25 chỉ tiêu chủ yếu
chi_tieu_hoan_thanh plan 2024 25 | huyện Thọ Xuân hoàn thành và vượt 25/25 chỉ tiêu chủ yếu
tang_truong_kinh_te actual 2024 10,35 e | tốc độ tăng trưởng giá trị sản xuất ước đạt 10,35%/KH 10%
tang_truong_kinh_te plan 2024 10 | tốc độ tăng trưởng giá trị sản xuất ước đạt 10,35%/KH 10%
gia_tri_san_xuat actual 2024 15.864*tỷ e | tổng giá trị sản xuất (giá so sánh 2010) ước đạt 15.864 tỷ đồng
thu_ngan_sach actual 2024 965,2*tỷ e | Thu ngân sách trên địa bàn ước đạt 965,2 tỷ đồng, bằng 241% dự toán tỉnh giao, bằng 120,6% dự toán HĐND huyện giao
thu_ngan_sach pct_of_plan 2024 241 e | Thu ngân sách trên địa bàn ước đạt 965,2 tỷ đồng, bằng 241% dự toán tỉnh giao, bằng 120,6% dự toán HĐND huyện giao
thu_ngan_sach pct_of_plan 2024 120,6 e | Thu ngân sách trên địa bàn ước đạt 965,2 tỷ đồng, bằng 241% dự toán tỉnh giao, bằng 120,6% dự toán HĐND huyện giao
von_dau_tu actual 2024 6.120*tỷ | Tổng vốn đầu tư phát triển toàn xã hội 6.120 tỷ đồng, tăng 12,4%
von_dau_tu change_vs_prev 2024 12,4 | Tổng vốn đầu tư phát triển toàn xã hội 6.120 tỷ đồng, tăng 12,4%
dang_vien_moi actual 2024 312 | toàn Đảng bộ huyện kết nạp được 312 đảng viên, đạt 104% chỉ tiêu
dang_vien_moi pct_of_plan 2024 104 | toàn Đảng bộ huyện kết nạp được 312 đảng viên, đạt 104% chỉ tiêu
dang_vien_moi actual 2024 21 u=Thị_trấn_Sao_Vàng | Đảng bộ thị trấn Sao Vàng kết nạp 21 đảng viên (đạt 140% chỉ tiêu)
dang_vien_moi pct_of_plan 2024 140 u=Thị_trấn_Sao_Vàng | Đảng bộ thị trấn Sao Vàng kết nạp 21 đảng viên (đạt 140% chỉ tiêu)
dang_vien_moi actual 2024 16 u=Xã_Xuân_Lập | Đảng bộ xã Xuân Lập kết nạp 16 đảng viên (đạt 133%)
dang_vien_moi pct_of_plan 2024 133 u=Xã_Xuân_Lập | Đảng bộ xã Xuân Lập kết nạp 16 đảng viên (đạt 133%)
ty_le_ho_ngheo actual 2024 1,32 | tỷ lệ hộ nghèo giảm còn 1,32%
ty_le_bhyt actual 2024 93,8 | tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8%
chi_tieu_hoan_thanh plan 2025 25 | phấn đấu hoàn thành toàn bộ 25 chỉ tiêu của Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVIII
dang_vien_moi plan 2025 300 q=over | kết nạp từ 300 đảng viên trở lên
