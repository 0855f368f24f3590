package extract

import "testing"

// TestNameWithinLongerName: a name's mentions inside a longer name the
// text names are the longer unit's ("Huế" in "Thừa Thiên Huế", "Tân
// Lộc" in "Tân Lộc Bắc"), not the shorter one's. Negatives: the shorter
// unit named most on its own stays the subject.
func TestNameWithinLongerName(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"province over the city in its name, named once",
			"Kinh tế tiếp tục phục hồi\n\n date 2023-12 Chiều 30/11, UBND tỉnh Thừa Thiên Huế họp thường kỳ tháng 11.\n\nNăm 2023, thu ngân sách ước đạt 12.000 tỷ đồng; riêng thành phố Huế thu hút nhiều khách du lịch.\n\nLãnh đạo tỉnh Thừa Thiên Huế yêu cầu các ngành tiếp tục cố gắng.\n",
			[]string{"thu_ngan_sach actual 1.2e+13 2023 Tỉnh Thừa Thiên Huế"}},
		{"commune with a direction word over its namesake named once",
			"Về đích nông thôn mới\n\n date 2023-12 Năm 2023, xã Tân Lộc Bắc có nhiều chuyển biến.\n\nThu ngân sách đạt 12 tỷ đồng, cao hơn xã Tân Lộc.\n\nLãnh đạo xã Tân Lộc Bắc cho biết sẽ giữ vững kết quả.\n",
			[]string{"thu_ngan_sach actual 1.2e+10 2023 Xã Tân Lộc Bắc"}},
		{"ward with a direction word over its namesake named once",
			"Tổng kết năm 2023\n\n date 2024-01 Năm 2023, phường Hòa Bình Đông có nhiều chuyển biến.\n\nGiải quyết việc làm mới cho 320 lao động; cùng phường Hòa Bình phát triển du lịch.\n\nPhường Hòa Bình Đông đặt mục tiêu năm 2024 tăng trưởng bền vững.\n",
			[]string{"viec_lam_moi actual 320 2023 Phường Hòa Bình Đông"}},
		{"negative: the shorter name named most on its own",
			"Về đích nông thôn mới\n\n date 2023-12 Năm 2023, xã Tân Lộc có nhiều chuyển biến.\n\nThu ngân sách đạt 12 tỷ đồng, cao hơn xã Tân Lộc Bắc.\n\nLãnh đạo xã Tân Lộc cho biết sẽ giữ vững kết quả.\n",
			[]string{"thu_ngan_sach actual 1.2e+10 2023 Xã Tân Lộc"}},
		{"negative: a city named most, its province once",
			"Đón khách du lịch\n\n date 2023-12 Chiều 30/11, UBND thành phố Huế họp thường kỳ tháng 11.\n\nNăm 2023, thu ngân sách ước đạt 3.000 tỷ đồng; tỉnh Thừa Thiên Huế ghi nhận kết quả này.\n\nLãnh đạo thành phố Huế yêu cầu các phòng ban tiếp tục cố gắng.\n",
			[]string{"thu_ngan_sach actual 3e+12 2023 Thành phố Huế"}},
	})
}

// TestDistrictCutShort: a district's name the gazetteer does not know
// that starts one it knows ("huyện Bảo" beside "huyện Bảo Lâm") is that
// name cut short: the text's unit is the whole name. Negatives: two
// districts the gazetteer both knows ("Châu Thành", "Châu Thành A";
// "Tân Phú", "Tân Phú Đông") stay two units.
func TestDistrictCutShort(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"huyện, the short name twice",
			"Ra quân đầu năm\n\n date 2024-01 Sáng 3/1, huyện Bảo Lâm triển khai nhiệm vụ năm 2024.\n\nNăm 2023, thu ngân sách trên địa bàn đạt 95 tỷ đồng. Trong năm 2024, huyện Bảo đã đề ra nhiều giải pháp; huyện Bảo phấn đấu giải quyết việc làm mới cho 1.200 lao động.\n",
			[]string{"thu_ngan_sach actual 9.5e+10 2023 Huyện Bảo Lâm", "viec_lam_moi plan 1200 2024 Huyện Bảo Lâm"}},
		{"thị xã, the short name once",
			"Tổng kết năm\n\n date 2024-01 Năm 2023, thị xã Quảng Yên có nhiều chuyển biến.\n\nThu ngân sách trên địa bàn đạt 950 tỷ đồng. Thị xã Quảng đã tạo việc làm mới cho 3.000 lao động.\n",
			[]string{"thu_ngan_sach actual 9.5e+11 2023 Thị xã Quảng Yên", "viec_lam_moi actual 3000 2023 Thị xã Quảng Yên"}},
		{"thành phố of three words cut after two",
			"Tổng kết năm\n\n date 2024-01 Năm 2023, thành phố Buôn Ma Thuột có nhiều chuyển biến; thành phố Buôn Ma đón nhiều nhà đầu tư.\n\nThu ngân sách trên địa bàn đạt 3.950 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3.95e+12 2023 Thành phố Buôn Ma Thuột"}},
		{"negative: Châu Thành beside Châu Thành A",
			"Tổng kết năm\n\n date 2024-01 Năm 2023, huyện Châu Thành có nhiều chuyển biến.\n\nThu ngân sách trên địa bàn đạt 350 tỷ đồng, cao hơn huyện Châu Thành A.\n",
			[]string{"thu_ngan_sach actual 3.5e+11 2023 Huyện Châu Thành"}},
		{"negative: Tân Phú beside Tân Phú Đông",
			"Tổng kết năm\n\n date 2024-01 Năm 2023, huyện Tân Phú có nhiều chuyển biến.\n\nThu ngân sách trên địa bàn đạt 350 tỷ đồng. Huyện Tân Phú Đông học tập kinh nghiệm của huyện Tân Phú.\n",
			[]string{"thu_ngan_sach actual 3.5e+11 2023 Huyện Tân Phú"}},
	})
}

// TestBracketedParent: a unit named in brackets right after a lower
// unit ("huyện Lạc Dương (Lâm Đồng)", "(tỉnh Lâm Đồng)", "xã Đạ Sar
// (huyện Lạc Dương)") is where that unit lies, its address, not a
// mention of the parent the text speaks of. Negatives: a parent the text
// names more often on its own stays the subject, and brackets that hold
// no parent ("(Lâm Đồng)" after a province) change nothing.
func TestBracketedParent(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"district, its province in brackets without level word",
			"Kinh tế tăng trưởng khá\n\n date 2024-01 Năm 2023, kinh tế huyện Mường Lát (Thanh Hóa) tiếp tục phát triển. Huyện Mường Lát thu hút nhiều khách du lịch.\n\nThu ngân sách trên địa bàn đạt 30 tỷ đồng.\n\nTỉnh Thanh Hóa đánh giá cao kết quả này. Lãnh đạo tỉnh Thanh Hóa yêu cầu huyện Mường Lát tiếp tục phát huy; UBND tỉnh Thanh Hóa sẽ hỗ trợ.\n",
			[]string{"thu_ngan_sach actual 3e+10 2023 Huyện Mường Lát"}},
		{"district, its province in brackets with level word",
			"Kinh tế tăng trưởng khá\n\n date 2024-01 Năm 2023, kinh tế huyện Lạc Dương (tỉnh Lâm Đồng) tiếp tục phát triển. Huyện Lạc Dương thu hút nhiều khách du lịch.\n\nThu ngân sách trên địa bàn đạt 300 tỷ đồng.\n\nTỉnh Lâm Đồng đánh giá cao kết quả này. Lãnh đạo tỉnh Lâm Đồng yêu cầu huyện Lạc Dương tiếp tục phát huy; UBND tỉnh Lâm Đồng sẽ hỗ trợ.\n",
			[]string{"thu_ngan_sach actual 3e+11 2023 Huyện Lạc Dương"}},
		{"commune, its district in brackets",
			"Nông thôn mới\n\n date 2024-01 Năm 2023, xã Đạ Sar (huyện Lạc Dương) về đích nông thôn mới. Xã Đạ Sar có nhiều đổi mới.\n\nThu ngân sách trên địa bàn đạt 3 tỷ đồng.\n\nHuyện Lạc Dương đánh giá cao kết quả này. Lãnh đạo huyện Lạc Dương yêu cầu xã Đạ Sar tiếp tục phát huy; UBND huyện Lạc Dương sẽ hỗ trợ.\n",
			[]string{"thu_ngan_sach actual 3e+09 2023 Xã Đạ Sar"}},
		{"negative: the province named most, a district with it in brackets once",
			"Kinh tế tăng trưởng khá\n\n date 2024-01 Năm 2023, kinh tế tỉnh Lâm Đồng tiếp tục phát triển; huyện Lạc Dương (Lâm Đồng) thu hút nhiều khách du lịch.\n\nThu ngân sách trên địa bàn đạt 9.300 tỷ đồng.\n\nLãnh đạo tỉnh Lâm Đồng yêu cầu các ngành tiếp tục phát huy; UBND tỉnh Lâm Đồng sẽ hỗ trợ.\n",
			[]string{"thu_ngan_sach actual 9.3e+12 2023 Tỉnh Lâm Đồng"}},
	})
}

// TestCommuneNumberInName: a commune's or ward's number after its name is
// part of the name ("xã Tam Xuân 2", "phường Đông Hải 2", "xã Gia Tân
// 1") where a mark, the end or a word no count stands before follows it.
// Negatives: a count before its noun ("phường Bình Minh 2 năm liền") and
// a figure ("phường Bình Minh 1.972 tỷ đồng") are not the name's.
func TestCommuneNumberInName(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"commune's congress, the number before its term",
			"Đại hội Đảng bộ xã\n\n date 2020-05 Ngày 12/5, Đảng bộ xã Bình Minh 2 tổ chức Đại hội lần thứ V, nhiệm kỳ 2020-2025.\n\nNhiệm kỳ qua, thu ngân sách của xã đạt 20 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2e+10 2020 Xã Bình Minh 2"}},
		{"ward, its district in brackets after the number",
			"Phường về đích\n\n date 2024-01 Năm 2023, phường Đông Hải 2 (quận Hải An) có nhiều chuyển biến.\n\nThu ngân sách trên địa bàn đạt 30 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+10 2023 Phường Đông Hải 2"}},
		{"commune, the number before a comma and its verb",
			"Nông thôn mới\n\n date 2024-01 Năm 2023, xã Gia Tân 1, huyện Thống Nhất đạt chuẩn nông thôn mới nâng cao. Xã Gia Tân 1 đạt nhiều kết quả.\n\nThu ngân sách trên địa bàn đạt 12 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.2e+10 2023 Xã Gia Tân 1"}},
		{"negative: a count of years after the name",
			"Phường về đích\n\n date 2024-01 Năm 2023, phường Bình Minh 2 năm liền dẫn đầu thành phố.\n\nThu ngân sách trên địa bàn đạt 30 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3e+10 2023 Phường Bình Minh"}},
		{"negative: a figure after the name",
			"Phường về đích\n\n date 2024-01 Năm 2023, thu ngân sách của phường Bình Minh 1.972 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.972e+12 2023 Phường Bình Minh"}},
	})
}

// TestProvinceNameIsAProvince: the name after "tỉnh" is one of the
// provinces: "Tỉnh Đoàn" (the province's youth union) and a Title-Case
// headline's "Tỉnh Phấn Đấu …" name none, and "Tỉnh Lâm Đồng Phấn Đấu
// …" names Lâm Đồng. Negatives: a province written with other spaces
// ("Bà Rịa Vũng Tàu") is that province, and a real province keeps its
// name.
func TestProvinceNameIsAProvince(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the province's youth union",
			"Tổng kết năm 2023\n\n date 2024-01 Năm 2023, Tỉnh Đoàn phối hợp tổ chức nhiều hoạt động. Thu ngân sách toàn tỉnh đạt 12.000 tỷ đồng. UBND tỉnh yêu cầu các ngành cố gắng.\n",
			[]string{"thu_ngan_sach actual 1.2e+13 2023 Tỉnh"}},
		{"a Title-Case headline with no name",
			"Tỉnh Phấn Đấu Thu Ngân Sách 12.000 Tỷ Đồng\n\n date 2024-01 Năm 2024, tỉnh phấn đấu thu ngân sách 12.000 tỷ đồng. UBND tỉnh yêu cầu các ngành cố gắng.\n",
			[]string{"thu_ngan_sach plan 1.2e+13 2024 Tỉnh"}},
		{"a Title-Case headline, the province and its verb",
			"Tỉnh Kon Tum Vượt Khó Hoàn Thành Kế Hoạch\n\n date 2024-01 Năm 2023, thu ngân sách trên địa bàn tỉnh đạt 3.100 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 3.1e+12 2023 Tỉnh Kon Tum"}},
		{"negative: a province with its hyphen left out",
			"Tổng kết năm 2023\n\n date 2024-01 Năm 2023, thu ngân sách của tỉnh Bà Rịa Vũng Tàu đạt 100.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1e+14 2023 Tỉnh Bà Rịa - Vũng Tàu"}},
		{"negative: a province named in the body",
			"Tổng kết năm 2023\n\n date 2024-01 Năm 2023, thu ngân sách của tỉnh Bình Định đạt 12.000 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.2e+13 2023 Tỉnh Bình Định"}},
	})
}

// TestTitleCaseDistrictName: in a headline in Title Case the capitals
// cannot end a district's name: a name of three words or more, followed
// by more words on its line, that only the headline writes and the
// gazetteer does not know is the district as far as the gazetteer knows
// it ("Huyện Đức Trọng Bứt Phá Mạnh Mẽ"), or no name at all ("Huyện
// Vượt Khó Đi Lên Từ Cây Cà Phê"). Negatives: a name the body writes
// too keeps all its words, and so does one that ends the line.
func TestTitleCaseDistrictName(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a district, then the headline's verb",
			"Huyện Đức Trọng Bứt Phá Mạnh Mẽ\n\n date 2024-01 Năm 2023, thu ngân sách trên địa bàn huyện đạt 620 tỷ đồng. UBND huyện yêu cầu các ngành cố gắng.\n",
			[]string{"thu_ngan_sach actual 6.2e+11 2023 Huyện Đức Trọng"}},
		{"a city of three words, then the headline's verb",
			"Thành Phố Buôn Ma Thuột Đón Tết\n\n date 2024-01 Năm 2023, thu ngân sách trên địa bàn thành phố đạt 2.620 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 2.62e+12 2023 Thành phố Buôn Ma Thuột"}},
		{"no name, a huyện's headline",
			"Huyện Vượt Khó Đi Lên Từ Cây Cà Phê\n\n date 2024-01 Năm 2023, thu ngân sách trên địa bàn huyện đạt 120 tỷ đồng. UBND huyện yêu cầu các ngành cố gắng.\n",
			[]string{"thu_ngan_sach actual 1.2e+11 2023 Huyện"}},
		{"no name, a thị xã's headline",
			"Thị Xã Vươn Mình Phát Triển Du Lịch\n\n date 2024-01 Năm 2023, thu ngân sách trên địa bàn thị xã đạt 120 tỷ đồng. UBND thị xã yêu cầu các ngành cố gắng.\n",
			[]string{"thu_ngan_sach actual 1.2e+11 2023 Thị xã"}},
		{"negative: a name the body writes too",
			"Huyện Hòa Vang Mới\n\n date 2024-01 Năm 2023, thu ngân sách trên địa bàn huyện Hòa Vang Mới đạt 620 tỷ đồng. Huyện Hòa Vang Mới phấn đấu năm 2024 tăng trưởng 8%.\n",
			[]string{"tang_truong_kinh_te plan 8 2024 Huyện Hòa Vang Mới", "thu_ngan_sach actual 6.2e+11 2023 Huyện Hòa Vang Mới"}},
		{"negative: a name that ends the headline's line",
			"Kinh Tế Huyện Tân Lạc Sơn\n\n date 2024-01 Năm 2023, thu ngân sách trên địa bàn huyện đạt 120 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.2e+11 2023 Huyện Tân Lạc Sơn"}},
	})
}

// TestIssuerLevel: the council or committee that the lead has issue a
// document ("HĐND tỉnh ban hành Nghị quyết …", "Ủy ban nhân dân huyện
// đã ban hành Kế hoạch …") tells the text's level: the document's
// targets are its unit's, whatever parts it names. Negative: bodies of
// two levels issuing decide nothing.
func TestIssuerLevel(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a province's council, a district named as a target",
			"Nghị quyết về kế hoạch năm 2024\n\n date 2023-12 Ngày 8/12/2023, HĐND tỉnh ban hành Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024.\n\nCác chỉ tiêu chủ yếu: tốc độ tăng trưởng kinh tế từ 8% trở lên; huyện Tân Lạc đạt chuẩn nông thôn mới.\n",
			[]string{"tang_truong_kinh_te plan 8 2024 Tỉnh"}},
		{"a district's committee, a commune named as a target",
			"Kế hoạch năm 2024\n\n date 2023-12 Ủy ban nhân dân huyện đã ban hành Kế hoạch phát triển kinh tế - xã hội năm 2024.\n\nTheo đó, giải quyết việc làm mới cho 1.500 lao động; xã Mỹ Hòa đạt chuẩn nông thôn mới nâng cao.\n",
			[]string{"viec_lam_moi plan 1500 2024 Huyện"}},
		{"a named town's committee, its commune named as a target",
			"Kế hoạch năm 2024\n\n date 2023-12 UBND thị xã Sơn Hà ban hành Chương trình hành động năm 2024.\n\nTheo đó, giải quyết việc làm mới cho 900 lao động; xã Sơn Lộc đạt chuẩn nông thôn mới, xã Sơn Lộc hoàn thành đường giao thông; xã Sơn Lộc có thêm chợ mới.\n",
			[]string{"viec_lam_moi plan 900 2024 Thị xã Sơn Hà"}},
		{"negative: councils of two levels issuing",
			"Kế hoạch năm 2024\n\n date 2023-12 HĐND tỉnh ban hành Nghị quyết về kế hoạch năm 2024; UBND huyện ban hành Kế hoạch thực hiện.\n\nTheo đó, huyện Tân Lạc giải quyết việc làm mới cho 1.500 lao động.\n",
			[]string{"viec_lam_moi plan 1500 2024 Huyện Tân Lạc"}},
	})
}

// TestPlacedDistrict: a district named without its level word and placed
// in its province by brackets ("Cẩm Phả (Quảng Ninh)", "Tại Sa Pa (Lào
// Cai)") is that district of the gazetteer, with its level word; the
// province in brackets is its address. Negatives: a name the gazetteer
// does not put in that province, and a province named most on its own,
// leave the province.
func TestPlacedDistrict(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a city, its province in brackets",
			"Kinh tế tăng trưởng khá\n\n date 2024-01 Năm 2023, kinh tế Cẩm Phả (Quảng Ninh) tiếp tục phát triển.\n\nThu ngân sách trên địa bàn đạt 3.000 tỷ đồng.\n\nTỉnh Quảng Ninh đánh giá cao kết quả này. Cẩm Phả đặt mục tiêu tăng trưởng cao; Cẩm Phả sẽ thu hút thêm nhà đầu tư.\n",
			[]string{"thu_ngan_sach actual 3e+12 2023 Thành phố Cẩm Phả"}},
		{"a town after 'Tại', its province in brackets",
			"Du lịch khởi sắc\n\n date 2024-01 Tại Sa Pa (Lào Cai), năm 2023 thu ngân sách trên địa bàn đạt 900 tỷ đồng. Sa Pa đón hơn 3 triệu lượt khách.\n\nLãnh đạo tỉnh Lào Cai đánh giá cao kết quả này; tỉnh Lào Cai sẽ hỗ trợ.\n",
			[]string{"thu_ngan_sach actual 9e+11 2023 Thị xã Sa Pa"}},
		{"a district, its province in brackets",
			"Vượt khó\n\n date 2024-01 Năm 2023, Mường Lát (Thanh Hóa) giải quyết việc làm mới cho 800 lao động.\n\nMường Lát còn nhiều khó khăn; tỉnh Thanh Hóa sẽ hỗ trợ.\n",
			[]string{"viec_lam_moi actual 800 2023 Huyện Mường Lát"}},
		{"negative: a name the gazetteer does not put in that province",
			"Vượt khó\n\n date 2024-01 Năm 2023, Mường Lát (Lào Cai) giải quyết việc làm mới cho 800 lao động.\n\nLãnh đạo tỉnh Lào Cai đánh giá cao kết quả này; tỉnh Lào Cai sẽ hỗ trợ.\n",
			[]string{"viec_lam_moi actual 800 2023 Tỉnh Lào Cai"}},
		{"negative: the province named most on its own",
			"Kinh tế tăng trưởng khá\n\n date 2024-01 Năm 2023, kinh tế tỉnh Quảng Ninh tiếp tục phát triển, trong đó có Cẩm Phả (Quảng Ninh).\n\nThu ngân sách trên địa bàn đạt 50.000 tỷ đồng.\n\nLãnh đạo tỉnh Quảng Ninh yêu cầu tiếp tục phát huy; UBND tỉnh Quảng Ninh sẽ hỗ trợ.\n",
			[]string{"thu_ngan_sach actual 5e+13 2023 Tỉnh Quảng Ninh"}},
	})
}

// TestLevelBodyNoName: a level word with "Đoàn" or "Đội" written with a
// capital ("Huyện Đoàn", the district's youth union; "Tỉnh Đội", the
// province's military command) is the level's body, as "huyện đoàn" is,
// and names no place. Negative: a commune whose name opens with the word
// ("xã Đoàn Kết") keeps it.
func TestLevelBodyNoName(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"the district's youth union",
			"Tổng kết năm 2023\n\n date 2024-01 Năm 2023, Huyện Đoàn phối hợp tổ chức nhiều hoạt động tại huyện Gio Linh. Thu ngân sách trên địa bàn đạt 120 tỷ đồng.\n\nLãnh đạo Huyện Đoàn cho biết sẽ tiếp tục cố gắng.\n",
			[]string{"thu_ngan_sach actual 1.2e+11 2023 Huyện Gio Linh"}},
		{"the district's military command",
			"Tổng kết năm 2023\n\n date 2024-01 Năm 2023, Huyện Đội phối hợp diễn tập tại huyện Gio Linh. Thu ngân sách trên địa bàn đạt 120 tỷ đồng.\n\nChỉ huy Huyện Đội cho biết sẽ tiếp tục cố gắng.\n",
			[]string{"thu_ngan_sach actual 1.2e+11 2023 Huyện Gio Linh"}},
		{"the urban district's youth union",
			"Tổng kết năm 2023\n\n date 2024-01 Năm 2023, Quận Đoàn phối hợp tổ chức nhiều hoạt động tại quận Hải An. Thu ngân sách trên địa bàn đạt 1.200 tỷ đồng.\n\nBí thư Quận Đoàn cho biết sẽ tiếp tục cố gắng.\n",
			[]string{"thu_ngan_sach actual 1.2e+12 2023 Quận Hải An"}},
		{"negative: a commune named Đoàn Kết",
			"Tổng kết năm 2023\n\n date 2024-01 Năm 2023, xã Đoàn Kết thu ngân sách đạt 12 tỷ đồng.\n",
			[]string{"thu_ngan_sach actual 1.2e+10 2023 Xã Đoàn Kết"}},
	})
}

// TestTitleNameTrimTier: a headline's name cut to a centrally-run city
// ("Thành Phố Cần Thơ Bứt Phá" → Cần Thơ) ranks as a province, as the
// city read whole does; a provincial city stays a district.
func TestTitleNameTrimTier(t *testing.T) {
	for _, c := range []struct {
		long, short string
		want        tier
	}{
		{"Cần Thơ Bứt Phá", "Cần Thơ", tierProvince},
		{"Đà Nẵng Vươn Mình Mạnh Mẽ", "Đà Nẵng", tierProvince},
		{"Buôn Ma Thuột Đón", "Buôn Ma Thuột", tierDistrict},
	} {
		u := newUnitFinder()
		k := unitKey{"Thành phố", c.long, tierDistrict}
		u.named[k], u.title[k], u.titleRunOn[k] = 1, true, true
		u.trimTitleNames("Thành Phố " + c.long + " Trong Năm Qua\n\nNăm 2023, thành phố phát triển.\n")
		if _, ok := u.named[unitKey{"Thành phố", c.short, c.want}]; !ok {
			t.Errorf("%s: named %v, want %s of tier %d", c.long, u.named, c.short, c.want)
		}
	}
}

// TestOwnRuralTitleLevel: a text that names no unit and no level as its
// subject but keeps or reaches a new-rural title for itself ("giữ vững
// danh hiệu xã nông thôn mới", "đạt chuẩn huyện nông thôn mới") is of
// the title's level. Negative: the title after a count ("có 5 xã đạt
// chuẩn xã nông thôn mới") is its parts', and tells nothing.
func TestOwnRuralTitleLevel(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"a commune keeps its title",
			"Đại hội nhiệm kỳ mới\n\n date 2020-06 Năm 2019, thu ngân sách trên địa bàn đạt 20 tỷ đồng; giữ vững danh hiệu xã nông thôn mới.\n",
			[]string{"thu_ngan_sach actual 2e+10 2019 Xã"}},
		{"a district reaches its title",
			"Mục tiêu năm 2024\n\n date 2024-01 Năm 2024, phấn đấu giải quyết việc làm mới cho 2.000 lao động; đạt chuẩn huyện nông thôn mới.\n",
			[]string{"viec_lam_moi plan 2000 2024 Huyện"}},
		{"a commune reaches the title",
			"Mục tiêu năm 2024\n\n date 2024-01 Năm 2024, phấn đấu về đích xã nông thôn mới; tạo việc làm mới cho 150 lao động.\n",
			[]string{"viec_lam_moi plan 150 2024 Xã"}},
		{"negative: the title after a count",
			"Mục tiêu năm 2024\n\n date 2024-01 Năm 2024, phấn đấu giải quyết việc làm mới cho 2.000 lao động; có 5 xã đạt chuẩn xã nông thôn mới.\n",
			[]string{"viec_lam_moi plan 2000 2024 Chưa rõ đơn vị"}},
	})
}
