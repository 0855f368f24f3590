@file p09_e2c3dd2a.txt
@unit Huyện Tiên Du
tang_truong_kinh_te actual 2022 9,8 | Tốc độ tăng trưởng kinh tế (giá so sánh 2010) đạt 9,8%, tăng 0,4% so với năm trước
tang_truong_kinh_te change_vs_prev 2022 0,4 | Tốc độ tăng trưởng kinh tế (giá so sánh 2010) đạt 9,8%, tăng 0,4% so với năm trước
gia_tri_san_xuat actual 2022 36.420*tỷ e | Tổng giá trị sản xuất ước đạt 36.420 tỷ đồng
tong_muc_ban_le actual 2022 7.860*tỷ e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 7.860 tỷ đồng, tăng 14,2% so với năm 2021
tong_muc_ban_le change_vs_prev 2022 14,2 e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 7.860 tỷ đồng, tăng 14,2% so với năm 2021
thu_ngan_sach actual 2022 1.020*tỷ e | Thu ngân sách nhà nước trên địa bàn ước đạt 1.020 tỷ đồng, đạt 127,5% dự toán, bằng 96,4% so với năm 2021
thu_ngan_sach pct_of_plan 2022 127,5 e | Thu ngân sách nhà nước trên địa bàn ước đạt 1.020 tỷ đồng, đạt 127,5% dự toán, bằng 96,4% so với năm 2021
thu_ngan_sach pct_of_prev 2022 96,4 e | Thu ngân sách nhà nước trên địa bàn ước đạt 1.020 tỷ đồng, đạt 127,5% dự toán, bằng 96,4% so với năm 2021
chi_ngan_sach actual 2022 812,6*tỷ e | Chi ngân sách huyện ước 812,6 tỷ đồng, đạt 104,3% dự toán
chi_ngan_sach pct_of_plan 2022 104,3 e | Chi ngân sách huyện ước 812,6 tỷ đồng, đạt 104,3% dự toán
viec_lam_moi actual 2022 2.650 | Toàn huyện tạo việc làm mới cho 2.650 lao động
ty_le_ho_ngheo actual 2022 1,05 | Tỷ lệ hộ nghèo còn 1,05%, giảm 0,38% so với cuối năm 2021
ty_le_ho_ngheo change_vs_prev 2022 -0,38 | Tỷ lệ hộ nghèo còn 1,05%, giảm 0,38% so với cuối năm 2021
ho_can_ngheo actual 2022 812 | hộ cận nghèo còn 812 hộ
ty_le_gia_dinh_van_hoa actual 2022 92,6 | Có 92,6% gia đình đạt danh hiệu "Gia đình văn hóa"
tang_truong_kinh_te plan 2023 9 max=10 | tốc độ tăng trưởng kinh tế 9-10%
thu_ngan_sach plan 2023 980*tỷ | thu ngân sách nhà nước trên địa bàn 980 tỷ đồng
viec_lam_moi plan 2023 2.500 | tạo việc làm mới cho 2.500 lao động
ty_le_ho_ngheo plan 2023 0,9 q=under | tỷ lệ hộ nghèo giảm còn dưới 0,9%
ty_le_bhyt plan 2023 93,5 | tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%
