@file p17_412be35a.txt
@unit Quận 8
chi_tieu_hoan_thanh actual 2015 19 | quận hoàn thành 19/21 chỉ tiêu Nghị quyết Quận ủy đề ra
chi_tieu_hoan_thanh plan 2015 21 | quận hoàn thành 19/21 chỉ tiêu Nghị quyết Quận ủy đề ra
thu_ngan_sach actual 2015 1.087*tỷ | Tổng thu ngân sách trên địa bàn đạt 1.087 tỷ đồng, đạt 103,5% dự toán pháp lệnh, tăng 11,8% so với năm 2014
thu_ngan_sach pct_of_plan 2015 103,5 | Tổng thu ngân sách trên địa bàn đạt 1.087 tỷ đồng, đạt 103,5% dự toán pháp lệnh, tăng 11,8% so với năm 2014
thu_ngan_sach change_vs_prev 2015 11,8 | Tổng thu ngân sách trên địa bàn đạt 1.087 tỷ đồng, đạt 103,5% dự toán pháp lệnh, tăng 11,8% so với năm 2014
tong_muc_ban_le actual 2015 42.630*tỷ | Tổng doanh thu thương mại - dịch vụ đạt 42.630 tỷ đồng, tăng 14,1%
tong_muc_ban_le change_vs_prev 2015 14,1 | Tổng doanh thu thương mại - dịch vụ đạt 42.630 tỷ đồng, tăng 14,1%
viec_lam_moi actual 2015 6.205 | Quận đã giải quyết việc làm cho 6.205 lao động, đạt 103,4% kế hoạch
viec_lam_moi pct_of_plan 2015 103,4 | Quận đã giải quyết việc làm cho 6.205 lao động, đạt 103,4% kế hoạch
ty_le_ho_ngheo actual 2015 2,41 | tỷ lệ hộ nghèo theo chuẩn mới (thu nhập dưới 21 triệu đồng) còn 2,41%
dang_vien_moi actual 2015 187 | 187 quần chúng ưu tú được kết nạp vào Đảng, đạt 110% chỉ tiêu
dang_vien_moi pct_of_plan 2015 110 | 187 quần chúng ưu tú được kết nạp vào Đảng, đạt 110% chỉ tiêu
thu_ngan_sach plan 2016 1.150*tỷ | phấn đấu tổng thu ngân sách 1.150 tỷ đồng
viec_lam_moi plan 2016 6.000 | giải quyết việc làm cho 6.000 lao động
dang_vien_moi plan 2016 180 | kết nạp 180 đảng viên
ho_thoat_ngheo plan 2016 800 | giảm 800 hộ nghèo theo chuẩn mới
