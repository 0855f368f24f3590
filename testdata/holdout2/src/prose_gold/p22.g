@file p22_93e39383.txt
@unit Thị xã Sơn Tây
chi_tieu_hoan_thanh actual 2018 17 | năm 2018 thị xã hoàn thành 17/19 chỉ tiêu kinh tế - xã hội HĐND thị xã giao
chi_tieu_hoan_thanh plan 2018 19 | năm 2018 thị xã hoàn thành 17/19 chỉ tiêu kinh tế - xã hội HĐND thị xã giao
gia_tri_san_xuat change_vs_prev 2018 8,6 e | Tổng giá trị sản xuất trên địa bàn ước tăng 8,6% so với năm 2017 (kế hoạch tăng 9,5%)
tang_truong_kinh_te plan 2018 9,5 | Tổng giá trị sản xuất trên địa bàn ước tăng 8,6% so với năm 2017 (kế hoạch tăng 9,5%)
thu_ngan_sach actual 2018 702,5*tỷ e | Tổng thu ngân sách nhà nước trên địa bàn ước đạt 702,5 tỷ đồng, đạt 121% kế hoạch thành phố giao
thu_ngan_sach pct_of_plan 2018 121 e | Tổng thu ngân sách nhà nước trên địa bàn ước đạt 702,5 tỷ đồng, đạt 121% kế hoạch thành phố giao
viec_lam_moi actual 2018 2.145 | thị xã giải quyết việc làm cho 2.145 lao động
ty_le_ho_ngheo actual 2018 0,95 | tỷ lệ hộ nghèo còn 0,95%
ho_can_ngheo actual 2018 1.021 | hộ cận nghèo còn 1.021 hộ, chiếm 2,6%
ty_le_bhyt actual 2018 86,2 | Tỷ lệ người dân tham gia bảo hiểm y tế đạt 86,2%, tăng 3,1% so với năm 2017
ty_le_bhyt change_vs_prev 2018 3,1 | Tỷ lệ người dân tham gia bảo hiểm y tế đạt 86,2%, tăng 3,1% so với năm 2017
ty_le_gia_dinh_van_hoa actual 2018 88,4 | Có 88,4% hộ gia đình đạt danh hiệu gia đình văn hóa
ty_le_khu_dan_cu_van_hoa actual 2018 81 | 64/79 thôn, tổ dân phố được công nhận danh hiệu văn hóa (đạt 81%)
tang_truong_kinh_te plan 2019 9 max=9,5 | phấn đấu tốc độ tăng giá trị sản xuất 9-9,5%
thu_ngan_sach plan 2019 745*tỷ | thu ngân sách trên địa bàn 745 tỷ đồng
viec_lam_moi plan 2019 2.200 | giải quyết việc làm cho 2.200 lao động
ty_le_bhyt plan 2019 88,5 q=over | tỷ lệ tham gia bảo hiểm y tế đạt 88,5% trở lên
