@file p11_e9b544b7.txt
@unit Huyện Bác Ái
ty_le_ho_ngheo actual 2022 26,12 | toàn huyện còn 2.458 hộ nghèo, chiếm tỷ lệ 26,12%, giảm 4,35% so với năm 2021
ty_le_ho_ngheo change_vs_prev 2022 -4,35 | toàn huyện còn 2.458 hộ nghèo, chiếm tỷ lệ 26,12%, giảm 4,35% so với năm 2021
ho_can_ngheo actual 2022 1.065 | hộ cận nghèo là 1.065 hộ, chiếm tỷ lệ 11,32%
ho_thoat_ngheo actual 2022 468 | số hộ thoát nghèo là 468 hộ, trong đó có 210 hộ chuyển sang hộ cận nghèo
ty_le_ho_ngheo pct_of_plan 2022 87 | tỷ lệ hộ nghèo giảm 4,35%, chỉ đạt 87% kế hoạch giao đầu năm (kế hoạch giảm 5%)
ty_le_ho_ngheo actual 2022 18,4 u=Xã_Phước_Đại | xã Phước Đại còn 18,4% (giảm 6,2%)
ty_le_ho_ngheo change_vs_prev 2022 -6,2 u=Xã_Phước_Đại | xã Phước Đại còn 18,4% (giảm 6,2%)
ty_le_ho_ngheo actual 2022 33,5 u=Xã_Phước_Tân | xã Phước Tân còn 33,5% (giảm 3,1%)
ty_le_ho_ngheo change_vs_prev 2022 -3,1 u=Xã_Phước_Tân | xã Phước Tân còn 33,5% (giảm 3,1%)
ty_le_ho_ngheo change_vs_prev 2022 0,4 u=Xã_Phước_Hòa | riêng xã Phước Hòa tỷ lệ hộ nghèo tăng 0,4% do phát sinh hộ nghèo mới ở thôn Chà Panh
ho_thoat_ngheo plan 2023 400 | giảm tỷ lệ hộ nghèo từ 4-5%, tương đương giảm 400 hộ nghèo
viec_lam_moi plan 2023 600 | đào tạo nghề gắn với giải quyết việc làm cho 600 lao động
