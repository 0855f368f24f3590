@file p21_9add0cf3.pdf
@unit Phường Đông Ngạc
chi_tieu_hoan_thanh actual 2020 14 | hoàn thành và hoàn thành vượt mức 14/16 chỉ tiêu Nghị quyết Đại hội
chi_tieu_hoan_thanh plan 2020 16 | hoàn thành và hoàn thành vượt mức 14/16 chỉ tiêu Nghị quyết Đại hội
thu_ngan_sach actual 2020 412,5*tỷ | Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 412,5 tỷ đồng, bằng 146% chỉ tiêu Nghị quyết
thu_ngan_sach pct_of_plan 2020 146 | Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 412,5 tỷ đồng, bằng 146% chỉ tiêu Nghị quyết
ty_le_ho_ngheo actual 2015 1,12 | Tỷ lệ hộ nghèo giảm từ 1,12% (năm 2015) xuống còn 0,18% (năm 2019)
ty_le_ho_ngheo actual 2019 0,18 | Tỷ lệ hộ nghèo giảm từ 1,12% (năm 2015) xuống còn 0,18% (năm 2019)
ho_can_ngheo actual 2020 24 | chỉ còn 24 hộ cận nghèo
ty_le_gia_dinh_van_hoa actual 2020 90,6 | Tỷ lệ gia đình văn hóa bình quân hằng năm đạt 90,6%
ty_le_khu_dan_cu_van_hoa actual 2020 100 | 100% tổ dân phố được công nhận danh hiệu tổ dân phố văn hóa
ty_le_bhyt actual 2020 91,3 | Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,3%
dang_vien_moi actual 2020 92 | Trong nhiệm kỳ, Đảng bộ đã kết nạp 92 đảng viên, đạt 115% chỉ tiêu Nghị quyết
dang_vien_moi pct_of_plan 2020 115 | Trong nhiệm kỳ, Đảng bộ đã kết nạp 92 đảng viên, đạt 115% chỉ tiêu Nghị quyết
chi_tieu_hoan_thanh plan 2025 15 | Đại hội xác định 15 chỉ tiêu chủ yếu
ty_le_bhyt plan 2025 95 q=over | tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên
ty_le_gia_dinh_van_hoa plan 2025 92 q=over | tỷ lệ gia đình văn hóa đạt 92% trở lên
ty_le_khu_dan_cu_van_hoa plan 2025 100 | duy trì 100% tổ dân phố văn hóa
dang_vien_moi plan 2025 100 q=over | kết nạp 100 đảng viên trở lên trong nhiệm kỳ
ty_trong_dich_vu actual 2020 70 q=over | Thương mại, dịch vụ phát triển mạnh, chiếm trên 70% giá trị sản xuất trên địa bàn
