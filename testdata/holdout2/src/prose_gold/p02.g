@file p02_0f910cfe.txt
@unit Huyện Yên Thế
chi_tieu_hoan_thanh actual 2021 17 e | ước cả năm có 17 chỉ tiêu/18 chỉ tiêu đạt và vượt KH
chi_tieu_hoan_thanh plan 2021 18 | ước cả năm có 17 chỉ tiêu/18 chỉ tiêu đạt và vượt KH
gia_tri_san_xuat actual 2021 6.215,4*tỷ e asof=2021-09-30 | Tổng giá trị sản xuất (giá SS 2010) lũy kế đến tháng 9.2021 ước đạt 6.215,4 tỷ đồng, bằng 71,3% KH năm, tăng 10,8% CK
gia_tri_san_xuat pct_of_plan 2021 71,3 e asof=2021-09-30 | Tổng giá trị sản xuất (giá SS 2010) lũy kế đến tháng 9.2021 ước đạt 6.215,4 tỷ đồng, bằng 71,3% KH năm, tăng 10,8% CK
gia_tri_san_xuat change_vs_prev 2021 10,8 e asof=2021-09-30 | Tổng giá trị sản xuất (giá SS 2010) lũy kế đến tháng 9.2021 ước đạt 6.215,4 tỷ đồng, bằng 71,3% KH năm, tăng 10,8% CK
tang_truong_kinh_te actual 2021 14,2 e | Ước cả năm, tốc độ tăng giá trị sản xuất đạt 14,2%/KH tăng 12-13%
tang_truong_kinh_te plan 2021 12 max=13 | Ước cả năm, tốc độ tăng giá trị sản xuất đạt 14,2%/KH tăng 12-13%
ty_trong_dich_vu actual 2021 26,5 e | thương mại - dịch vụ 26,5%/KH 26,0-27,0%
ty_trong_dich_vu plan 2021 26,0 max=27,0 | thương mại - dịch vụ 26,5%/KH 26,0-27,0%
tong_muc_ban_le actual 2021 1.486*tỷ e asof=2021-09-30 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 1.486 tỷ đồng/KH 1.900-2.000 tỷ đồng, tăng 8,9% CK
tong_muc_ban_le plan 2021 1.900*tỷ max=2.000 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 1.486 tỷ đồng/KH 1.900-2.000 tỷ đồng, tăng 8,9% CK
tong_muc_ban_le change_vs_prev 2021 8,9 e asof=2021-09-30 | Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 1.486 tỷ đồng/KH 1.900-2.000 tỷ đồng, tăng 8,9% CK
thu_ngan_sach actual 2021 312,6*tỷ e asof=2021-09-30 | Thu NSNN trên địa bàn lũy kế đến tháng 9.2021 ước đạt 312,6 tỷ đồng, bằng 92,4% dự toán tỉnh giao, bằng 81,7% dự toán HĐND huyện giao, tăng 21,3% CK
thu_ngan_sach pct_of_plan 2021 92,4 e asof=2021-09-30 | Thu NSNN trên địa bàn lũy kế đến tháng 9.2021 ước đạt 312,6 tỷ đồng, bằng 92,4% dự toán tỉnh giao, bằng 81,7% dự toán HĐND huyện giao, tăng 21,3% CK
thu_ngan_sach pct_of_plan 2021 81,7 e asof=2021-09-30 | Thu NSNN trên địa bàn lũy kế đến tháng 9.2021 ước đạt 312,6 tỷ đồng, bằng 92,4% dự toán tỉnh giao, bằng 81,7% dự toán HĐND huyện giao, tăng 21,3% CK
thu_ngan_sach change_vs_prev 2021 21,3 e asof=2021-09-30 | Thu NSNN trên địa bàn lũy kế đến tháng 9.2021 ước đạt 312,6 tỷ đồng, bằng 92,4% dự toán tỉnh giao, bằng 81,7% dự toán HĐND huyện giao, tăng 21,3% CK
chi_ngan_sach actual 2021 498,3*tỷ e asof=2021-09-30 | Chi ngân sách địa phương ước 498,3 tỷ đồng, bằng 68,9% dự toán
chi_ngan_sach pct_of_plan 2021 68,9 e asof=2021-09-30 | Chi ngân sách địa phương ước 498,3 tỷ đồng, bằng 68,9% dự toán
giai_ngan_dau_tu actual 2021 186,2*tỷ asof=2021-09-30 | Giải ngân vốn đầu tư công đến 30/9 đạt 186,2 tỷ đồng/KH vốn 305,7 tỷ đồng, đạt 60,9% KH
giai_ngan_dau_tu plan 2021 305,7*tỷ | Giải ngân vốn đầu tư công đến 30/9 đạt 186,2 tỷ đồng/KH vốn 305,7 tỷ đồng, đạt 60,9% KH
giai_ngan_dau_tu pct_of_plan 2021 60,9 asof=2021-09-30 | Giải ngân vốn đầu tư công đến 30/9 đạt 186,2 tỷ đồng/KH vốn 305,7 tỷ đồng, đạt 60,9% KH
von_dau_tu actual 2021 1.126*tỷ e asof=2021-09-30 | Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn 9 tháng ước 1.126 tỷ đồng, tăng 6,5% CK
von_dau_tu change_vs_prev 2021 6,5 e asof=2021-09-30 | Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn 9 tháng ước 1.126 tỷ đồng, tăng 6,5% CK
viec_lam_moi actual 2021 1.612 asof=2021-09-30 | Giải quyết việc làm cho 1.612 lao động (đạt 80,6% KH)
viec_lam_moi pct_of_plan 2021 80,6 asof=2021-09-30 | Giải quyết việc làm cho 1.612 lao động (đạt 80,6% KH)
ty_le_ho_ngheo actual 2021 4,12 e | Tỷ lệ hộ nghèo ước cuối năm còn 4,12%, giảm 1,53%/KH giảm 1,5%
ty_le_ho_ngheo change_vs_prev 2021 -1,53 e | Tỷ lệ hộ nghèo ước cuối năm còn 4,12%, giảm 1,53%/KH giảm 1,5%
ty_le_bhyt actual 2021 93,6 asof=2021-09-30 | Tỷ lệ dân số tham gia BHYT đến 30/9 đạt 93,6%/KH 94%
ty_le_bhyt plan 2021 94 | Tỷ lệ dân số tham gia BHYT đến 30/9 đạt 93,6%/KH 94%
ty_le_gia_dinh_van_hoa actual 2021 88,5 e | tỷ lệ gia đình văn hóa ước đạt 88,5%
ty_le_khu_dan_cu_van_hoa actual 2021 72,4 e | tỷ lệ thôn, bản, tổ dân phố văn hóa ước đạt 72,4%
