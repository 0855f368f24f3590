@file p26_f4fdd581.txt
@unit Huyện Krông Pắc
tang_truong_kinh_te actual 2016 8,9 | tốc độ tăng trưởng kinh tế đạt 8,9%, chưa đạt kế hoạch (9-10%)
tang_truong_kinh_te plan 2016 9 max=10 | tốc độ tăng trưởng kinh tế đạt 8,9%, chưa đạt kế hoạch (9-10%)
gia_tri_san_xuat actual 2016 9.125*tỷ | Tổng giá trị sản xuất (giá so sánh 2010) đạt 9.125 tỷ đồng, đạt 97,6% kế hoạch
gia_tri_san_xuat pct_of_plan 2016 97,6 | Tổng giá trị sản xuất (giá so sánh 2010) đạt 9.125 tỷ đồng, đạt 97,6% kế hoạch
thu_ngan_sach actual 2016 158,3*tỷ | Tổng thu ngân sách trên địa bàn đạt 158,3 tỷ đồng, đạt 105,5% kế hoạch tỉnh giao
thu_ngan_sach pct_of_plan 2016 105,5 | Tổng thu ngân sách trên địa bàn đạt 158,3 tỷ đồng, đạt 105,5% kế hoạch tỉnh giao
chi_ngan_sach actual 2016 618,2*tỷ | Tổng chi ngân sách huyện 618,2 tỷ đồng, đạt 112,6% dự toán
chi_ngan_sach pct_of_plan 2016 112,6 | Tổng chi ngân sách huyện 618,2 tỷ đồng, đạt 112,6% dự toán
ty_le_ho_ngheo change_vs_prev 2016 -2,93 | tỷ lệ hộ nghèo giảm 2,93%, còn 9,87%
ty_le_ho_ngheo actual 2016 9,87 | tỷ lệ hộ nghèo giảm 2,93%, còn 9,87%
ho_thoat_ngheo actual 2016 1.165 | trong năm có 1.165 hộ thoát nghèo, phát sinh mới 208 hộ nghèo
ho_can_ngheo actual 2016 2.354 | Hộ cận nghèo toàn huyện còn 2.354 hộ (7,1%)
viec_lam_moi actual 2016 2.860 | Huyện đã giải quyết việc làm cho 2.860 lao động
ty_le_bhyt actual 2016 76,8 | tỷ lệ dân số tham gia BHYT đạt 76,8%
tang_truong_kinh_te plan 2017 9 max=9,5 | mục tiêu tăng trưởng kinh tế 9-9,5%
thu_ngan_sach plan 2017 170*tỷ | tổng thu ngân sách trên địa bàn 170 tỷ đồng
viec_lam_moi plan 2017 3.000 | giải quyết việc làm cho 3.000 lao động
ty_le_bhyt plan 2017 80 | tỷ lệ dân số tham gia BHYT đạt 80%
