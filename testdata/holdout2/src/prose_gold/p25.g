@file p25_029a0b51.txt
@unit Huyện Thanh Oai
thu_ngan_sach actual 2022 2.345,6*tỷ e | tổng thu NSNN trên địa bàn ước thực hiện cả năm 2.345,6 tỷ đồng, bằng 92,4% dự toán thành phố giao, bằng 81,7% dự toán HĐND huyện giao, bằng 88,1% so với năm 2021
thu_ngan_sach pct_of_plan 2022 92,4 e | tổng thu NSNN trên địa bàn ước thực hiện cả năm 2.345,6 tỷ đồng, bằng 92,4% dự toán thành phố giao, bằng 81,7% dự toán HĐND huyện giao, bằng 88,1% so với năm 2021
thu_ngan_sach pct_of_plan 2022 81,7 e | tổng thu NSNN trên địa bàn ước thực hiện cả năm 2.345,6 tỷ đồng, bằng 92,4% dự toán thành phố giao, bằng 81,7% dự toán HĐND huyện giao, bằng 88,1% so với năm 2021
thu_ngan_sach pct_of_prev 2022 88,1 e | tổng thu NSNN trên địa bàn ước thực hiện cả năm 2.345,6 tỷ đồng, bằng 92,4% dự toán thành phố giao, bằng 81,7% dự toán HĐND huyện giao, bằng 88,1% so với năm 2021
chi_ngan_sach actual 2022 2.765,3*tỷ e | Tổng chi ngân sách địa phương ước 2.765,3 tỷ đồng, bằng 103,2% dự toán
chi_ngan_sach pct_of_plan 2022 103,2 e | Tổng chi ngân sách địa phương ước 2.765,3 tỷ đồng, bằng 103,2% dự toán
giai_ngan_dau_tu actual 2022 1.452*tỷ asof=2022-11-30 | Đến ngày 30/11/2022, giải ngân vốn đầu tư công đạt 1.452 tỷ đồng, bằng 85,3% kế hoạch vốn
giai_ngan_dau_tu pct_of_plan 2022 85,3 asof=2022-11-30 | Đến ngày 30/11/2022, giải ngân vốn đầu tư công đạt 1.452 tỷ đồng, bằng 85,3% kế hoạch vốn
thu_ngan_sach plan 2023 2.830*tỷ | tổng thu NSNN trên địa bàn năm 2023 là 2.830 tỷ đồng (trong đó thu tiền sử dụng đất 2.180 tỷ đồng)
chi_ngan_sach plan 2023 2.953,7*tỷ | tổng chi ngân sách địa phương 2.953,7 tỷ đồng, trong đó chi đầu tư phát triển 1.702 tỷ đồng
