package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestTotalsDecentralisedShare: revenue "theo phân cấp" (what the level's
// budget keeps under the decentralisation) is a share of the revenue
// collected on the territory, not the total; a plan "giao theo phân cấp"
// after the figure does not make the total a share.
func TestTotalsDecentralisedShare(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the share's ratio to its plan", "Năm 2023, thu ngân sách Nhà nước theo phân cấp đạt 100% kế hoạch.", nil},
		{"the share's amount", "Năm 2023, thu ngân sách theo phân cấp ước đạt 61 tỷ đồng, bằng 112% kế hoạch.", nil},
		{"the share's average growth", "Thu ngân sách theo phân cấp trên địa bàn tăng bình quân từ 3 – 5%/năm.", nil},
		// The total stays.
		{"the plan assigned under the decentralisation", "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 1.200 tỷ đồng, bằng 105% dự toán tỉnh giao theo phân cấp.",
			[]string{"thu_ngan_sach actual 1.2e+12 2023", "thu_ngan_sach pct_of_plan 105 2023"}},
		{"the total before its share", "Năm 2023, thu ngân sách nhà nước trên địa bàn ước đạt 900 tỷ đồng, trong đó thu theo phân cấp 400 tỷ đồng.",
			[]string{"thu_ngan_sach actual 9e+11 2023"}},
	})
}

// TestTotalsPerArea: a production value per unit of land ("trên 1 ha
// đất canh tác", "bình quân một ha", "trên mỗi ha", "trên một đơn vị
// diện tích") is a yield, not the unit's production value, nor is its
// growth the total's.
func TestTotalsPerArea(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"per hectare of farmland, with its growth", "Năm 2023, giá trị sản xuất trên 1 ha đất canh tác đạt 165 triệu đồng, tăng 5% so với năm trước.", nil},
		{"an average hectare in words", "Năm 2023, giá trị sản xuất bình quân một ha đất nông nghiệp ước đạt 182 triệu đồng.", nil},
		{"each hectare", "Năm 2023, giá trị sản xuất thu được trên mỗi ha canh tác đạt 210 triệu đồng.", nil},
		{"a unit of area", "Năm 2023, giá trị sản xuất trên một đơn vị diện tích đạt 150 triệu đồng.", nil},
		// The total beside it stays.
		{"the total, then the yield", "Năm 2023, tổng giá trị sản xuất đạt 1.120 tỷ đồng; giá trị sản xuất trên 1 ha đạt 140 triệu đồng.",
			[]string{"gia_tri_san_xuat actual 1.12e+12 2023"}},
		{"the total on the territory", "Năm 2023, tổng giá trị sản xuất trên địa bàn đạt 25.600 tỷ đồng, tăng 9,1% so với năm 2022.",
			[]string{"gia_tri_san_xuat actual 2.56e+13 2023", "gia_tri_san_xuat change_vs_prev 9.1 2023"}},
	})
}

// TestTotalsRetailComponents: the revenue of one component of the retail
// total (other services "dịch vụ khác", travel "lữ hành"), like lodging and catering before, is a part of tong_muc_ban_le,
// not the total, nor is its growth the total's; the total that names the
// services it takes in stays.
func TestTotalsRetailComponents(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"other services", "Năm 2023, doanh thu dịch vụ khác đạt 1.671 tỷ đồng, tăng 9% so với cùng kỳ.", nil},
		{"travel services", "Năm 2023, doanh thu dịch vụ lữ hành đạt 56 tỷ đồng, tăng 52,2% so với cùng kỳ.", nil},
		{"a growth listed after the total's", "Năm 2023, tổng mức bán lẻ hàng hóa tăng 13,53%, dịch vụ lữ hành tăng 107,75% so với cùng kỳ.",
			[]string{"tong_muc_ban_le change_vs_prev 13.53 2023"}},
		// The total stays.
		{"the total with the services it joins", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ lữ hành, lưu trú ăn uống đạt 56.000 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 5.6e+13 2023"}},
		{"the consumer total", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 14.520 tỷ đồng, tăng 11,3% so với năm trước.",
			[]string{"tong_muc_ban_le actual 1.452e+13 2023", "tong_muc_ban_le change_vs_prev 11.3 2023"}},
	})
}

// TestTotalsCauseAfterFigure: words after a cause word that follows a
// figure ("do", "nhờ", "vì", "bởi") say why it moved, not what it is of:
// a part named there ("lưu trú", "lữ hành", a sector) leaves the
// figure the subject's.
func TestTotalsCauseAfterFigure(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"retail growing thanks to travel", "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của huyện đạt 1.387 tỷ đồng, tăng 9% nhờ dịch vụ lữ hành phục hồi.",
			[]string{"tong_muc_ban_le actual 1.387e+12 2023", "tong_muc_ban_le change_vs_prev 9 2023"}},
		{"retail growing because of lodging", "Năm 2023, tổng mức bán lẻ hàng hóa đạt 2.100 tỷ đồng, tăng 11% do dịch vụ lưu trú, ăn uống tăng mạnh.",
			[]string{"tong_muc_ban_le actual 2.1e+12 2023", "tong_muc_ban_le change_vs_prev 11 2023"}},
		{"production value rising since industry grew", "Năm 2023, tổng giá trị sản xuất trên địa bàn đạt 12.400 tỷ đồng, tăng 8,2% vì công nghiệp phục hồi.",
			[]string{"gia_tri_san_xuat actual 1.24e+13 2023", "gia_tri_san_xuat change_vs_prev 8.2 2023"}},
		// A part named before the figure, or right after it with no cause word, is still a part.
		{"a part right after the growth", "Năm 2023, doanh thu dịch vụ lưu trú, ăn uống tăng 12% so với cùng kỳ.", nil},
		{"a part before the figure with a cause after it", "Năm 2023, giá trị sản xuất công nghiệp tăng 10% nhờ nhiều nhà máy mới đi vào hoạt động.", nil},
	})
}

// TestTotalsLumpedWithTotal: revenue and spending named as one subject
// with "tổng" opening each side ("Tổng thu, tổng chi ngân sách", "tổng
// thu và tổng chi ngân sách") share one figure, which is neither's, as
// "Thu, chi ngân sách" already was; each side with its own figure stays.
func TestTotalsLumpedWithTotal(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"comma between the two totals", "Năm 2023, tổng thu, tổng chi ngân sách trên địa bàn đều đạt trên 2.500 tỷ đồng, vượt dự toán.", nil},
		{"và between the two totals", "Năm 2023, tổng thu và tổng chi ngân sách nhà nước ước đạt 3.100 tỷ đồng.", nil},
		{"the old form without tổng", "Năm 2023, thu, chi ngân sách nhà nước ước đạt 2.565 tỷ đồng, đạt 132,7%.", nil},
		// Each with its own figure.
		{"two totals, two figures", "Năm 2023, tổng thu ngân sách đạt 4.200 tỷ đồng, tổng chi ngân sách đạt 3.900 tỷ đồng.",
			[]string{"chi_ngan_sach actual 3.9e+12 2023", "thu_ngan_sach actual 4.2e+12 2023"}},
		{"spending after a semicolon", "Năm 2023, tổng thu ngân sách đạt 4.200 tỷ đồng; tổng chi ngân sách 3.900 tỷ đồng, bằng 98% dự toán.",
			[]string{"chi_ngan_sach actual 3.9e+12 2023", "chi_ngan_sach pct_of_plan 98 2023", "thu_ngan_sach actual 4.2e+12 2023"}},
	})
}

// TestTotalsGrowthNotRatio: a percentage "đạt X%" with no base whose
// clause is headed by a growth noun ("tốc độ tăng", "mức tăng", "tăng
// trưởng") is a rate of growth, not a share of the plan; a bare "đạt
// X%" after the amount, or a growth noun with a plan named after the
// percentage, still gives the ratio to the plan.
func TestTotalsGrowthNotRatio(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"average yearly growth after the production value", "Trong năm 2023, tổng giá trị sản xuất của huyện đạt trên 33 nghìn tỷ đồng, tốc độ tăng bình quân hàng năm đạt 10,7%.",
			[]string{"gia_tri_san_xuat actual 3.3e+13 2023"}},
		{"mức tăng over a period after revenue", "Năm 2023, thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, mức tăng bình quân giai đoạn 2021-2023 đạt 9,4%.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023"}},
		{"tốc độ tăng after investment", "Năm 2023, tổng vốn đầu tư toàn xã hội đạt 4.100 tỷ đồng, tốc độ tăng đạt 12,1%.",
			[]string{"von_dau_tu actual 4.1e+12 2023"}},
		{"tăng trưởng after retail", "Năm 2023, tổng mức bán lẻ hàng hóa đạt 3.300 tỷ đồng, tăng trưởng đạt 14,2%.",
			[]string{"tong_muc_ban_le actual 3.3e+12 2023"}},
		// The ratio to the plan stays.
		{"a bare ratio after the amount", "Năm 2023, thu ngân sách đạt 1.250 tỷ đồng, đạt 104%.",
			[]string{"thu_ngan_sach actual 1.25e+12 2023", "thu_ngan_sach pct_of_plan 104 2023"}},
		{"a growth noun, then a plan named", "Năm 2023, thu ngân sách tăng trưởng khá, đạt 112% dự toán.",
			[]string{"thu_ngan_sach pct_of_plan 112 2023"}},
	})
}

// TestTotalsProjectCapital: a bare "tổng vốn đầu tư" in a sentence about
// projects attracted, licensed or registered is the capital those
// projects registered, not the total development investment; the
// qualified names ("phát triển", "toàn xã hội", "trên địa bàn") stay
// the total whatever the sentence says of projects.
func TestTotalsProjectCapital(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"new projects licensed", "Năm 2023, thu hút đầu tư: cấp mới 25 dự án, tổng vốn đầu tư 12.500 tỷ đồng.", nil},
		{"projects approved in principle", "Năm 2023, có 31 dự án được chấp thuận chủ trương đầu tư, tổng vốn đầu tư đạt 14.200 tỷ đồng.", nil},
		{"capital attracted, with its growth", "Năm 2023, tổng vốn đầu tư thu hút đạt 15.300 tỷ đồng, tăng 20% so với năm 2022.", nil},
		{"FDI projects raising the total", "Năm 2023, tỉnh thu hút thêm 12 dự án FDI, nâng tổng vốn đầu tư lên 9.800 tỷ đồng.", nil},
		// The total stays.
		{"the social total beside projects", "Năm 2023, có 36 dự án khởi công mới; tổng vốn đầu tư toàn xã hội đạt 1.475 tỷ đồng.",
			[]string{"von_dau_tu actual 1.475e+12 2023"}},
		{"the territory's total after attraction", "Năm 2023, thu hút đầu tư đạt kết quả tốt, tổng vốn đầu tư trên địa bàn đạt 4.000 tỷ đồng, tăng 8% so với năm 2022.",
			[]string{"von_dau_tu actual 4e+12 2023", "von_dau_tu change_vs_prev 8 2023"}},
		{"a bare total with no projects", "Năm 2023, tổng vốn đầu tư đạt 43,5 nghìn tỷ đồng.",
			[]string{"von_dau_tu actual 4.35e+13 2023"}},
	})
}

// TestTotalsPastYearAfterTargets: in a paragraph that lists targets, a
// sentence whose figure names its own year before the text's date
// reports that year's result, whatever verb it uses ("thu", "đạt",
// "thực hiện"); a sentence with no year of its own, or a later year,
// goes on listing targets.
func TestTotalsPastYearAfterTargets(t *testing.T) {
	const head = "Thành phố Huế đặt mục tiêu thu ngân sách năm 2030\nNgày 20/03/2025\nMục tiêu của thành phố Huế: tổng thu ngân sách nhà nước trên địa bàn tới năm 2030 đạt khoảng 25.000 tỷ đồng; tỷ lệ hộ nghèo khi đó dưới 1%. "
	const plans = "thu_ngan_sach plan 2.5e+13 2030 Thành phố Huế|ty_le_ho_ngheo plan 1 2030 Thành phố Huế"
	want := func(extra ...string) []string {
		w := append(strings.Split(plans, "|"), extra...)
		sort.Strings(w)
		return w
	}
	runPhraseCases(t, []phraseCase{
		{"the verb thu with the year before", head + "Năm 2024, Huế thu ngân sách 12.710 tỷ đồng.\n",
			want("thu_ngan_sach actual 1.271e+13 2024 Thành phố Huế")},
		{"the spending of the year before", head + "Năm 2024, chi ngân sách địa phương là 14.300 tỷ đồng.\n",
			want("chi_ngan_sach actual 1.43e+13 2024 Thành phố Huế")},
		{"retail two years before", head + "Năm 2023, tổng mức bán lẻ hàng hóa của thành phố 41.000 tỷ đồng.\n",
			want("tong_muc_ban_le actual 4.1e+13 2023 Thành phố Huế")},
		// Still targets.
		{"no year of its own", head + "Tổng vốn đầu tư toàn xã hội khoảng 60.000 tỷ đồng.\n",
			want("von_dau_tu plan 6e+13 2030 Thành phố Huế")},
	})
}

// TestTotalsCommerceRevenueYear: the commerce-and-services sector's
// bare revenue ("tổng doanh thu") is the retail total also when the
// sector's unit and year stand between them; another sector, or a count
// of firms between, gives none.
func TestTotalsCommerceRevenueYear(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"unit and year between", "Hoạt động thương mại, dịch vụ của huyện Gia Lâm năm 2023 tiếp tục sôi động với tổng doanh thu ước 14.260 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 1.426e+13 2023"}},
		{"the year alone between", "Thương mại, dịch vụ năm 2023 phát triển mạnh với tổng doanh thu đạt 9.300 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 9.3e+12 2023"}},
		{"the year and a comma", "Hoạt động thương mại - dịch vụ năm 2023 sôi động, tổng doanh thu khoảng 5.100 tỷ đồng.",
			[]string{"tong_muc_ban_le actual 5.1e+12 2023"}},
		// Not the retail total.
		{"tourism of the year with its revenue", "Ngành du lịch năm 2023 phục hồi với tổng doanh thu đạt 1.108 tỷ đồng.", nil},
		{"a count of firms between", "Năm 2023, hoạt động thương mại, dịch vụ của 15 doanh nghiệp với tổng doanh thu 300 tỷ đồng.", nil},
	})
}
