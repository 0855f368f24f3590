@file p03_e3dc1127.html
@unit Tỉnh Hà Nam
tang_truong_kinh_te actual 2023 9,18 e | Tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) ước tăng 9,18% so với năm 2022
tang_truong_kinh_te change_vs_prev 2023 0,4 e | cao hơn 0,4 điểm phần trăm so với mức tăng của năm trước
tang_truong_kinh_te plan 2023 10 max=10,5 | chưa đạt mục tiêu Nghị quyết (tăng 10-10,5%)
ty_trong_dich_vu actual 2023 24,4 e | dịch vụ 24,4%
tong_muc_ban_le actual 2023 29.860*tỷ e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 29.860 tỷ đồng, tăng 10,7%
tong_muc_ban_le change_vs_prev 2023 10,7 e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 29.860 tỷ đồng, tăng 10,7%
von_dau_tu actual 2023 36.540*tỷ e | Tổng vốn đầu tư phát triển toàn xã hội ước đạt 36.540 tỷ đồng, tăng 8,3% so với năm 2022
von_dau_tu change_vs_prev 2023 8,3 e | Tổng vốn đầu tư phát triển toàn xã hội ước đạt 36.540 tỷ đồng, tăng 8,3% so với năm 2022
thu_ngan_sach actual 2023 16.108*tỷ e | Tổng thu ngân sách nhà nước trên địa bàn ước đạt 16.108 tỷ đồng, bằng 101,2% dự toán Trung ương giao, bằng 95,3% dự toán HĐND tỉnh giao
thu_ngan_sach pct_of_plan 2023 101,2 e | Tổng thu ngân sách nhà nước trên địa bàn ước đạt 16.108 tỷ đồng, bằng 101,2% dự toán Trung ương giao, bằng 95,3% dự toán HĐND tỉnh giao
thu_ngan_sach pct_of_plan 2023 95,3 e | Tổng thu ngân sách nhà nước trên địa bàn ước đạt 16.108 tỷ đồng, bằng 101,2% dự toán Trung ương giao, bằng 95,3% dự toán HĐND tỉnh giao
chi_ngan_sach actual 2023 15.217*tỷ e | Chi ngân sách địa phương ước 15.217 tỷ đồng, bằng 97,8% dự toán
chi_ngan_sach pct_of_plan 2023 97,8 e | Chi ngân sách địa phương ước 15.217 tỷ đồng, bằng 97,8% dự toán
giai_ngan_dau_tu actual 2023 3.912*tỷ asof=2023-11-30 | Giải ngân vốn đầu tư công đến ngày 30/11/2023 đạt 3.912 tỷ đồng, bằng 71,5% kế hoạch vốn Thủ tướng Chính phủ giao
giai_ngan_dau_tu pct_of_plan 2023 71,5 asof=2023-11-30 | Giải ngân vốn đầu tư công đến ngày 30/11/2023 đạt 3.912 tỷ đồng, bằng 71,5% kế hoạch vốn Thủ tướng Chính phủ giao
viec_lam_moi actual 2023 17.520 | toàn tỉnh giải quyết việc làm cho 17.520 lao động, đạt 109,5% kế hoạch
viec_lam_moi pct_of_plan 2023 109,5 | toàn tỉnh giải quyết việc làm cho 17.520 lao động, đạt 109,5% kế hoạch
ty_le_ho_ngheo actual 2023 1,41 e | Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều ước giảm còn 1,41%, giảm 0,62% so với cuối năm 2022
ty_le_ho_ngheo change_vs_prev 2023 -0,62 e | Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều ước giảm còn 1,41%, giảm 0,62% so với cuối năm 2022
ho_can_ngheo actual 2023 8.926 | hộ cận nghèo còn 8.926 hộ
ty_le_bhyt actual 2023 94,1 | Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,1%
tang_truong_kinh_te plan 2024 10 max=10,5 | mục tiêu tốc độ tăng trưởng kinh tế (GRDP) đạt 10-10,5%
thu_ngan_sach plan 2024 17.335*tỷ | tổng thu ngân sách nhà nước trên địa bàn 17.335 tỷ đồng
ty_le_bhyt plan 2024 94,5 | tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,5%
giai_ngan_dau_tu pct_of_plan 2023 95 e | dự kiến đến hết niên độ (31/01/2024) giải ngân đạt 95%
