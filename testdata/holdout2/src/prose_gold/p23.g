@file p23_4774419b.txt
@unit Thành phố Uông Bí
thu_ngan_sach actual 2025 312,4*tỷ asof=2025-03-31 | Quý I/2025, thu NSNN trên địa bàn thành phố đạt 312,4 tỷ đồng, bằng 32,5% dự toán tỉnh giao, bằng 128% cùng kỳ
thu_ngan_sach pct_of_plan 2025 32,5 asof=2025-03-31 | Quý I/2025, thu NSNN trên địa bàn thành phố đạt 312,4 tỷ đồng, bằng 32,5% dự toán tỉnh giao, bằng 128% cùng kỳ
thu_ngan_sach pct_of_prev 2025 128 asof=2025-03-31 | Quý I/2025, thu NSNN trên địa bàn thành phố đạt 312,4 tỷ đồng, bằng 32,5% dự toán tỉnh giao, bằng 128% cùng kỳ
thu_ngan_sach actual 2025 118,2*tỷ asof=2025-03-31 | riêng tháng 3 thu 118,2 tỷ đồng
von_dau_tu actual 2025 1.820*tỷ e asof=2025-03-31 | Tổng vốn đầu tư phát triển trên địa bàn ước đạt 1.820 tỷ đồng
giai_ngan_dau_tu actual 2025 98,6*tỷ asof=2025-03-31 | Giải ngân vốn đầu tư công quý I đạt 98,6 tỷ đồng, bằng 12,8% kế hoạch
giai_ngan_dau_tu pct_of_plan 2025 12,8 asof=2025-03-31 | Giải ngân vốn đầu tư công quý I đạt 98,6 tỷ đồng, bằng 12,8% kế hoạch
