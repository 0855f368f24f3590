@file p29_905922c3.txt
@unit Tỉnh Vĩnh Long
chi_tieu_hoan_thanh actual 2015 15 | năm 2015 có 15/19 chỉ tiêu chủ yếu đạt và vượt Nghị quyết HĐND tỉnh
chi_tieu_hoan_thanh plan 2015 19 | năm 2015 có 15/19 chỉ tiêu chủ yếu đạt và vượt Nghị quyết HĐND tỉnh
tang_truong_kinh_te actual 2015 5,63 e | Tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) năm 2015 ước tăng 5,63%, không đạt kế hoạch (6-6,5%)
tang_truong_kinh_te plan 2015 6 max=6,5 | Tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) năm 2015 ước tăng 5,63%, không đạt kế hoạch (6-6,5%)
ty_trong_dich_vu actual 2015 33,1 | khu vực III 33,1%
tong_muc_ban_le actual 2015 27.380*tỷ e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 27.380 tỷ đồng, tăng 9,9% so với năm 2014, đạt 100,5% kế hoạch
tong_muc_ban_le change_vs_prev 2015 9,9 e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 27.380 tỷ đồng, tăng 9,9% so với năm 2014, đạt 100,5% kế hoạch
tong_muc_ban_le pct_of_plan 2015 100,5 e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 27.380 tỷ đồng, tăng 9,9% so với năm 2014, đạt 100,5% kế hoạch
von_dau_tu actual 2015 10.210*tỷ e | Tổng vốn đầu tư phát triển toàn xã hội ước 10.210 tỷ đồng, bằng 30,1% GRDP
thu_ngan_sach actual 2015 3.415*tỷ e | Tổng thu ngân sách trên địa bàn ước 3.415 tỷ đồng, đạt 107,1% dự toán
thu_ngan_sach pct_of_plan 2015 107,1 e | Tổng thu ngân sách trên địa bàn ước 3.415 tỷ đồng, đạt 107,1% dự toán
chi_ngan_sach actual 2015 5.210*tỷ e | tổng chi ngân sách địa phương 5.210 tỷ đồng, đạt 101,8% dự toán
chi_ngan_sach pct_of_plan 2015 101,8 e | tổng chi ngân sách địa phương 5.210 tỷ đồng, đạt 101,8% dự toán
viec_lam_moi actual 2015 19.850 | trong năm giải quyết việc làm cho 19.850 lao động, đạt 104,5% kế hoạch
viec_lam_moi pct_of_plan 2015 104,5 | trong năm giải quyết việc làm cho 19.850 lao động, đạt 104,5% kế hoạch
ty_le_ho_ngheo actual 2015 3,05 | tỷ lệ hộ nghèo giảm còn 3,05%, giảm 1,35% so với năm 2014
ty_le_ho_ngheo change_vs_prev 2015 -1,35 | tỷ lệ hộ nghèo giảm còn 3,05%, giảm 1,35% so với năm 2014
ty_le_bhyt actual 2015 75,2 | Tỷ lệ dân số tham gia bảo hiểm y tế đạt 75,2%
ty_le_gia_dinh_van_hoa actual 2015 94,3 | Tỷ lệ hộ gia đình đạt chuẩn văn hóa 94,3%
ty_le_khu_dan_cu_van_hoa actual 2015 97,1 | 97,1% ấp, khóm đạt chuẩn văn hóa
tang_truong_kinh_te actual 2015 5,9 | tốc độ tăng trưởng kinh tế bình quân đạt 5,9%/năm (Nghị quyết Đại hội IX đề ra 9-10%/năm)
tang_truong_kinh_te plan 2015 9 max=10 | tốc độ tăng trưởng kinh tế bình quân đạt 5,9%/năm (Nghị quyết Đại hội IX đề ra 9-10%/năm)
von_dau_tu actual 2015 45.620*tỷ e | Tổng vốn đầu tư phát triển toàn xã hội 5 năm ước đạt 45.620 tỷ đồng
viec_lam_moi actual 2015 98.400 | Giai đoạn 2011-2015 đã giải quyết việc làm cho 98.400 lao động
ty_le_ho_ngheo actual 2011 10,95 | tỷ lệ hộ nghèo giảm từ 10,95% năm 2011 xuống còn 3,05% năm 2015
tang_truong_kinh_te plan 2016 6,1 | tỉnh phấn đấu GRDP tăng 6,1%
tong_muc_ban_le plan 2016 30.100*tỷ | tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 30.100 tỷ đồng
thu_ngan_sach plan 2016 3.620*tỷ | thu ngân sách trên địa bàn 3.620 tỷ đồng
viec_lam_moi plan 2016 20.000 | giải quyết việc làm cho 20.000 lao động
