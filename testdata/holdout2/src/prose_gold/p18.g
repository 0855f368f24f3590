@file p18_ecba742e.txt
@unit Huyện Ia Grai
gia_tri_san_xuat actual 2023 9.841,6*tỷ e | năm 2023 tổng giá trị sản xuất (giá so sánh 2010) ước đạt 9.841,6 tỷ đồng, đạt 100,3% kế hoạch, bằng 109,2% so với năm 2022
gia_tri_san_xuat pct_of_plan 2023 100,3 e | năm 2023 tổng giá trị sản xuất (giá so sánh 2010) ước đạt 9.841,6 tỷ đồng, đạt 100,3% kế hoạch, bằng 109,2% so với năm 2022
gia_tri_san_xuat pct_of_prev 2023 109,2 e | năm 2023 tổng giá trị sản xuất (giá so sánh 2010) ước đạt 9.841,6 tỷ đồng, đạt 100,3% kế hoạch, bằng 109,2% so với năm 2022
thu_ngan_sach actual 2023 118,5*tỷ e | Tổng thu ngân sách trên địa bàn ước 118,5 tỷ đồng, đạt 104,6% dự toán tỉnh giao, đạt 96,3% dự toán HĐND huyện giao
thu_ngan_sach pct_of_plan 2023 104,6 e | Tổng thu ngân sách trên địa bàn ước 118,5 tỷ đồng, đạt 104,6% dự toán tỉnh giao, đạt 96,3% dự toán HĐND huyện giao
thu_ngan_sach pct_of_plan 2023 96,3 e | Tổng thu ngân sách trên địa bàn ước 118,5 tỷ đồng, đạt 104,6% dự toán tỉnh giao, đạt 96,3% dự toán HĐND huyện giao
giai_ngan_dau_tu pct_of_plan 2023 92,1 | Tỷ lệ giải ngân vốn đầu tư công đạt 92,1% kế hoạch vốn
ho_thoat_ngheo actual 2023 352 | huyện giảm 352 hộ nghèo, đạt 117,3% kế hoạch
ho_thoat_ngheo pct_of_plan 2023 117,3 | huyện giảm 352 hộ nghèo, đạt 117,3% kế hoạch
ty_le_ho_ngheo actual 2023 6,84 | tỷ lệ hộ nghèo còn 6,84%
viec_lam_moi actual 2023 1.250 | Huyện tạo việc làm cho 1.250 lao động
gia_tri_san_xuat plan 2024 10.650*tỷ | phấn đấu tổng giá trị sản xuất đạt 10.650 tỷ đồng
thu_ngan_sach plan 2024 125*tỷ | thu ngân sách trên địa bàn 125 tỷ đồng
ho_thoat_ngheo plan 2024 300 q=over | giảm 300 hộ nghèo trở lên
