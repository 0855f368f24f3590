package extract

import "testing"

// TestYearSpanOpeners: a multi-year period (giai đoạn, thời kỳ, nhiệm kỳ,
// kỳ trung hạn) that opens its clause after a preposition of time ("cho",
// "suốt") or a word that sums the period up ("tính chung", "cộng dồn",
// "lũy kế"), or right after the verb that sets targets ("xác định"),
// dates the clause's figures with the period's last year.
func TestYearSpanOpeners(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"cho: targets for a period", "Huyện Gia Lâm định hướng phát triển\nNgày 14/10/2025\n\nCho giai đoạn 2025 - 2030, Đại hội xác định mục tiêu tăng trưởng kinh tế bình quân 9%/năm.", []string{"tang_truong_kinh_te plan 9 2030"}},
		{"lũy kế: a period total", "Huyện Gia Lâm giải ngân đầu tư công\nNgày 10/03/2026\n\nLũy kế giai đoạn 2021 - 2025, huyện giải ngân vốn đầu tư công 4.500 tỷ đồng.", []string{"giai_ngan_dau_tu actual 4.5e+12 2025"}},
		{"tính chung: a period total", "Huyện Gia Lâm giải ngân đầu tư công\nNgày 10/03/2026\n\nTính chung thời kỳ 2021 - 2025, huyện giải ngân vốn đầu tư công 4.500 tỷ đồng.", []string{"giai_ngan_dau_tu actual 4.5e+12 2025"}},
		{"cộng dồn cả kỳ trung hạn", "Huyện Gia Lâm giải ngân đầu tư công\nNgày 10/03/2026\n\nCộng dồn cả kỳ trung hạn 2021 - 2025, huyện giải ngân vốn đầu tư công 4.500 tỷ đồng, đạt 92% kế hoạch trung hạn.", []string{"giai_ngan_dau_tu actual 4.5e+12 2025", "giai_ngan_dau_tu pct_of_plan 92 2025"}},
		{"suốt nhiệm kỳ", "Huyện Gia Lâm tổng kết nhiệm kỳ\nNgày 10/03/2026\n\nSuốt nhiệm kỳ 2020 - 2025, Đảng bộ huyện kết nạp 1.250 đảng viên mới.", []string{"dang_vien_moi actual 1250 2025"}},
		{"xác định trong thời kỳ", "Huyện Gia Lâm: chương trình giảm nghèo\nNgày 04/05/2022\n\nHuyện xác định trong thời kỳ 2022 - 2025 sẽ giúp 1.500 hộ thoát nghèo.", []string{"ho_thoat_ngheo plan 1500 2025"}},
		// Negatives: a period after the figure, or one the clause compares
		// with, does not date it.
		{"a period named after the figure", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nTính chung cả năm 2024, thu ngân sách đạt 950 tỷ đồng, cao nhất trong giai đoạn 2021 - 2025.", []string{"thu_ngan_sach actual 9.5e+11 2024"}},
		{"a period compared with", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nNăm 2024, huyện giải quyết việc làm cho 3.000 lao động, cao hơn bình quân cho giai đoạn 2016 - 2020.", []string{"viec_lam_moi actual 3000 2024"}},
	})
}

// TestYearCommitteeTerm: a party committee names its term by "khóa" and
// the years as well as by "nhiệm kỳ" ("khóa I (2025 - 2030)", "(khóa 2025
// - 2030)", "khóa XV, 2025 - 2030"): a congress that opens that term sets
// targets of its last year.
func TestYearCommitteeTerm(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"khóa in brackets after the congress", "Xã Yên Lạc đặt mục tiêu cho cả khóa\nNgày 15/07/2025\n\nĐại hội Đảng bộ xã Yên Lạc (khóa 2025 - 2030) thống nhất mục tiêu hằng năm kết nạp 30 đảng viên mới.", []string{"dang_vien_moi plan 30 2030 Xã Yên Lạc"}},
		{"khóa with its number, years in brackets", "Phường Minh Khai tổ chức Đại hội\nNgày 20/08/2025\n\nĐại hội Đảng bộ phường Minh Khai khóa I (2025 - 2030) diễn ra trong hai ngày.\nTrong cả khóa, phường phấn đấu kết nạp 200 đảng viên.", []string{"dang_vien_moi plan 200 2030 Phường Minh Khai"}},
		{"khóa with its number, years after a comma", "Xã Tân Lập tổ chức Đại hội\nNgày 05/07/2025\n\nĐại hội Đảng bộ xã Tân Lập khóa XV, 2025 - 2030 đề ra mục tiêu: giải quyết việc làm cho 500 lao động mỗi năm.", []string{"viec_lam_moi plan 500 2030 Xã Tân Lập"}},
		// Negatives: a council's session names no term's years; a
		// resolution of a term that opened years before sets no target
		// of the year's results.
		{"a council's khóa without years", "Huyện Gia Lâm họp HĐND\nNgày 10/12/2024\n\nKỳ họp thứ 18 HĐND huyện khóa XX đã thông qua Nghị quyết. Năm 2025, huyện phấn đấu thu ngân sách 900 tỷ đồng.", []string{"thu_ngan_sach plan 9e+11 2025"}},
		{"a term's resolution in a later year", "Huyện Gia Lâm thực hiện Nghị quyết\nNgày 10/06/2023\n\nThực hiện Nghị quyết Đại hội Đảng bộ huyện khóa XXV (2020 - 2025), năm 2023 huyện thu ngân sách 800 tỷ đồng.", []string{"thu_ngan_sach actual 8e+11 2023"}},
	})
}

// TestYearBracketAfterFigure: a year alone in a bracket right after a
// figure (and its counted noun) labels that figure: "lần lượt là 5.120 hộ
// (2020), 4.860 hộ (2021)", "7,2% (năm 2023)".
func TestYearBracketAfterFigure(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a series of amounts", "Thu ngân sách của huyện qua các năm lần lượt đạt 700 tỷ đồng (2021), 760 tỷ đồng (2022) và 820 tỷ đồng (2023).", []string{"thu_ngan_sach actual 7.6e+11 2022", "thu_ngan_sach actual 7e+11 2021", "thu_ngan_sach actual 8.2e+11 2023"}},
		{"a series of counts", "Số đảng viên mới được kết nạp là 120 đảng viên (2021), 128 đảng viên (2022) và 135 đảng viên (2023).", []string{"dang_vien_moi actual 120 2021", "dang_vien_moi actual 128 2022", "dang_vien_moi actual 135 2023"}},
		{"a series of rates with năm", "Tốc độ tăng trưởng kinh tế của huyện đạt 6,8% (năm 2021), 7,1% (năm 2022) và 7,5% (năm 2023).", []string{"tang_truong_kinh_te actual 6.8 2021", "tang_truong_kinh_te actual 7.1 2022", "tang_truong_kinh_te actual 7.5 2023"}},
		// Negatives: a bracket that gives its year a figure of its own,
		// or a span of years, labels no figure before it.
		{"a bracket with a figure of its own", "Thu ngân sách đạt 820 tỷ đồng (năm 2022 đạt 760 tỷ đồng).", []string{"thu_ngan_sach actual 7.6e+11 2022", "thu_ngan_sach actual 8.2e+11 2023"}},
		{"a span in a bracket", "Năm 2023, huyện giải quyết việc làm cho 3.100 lao động (2021 - 2023 tăng đều).", []string{"viec_lam_moi actual 3100 2023"}},
	})
}

// TestAsOfPartYearWords: the first part of a year written as a half
// ("nửa đầu năm", "nửa năm") or as a count of quarters ("ba quý đầu
// năm", "3 quý năm 2024", "hai quý qua") is that many months, as "6 tháng
// đầu năm" and "9 tháng" are: the figure's as_of is the last day of
// them.
func TestAsOfPartYearWords(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"nửa đầu năm with its year", "Huyện Gia Lâm: kinh tế 6 tháng\nNgày 05/07/2022\n\nTrong nửa đầu năm 2022, tốc độ tăng trưởng kinh tế của huyện đạt 7,05%.", []string{"tang_truong_kinh_te actual 7.05 2022 @2022-06-30"}},
		{"nửa năm", "Huyện Gia Lâm giải ngân chậm\nNgày 09/07/2020\n\nNửa năm 2020, huyện mới giải ngân được 98 tỷ đồng vốn đầu tư công.", []string{"giai_ngan_dau_tu actual 9.8e+10 2020 @2020-06-30"}},
		{"nửa đầu năm bare", "Huyện Gia Lâm sơ kết\nNgày 10/07/2024\n\nKết thúc nửa đầu năm, thu ngân sách trên địa bàn huyện đạt 520 tỷ đồng.", []string{"thu_ngan_sach actual 5.2e+11 2024 @2024-06-30"}},
		{"ba quý đầu năm", "Huyện Gia Lâm giải ngân\nNgày 03/10/2025\n\nQua ba quý đầu năm, huyện giải ngân vốn đầu tư công được 512 tỷ đồng, bằng 61% kế hoạch.", []string{"giai_ngan_dau_tu actual 5.12e+11 2025 @2025-09-30", "giai_ngan_dau_tu pct_of_plan 61 2025 @2025-09-30"}},
		{"3 quý năm", "Huyện Gia Lâm sơ kết\nNgày 05/10/2024\n\nTrong 3 quý năm 2024, thu ngân sách đạt 700 tỷ đồng.", []string{"thu_ngan_sach actual 7e+11 2024 @2024-09-30"}},
		{"hai quý qua", "Huyện Gia Lâm sơ kết\nNgày 05/07/2024\n\nHai quý qua, huyện giải quyết việc làm cho 1.500 lao động.", []string{"viec_lam_moi actual 1500 2024 @2024-06-30"}},
		// Negatives: a half compared with, and the second half, leave the
		// figure's own period; a quarter by its number is one quarter.
		{"a half compared with", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nNăm 2024, thu ngân sách đạt 980 tỷ đồng, gấp đôi so với nửa đầu năm.", []string{"thu_ngan_sach actual 9.8e+11 2024"}},
		{"the year's second half", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nNửa cuối năm 2024, thu ngân sách tăng mạnh; cả năm 2024 đạt 980 tỷ đồng.", []string{"thu_ngan_sach actual 9.8e+11 2024"}},
	})
}

// TestAsOfSingleMonth: a month named alone after "trong" or "riêng"
// ("Trong tháng 4 năm 2023, …", "Riêng tháng 10/2024, …") gives that
// month's figures, and "đến cuối tháng 8 năm 2021" counts to that month's
// end, as "đến hết tháng 8/2021" does: the as_of is the month's last
// day.
func TestAsOfSingleMonth(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"trong tháng N năm Y", "Huyện Gia Lâm: thương mại tháng 4\nNgày 02/05/2023\n\nTrong tháng 4 năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của huyện ước đạt 1.125 tỷ đồng.", []string{"tong_muc_ban_le actual 1.125e+12 2023 @2023-04-30"}},
		{"riêng tháng N/Y", "Huyện Gia Lâm thu ngân sách\nNgày 05/11/2024\n\nRiêng tháng 10/2024, thu ngân sách trên địa bàn huyện đạt 95 tỷ đồng.", []string{"thu_ngan_sach actual 9.5e+10 2024 @2024-10-31"}},
		{"trong tháng 2 of a leap year", "Huyện Gia Lâm: việc làm tháng 2\nNgày 05/03/2024\n\nTrong tháng 2 năm 2024, huyện giải quyết việc làm cho 320 lao động.", []string{"viec_lam_moi actual 320 2024 @2024-02-29"}},
		{"đến cuối tháng N năm Y", "Huyện Gia Lâm giải ngân chậm\nNgày 07/09/2021\n\nTính đến cuối tháng 8 năm 2021, huyện mới giải ngân 142 tỷ đồng vốn đầu tư công, đạt 41,2% kế hoạch.", []string{"giai_ngan_dau_tu actual 1.42e+11 2021 @2021-08-31", "giai_ngan_dau_tu pct_of_plan 41.2 2021 @2021-08-31"}},
		{"đến cuối tháng N/Y", "Huyện Gia Lâm thu ngân sách\nNgày 05/12/2023\n\nĐến cuối tháng 11/2023, thu ngân sách trên địa bàn đạt 870 tỷ đồng.", []string{"thu_ngan_sach actual 8.7e+11 2023 @2023-11-30"}},
		// Negatives: the first of two months is no single month (not the
		// figure of January alone); a month
		// in a comparison is no period of the figure.
		{"two months", "Huyện Gia Lâm thu ngân sách\nNgày 05/03/2024\n\nTrong tháng 1 và tháng 2 năm 2024, thu ngân sách đạt 150 tỷ đồng.", []string{"thu_ngan_sach actual 1.5e+11 2024"}},
		{"an amount after trong tháng", "Huyện Gia Lâm chi ngân sách\nNgày 05/12/2023\n\nNăm 2023, chi ngân sách trong tháng 4.823 tỷ đồng.", []string{"chi_ngan_sach actual 4.823e+12 2023"}},
		{"a month compared with", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nNăm 2024, thu ngân sách đạt 980 tỷ đồng, gấp 10 lần thu trong tháng 1.", []string{"thu_ngan_sach actual 9.8e+11 2024"}},
	})
}

// TestYearDataCutOff: the day the data were closed ("số liệu chốt ngày
// 31/12/2020", "chốt đến ngày 30/6/2024", "tại thời điểm 31/12/2023")
// dates the figures as "đến ngày" does: the date's year, and its day as
// as_of unless it is the year's last day.
func TestYearDataCutOff(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"số liệu chốt ngày", "Thị xã Gia Lâm: bao phủ BHYT\nNgày 15/03/2021\n\nTheo số liệu chốt ngày 31/12/2020, thị xã Gia Lâm có 92,8% dân số tham gia bảo hiểm y tế và 97% gia đình đạt chuẩn gia đình văn hóa.", []string{"ty_le_bhyt actual 92.8 2020 Thị xã Gia Lâm", "ty_le_gia_dinh_van_hoa actual 97 2020 Thị xã Gia Lâm"}},
		{"chốt đến ngày after the year's task", "Huyện Gia Lâm: bao phủ BHYT\nNgày 15/07/2024\n\nNăm 2024, huyện tiếp tục vận động người dân tham gia bảo hiểm y tế. Số liệu chốt đến ngày 30/6/2023 cho thấy 91,5% dân số huyện tham gia bảo hiểm y tế.", []string{"ty_le_bhyt actual 91.5 2023 @2023-06-30"}},
		{"tại thời điểm", "Huyện Gia Lâm: giảm nghèo\nNgày 20/03/2024\n\nTại thời điểm 31/12/2023, tỷ lệ hộ nghèo của huyện còn 1,2% và huyện có 35 hộ thoát nghèo.", []string{"ho_thoat_ngheo actual 35 2023", "ty_le_ho_ngheo actual 1.2 2023"}},
		// Negatives: a place ("tại") and a closing that is no date leave
		// the figure's year as the text gives it.
		{"tại a place", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nTại hội nghị, huyện cho biết năm 2024 thu ngân sách đạt 980 tỷ đồng.", []string{"thu_ngan_sach actual 9.8e+11 2024"}},
		{"chốt without a date", "Huyện Gia Lâm: bao phủ BHYT\nNgày 15/03/2021\n\nSau khi chốt danh sách, năm 2021 huyện có 93% dân số tham gia bảo hiểm y tế.", []string{"ty_le_bhyt actual 93 2021"}},
	})
}

// TestYearAfterThen: in a contrast of two years, "Nếu (như) năm X … thì
// năm Y …", the year after "thì" opens the second term: a figure before
// "thì" keeps the first term's year, not the one named right after it.
func TestYearAfterThen(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"nếu như … thì năm nay", "Huyện Gia Lâm: việc làm tăng\nNgày 20/11/2019\n\nNếu như năm 2018 huyện tạo việc làm mới cho 2.740 lao động thì năm nay con số này ước khoảng 3.100 người.", []string{"viec_lam_moi actual 2740 2018", "viec_lam_moi actual 3100 2019"}},
		{"nếu … thì năm YYYY", "Huyện Gia Lâm: thu ngân sách tăng\nNgày 20/12/2024\n\nNếu năm 2023 huyện thu ngân sách 820 tỷ đồng thì năm 2024 ước đạt 950 tỷ đồng.", []string{"thu_ngan_sach actual 8.2e+11 2023", "thu_ngan_sach actual 9.5e+11 2024"}},
		{"nếu như … thì năm YYYY chỉ còn", "Huyện Gia Lâm: giảm nghèo\nNgày 20/12/2024\n\nNếu như năm 2020 tỷ lệ hộ nghèo của huyện là 4,2% thì năm 2024 chỉ còn 1,1%.", []string{"ty_le_ho_ngheo actual 1.1 2024", "ty_le_ho_ngheo actual 4.2 2020"}},
		// Negative: a year right after a figure with no "thì" between
		// stays the figure's own.
		{"a year right after the figure", "Huyện Gia Lâm: đảng viên mới\nNgày 20/12/2024\n\nHuyện kết nạp 150 đảng viên năm 2023 và 160 đảng viên năm 2024.", []string{"dang_vien_moi actual 150 2023", "dang_vien_moi actual 160 2024"}},
	})
}

// TestYearThisPeriod: "thời kỳ này", "giai đoạn này", "nhiệm kỳ đó"
// refer to the multi-year period the text named last (in its headline or
// an earlier sentence): the figure is of that period's last year.
func TestYearThisPeriod(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"đến hết thời kỳ này", "Huyện Gia Lâm: chương trình giảm nghèo\nNgày 04/05/2022\n\nHuyện xác định trong thời kỳ 2022 - 2025 sẽ giúp 1.500 hộ thoát nghèo.\nCũng đến hết thời kỳ này, huyện phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95%.", []string{"ho_thoat_ngheo plan 1500 2025", "ty_le_bhyt plan 95 2025"}},
		{"trong giai đoạn này after a headline's period", "Huyện Gia Lâm triển khai kế hoạch giai đoạn 2021 - 2025\nNgày 10/03/2021\n\nTrong giai đoạn này, huyện phấn đấu giải quyết việc làm cho 15.000 lao động.", []string{"viec_lam_moi plan 15000 2025"}},
		{"cuối nhiệm kỳ đó", "Huyện Gia Lâm nhìn lại nhiệm kỳ 2015 - 2020\nNgày 10/08/2023\n\nĐảng bộ huyện đã đi qua nhiệm kỳ 2015 - 2020 với nhiều dấu ấn. Đến cuối nhiệm kỳ đó, tỷ lệ hộ nghèo của huyện còn 2,1%.", []string{"ty_le_ho_ngheo actual 2.1 2020"}},
		// Negatives: with no period named before, "giai đoạn này" names
		// no year; a period compared with is no period of the figure.
		{"no period named before", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nTrong giai đoạn này, năm 2024 huyện thu ngân sách đạt 980 tỷ đồng.", []string{"thu_ngan_sach actual 9.8e+11 2024"}},
		{"a period compared with", "Huyện Gia Lâm: kế hoạch giai đoạn 2021 - 2025\nNgày 20/12/2024\n\nNăm 2024, huyện thu ngân sách đạt 980 tỷ đồng, tăng 20% so với giai đoạn này năm trước.", []string{"thu_ngan_sach actual 9.8e+11 2024", "thu_ngan_sach change_vs_prev 20 2024"}},
	})
}

// TestYearJustPastVua: "năm vừa qua" is "năm qua", the year just past:
// the page's year, or in its first two months the year before.
func TestYearJustPastVua(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"trong năm vừa qua in January", "Huyện Gia Lâm bước vào năm 2026 với nhiều kỳ vọng\nNgày 06/01/2026\n\nTrong năm vừa qua, huyện Gia Lâm có tổng vốn đầu tư toàn xã hội 5.860 tỷ đồng.", []string{"von_dau_tu actual 5.86e+12 2025"}},
		{"năm vừa qua after the subject", "Huyện Gia Lâm nhìn lại một năm\nNgày 12/02/2024\n\nHuyện Gia Lâm năm vừa qua thu ngân sách đạt 1.020 tỷ đồng.", []string{"thu_ngan_sach actual 1.02e+12 2023"}},
		{"năm vừa qua in December", "Huyện Gia Lâm tổng kết\nNgày 20/12/2024\n\nNăm vừa qua, huyện có 312 hộ thoát nghèo.", []string{"ho_thoat_ngheo actual 312 2024"}},
		// Negative: "tháng vừa qua" names a month, not the year.
		{"tháng vừa qua is no year", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nTháng vừa qua, huyện thu ngân sách 95 tỷ đồng; cả năm 2024 thu ngân sách đạt 980 tỷ đồng.", []string{"thu_ngan_sach actual 9.5e+10 2024", "thu_ngan_sach actual 9.8e+11 2024"}},
	})
}

// TestYearBudgetYear: "năm ngân sách 2020" and "năm tài chính 2024" name
// the budget year as "năm 2020" names a year: a budget a council sets
// in December for it is that year's plan.
func TestYearBudgetYear(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"cho năm ngân sách", "HĐND huyện Gia Lâm quyết định dự toán ngân sách 2020\nNgày 11/12/2019\n\nTại kỳ họp thứ 9, HĐND huyện quyết định tổng thu ngân sách nhà nước trên địa bàn cho năm ngân sách 2020 là 2.950 tỷ đồng; tổng chi ngân sách địa phương 6.470 tỷ đồng.", []string{"chi_ngan_sach plan 6.47e+12 2020", "thu_ngan_sach plan 2.95e+12 2020"}},
		{"năm tài chính", "Huyện Gia Lâm giao dự toán\nNgày 20/12/2023\n\nDự toán thu ngân sách năm tài chính 2024 được HĐND huyện giao 1.200 tỷ đồng.", []string{"thu_ngan_sach plan 1.2e+12 2024"}},
		{"năm ngân sách after the figure", "Huyện Gia Lâm giao dự toán\nNgày 20/12/2023\n\nHĐND huyện giao dự toán chi ngân sách 1.450 tỷ đồng cho năm ngân sách 2024.", []string{"chi_ngan_sach plan 1.45e+12 2024"}},
		// Negative: a budget year compared with is no year of the figure.
		{"a budget year compared with", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nNăm 2024, thu ngân sách đạt 980 tỷ đồng, tăng 12% so với năm ngân sách 2023.", []string{"thu_ngan_sach actual 9.8e+11 2024", "thu_ngan_sach change_vs_prev 12 2024"}},
	})
}

// TestYearLastYearWords: "năm ngoái" and "năm rồi" name the year before
// the page's, as the time of the clause's figures, unless they are a
// comparison's base ("so với năm ngoái", "cùng kỳ năm ngoái", "cao hơn
// năm rồi") or where a stretch starts ("kể từ năm ngoái").
func TestYearLastYearWords(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"nền tảng từ năm ngoái:", "Huyện Gia Lâm: kết quả của năm ngoái là tiền đề\n(Cập nhật 10:12 16/02/2025)\n\nHuyện Gia Lâm bước vào năm mới với nền tảng từ năm ngoái: tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của huyện đạt 41.300 tỷ đồng.", []string{"tong_muc_ban_le actual 4.13e+13 2024"}},
		{"năm rồi opening the sentence", "Huyện Gia Lâm vào xuân\nNgày 20/03/2024\n\nNăm rồi, huyện thu ngân sách được 1.020 tỷ đồng.", []string{"thu_ngan_sach actual 1.02e+12 2023"}},
		{"trong năm ngoái", "Huyện Gia Lâm: giảm nghèo\nNgày 10/04/2024\n\nTrong năm ngoái, toàn huyện có 312 hộ thoát nghèo.", []string{"ho_thoat_ngheo actual 312 2023"}},
		// Negatives: a comparison's base.
		{"so với năm ngoái", "Huyện Gia Lâm: thu ngân sách\nNgày 10/10/2024\n\nThu ngân sách 9 tháng đạt 700 tỷ đồng, tăng 12% so với năm ngoái.", []string{"thu_ngan_sach actual 7e+11 2024", "thu_ngan_sach change_vs_prev 12 2024"}},
		{"cao hơn năm rồi", "Huyện Gia Lâm: tăng trưởng\nNgày 10/10/2024\n\nTốc độ tăng trưởng kinh tế ước đạt 7,5%, cao hơn năm rồi.", []string{"tang_truong_kinh_te actual 7.5 2024"}},
	})
}

// TestKindYearOfPlanPeriod: a year named as a stage of a multi-year plan
// ("năm bản lề của kế hoạch 5 năm 2021 - 2025", "năm thứ hai thực hiện
// kế hoạch giai đoạn 2021 - 2025") keeps its own year, and "kế hoạch"
// there names the period, not targets: the figures are the year's
// results.
func TestKindYearOfPlanPeriod(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"năm bản lề của kế hoạch 5 năm", "Huyện Gia Lâm hoàn thành kế hoạch năm bản lề\nNgày 30/12/2022\n\nLà năm bản lề của kế hoạch 5 năm 2021 - 2025, năm 2022 kinh tế huyện tăng trưởng 7,8%.", []string{"tang_truong_kinh_te actual 7.8 2022"}},
		{"năm thứ hai thực hiện kế hoạch giai đoạn", "Huyện Gia Lâm tổng kết năm 2022\nNgày 28/12/2022\n\nNăm 2022, năm thứ hai thực hiện kế hoạch giai đoạn 2021 - 2025, huyện thu ngân sách đạt 1.050 tỷ đồng.", []string{"thu_ngan_sach actual 1.05e+12 2022"}},
		{"năm cuối của kế hoạch", "Huyện Gia Lâm tổng kết năm 2025\nNgày 26/12/2025\n\nLà năm cuối của kế hoạch 2021 - 2025, năm 2025 huyện giải quyết việc làm cho 4.100 lao động.", []string{"viec_lam_moi actual 4100 2025"}},
		// Negatives: a target verb after the stage still makes targets;
		// a plan with no years of its own is a plan of the year.
		{"a target verb after the stage", "Huyện Gia Lâm đặt mục tiêu\nNgày 10/03/2021\n\nLà năm đầu của kế hoạch 5 năm 2021 - 2025, năm 2021 huyện phấn đấu thu ngân sách 900 tỷ đồng.", []string{"thu_ngan_sach plan 9e+11 2021"}},
		{"a plan of the year", "Huyện Gia Lâm đặt mục tiêu\nNgày 10/03/2021\n\nLà năm đầu của nhiệm kỳ, huyện đặt kế hoạch năm 2021 thu ngân sách 900 tỷ đồng.", []string{"thu_ngan_sach plan 9e+11 2021"}},
	})
}

// TestKindListForYear: the head of a list of targets may name the year
// they are for with "cho" or "trong" before its colon ("thông qua các chỉ
// tiêu chủ yếu cho năm 2023: …", "các chỉ tiêu trong năm 2025 như sau:
// …"), as with the year alone: the items are that year's targets.
func TestKindListForYear(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"cho năm after a vote", "Huyện Gia Lâm họp HĐND\nNgày 21/12/2022\n\nKỳ họp đã biểu quyết thông qua các chỉ tiêu chủ yếu cho năm 2023: giá trị sản xuất đạt 24.800 tỷ đồng; giải quyết việc làm mới cho 3.300 lao động; giảm tỷ lệ hộ nghèo xuống còn 1,6%.", []string{"gia_tri_san_xuat plan 2.48e+13 2023", "ty_le_ho_ngheo plan 1.6 2023", "viec_lam_moi plan 3300 2023"}},
		{"trong năm … như sau", "Huyện Gia Lâm giao chỉ tiêu\nNgày 15/12/2024\n\nUBND huyện giao các chỉ tiêu trong năm 2025 như sau: thu ngân sách đạt 1.300 tỷ đồng; kết nạp 180 đảng viên.", []string{"dang_vien_moi plan 180 2025", "thu_ngan_sach plan 1.3e+12 2025"}},
		{"cho năm with qualifiers", "Huyện Gia Lâm ban hành kế hoạch\nNgày 05/01/2024\n\nHuyện ban hành các chỉ tiêu kinh tế - xã hội cơ bản cho năm 2024: tổng vốn đầu tư toàn xã hội đạt 6.000 tỷ đồng; tỷ lệ bao phủ bảo hiểm y tế đạt 95%.", []string{"ty_le_bhyt plan 95 2024", "von_dau_tu plan 6e+12 2024"}},
		// Negative: the results of the targets head no list of targets.
		{"results of the year's targets", "Huyện Gia Lâm tổng kết\nNgày 20/12/2024\n\nKết quả thực hiện các chỉ tiêu chủ yếu trong năm 2024: thu ngân sách đạt 980 tỷ đồng; kết nạp 160 đảng viên.", []string{"dang_vien_moi actual 160 2024", "thu_ngan_sach actual 9.8e+11 2024"}},
	})
}

// TestKindDeterminedList: what a body determines in a list after "xác
// định:" are targets, as after "đề ra:": each item's figure is a plan
// (a planned change none), whatever verb states it.
func TestKindDeterminedList(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a congress's resolution", "Phường Gia Lâm tổ chức Đại hội\nNgày 22/8/2025\n\nNghị quyết Đại hội Đảng bộ phường Gia Lâm khóa I (2025 - 2030) xác định: mỗi năm tổng thu ngân sách trên địa bàn tăng bình quân 12%; tỷ lệ khu dân cư văn hóa đạt trên 95%.", []string{"ty_le_khu_dan_cu_van_hoa plan 95 2030 Phường Gia Lâm"}},
		{"a council's plan for next year", "Huyện Gia Lâm họp HĐND\nNgày 15/12/2023\n\nHĐND huyện xác định: năm 2024 thu ngân sách đạt 1.100 tỷ đồng; giải quyết việc làm cho 3.000 lao động.", []string{"thu_ngan_sach plan 1.1e+12 2024", "viec_lam_moi plan 3000 2024"}},
		{"a province's programme", "Huyện Gia Lâm: chương trình giảm nghèo\nNgày 04/05/2022\n\nChương trình giảm nghèo của huyện xác định: đến năm 2025 tỷ lệ hộ nghèo còn dưới 1%; tỷ lệ bao phủ bảo hiểm y tế đạt 95%.", []string{"ty_le_bhyt plan 95 2025", "ty_le_ho_ngheo plan 1 2025"}},
		// Negatives: "xác định" with no colon, or what was found, states
		// results.
		{"xác định là with no colon", "Huyện Gia Lâm tổng kết năm 2024\nNgày 20/12/2024\n\nNăm 2024 được xác định là năm bứt phá, huyện thu ngân sách đạt 980 tỷ đồng.", []string{"thu_ngan_sach actual 9.8e+11 2024"}},
	})
}

// TestYearCitedDocumentDate: the date of a document the text cites
// ("Nghị quyết ngày 15/12/2022", "Quyết định số 1234/QĐ-UBND ngày
// 20/01/2023", "Kế hoạch số 45/KH-UBND ngày …") is when it was issued,
// neither the page's date nor the lede's: the figures keep the page's
// year.
func TestYearCitedDocumentDate(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"nghị quyết ngày", "Huyện Gia Lâm thực hiện nghị quyết\nNgày 10/07/2024\n\nTheo Nghị quyết ngày 15/12/2022 của HĐND huyện, thu ngân sách 6 tháng đạt 480 tỷ đồng.", []string{"thu_ngan_sach actual 4.8e+11 2024"}},
		{"quyết định số … ngày", "Huyện Gia Lâm giải ngân\nNgày 10/10/2024\n\nThực hiện Quyết định số 1234/QĐ-UBND ngày 20/01/2023, huyện đã giải ngân 300 tỷ đồng vốn đầu tư công.", []string{"giai_ngan_dau_tu actual 3e+11 2024"}},
		{"chỉ thị số … ngày", "Huyện Gia Lâm giảm nghèo\nNgày 10/10/2024\n\nThực hiện Chỉ thị số 05/CT-UBND ngày 05/03/2022, đến nay huyện đã có 150 hộ thoát nghèo.", []string{"ho_thoat_ngheo actual 150 2024"}},
		// Negative: a lede's own date ("Ngày 20/12/2022, …") still dates
		// the news.
		{"the lede's own date", "Huyện Gia Lâm tổng kết\n\nNgày 20/12/2022, UBND huyện tổng kết năm; thu ngân sách đạt 980 tỷ đồng.", []string{"thu_ngan_sach actual 9.8e+11 2022"}},
	})
}

// TestYearSamePeriodLevelAfterHigher: a growth rate compared as "cao hơn
// mức X% của cùng kỳ năm trước" names the level the same period had a
// year before, as "cao hơn mức tăng X% cùng kỳ" does: a result of the
// year before, with that period's as_of.
func TestYearSamePeriodLevelAfterHigher(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"của cùng kỳ năm trước", "Huyện Gia Lâm quý I\nNgày 05/04/2022\n\nQuý I năm 2022, kinh tế huyện tăng trưởng 7,02%, cao hơn mức 6,3% của cùng kỳ năm trước.", []string{"tang_truong_kinh_te actual 6.3 2021 @2021-03-31", "tang_truong_kinh_te actual 7.02 2022 @2022-03-31"}},
		{"cùng kỳ with its year", "Huyện Gia Lâm 6 tháng\nNgày 05/07/2023\n\n6 tháng đầu năm 2023, tốc độ tăng trưởng kinh tế của huyện đạt 8,1%, thấp hơn mức 8,9% cùng kỳ năm 2022.", []string{"tang_truong_kinh_te actual 8.1 2023 @2023-06-30", "tang_truong_kinh_te actual 8.9 2022 @2022-06-30"}},
		{"cùng kỳ bare", "Huyện Gia Lâm 9 tháng\nNgày 05/10/2024\n\n9 tháng năm 2024, GRDP của huyện tăng 6,5%, cao hơn mức 5,8% của cùng kỳ.", []string{"tang_truong_kinh_te actual 5.8 2023 @2023-09-30", "tang_truong_kinh_te actual 6.5 2024 @2024-09-30"}},
		// Negative: a plan's level compared with is no same-period level.
		{"higher than the plan's level", "Huyện Gia Lâm tổng kết\nNgày 20/12/2024\n\nNăm 2024, kinh tế huyện tăng trưởng 8,2%, cao hơn mức 7,5% kế hoạch đề ra.", []string{"tang_truong_kinh_te actual 8.2 2024"}},
	})
}
