@file p12_a9a39c8e.txt
@unit Tỉnh Nghệ An
dang_vien_moi actual 2023 4.215 | năm 2023 toàn Đảng bộ tỉnh kết nạp được 4.215 đảng viên, đạt 105,4% kế hoạch, tăng 3,2% so với năm 2022
dang_vien_moi pct_of_plan 2023 105,4 | năm 2023 toàn Đảng bộ tỉnh kết nạp được 4.215 đảng viên, đạt 105,4% kế hoạch, tăng 3,2% so với năm 2022
dang_vien_moi change_vs_prev 2023 3,2 | năm 2023 toàn Đảng bộ tỉnh kết nạp được 4.215 đảng viên, đạt 105,4% kế hoạch, tăng 3,2% so với năm 2022
dang_vien_moi actual 2023 312 u=Huyện_Quỳnh_Lưu | Đảng bộ huyện Quỳnh Lưu 312 đảng viên (đạt 124,8%)
dang_vien_moi pct_of_plan 2023 124,8 u=Huyện_Quỳnh_Lưu | Đảng bộ huyện Quỳnh Lưu 312 đảng viên (đạt 124,8%)
dang_vien_moi actual 2023 286 u=Thành_phố_Vinh | Đảng bộ thành phố Vinh 286 đảng viên (đạt 114,4%)
dang_vien_moi pct_of_plan 2023 114,4 u=Thành_phố_Vinh | Đảng bộ thành phố Vinh 286 đảng viên (đạt 114,4%)
dang_vien_moi actual 2023 118 u=Thị_xã_Hoàng_Mai | Đảng bộ thị xã Hoàng Mai 118 đảng viên (đạt 107,3%)
dang_vien_moi pct_of_plan 2023 107,3 u=Thị_xã_Hoàng_Mai | Đảng bộ thị xã Hoàng Mai 118 đảng viên (đạt 107,3%)
dang_vien_moi actual 2023 205 u=Huyện_Nghi_Lộc | Đảng bộ huyện Nghi Lộc 205 đảng viên (đạt 102,5%)
dang_vien_moi pct_of_plan 2023 102,5 u=Huyện_Nghi_Lộc | Đảng bộ huyện Nghi Lộc 205 đảng viên (đạt 102,5%)
dang_vien_moi actual 2023 78 u=Huyện_Kỳ_Sơn | Đảng bộ huyện Kỳ Sơn kết nạp 78 đảng viên, đạt 86,7%
dang_vien_moi pct_of_plan 2023 86,7 u=Huyện_Kỳ_Sơn | Đảng bộ huyện Kỳ Sơn kết nạp 78 đảng viên, đạt 86,7%
dang_vien_moi actual 2023 64 u=Huyện_Quế_Phong | Đảng bộ huyện Quế Phong 64 đảng viên, đạt 80%
dang_vien_moi pct_of_plan 2023 80 u=Huyện_Quế_Phong | Đảng bộ huyện Quế Phong 64 đảng viên, đạt 80%
dang_vien_moi plan 2024 4.200 q=over | Ban Thường vụ Tỉnh ủy giao chỉ tiêu kết nạp 4.200 đảng viên trở lên
