@file p32_450f2650.txt
@unit Huyện
gia_tri_san_xuat actual 2024 1,25*ngàntỉ e asof=2024-06-30 | tổng giá trị sản xuất (giá so sánh 2010) ước đạt 1,25 ngàn tỉ đồng, bằng 46,3% kế hoạch năm, tăng 7,8% so với cùng kỳ
gia_tri_san_xuat pct_of_plan 2024 46,3 e asof=2024-06-30 | tổng giá trị sản xuất (giá so sánh 2010) ước đạt 1,25 ngàn tỉ đồng, bằng 46,3% kế hoạch năm, tăng 7,8% so với cùng kỳ
gia_tri_san_xuat change_vs_prev 2024 7,8 e asof=2024-06-30 | tổng giá trị sản xuất (giá so sánh 2010) ước đạt 1,25 ngàn tỉ đồng, bằng 46,3% kế hoạch năm, tăng 7,8% so với cùng kỳ
thu_ngan_sach actual 2024 41,8*tỉ asof=2024-06-30 | Tổng thu ngân sách trên địa bàn được 41,8 tỉ đồng, đạt 58,9% dự toán tỉnh giao, đạt 52,3% dự toán HĐND huyện giao, tăng 16,4% so với cùng kỳ năm trước
thu_ngan_sach pct_of_plan 2024 58,9 asof=2024-06-30 | Tổng thu ngân sách trên địa bàn được 41,8 tỉ đồng, đạt 58,9% dự toán tỉnh giao, đạt 52,3% dự toán HĐND huyện giao, tăng 16,4% so với cùng kỳ năm trước
thu_ngan_sach pct_of_plan 2024 52,3 asof=2024-06-30 | Tổng thu ngân sách trên địa bàn được 41,8 tỉ đồng, đạt 58,9% dự toán tỉnh giao, đạt 52,3% dự toán HĐND huyện giao, tăng 16,4% so với cùng kỳ năm trước
thu_ngan_sach change_vs_prev 2024 16,4 asof=2024-06-30 | Tổng thu ngân sách trên địa bàn được 41,8 tỉ đồng, đạt 58,9% dự toán tỉnh giao, đạt 52,3% dự toán HĐND huyện giao, tăng 16,4% so với cùng kỳ năm trước
chi_ngan_sach actual 2024 312,5*tỉ asof=2024-06-30 | Tổng chi ngân sách địa phương 312,5 tỉ đồng, bằng 45,1% dự toán
chi_ngan_sach pct_of_plan 2024 45,1 asof=2024-06-30 | Tổng chi ngân sách địa phương 312,5 tỉ đồng, bằng 45,1% dự toán
giai_ngan_dau_tu actual 2024 68,7*tỉ asof=2024-06-30 | Giải ngân vốn đầu tư công đến ngày 30/6 được 68,7 tỉ đồng, đạt 38,2% kế hoạch
giai_ngan_dau_tu pct_of_plan 2024 38,2 asof=2024-06-30 | Giải ngân vốn đầu tư công đến ngày 30/6 được 68,7 tỉ đồng, đạt 38,2% kế hoạch
viec_lam_moi actual 2024 640 asof=2024-06-30 | huyện đã giải quyết việc làm cho 640 lao động
ho_thoat_ngheo actual 2024 96 asof=2024-06-30 | giảm 96 hộ nghèo, đạt 48% kế hoạch năm
ho_thoat_ngheo pct_of_plan 2024 48 asof=2024-06-30 | giảm 96 hộ nghèo, đạt 48% kế hoạch năm
ty_le_bhyt actual 2024 91,4 asof=2024-06-30 | Tỷ lệ bao phủ bảo hiểm y tế đạt 91,4%
