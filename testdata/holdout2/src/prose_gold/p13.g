@file p13_d40af06a.txt
@unit Xã Tam Hồng
gia_tri_san_xuat actual 2019 1.025,6*tỷ e | 1. Tổng giá trị sản xuất (giá HH): ƯTH 1.025,6 tỷ đồng/KH 980 tỷ đồng, đạt 104,7% KH.
gia_tri_san_xuat plan 2019 980*tỷ | 1. Tổng giá trị sản xuất (giá HH): ƯTH 1.025,6 tỷ đồng/KH 980 tỷ đồng, đạt 104,7% KH.
gia_tri_san_xuat pct_of_plan 2019 104,7 e | 1. Tổng giá trị sản xuất (giá HH): ƯTH 1.025,6 tỷ đồng/KH 980 tỷ đồng, đạt 104,7% KH.
tang_truong_kinh_te actual 2019 10,2 e | 2. Tốc độ tăng giá trị sản xuất (giá SS 2010): 10,2%/KH 9,5%.
tang_truong_kinh_te plan 2019 9,5 | 2. Tốc độ tăng giá trị sản xuất (giá SS 2010): 10,2%/KH 9,5%.
ty_trong_dich_vu actual 2019 39,3 e | TM-DV 39,3%/KH 38-40%
ty_trong_dich_vu plan 2019 38 max=40 | TM-DV 39,3%/KH 38-40%
thu_ngan_sach actual 2019 8.652*triệu e | 4. Thu NSNN trên địa bàn: ƯTH 8.652 triệu đồng/DT huyện giao 6.200 triệu đồng, đạt 139,5% DT
thu_ngan_sach plan 2019 6.200*triệu | 4. Thu NSNN trên địa bàn: ƯTH 8.652 triệu đồng/DT huyện giao 6.200 triệu đồng, đạt 139,5% DT
thu_ngan_sach pct_of_plan 2019 139,5 e | 4. Thu NSNN trên địa bàn: ƯTH 8.652 triệu đồng/DT huyện giao 6.200 triệu đồng, đạt 139,5% DT
chi_ngan_sach actual 2019 5.104*triệu e | 5. Chi NS xã: ƯTH 5.104 triệu đồng, đạt 96% DT.
chi_ngan_sach pct_of_plan 2019 96 e | 5. Chi NS xã: ƯTH 5.104 triệu đồng, đạt 96% DT.
ty_le_ho_ngheo actual 2019 1,62 e | 6. Tỷ lệ hộ nghèo: 1,62%/KH dưới 2%, giảm 0,58% so với năm 2018.
ty_le_ho_ngheo plan 2019 2 q=under | 6. Tỷ lệ hộ nghèo: 1,62%/KH dưới 2%, giảm 0,58% so với năm 2018.
ty_le_ho_ngheo change_vs_prev 2019 -0,58 e | 6. Tỷ lệ hộ nghèo: 1,62%/KH dưới 2%, giảm 0,58% so với năm 2018.
ho_thoat_ngheo actual 2019 14 e | 7. Số hộ thoát nghèo: 14 hộ/KH 12 hộ.
ho_thoat_ngheo plan 2019 12 | 7. Số hộ thoát nghèo: 14 hộ/KH 12 hộ.
ty_le_bhyt actual 2019 90,8 e | 8. Tỷ lệ người dân tham gia BHYT: 90,8%/KH 90%.
ty_le_bhyt plan 2019 90 | 8. Tỷ lệ người dân tham gia BHYT: 90,8%/KH 90%.
ty_le_gia_dinh_van_hoa actual 2019 91,5 e | 9. Tỷ lệ gia đình văn hóa: 91,5%/KH 90%
ty_le_gia_dinh_van_hoa plan 2019 90 | 9. Tỷ lệ gia đình văn hóa: 91,5%/KH 90%
ty_le_khu_dan_cu_van_hoa actual 2019 87,5 e | thôn văn hóa: 7/8 thôn (87,5%)/KH 75%
ty_le_khu_dan_cu_van_hoa plan 2019 75 | thôn văn hóa: 7/8 thôn (87,5%)/KH 75%
viec_lam_moi actual 2019 185 e | 10. Giải quyết việc làm mới: 185 lao động/KH 160 lao động
viec_lam_moi plan 2019 160 | 10. Giải quyết việc làm mới: 185 lao động/KH 160 lao động
dang_vien_moi actual 2019 6 e | 12. Kết nạp đảng viên mới: 6 ĐV/KH 5 ĐV.
dang_vien_moi plan 2019 5 | 12. Kết nạp đảng viên mới: 6 ĐV/KH 5 ĐV.
chi_tieu_hoan_thanh actual 2019 17 e | Đánh giá chung: 17 chỉ tiêu/18 chỉ tiêu đạt và vượt KH
chi_tieu_hoan_thanh plan 2019 18 | Đánh giá chung: 17 chỉ tiêu/18 chỉ tiêu đạt và vượt KH
gia_tri_san_xuat plan 2020 1.120*tỷ | Tổng giá trị sản xuất (giá HH) 1.120 tỷ đồng
tang_truong_kinh_te plan 2020 9 max=10 | tốc độ tăng giá trị sản xuất 9-10%
thu_ngan_sach plan 2020 6.800*triệu | thu NSNN trên địa bàn 6.800 triệu đồng
ty_le_bhyt plan 2020 92 | tỷ lệ tham gia BHYT 92%
ty_le_gia_dinh_van_hoa plan 2020 91 | tỷ lệ gia đình văn hóa 91%
viec_lam_moi plan 2020 170 | giải quyết việc làm mới cho 170 lao động
dang_vien_moi plan 2020 5 | kết nạp 5 đảng viên
