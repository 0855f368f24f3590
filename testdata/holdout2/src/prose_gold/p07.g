@file p07_00b2a226.txt
@unit Huyện Lang Chánh
chi_tieu_hoan_thanh actual 2020 17 | thực hiện đạt và vượt 17/20 tiêu chí chủ yếu của Nghị quyết Đại hội XXI
chi_tieu_hoan_thanh plan 2020 20 | thực hiện đạt và vượt 17/20 tiêu chí chủ yếu của Nghị quyết Đại hội XXI
tang_truong_kinh_te actual 2020 14,6 | Tốc độ tăng giá trị sản xuất bình quân 5 năm đạt 14,6%/năm (Nghị quyết 14%)
tang_truong_kinh_te plan 2020 14 | Tốc độ tăng giá trị sản xuất bình quân 5 năm đạt 14,6%/năm (Nghị quyết 14%)
ty_trong_dich_vu actual 2020 35,7 | dịch vụ tăng từ 32,5% lên 35,7%
ty_trong_dich_vu actual 2015 32,5 | dịch vụ tăng từ 32,5% lên 35,7%
von_dau_tu actual 2020 7.850*tỷ | Tổng huy động vốn đầu tư phát triển 5 năm đạt 7.850 tỷ đồng, gấp 1,9 lần nhiệm kỳ trước
thu_ngan_sach actual 2020 58,5*tỷ e | Thu ngân sách trên địa bàn năm 2020 ước đạt 58,5 tỷ đồng, gấp 2,2 lần năm 2015
ty_le_ho_ngheo actual 2015 38,52 | tỷ lệ hộ nghèo giảm từ 38,52% cuối năm 2015 xuống còn 13,04% cuối năm 2019 và ước còn 9,8% vào cuối năm 2020
ty_le_ho_ngheo actual 2019 13,04 | tỷ lệ hộ nghèo giảm từ 38,52% cuối năm 2015 xuống còn 13,04% cuối năm 2019 và ước còn 9,8% vào cuối năm 2020
ty_le_ho_ngheo actual 2020 9,8 e | tỷ lệ hộ nghèo giảm từ 38,52% cuối năm 2015 xuống còn 13,04% cuối năm 2019 và ước còn 9,8% vào cuối năm 2020
ho_thoat_ngheo actual 2020 3.216 | trong nhiệm kỳ có 3.216 hộ thoát nghèo
ty_le_bhyt actual 2020 98,7 | Tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,7%
dang_vien_moi actual 2020 1.245 | trong nhiệm kỳ đã kết nạp 1.245 đảng viên, đạt 124,5% chỉ tiêu Nghị quyết
dang_vien_moi pct_of_plan 2020 124,5 | trong nhiệm kỳ đã kết nạp 1.245 đảng viên, đạt 124,5% chỉ tiêu Nghị quyết
chi_tieu_hoan_thanh plan 2025 21 | với 21 chỉ tiêu chủ yếu
tang_truong_kinh_te plan 2025 16 q=over | tốc độ tăng giá trị sản xuất bình quân hằng năm (giá so sánh 2010) đạt 16% trở lên
von_dau_tu plan 2025 12.000*tỷ | tổng huy động vốn đầu tư phát triển 5 năm 12.000 tỷ đồng
thu_ngan_sach plan 2025 95*tỷ | thu ngân sách trên địa bàn đến năm 2025 đạt 95 tỷ đồng
ty_le_bhyt plan 2025 99 | tỷ lệ dân số tham gia bảo hiểm y tế đến năm 2025 đạt 99%
ty_le_gia_dinh_van_hoa plan 2025 85 | tỷ lệ gia đình văn hóa đạt 85%
ty_le_khu_dan_cu_van_hoa plan 2025 80 | tỷ lệ thôn, bản văn hóa đạt 80%
dang_vien_moi plan 2025 1.300 q=over | kết nạp mới 1.300 đảng viên trở lên
