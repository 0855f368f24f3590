@file p06_22c68847.txt
@unit Huyện Quế Sơn
chi_tieu_hoan_thanh actual 2017 16 | có 16/19 chỉ tiêu chủ yếu đạt và vượt Nghị quyết
chi_tieu_hoan_thanh plan 2017 19 | có 16/19 chỉ tiêu chủ yếu đạt và vượt Nghị quyết
gia_tri_san_xuat actual 2017 5.105*tỷ e | Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 5.105 tỷ đồng, tăng 9,7%
gia_tri_san_xuat change_vs_prev 2017 9,7 e | Tổng giá trị sản xuất (giá so sánh 2010) ước đạt 5.105 tỷ đồng, tăng 9,7%
thu_ngan_sach actual 2017 215,6*tỷ e | thu ngân sách nhà nước trên địa bàn ước đạt 215,6 tỷ đồng, vượt 18,4% dự toán tỉnh giao
tang_truong_kinh_te plan 2018 10,5 q=over | Tốc độ tăng giá trị sản xuất (giá so sánh 2010) từ 10,5% trở lên
gia_tri_san_xuat plan 2018 5.650*tỷ | Tổng giá trị sản xuất (giá so sánh 2010) đạt 5.650 tỷ đồng.
ty_trong_dich_vu plan 2018 32,5 | thương mại - dịch vụ 32,5%
thu_ngan_sach plan 2018 236*tỷ | Tổng thu ngân sách nhà nước trên địa bàn 236 tỷ đồng, trong đó thu nội địa 148 tỷ đồng, thu tiền sử dụng đất 88 tỷ đồng
chi_ngan_sach plan 2018 612,4*tỷ | Tổng chi ngân sách địa phương 612,4 tỷ đồng
von_dau_tu plan 2018 1.450*tỷ | Tổng vốn đầu tư phát triển toàn xã hội 1.450 tỷ đồng, tăng 12% so với ước thực hiện năm 2017
ho_thoat_ngheo plan 2018 560 | Giảm tỷ lệ hộ nghèo 2% (giảm 560 hộ nghèo)
ty_le_ho_ngheo plan 2018 6,5 q=under | đến cuối năm tỷ lệ hộ nghèo còn dưới 6,5%
viec_lam_moi plan 2018 1.800 | Giải quyết việc làm mới cho 1.800 lao động
ty_le_bhyt plan 2018 88 | Tỷ lệ dân số tham gia bảo hiểm y tế đạt 88%
ty_le_gia_dinh_van_hoa plan 2018 90 | Tỷ lệ hộ gia đình đạt chuẩn văn hóa 90%
ty_le_khu_dan_cu_van_hoa plan 2018 75 | tỷ lệ thôn, khối phố đạt chuẩn văn hóa 75%
