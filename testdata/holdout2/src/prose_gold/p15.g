@file p15_16eb2f86.txt
@unit Tỉnh Bình Phước
chi_tieu_hoan_thanh actual 2020 21 e | Trong 26 chỉ tiêu chủ yếu Nghị quyết HĐND tỉnh giao, ước có 21 chỉ tiêu đạt và vượt kế hoạch
chi_tieu_hoan_thanh plan 2020 26 | Trong 26 chỉ tiêu chủ yếu Nghị quyết HĐND tỉnh giao, ước có 21 chỉ tiêu đạt và vượt kế hoạch
tang_truong_kinh_te actual 2020 7,05 e | Tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) ước tăng 7,05%/KH 8,5%
tang_truong_kinh_te plan 2020 8,5 | Tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) ước tăng 7,05%/KH 8,5%
ty_trong_dich_vu actual 2020 28,9 e | dịch vụ 28,9%
tong_muc_ban_le actual 2020 41.250*tỷ e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 41.250 tỷ đồng, tăng 8,1% so với năm 2019
tong_muc_ban_le change_vs_prev 2020 8,1 e | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 41.250 tỷ đồng, tăng 8,1% so với năm 2019
von_dau_tu actual 2020 28.600*tỷ e | Tổng vốn đầu tư phát triển toàn xã hội ước đạt 28.600 tỷ đồng, tăng 6,2% so với năm 2019
von_dau_tu change_vs_prev 2020 6,2 e | Tổng vốn đầu tư phát triển toàn xã hội ước đạt 28.600 tỷ đồng, tăng 6,2% so với năm 2019
von_dau_tu plan 2020 31.000*tỷ | không đạt kế hoạch (KH 31.000 tỷ đồng)
giai_ngan_dau_tu actual 2020 4.120*tỷ e | Giải ngân vốn đầu tư công năm 2020 đến 31/12/2020 ước đạt 4.120 tỷ đồng, bằng 85,6% kế hoạch vốn Thủ tướng Chính phủ giao
giai_ngan_dau_tu pct_of_plan 2020 85,6 e | Giải ngân vốn đầu tư công năm 2020 đến 31/12/2020 ước đạt 4.120 tỷ đồng, bằng 85,6% kế hoạch vốn Thủ tướng Chính phủ giao
giai_ngan_dau_tu pct_of_plan 2020 79,2 e | bằng 79,2% kế hoạch vốn HĐND tỉnh giao (bao gồm vốn tăng thu, vốn kết dư)
thu_ngan_sach actual 2020 11.250*tỷ e | Tổng thu NSNN trên địa bàn ước đạt 11.250 tỷ đồng, đạt 112,5% dự toán Trung ương giao, đạt 98,7% dự toán HĐND tỉnh giao, tăng 4,3% so với năm 2019
thu_ngan_sach pct_of_plan 2020 112,5 e | Tổng thu NSNN trên địa bàn ước đạt 11.250 tỷ đồng, đạt 112,5% dự toán Trung ương giao, đạt 98,7% dự toán HĐND tỉnh giao, tăng 4,3% so với năm 2019
thu_ngan_sach pct_of_plan 2020 98,7 e | Tổng thu NSNN trên địa bàn ước đạt 11.250 tỷ đồng, đạt 112,5% dự toán Trung ương giao, đạt 98,7% dự toán HĐND tỉnh giao, tăng 4,3% so với năm 2019
thu_ngan_sach change_vs_prev 2020 4,3 e | Tổng thu NSNN trên địa bàn ước đạt 11.250 tỷ đồng, đạt 112,5% dự toán Trung ương giao, đạt 98,7% dự toán HĐND tỉnh giao, tăng 4,3% so với năm 2019
chi_ngan_sach actual 2020 13.580*tỷ e | Tổng chi ngân sách địa phương ước 13.580 tỷ đồng, đạt 104% dự toán
chi_ngan_sach pct_of_plan 2020 104 e | Tổng chi ngân sách địa phương ước 13.580 tỷ đồng, đạt 104% dự toán
viec_lam_moi actual 2020 25.400 | Giải quyết việc làm cho 25.400 lao động, đạt 101,6% KH
viec_lam_moi pct_of_plan 2020 101,6 | Giải quyết việc làm cho 25.400 lao động, đạt 101,6% KH
ty_le_ho_ngheo actual 2020 1,8 | Tỷ lệ hộ nghèo giảm còn 1,8%, giảm 1,02% so với cuối năm 2019 (vượt KH giảm 0,8%)
ty_le_ho_ngheo change_vs_prev 2020 -1,02 | Tỷ lệ hộ nghèo giảm còn 1,8%, giảm 1,02% so với cuối năm 2019 (vượt KH giảm 0,8%)
ho_thoat_ngheo actual 2020 2.126 | trong năm có 2.126 hộ thoát nghèo, trong đó 418 hộ đồng bào dân tộc thiểu số
ho_can_ngheo actual 2020 4.860 | hộ cận nghèo còn 4.860 hộ
ty_le_bhyt actual 2020 89,7 | Tỷ lệ dân số tham gia bảo hiểm y tế đạt 89,7%/KH 90%
ty_le_bhyt plan 2020 90 | Tỷ lệ dân số tham gia bảo hiểm y tế đạt 89,7%/KH 90%
ty_le_gia_dinh_van_hoa actual 2020 93,2 | Tỷ lệ gia đình đạt chuẩn văn hóa 93,2%
ty_le_khu_dan_cu_van_hoa actual 2020 87 | tỷ lệ ấp, khu phố văn hóa 87%
tang_truong_kinh_te actual 2020 7,3 | Giai đoạn 2016-2020, tốc độ tăng trưởng kinh tế bình quân đạt 7,3%/năm (mục tiêu Nghị quyết Đại hội X là 7,5-8%/năm)
tang_truong_kinh_te plan 2020 7,5 max=8 | Giai đoạn 2016-2020, tốc độ tăng trưởng kinh tế bình quân đạt 7,3%/năm (mục tiêu Nghị quyết Đại hội X là 7,5-8%/năm)
von_dau_tu actual 2020 126.350*tỷ | Tổng vốn đầu tư phát triển toàn xã hội 5 năm đạt 126.350 tỷ đồng
thu_ngan_sach actual 2020 46.700*tỷ | Tổng thu NSNN trên địa bàn 5 năm đạt 46.700 tỷ đồng, gấp 1,9 lần giai đoạn 2011-2015
viec_lam_moi actual 2020 128.000 | Giải quyết việc làm cho 128.000 lao động.
ty_le_ho_ngheo actual 2015 3,96 | Tỷ lệ hộ nghèo giảm từ 3,96% (cuối năm 2015, theo chuẩn giai đoạn 2011-2015) xuống còn 1,8%
ty_le_bhyt actual 2015 68,2 | tỷ lệ bao phủ bảo hiểm y tế tăng từ 68,2% lên 89,7%
chi_tieu_hoan_thanh plan 2021 25 | Các chỉ tiêu chủ yếu (25 chỉ tiêu)
tang_truong_kinh_te plan 2021 7 max=7,5 | Tốc độ tăng trưởng GRDP (giá so sánh 2010) đạt 7-7,5%.
ty_trong_dich_vu plan 2021 28,7 | dịch vụ 28,7%
von_dau_tu plan 2021 31.500*tỷ | Tổng vốn đầu tư phát triển toàn xã hội 31.500 tỷ đồng.
thu_ngan_sach plan 2021 12.180*tỷ | Tổng thu NSNN trên địa bàn 12.180 tỷ đồng
chi_ngan_sach plan 2021 14.230*tỷ | tổng chi ngân sách địa phương 14.230 tỷ đồng
viec_lam_moi plan 2021 26.000 | Giải quyết việc làm cho 26.000 lao động
ty_le_bhyt plan 2021 93 | Tỷ lệ dân số tham gia bảo hiểm y tế 93%.
ty_le_gia_dinh_van_hoa plan 2021 93,5 | Tỷ lệ gia đình văn hóa 93,5%
ty_le_khu_dan_cu_van_hoa plan 2021 88 | tỷ lệ ấp, khu phố văn hóa 88%
