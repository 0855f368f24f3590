@file p01_65f62161.txt
@unit Tỉnh Hậu Giang
dang_vien_moi actual 2022 1.246 asof=2022-10-31 | toàn Đảng bộ tỉnh Hậu Giang đã kết nạp được 1.246 đảng viên (ĐV), đạt 89% kế hoạch năm
dang_vien_moi pct_of_plan 2022 89 asof=2022-10-31 | toàn Đảng bộ tỉnh Hậu Giang đã kết nạp được 1.246 đảng viên (ĐV), đạt 89% kế hoạch năm
dang_vien_moi change_vs_prev 2022 6,3 asof=2022-10-31 | so với cùng kỳ năm 2021 tăng 6,3%
dang_vien_moi actual 2022 118 asof=2022-10-31 u=Thành_phố_Ngã_Bảy | Đảng bộ thành phố Ngã Bảy kết nạp 118 ĐV (đạt 131% kế hoạch)
dang_vien_moi pct_of_plan 2022 131 asof=2022-10-31 u=Thành_phố_Ngã_Bảy | Đảng bộ thành phố Ngã Bảy kết nạp 118 ĐV (đạt 131% kế hoạch)
dang_vien_moi actual 2022 142 asof=2022-10-31 u=Huyện_Vị_Thủy | Đảng bộ huyện Vị Thủy kết nạp 142 ĐV (đạt 118% kế hoạch)
dang_vien_moi pct_of_plan 2022 118 asof=2022-10-31 u=Huyện_Vị_Thủy | Đảng bộ huyện Vị Thủy kết nạp 142 ĐV (đạt 118% kế hoạch)
dang_vien_moi actual 2022 109 asof=2022-10-31 u=Thị_xã_Long_Mỹ | Đảng bộ thị xã Long Mỹ kết nạp 109 ĐV (đạt 109% kế hoạch)
dang_vien_moi pct_of_plan 2022 109 asof=2022-10-31 u=Thị_xã_Long_Mỹ | Đảng bộ thị xã Long Mỹ kết nạp 109 ĐV (đạt 109% kế hoạch)
dang_vien_moi actual 2022 131 asof=2022-10-31 u=Huyện_Châu_Thành_A | Đảng bộ huyện Châu Thành A kết nạp 131 ĐV (đạt 102% kế hoạch)
dang_vien_moi pct_of_plan 2022 102 asof=2022-10-31 u=Huyện_Châu_Thành_A | Đảng bộ huyện Châu Thành A kết nạp 131 ĐV (đạt 102% kế hoạch)
dang_vien_moi actual 2022 71 asof=2022-10-31 u=Thành_phố_Vị_Thanh | Đảng bộ thành phố Vị Thanh, mới kết nạp 71 ĐV, đạt 68% kế hoạch
dang_vien_moi pct_of_plan 2022 68 asof=2022-10-31 u=Thành_phố_Vị_Thanh | Đảng bộ thành phố Vị Thanh, mới kết nạp 71 ĐV, đạt 68% kế hoạch
dang_vien_moi plan 2022 1.400 q=over | chỉ tiêu năm 2022 là kết nạp từ 1.400 đảng viên trở lên
