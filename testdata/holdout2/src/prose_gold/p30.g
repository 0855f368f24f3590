@file p30_121a7858.txt
@unit Huyện Củ Chi
thu_ngan_sach plan 2020 1.500*tỷ | Huyện Củ Chi phấn đấu thu ngân sách 1.500 tỷ đồng năm 2020
chi_tieu_hoan_thanh actual 2019 18 | huyện Củ Chi đạt và vượt 18/18 chỉ tiêu chủ yếu của Nghị quyết Huyện ủy
chi_tieu_hoan_thanh plan 2019 18 | huyện Củ Chi đạt và vượt 18/18 chỉ tiêu chủ yếu của Nghị quyết Huyện ủy
gia_tri_san_xuat change_vs_prev 2019 11,3 | Tổng giá trị sản xuất các ngành kinh tế trên địa bàn tăng 11,3% so với năm 2018
thu_ngan_sach actual 2019 1.386*tỷ e | Thu ngân sách ước đạt 1.386 tỷ đồng, đạt 115,5% dự toán
thu_ngan_sach pct_of_plan 2019 115,5 e | Thu ngân sách ước đạt 1.386 tỷ đồng, đạt 115,5% dự toán
viec_lam_moi actual 2019 4.805 | tạo việc làm mới cho 4.805 lao động, đạt 120% kế hoạch
viec_lam_moi pct_of_plan 2019 120 | tạo việc làm mới cho 4.805 lao động, đạt 120% kế hoạch
ho_thoat_ngheo actual 2019 1.010 | Số hộ nghèo theo chuẩn thành phố giảm 1.010 hộ
ty_le_ho_ngheo actual 2019 0,98 | tỷ lệ hộ nghèo còn 0,98%
dang_vien_moi actual 2019 235 | Toàn huyện kết nạp 235 đảng viên mới
viec_lam_moi plan 2020 4.500 | tạo việc làm mới cho 4.500 lao động
dang_vien_moi plan 2020 240 | kết nạp 240 đảng viên
tang_truong_kinh_te plan 2020 11 max=12 | phấn đấu tổng giá trị sản xuất tăng 11-12%
