package extract

import "testing"

// TestRankingItems: a ranking of units by one indicator, each item after
// the first led by its place ("tiếp theo là", "thấp nhất là") and naming
// its unit before its figure, gives each unit's figure.
func TestRankingItems(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"rates ranked from the highest", "Năm 2023, tỷ lệ hộ nghèo cao nhất là xã Phù Đổng với 8,5%; tiếp theo là xã Đặng Xá 6,2%; xã Kim Lan 4,1%; thấp nhất là xã Dương Hà 1,3%.",
			[]string{"ty_le_ho_ngheo actual 1.3 2023 Xã Dương Hà", "ty_le_ho_ngheo actual 4.1 2023 Xã Kim Lan", "ty_le_ho_ngheo actual 6.2 2023 Xã Đặng Xá", "ty_le_ho_ngheo actual 8.5 2023 Xã Phù Đổng"}},
		{"money ranked, each item with với", "Năm 2023, về thu ngân sách, đứng đầu là xã Phù Đổng với 120 tỷ đồng; kế đến là xã Đặng Xá với 95 tỷ đồng; ít nhất là xã Dương Hà với 12 tỷ đồng.",
			[]string{"thu_ngan_sach actual 1.2e+10 2023 Xã Dương Hà", "thu_ngan_sach actual 1.2e+11 2023 Xã Phù Đổng", "thu_ngan_sach actual 9.5e+10 2023 Xã Đặng Xá"}},
		{"a clause led by là whose unit does something else carries nothing", "Năm 2023, tỷ lệ hộ nghèo của huyện còn 2,1%; điểm sáng là xã Đặng Xá tổ chức 3 hội nghị.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023"}},
		{"a clause led by là with a bare level word carries nothing", "Năm 2023, tỷ lệ hộ nghèo của huyện còn 2,1%; nguyên nhân là huyện đã hỗ trợ 300 hộ.",
			[]string{"ty_le_ho_ngheo actual 2.1 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestHorizonBeyondReports: a figure set by a horizon ("đến năm 2025")
// later than every year the text reports on (its date, the years it
// names) is a target, whatever verb gives it; a horizon the text reports
// on is a result's.
func TestHorizonBeyondReports(t *testing.T) {
	const undated = "Huyện Gia Lâm: các chỉ tiêu chủ yếu\n\n"
	const of2025 = "Huyện Gia Lâm tổng kết nhiệm kỳ\n\nNgày 20/11/2025, huyện tổng kết. Năm 2025, thu ngân sách đạt 900 tỷ đồng.\n\n"
	tests := []struct {
		name, ctx, text string
		want            []string
	}{
		{"a rate by a later horizon in a dated report", phraseCtx, "Tỷ lệ dân số tham gia bảo hiểm y tế đến năm 2025 đạt 95%.",
			[]string{"ty_le_bhyt plan 95 2025"}},
		{"a horizon opening the sentence", phraseCtx, "Đến năm 2026, tỷ lệ gia đình văn hóa đạt 90%; tỷ lệ hộ nghèo giảm còn dưới 1,5%.",
			[]string{"ty_le_gia_dinh_van_hoa plan 90 2026", "ty_le_ho_ngheo plan 1.5 2026"}},
		{"numbered items of an undated list", undated, "(3). Tỷ lệ khu dân cư văn hóa đến năm 2030 đạt 85%.\n(4). Kết nạp đến năm 2030 đạt 150 đảng viên mới.",
			[]string{"dang_vien_moi plan 150 2030", "ty_le_khu_dan_cu_van_hoa plan 85 2030"}},
		{"a horizon the text reports on stays a result", of2025, "Tỷ lệ dân số tham gia bảo hiểm y tế đến năm 2025 đạt 95%.",
			[]string{"thu_ngan_sach actual 9e+11 2025", "ty_le_bhyt actual 95 2025"}},
		{"a horizon that is the report's year stays a result", phraseCtx, "Đến năm 2023, tỷ lệ gia đình văn hóa đạt 91%.",
			[]string{"ty_le_gia_dinh_van_hoa actual 91 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, tc.ctx+tc.text+"\n", tc.want)
		})
	}
}

// TestContributionTo: the indicator a part contributes to ("đóng góp 2,3
// điểm phần trăm vào tăng trưởng kinh tế") is no subject of the part's
// figures after it; the whole's own figures stay.
func TestContributionTo(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a sector's figures after its contribution", "Tốc độ tăng trưởng kinh tế của huyện đạt 8,5%. Khu vực dịch vụ tăng 9,1%, đóng góp 4,2 điểm phần trăm vào tăng trưởng GRDP của huyện, cao hơn 1,5% so với năm trước.",
			[]string{"tang_truong_kinh_te actual 8.5 2023"}},
		{"góp without đóng, the previous year in a bracket", "Tăng trưởng kinh tế năm 2023 ước đạt 7,8%. Ngành công nghiệp góp 2,3 điểm phần trăm vào mức tăng trưởng chung, tăng 6,8% so với năm 2022 (năm 2022 tăng 11,2%).",
			[]string{"tang_truong_kinh_te actual 7.8 2023"}},
		{"the whole's growth before the parts' contributions stays", "Năm 2023, tăng trưởng kinh tế đạt 7,5%, trong đó khu vực công nghiệp đóng góp 3,1 điểm phần trăm.",
			[]string{"tang_truong_kinh_te actual 7.5 2023"}},
		{"a receiver with a figure of its own after a comma-free góp phần vào", "Năm 2023, các ngành đóng góp tích cực; tăng trưởng kinh tế đạt 7,2%, góp phần vào tổng thu ngân sách 950 tỷ đồng.",
			[]string{"tang_truong_kinh_te actual 7.2 2023", "thu_ngan_sach actual 9.5e+11 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestCountChangeRate: a percentage alone in a bracket right after a
// count that a change verb gives is the same change as a share: the
// rate's change in points, signed by the verb.
func TestCountChangeRate(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a fall of poor households and its share", "Năm 2023, toàn huyện còn 1.250 hộ nghèo, chiếm tỷ lệ 3,1%, giảm 420 hộ nghèo (1,05%) so với đầu năm.",
			[]string{"ho_thoat_ngheo actual 420 2023", "ty_le_ho_ngheo actual 3.1 2023", "ty_le_ho_ngheo change_vs_prev -1.05 2023"}},
		{"a rise of insured people and its share", "Năm 2023, tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,4%, tăng 3.100 người (1,6%) so với năm 2022.",
			[]string{"ty_le_bhyt actual 92.4 2023", "ty_le_bhyt change_vs_prev 1.6 2023"}},
		{"a bracket that is a share of something else is none", "Năm 2023, toàn huyện còn 1.250 hộ nghèo, chiếm tỷ lệ 3,1%, giảm 420 hộ (trong đó 35% là hộ dân tộc thiểu số).",
			[]string{"ho_thoat_ngheo actual 420 2023", "ty_le_ho_ngheo actual 3.1 2023"}},
		{"money and its share in a bracket is no rate's change", "Năm 2023, thu ngân sách đạt 900 tỷ đồng, giảm 45 tỷ đồng (4,8%) so với năm 2022.",
			[]string{"thu_ngan_sach actual 9e+11 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestPlanYearBracket: a bracket right after a plan noun and its year
// ("so với kế hoạch năm 2024 (8%)") gives the plan's own figure; a clause
// that goes on with "thấp hơn"/"cao hơn" and a figure compares the
// previous clause's subject.
func TestPlanYearBracket(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"growth below the year's plan", "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 6,2%, thấp hơn 1,3 điểm phần trăm so với kế hoạch năm 2023 (7,5%).",
			[]string{"tang_truong_kinh_te actual 6.2 2023", "tang_truong_kinh_te plan 7.5 2023"}},
		{"revenue above the year's estimate", "Thu ngân sách năm 2023 đạt 980 tỷ đồng, vượt dự toán năm 2023 (850 tỷ đồng).",
			[]string{"thu_ngan_sach actual 9.8e+11 2023", "thu_ngan_sach plan 8.5e+11 2023"}},
		{"a comparative clause after a semicolon goes on with the subject", "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 6,2%; thấp hơn 1,3 điểm phần trăm so với kế hoạch năm 2023 (7,5%).",
			[]string{"tang_truong_kinh_te actual 6.2 2023", "tang_truong_kinh_te plan 7.5 2023"}},
		{"a rate above its target, the target in a bracket", "Năm 2023, tỷ lệ hộ nghèo còn 2,1%; cao hơn 0,3 điểm phần trăm so với mục tiêu năm 2023 (1,8%).",
			[]string{"ty_le_ho_ngheo actual 2.1 2023", "ty_le_ho_ngheo plan 1.8 2023"}},
		{"a comparative with no figure carries nothing", "Năm 2023, tốc độ tăng trưởng kinh tế đạt 6,2%; cao hơn nhiều tỉnh trong vùng, trong đó có 3 tỉnh tăng trên 8%.",
			[]string{"tang_truong_kinh_te actual 6.2 2023"}},
		{"a change in the bracket after the plan's year is no plan", "Năm 2023, thu ngân sách đạt 980 tỷ đồng, vượt kế hoạch năm 2023 (tăng 12% so với năm 2022).",
			[]string{"thu_ngan_sach actual 9.8e+11 2023", "thu_ngan_sach change_vs_prev 12 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestToYearStart: a result counted "đến đầu năm Y" (to the first day of
// Y) is the whole result of the year before.
func TestToYearStart(t *testing.T) {
	const ctx = "Huyện Gia Lâm\n\nNgày 15/03/2024, UBND huyện họp.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"households out of poverty to the year's start", "Tính đến đầu năm 2024, huyện đã giảm được 320 hộ nghèo, tỷ lệ hộ nghèo còn 1,2%.",
			[]string{"ho_thoat_ngheo actual 320 2023", "ty_le_ho_ngheo actual 1.2 2023"}},
		{"new members to the year's start", "Đến đầu năm 2024, toàn Đảng bộ kết nạp 85 đảng viên mới.",
			[]string{"dang_vien_moi actual 85 2023"}},
		{"from the year's start is the year's own", "Từ đầu năm 2024 đến nay, huyện kết nạp 12 đảng viên mới.",
			[]string{"dang_vien_moi actual 12 2024"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, ctx+tc.text+"\n", tc.want)
		})
	}
}

// TestRiseComparedBefore: a rise whose base comes before the verb
// ("tăng trưởng so với năm 2022 đạt 7,9%") is the change against the
// previous period, not a share of the plan.
func TestRiseComparedBefore(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"production value's rise against the year before", "Năm 2023, tổng giá trị sản xuất trên địa bàn ước đạt 1.250 tỷ đồng, tăng trưởng so với năm 2022 đạt 8,4%.",
			[]string{"gia_tri_san_xuat actual 1.25e+12 2023", "gia_tri_san_xuat change_vs_prev 8.4 2023"}},
		{"revenue's rise against the same period", "Năm 2023, thu ngân sách đạt 640 tỷ đồng, tăng so với cùng kỳ đạt 12,5%.",
			[]string{"thu_ngan_sach actual 6.4e+11 2023", "thu_ngan_sach change_vs_prev 12.5 2023"}},
		{"a base years before is no previous period", "Năm 2023, tổng giá trị sản xuất trên địa bàn ước đạt 1.250 tỷ đồng, tăng trưởng so với năm 2018 đạt 45%.",
			[]string{"gia_tri_san_xuat actual 1.25e+12 2023"}},
		{"a plan named before the verb stays a share of the plan", "Năm 2023, thu ngân sách đạt 640 tỷ đồng, so với dự toán đạt 112%.",
			[]string{"thu_ngan_sach actual 6.4e+11 2023", "thu_ngan_sach pct_of_plan 112 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestSourceLead: the words of a source that opens a sentence ("Theo kết
// quả rà soát hộ nghèo, hộ cận nghèo …,") do not lead up to the subject
// after its last comma: a rate of the poor households named there stays
// theirs.
func TestSourceLead(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a review of both kinds of households as the source", "Theo kết quả rà soát hộ nghèo, hộ cận nghèo năm 2023 của huyện, tổng số hộ nghèo còn 412/21.500 hộ, chiếm tỷ lệ 1,92%.",
			[]string{"ty_le_ho_ngheo actual 1.92 2023"}},
		{"a source that names the near-poor", "Theo số liệu của Phòng Lao động về hộ cận nghèo, trong năm 2023 tỷ lệ hộ nghèo của huyện giảm còn 2,3%.",
			[]string{"ty_le_ho_ngheo actual 2.3 2023"}},
		{"the near-poor rate after the source stays no poverty rate", "Theo kết quả rà soát năm 2023, tỷ lệ hộ cận nghèo của huyện còn 4,5%.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestBracketedPlanAside: a plan's figure alone in a bracket ("đạt 51,8%
// dự toán (23.600 tỷ đồng)") is an aside: in an undated text, where the
// last kind read carries to a figure with no cue of its own, the change
// after it is still a result's, not a planned change.
func TestBracketedPlanAside(t *testing.T) {
	const undated = "Huyện Gia Lâm: kết quả thu chi ngân sách\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"revenue's change after its plan in a bracket", "Tổng thu ngân sách nhà nước năm 2023 là 1.221 tỷ đồng, bằng 95,2% dự toán (1.283 tỷ đồng) và tăng 4,5% so với cùng kỳ.",
			[]string{"thu_ngan_sach actual 1.221e+12 2023", "thu_ngan_sach change_vs_prev 4.5 2023", "thu_ngan_sach pct_of_plan 95.2 2023", "thu_ngan_sach plan 1.283e+12 2023"}},
		{"spending's fall after its plan in a bracket", "Chi ngân sách địa phương năm 2023 là 860 tỷ đồng, đạt 90% kế hoạch (955 tỷ đồng), giảm 3,2% so với năm 2022.",
			[]string{"chi_ngan_sach actual 8.6e+11 2023", "chi_ngan_sach change_vs_prev -3.2 2023", "chi_ngan_sach pct_of_plan 90 2023", "chi_ngan_sach plan 9.55e+11 2023"}},
		{"a plan outside a bracket still carries its kind", "Dự toán chi ngân sách năm 2024 là 1.100 tỷ đồng. Thu ngân sách năm 2024 là 1.300 tỷ đồng.",
			[]string{"chi_ngan_sach plan 1.1e+12 2024", "thu_ngan_sach plan 1.3e+12 2024"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, undated+tc.text+"\n", tc.want)
		})
	}
}

// TestPlanParticiple: a target verb right after a plan noun ("so với nghị
// quyết đề ra (23.600 tỷ đồng)") names the plan, as the noun does: once a
// figure of the plan is given, it sets no target for the change after it.
func TestPlanParticiple(t *testing.T) {
	const midYear = "Huyện Gia Lâm sơ kết 6 tháng\n\nNgày 10/7/2024, UBND huyện Gia Lâm họp sơ kết 6 tháng đầu năm 2024.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"revenue against the plan set, then its change", "Thu ngân sách 6 tháng là 621 tỷ đồng, bằng 48,4% so với nghị quyết đề ra (1.283 tỷ đồng) và tăng 4,5% so với cùng kỳ năm 2023.",
			[]string{"thu_ngan_sach actual 6.21e+11 2024", "thu_ngan_sach change_vs_prev 4.5 2024", "thu_ngan_sach pct_of_plan 48.4 2024", "thu_ngan_sach plan 1.283e+12 2024"}},
		{"disbursement against the goal set, then its change", "Giải ngân vốn đầu tư công 6 tháng là 210 tỷ đồng, đạt 45% so với chỉ tiêu đề ra (466 tỷ đồng), tăng 12% so với cùng kỳ năm 2023.",
			[]string{"giai_ngan_dau_tu actual 2.1e+11 2024", "giai_ngan_dau_tu change_vs_prev 12 2024", "giai_ngan_dau_tu pct_of_plan 45 2024", "giai_ngan_dau_tu plan 4.66e+11 2024"}},
		{"a target verb of its own still sets the change as planned", "Cả năm 2024, huyện phấn đấu thu ngân sách đạt 1.300 tỷ đồng, tăng 6% so với năm 2023.",
			[]string{"thu_ngan_sach plan 1.3e+12 2024"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, midYear+tc.text+"\n", tc.want)
		})
	}
}

// TestPlanParticipleList: targets "to strive for" after a plan noun head
// a list of targets; their planned change is no fact.
func TestPlanParticipleList(t *testing.T) {
	text := "Năm 2024, huyện đề ra 20 chỉ tiêu phấn đấu, trong đó: tổng vốn đầu tư toàn xã hội đạt trên 4.800 tỷ đồng; tổng thu ngân sách trên địa bàn tăng từ 10% trở lên."
	checkPhrase(t, text, phraseCtx+text+"\n", []string{"chi_tieu_hoan_thanh plan 20 2024", "von_dau_tu plan 4.8e+12 2024"})
}

// TestBareGrowth: a bare "mức tăng (trưởng)" with only percentages, a
// sentence or two after a growth rate, is that growth; one with a subject
// of its own, or far from any growth rate, is not.
func TestBareGrowth(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a series of years in the next paragraph", "Năm 2023, tốc độ tăng trưởng kinh tế của huyện ước đạt 8,2%, tăng so với cùng kỳ.\n\nĐây là mức tăng cao nhất kể từ năm 2019. Theo đó, mức tăng trưởng năm 2020 đạt 3,1%, năm 2021 đạt 5,6%, năm 2022 đạt 7,4%.",
			[]string{"tang_truong_kinh_te actual 3.1 2020", "tang_truong_kinh_te actual 5.6 2021", "tang_truong_kinh_te actual 7.4 2022", "tang_truong_kinh_te actual 8.2 2023"}},
		{"a sentence without figures between", "Tăng trưởng kinh tế năm 2023 ước đạt 9,1%. Đây là mức tăng cao nhất của huyện. Trước đó, mức tăng năm 2022 là 7,2%.",
			[]string{"tang_truong_kinh_te actual 7.2 2022", "tang_truong_kinh_te actual 9.1 2023"}},
		{"a linking word and a quarter", "Tốc độ tăng trưởng GRDP quý IV năm 2023 ước đạt 6,8%. Kết quả này vượt kỳ vọng. Như vậy mức tăng quý IV năm 2022 là 5,9%.",
			[]string{"tang_truong_kinh_te actual 5.9 2022", "tang_truong_kinh_te actual 6.8 2023"}},
		{"a rise with a subject of its own", "Năm 2023, tăng trưởng kinh tế đạt 8%. Mức tăng dân số tự nhiên năm 2023 là 1,1%.",
			[]string{"tang_truong_kinh_te actual 8 2023"}},
		{"far from any growth rate", "Năm 2023, tăng trưởng kinh tế đạt 8%. Huyện có 12 xã. Dân số 150.000 người. Nhiều công trình được xây mới. Mức tăng năm 2022 là 1,1%.",
			[]string{"tang_truong_kinh_te actual 8 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestShareChange: a change that opens a bracket right after a share
// ("chiếm 4,21% dân số (giảm 0,38% …)") is the share's change: no change
// of the count the share is of; a rate's share keeps its change.
func TestShareChange(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"near-poor households' share of all", "Năm 2023, toàn huyện có 812 hộ cận nghèo, chiếm 2,4% tổng số hộ (giảm 0,5% so với năm 2022).",
			[]string{"ho_can_ngheo actual 812 2023"}},
		{"new members' share of all members", "Năm 2023, huyện kết nạp 95 đảng viên mới, chiếm 3,1% tổng số đảng viên (tăng 0,4% so với năm 2022).",
			[]string{"dang_vien_moi actual 95 2023"}},
		{"the poverty rate keeps its change", "Năm 2023, toàn huyện còn 420 hộ nghèo, chiếm tỷ lệ 1,2% (giảm 0,6% so với năm 2022).",
			[]string{"ty_le_ho_ngheo actual 1.2 2023", "ty_le_ho_ngheo change_vs_prev -0.6 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestMonthsSlashYear: report notation for a year's first months ("6T/2023",
// "9 tháng/2022") names that year's part: a figure after it is of that year.
func TestMonthsSlashYear(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"growth with the year before's in a bracket", "Tăng trưởng kinh tế 9 tháng năm 2023 ước đạt 7,1% (9T/2022 tăng 5,3%).",
			[]string{"tang_truong_kinh_te actual 5.3 2022", "tang_truong_kinh_te actual 7.1 2023"}},
		{"retail sales with the months written out", "Tổng mức bán lẻ 6 tháng năm 2023 đạt 2.100 tỷ đồng (6 tháng/2022 đạt 1.850 tỷ đồng).",
			[]string{"tong_muc_ban_le actual 1.85e+12 2022", "tong_muc_ban_le actual 2.1e+12 2023"}},
		{"the first months named in words stay the text's", "Thu ngân sách 6 tháng đầu năm 2023 đạt 420 tỷ đồng.",
			[]string{"thu_ngan_sach actual 4.2e+11 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestPluralPlanHeading: a heading of the plan in the plural ("* Các chỉ
// tiêu chủ yếu đến năm 2025:") puts the items under it, with no year of
// their own, under the plan: a planned change there is no fact.
func TestPluralPlanHeading(t *testing.T) {
	const head = "Phường Tân An: phương hướng nhiệm kỳ\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"targets with a planned change", "* Các chỉ tiêu chủ yếu năm 2025:\n(1). Thu ngân sách trên địa bàn tăng 8%/năm.\n(2). Tỷ lệ hộ nghèo còn 1,5%.",
			[]string{"ty_le_ho_ngheo plan 1.5 2025 Phường Tân An"}},
		{"tasks in the plural", "Những nhiệm vụ chủ yếu năm 2026:\n(1). Giải quyết việc làm cho 1.200 lao động.\n(2). Kết nạp 60 đảng viên mới.",
			[]string{"dang_vien_moi plan 60 2026 Phường Tân An", "viec_lam_moi plan 1200 2026 Phường Tân An"}},
		{"a heading of results is no plan", "* Các kết quả chủ yếu năm 2024:\n(1). Thu ngân sách trên địa bàn tăng 8%.\n(2). Tỷ lệ hộ nghèo còn 1,5%.",
			[]string{"thu_ngan_sach change_vs_prev 8 2024 Phường Tân An", "ty_le_ho_ngheo actual 1.5 2024 Phường Tân An"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, head+tc.text+"\n", tc.want)
		})
	}
}

// TestHorizonHeadingYear: a target under a heading of the plan set by a
// horizon ("Mục tiêu chủ yếu đến năm 2026:") that names no year of its own
// is of the heading's year; one that names its year keeps it.
func TestHorizonHeadingYear(t *testing.T) {
	const head = "Phường Tân An: phương hướng nhiệm kỳ\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"jobs and members under a goals heading", "Mục tiêu chủ yếu đến năm 2026:\n(1). Giải quyết việc làm cho 1.200 lao động.\n(2). Kết nạp 60 đảng viên mới.",
			[]string{"dang_vien_moi plan 60 2026 Phường Tân An", "viec_lam_moi plan 1200 2026 Phường Tân An"}},
		{"a rate and revenue under a targets heading", "Chỉ tiêu chủ yếu đến năm 2030:\n1. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.\n2. Thu ngân sách trên địa bàn 500 tỷ đồng.",
			[]string{"thu_ngan_sach plan 5e+11 2030 Phường Tân An", "ty_le_bhyt plan 95 2030 Phường Tân An"}},
		{"an item that names its own year keeps it", "Mục tiêu chủ yếu đến năm 2030:\n(1). Năm 2027 phấn đấu kết nạp 50 đảng viên mới.",
			[]string{"dang_vien_moi plan 50 2027 Phường Tân An"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, head+tc.text+"\n", tc.want)
		})
	}
}

// TestFreshGrowthClause: a clause that names the growth afresh after the
// sentence's last growth figure ("…; 9 tháng, tốc độ tăng trưởng kinh tế
// tăng 6,32% so cùng kỳ") gives a level of its own, another period's; a
// change right after the growth figure, with no fresh subject, is the
// rate's change in points.
func TestFreshGrowthClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a quarter, then nine months named afresh", "Năm 2023, tốc độ tăng trưởng kinh tế quý III của huyện tăng 6,9%; 9 tháng, tốc độ tăng trưởng kinh tế của huyện tăng 6,3% so với cùng kỳ.",
			[]string{"tang_truong_kinh_te actual 6.3 2023", "tang_truong_kinh_te actual 6.9 2023"}},
		{"the half year, then the year named afresh", "Năm 2023, tăng trưởng kinh tế 6 tháng đầu năm đạt 5,2%, cả năm tăng trưởng kinh tế tăng 7,4% so với năm 2022.",
			[]string{"tang_truong_kinh_te actual 5.2 2023", "tang_truong_kinh_te actual 7.4 2023"}},
		{"a change with no fresh subject is the rate's change, no fact", "Năm 2023, tăng trưởng kinh tế đạt 9,8%; tăng 0,4% so với năm trước.",
			[]string{"tang_truong_kinh_te actual 9.8 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}

// TestBracketRatioPlanAfter: a percentage alone in a bracket after an
// amount, with the plan named after the bracket ("… 181 tỷ đồng (gần 52%)
// so dự toán tỉnh giao"), is the amount's share of the plan.
func TestBracketRatioPlanAfter(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"revenue's share of the estimate", "Năm 2023, tổng thu ngân sách trên địa bàn ước đạt hơn 640 tỷ đồng (gần 95%) so dự toán tỉnh giao.",
			[]string{"thu_ngan_sach actual 6.4e+11 2023", "thu_ngan_sach pct_of_plan 95 2023"}},
		{"disbursement's share of the plan", "Năm 2023, giải ngân vốn đầu tư công đạt 310 tỷ đồng (87,5%) so với kế hoạch vốn giao.",
			[]string{"giai_ngan_dau_tu actual 3.1e+11 2023", "giai_ngan_dau_tu pct_of_plan 87.5 2023"}},
		{"a change's share of the year before is no ratio", "Năm 2023, thu ngân sách đạt 900 tỷ đồng, giảm 45 tỷ đồng (4,8%) so với năm 2022.",
			[]string{"thu_ngan_sach actual 9e+11 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPhrase(t, tc.text, phraseCtx+tc.text+"\n", tc.want)
		})
	}
}
