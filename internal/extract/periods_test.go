package extract

import "testing"

// nineMonths opens the cases of TestSinglePeriodYearEnd: a part-year
// figure whose period must not carry into the sentence that follows.
const nineMonths = "9 tháng đầu năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 5.000 tỷ đồng. "

const nineMonthsFact = "tong_muc_ban_le actual 5e+12 2023 @2023-09-30"

// TestSinglePeriodYearEnd: December alone or the fourth quarter alone is a
// single period whose figure runs to the year's last day (as_of
// YYYY-12-31), not the whole year and not the period an earlier sentence
// named; a single month named at a sentence's start ("Tháng 10/2023, …")
// dates its figures as "Trong tháng 10" does. The whole year ("12 tháng",
// "cả năm", "năm 2023", "lũy kế đến 31/12") has no as_of, also in the
// sentence after a fourth quarter's.
func TestSinglePeriodYearEnd(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"tháng 12 at the start", nineMonths + "Tháng 12, thu ngân sách đạt 300 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3e+11 2023 @2023-12-31", nineMonthsFact}},
		{"tháng 12/2023 at the start", nineMonths + "Tháng 12/2023, thu ngân sách đạt 300 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3e+11 2023 @2023-12-31", nineMonthsFact}},
		{"trong tháng 12", nineMonths + "Trong tháng 12, tổng chi ngân sách đạt 95 tỷ đồng.",
			[]string{"chi_ngan_sach actual 9.5e+10 2023 @2023-12-31", nineMonthsFact}},
		{"riêng tháng 12 năm 2023", nineMonths + "Riêng tháng 12 năm 2023, huyện thu ngân sách được 310 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.1e+11 2023 @2023-12-31", nineMonthsFact}},
		{"tháng 10/2023 at the start", "Tháng 10/2023, thu ngân sách đạt 250 tỷ đồng.",
			[]string{"thu_ngan_sach actual 2.5e+11 2023 @2023-10-31"}},
		{"tháng 8 at the start", "Tháng 8, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 480 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 4.8e+11 2023 @2023-08-31"}},
		{"quý IV", nineMonths + "Quý IV, tổng chi ngân sách đạt 90 tỷ đồng.",
			[]string{"chi_ngan_sach actual 9e+10 2023 @2023-12-31", nineMonthsFact}},
		{"quý 4", nineMonths + "Quý 4, tổng chi ngân sách đạt 90 tỷ đồng.",
			[]string{"chi_ngan_sach actual 9e+10 2023 @2023-12-31", nineMonthsFact}},
		{"riêng quý IV", nineMonths + "Riêng quý IV, tổng chi ngân sách đạt 90 tỷ đồng.",
			[]string{"chi_ngan_sach actual 9e+10 2023 @2023-12-31", nineMonthsFact}},
		{"trong quý IV/2023", nineMonths + "Trong quý IV/2023, thu ngân sách đạt 820 tỷ đồng.",
			[]string{"thu_ngan_sach actual 8.2e+11 2023 @2023-12-31", nineMonthsFact}},
		{"tính riêng quý 4 năm 2023", nineMonths + "Tính riêng quý 4 năm 2023, huyện giải ngân vốn đầu tư công được 140 tỷ đồng.",
			[]string{"giai_ngan_dau_tu actual 1.4e+11 2023 @2023-12-31", nineMonthsFact}},
		// The whole year: no as_of, also right after the fourth quarter.
		{"12 tháng", nineMonths + "12 tháng năm 2023, tổng chi ngân sách đạt 2.100 tỷ đồng.",
			[]string{"chi_ngan_sach actual 2.1e+12 2023", nineMonthsFact}},
		{"lũy kế 12 tháng", nineMonths + "Lũy kế 12 tháng, thu ngân sách đạt 3.100 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.1e+12 2023", nineMonthsFact}},
		{"cả năm", nineMonths + "Cả năm, thu ngân sách đạt 3.000 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3e+12 2023", nineMonthsFact}},
		{"năm 2023", nineMonths + "Năm 2023, tổng chi ngân sách đạt 2.000 tỷ đồng.",
			[]string{"chi_ngan_sach actual 2e+12 2023", nineMonthsFact}},
		{"lũy kế đến 31/12", nineMonths + "Lũy kế đến 31/12/2023, thu ngân sách đạt 3.200 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.2e+12 2023", nineMonthsFact}},
		{"đến hết tháng 12", nineMonths + "Đến hết tháng 12/2023, thu ngân sách đạt 3.250 tỷ đồng.",
			[]string{"thu_ngan_sach actual 3.25e+12 2023", nineMonthsFact}},
		{"the sentence after the fourth quarter", "Riêng quý IV, tổng chi ngân sách đạt 90 tỷ đồng. Tổng chi ngân sách năm 2023 đạt 2.000 tỷ đồng.",
			[]string{"chi_ngan_sach actual 2e+12 2023", "chi_ngan_sach actual 9e+10 2023 @2023-12-31"}},
		{"a December day still carries", "Tính đến ngày 15/12/2023, thu ngân sách đạt 2.900 tỷ đồng. Tổng chi ngân sách đạt 1.900 tỷ đồng.",
			[]string{"chi_ngan_sach actual 1.9e+12 2023 @2023-12-15", "thu_ngan_sach actual 2.9e+12 2023 @2023-12-15"}},
	})
}

// TestTinhChungYear: "tính chung năm YYYY" sums up the whole year, whatever
// part of it (a quarter, months) the clauses before spoke of: its figure
// has no as_of; "tính chung N tháng" stays the months' part.
func TestTinhChungYear(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"after the quarters", "Tăng trưởng kinh tế quý III đạt 7,88%; tính chung năm 2023 tăng 5,77%.",
			[]string{"tang_truong_kinh_te actual 5.77 2023", "tang_truong_kinh_te actual 7.88 2023 @2023-09-30"}},
		{"after the fourth quarter", "Tăng trưởng kinh tế quý IV đạt 8,22%, tính chung năm 2023 đạt 6,1%.",
			[]string{"tang_truong_kinh_te actual 6.1 2023", "tang_truong_kinh_te actual 8.22 2023 @2023-12-31"}},
		{"after months", nineMonths + "Tổng chi ngân sách 9 tháng đạt 1.500 tỷ đồng; tính chung năm 2023 ước đạt 2.050 tỷ đồng.",
			[]string{"chi_ngan_sach actual 1.5e+12 2023 @2023-09-30", "chi_ngan_sach actual 2.05e+12 2023", nineMonthsFact}},
		{"tính chung 9 tháng stays the months", "Tính chung 9 tháng năm 2023, thu ngân sách đạt 2.400 tỷ đồng.",
			[]string{"thu_ngan_sach actual 2.4e+12 2023 @2023-09-30"}},
	})
}

// januaryPage is a page of early January whose figures name no year.
const januaryPage = "Huyện Gia Lâm: kết quả tháng 12\nNgày 05/01/2025\n\n"

// TestEarlyPageMonthYear: on a page of January or February, a month or a
// part of the year that ends after the page's month, named with no year,
// is of the year just ended ("Tháng 11, …" on 5 January 2025 is November
// 2024), as the whole year is; the page's own month stays its year.
func TestEarlyPageMonthYear(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"tháng 11 at the start", januaryPage + "Tháng 11, tổng chi ngân sách đạt 80 tỷ đồng.",
			[]string{"chi_ngan_sach actual 8e+10 2024 @2024-11-30"}},
		{"trong tháng 11", januaryPage + "Trong tháng 11, tổng chi ngân sách đạt 80 tỷ đồng.",
			[]string{"chi_ngan_sach actual 8e+10 2024 @2024-11-30"}},
		{"riêng tháng 10", januaryPage + "Riêng tháng 10, huyện thu ngân sách được 75 tỷ đồng.",
			[]string{"thu_ngan_sach actual 7.5e+10 2024 @2024-10-31"}},
		{"quý IV", januaryPage + "Riêng quý IV, tổng chi ngân sách đạt 90 tỷ đồng.",
			[]string{"chi_ngan_sach actual 9e+10 2024 @2024-12-31"}},
		{"the page's own month stays", januaryPage + "Trong tháng 1, tổng chi ngân sách đạt 70 tỷ đồng.",
			[]string{"chi_ngan_sach actual 7e+10 2025 @2025-01-31"}},
		{"a named year holds", januaryPage + "Trong tháng 11/2024, tổng chi ngân sách đạt 85 tỷ đồng. Cả năm, thu ngân sách đạt 900 tỷ đồng.",
			[]string{"chi_ngan_sach actual 8.5e+10 2024 @2024-11-30", "thu_ngan_sach actual 9e+11 2024"}},
	})
}

// A single month named right after an indicator's name dates that
// indicator's figures as the month alone, as "Trong tháng 10, …" does, for
// its sentence only.
func TestSubjectMonth(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"thu ngân sách tháng 10", "Thu ngân sách tháng 10 đạt 250 tỷ đồng.",
			[]string{"thu_ngan_sach actual 2.5e+11 2023 @2023-10-31"}},
		{"tổng mức bán lẻ tháng 9/2023 ước đạt", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 9/2023 ước đạt 4.795 tỷ đồng, tăng 13% so với cùng kỳ.",
			[]string{"tong_muc_ban_le actual 4.795e+12 2023 @2023-09-30", "tong_muc_ban_le change_vs_prev 13 2023 @2023-09-30"}},
		{"the month, then the year to date of the same month", "Tổng chi ngân sách tháng 11 ước thực hiện 95 tỷ đồng, lũy kế 11 tháng đạt 1.020 tỷ đồng.",
			[]string{"chi_ngan_sach actual 1.02e+12 2023 @2023-11-30", "chi_ngan_sach actual 9.5e+10 2023 @2023-11-30"}},
		{"thu ngân sách nhà nước tháng 8 năm 2023", "Thu ngân sách nhà nước tháng 8 năm 2023 được 64 tỷ đồng.",
			[]string{"thu_ngan_sach actual 6.4e+10 2023 @2023-08-31"}},
		{"words that end the subject's name before the month", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội tháng 6/2023 ước đạt 990 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 9.9e+11 2023 @2023-06-30"}},
		{"a verb before the month: the month of a comparison", "Tổng mức bán lẻ hàng hóa tăng 5% so với tháng 6, ước đạt 990 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 9.9e+11 2023"}},
		// For its sentence only: the next sentence is of the year again.
		{"the next sentence is not the month's", "Thu ngân sách tháng 10 đạt 250 tỷ đồng. Tổng chi ngân sách đạt 2.400 tỷ đồng.",
			[]string{"chi_ngan_sach actual 2.4e+12 2023", "thu_ngan_sach actual 2.5e+11 2023 @2023-10-31"}},
		// Not a month after the subject: a comparison, or up to a month.
		{"so với tháng 9", "Thu ngân sách đạt 250 tỷ đồng, cao hơn so với tháng 9.",
			[]string{"thu_ngan_sach actual 2.5e+11 2023"}},
		{"đến tháng 10 is the year to its end", "Thu ngân sách đến tháng 10 đạt 2.500 tỷ đồng.",
			[]string{"thu_ngan_sach actual 2.5e+12 2023 @2023-10-31"}},
		{"an amount after tháng is no month", "Chi ngân sách trong tháng 4.823 tỷ đồng.",
			[]string{"chi_ngan_sach actual 4.823e+12 2023"}},
	})
}
