package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestFigureUnits: which unit each figure of a text belongs to, on short
// articles written in the style of local news and reports. Each case is
// one rule of unit.go; the want maps a figure's value to its unit.
func TestFigureUnits(t *testing.T) {
	tests := []struct {
		name, text, ind string
		want            map[float64]string
	}{
		{"communes listed under one level word are parts the district acts on", "Kết quả 6 tháng đầu năm 2024\n\nSáu tháng đầu năm 2024, toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới; tiếp tục hỗ trợ xã Hòa Bình, Tân Phú và Yên Lạc hoàn thiện các tiêu chí. Thu ngân sách trên địa bàn đạt 210 tỷ đồng, đạt 105% dự toán.",
			"thu_ngan_sach", map[float64]string{210e9: "Huyện", 105: "Huyện"}},
		{"wards listed under one level word are parts the district acts on", "Giao ban kinh tế tháng 10\n\nMười tháng năm 2023, toàn quận có 120 doanh nghiệp thành lập mới, đang đôn đốc phường Bình Minh, Hòa Lợi đẩy nhanh tiến độ giải phóng mặt bằng. Thu ngân sách trên địa bàn đạt 95 tỷ đồng, bằng 88% dự toán.",
			"thu_ngan_sach", map[float64]string{95e9: "Quận", 88: "Quận"}},
		{"a list whose second name the text gives a higher level is an address", "Kết quả năm 2023\n\nNăm 2023, xã Tân Lập, Đan Phượng thu ngân sách đạt 30 tỷ đồng, đạt 110% dự toán. Xã là một trong những đơn vị dẫn đầu huyện Đan Phượng về thu ngân sách.",
			"thu_ngan_sach", map[float64]string{30e9: "Xã Tân Lập", 110: "Xã Tân Lập"}},
		{"a person's name after a commune is no list", "Kết quả năm 2023\n\nNăm 2023, toàn huyện thu ngân sách đạt 30 tỷ đồng, đạt 110% dự toán. Ông Trần Văn Bình, Chủ tịch UBND xã Tân Lập, Nguyễn Thị Hoa cho biết.",
			"thu_ngan_sach", map[float64]string{30e9: "Huyện", 110: "Huyện"}},
		{"a parent district in brackets after a town", "Thị trấn Phố Châu hoàn thành 12/12 chỉ tiêu\n\n25/12/2023\n\nNăm 2023, thị trấn Phố Châu (huyện Hương Sơn) có 12/12 chỉ tiêu đạt và vượt kế hoạch. Thu ngân sách trên địa bàn đạt 18,5 tỷ đồng, bằng 135% kế hoạch.",
			"chi_tieu_hoan_thanh", map[float64]string{12: "Thị trấn Phố Châu"}},
		{"a ward's party organisation speaks of the ward, not the visiting city's officials", " date 2025-08-15 Ngày 15/8, Đại hội đại biểu Đảng bộ phường An Lạc (Hải Phòng) lần thứ I, nhiệm kỳ 2025-2030 bế mạc. Ông Nguyễn Văn A, Giám đốc Sở Nội vụ TP Hải Phòng dự và chỉ đạo. Cùng dự có ông Trần Văn B, Phó Chủ tịch UBND TP Hải Phòng.\n\nPhát biểu tại Đại hội, ông Nguyễn Văn A ghi nhận những kết quả Đảng bộ phường đạt được trong nhiệm kỳ qua. Có 16/19 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch.\n\nÔng yêu cầu Đảng bộ phường tiếp tục đổi mới.",
			"chi_tieu_hoan_thanh", map[float64]string{16: "Phường An Lạc", 19: "Phường An Lạc"}},
		{"a ward's party organisation that holds its congress", " date 2025-08 Sáng 20/8, Đảng bộ phường Tân An long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Dự Đại hội có ông Trần Văn B, Phó Chủ tịch UBND TP Cần Thơ; ông Lê Văn C, Giám đốc Sở Tài chính TP Cần Thơ.\n\nNhiệm kỳ qua, Đảng bộ phường đã lãnh đạo hoàn thành 15/17 chỉ tiêu. TP Cần Thơ ghi nhận nhiều kết quả.",
			"chi_tieu_hoan_thanh", map[float64]string{15: "Phường Tân An", 17: "Phường Tân An"}},
		{"a ward's party organisation is the ward", " date 2024-07 Sáng 5/7, Ban Chấp hành Đảng bộ phường Tân An tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Dự hội nghị có ông Trần Văn B, Phó Chủ tịch UBND TP Cần Thơ.\n\nSáu tháng đầu năm, Đảng bộ phường kết nạp 12 đảng viên mới, đạt 60% chỉ tiêu. Đảng bộ phường đề ra nhiệm vụ 6 tháng cuối năm. Ông Trần Văn B, Phó Chủ tịch UBND TP Cần Thơ ghi nhận kết quả.",
			"dang_vien_moi", map[float64]string{12: "Phường Tân An", 60: "Phường Tân An"}},
		{"a capitals name after an abbreviated level", "TÓM TẮT BÁO CÁO TÌNH HÌNH KT-XH NĂM 2024 CỦA UBND TP BUÔN MA THUỘT\n\n(Trình kỳ họp thứ 15, HĐND TP khóa XII)\n\nThu NSNN trên địa bàn ước đạt 2.037 tỷ đồng, đạt 101,9% DT tỉnh giao.",
			"thu_ngan_sach", map[float64]string{2037e9: "Thành phố Buôn Ma Thuột", 101.9: "Thành phố Buôn Ma Thuột"}},
		{"a city's acronym after an abbreviated level", "KINH TẾ TP HCM NĂM 2024\n\n28/12/2024\n\nNăm 2024, thu ngân sách trên địa bàn TP HCM đạt 510.000 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{510000e9: "Thành phố Hồ Chí Minh"}},
		{"a province's name cut where an excerpt breaks off", "Tình hình kinh tế 6 tháng đầu năm 2024 tỉnh Bình Định\n\nSáu tháng đầu năm 2024, tốc độ tăng trưởng kinh tế của tỉnh Bình Định ước đạt 7,6%. Tỉnh Bình Định tiếp tục thu hút đầu tư.\n\nSáu tháng đầu năm 2024, tỉnh Bình ",
			"tang_truong_kinh_te", map[float64]string{7.6: "Tỉnh Bình Định"}},
		{"a lead that lists several congresses reports on none alone", " date 2025-08 Ngày 10/8, Đại hội đại biểu Đảng bộ xã An Bình lần thứ I và Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I đã diễn ra thành công. Dự đại hội có lãnh đạo tỉnh Đồng Tháp.\n\nĐến nay, toàn tỉnh đã có 102 đảng bộ xã, phường tổ chức xong đại hội. Năm 2024, thu ngân sách đạt 12.000 tỷ đồng. Tỉnh Đồng Tháp tiếp tục phát triển.",
			"thu_ngan_sach", map[float64]string{12000e9: "Tỉnh Đồng Tháp"}},
		{"a parent city in brackets in a headline", "Phường Tân Định (TP.HCM) thu ngân sách đạt 1.250 tỷ đồng\n\n20/12/2025\n\nNăm 2025, thu ngân sách nhà nước trên địa bàn phường ước đạt 1.250 tỷ đồng, đạt 104% dự toán thành phố giao.",
			"thu_ngan_sach", map[float64]string{1250e9: "Phường Tân Định", 104: "Phường Tân Định"}},
		{"two parents in brackets", "Kinh tế xã Vĩnh Tường khởi sắc\n\n30/12/2025\n\nXã Vĩnh Tường (huyện Vĩnh Tường cũ, tỉnh Phú Thọ) thu ngân sách nhà nước trên địa bàn đạt 45 tỷ đồng, đạt 75% dự toán.",
			"thu_ngan_sach", map[float64]string{45e9: "Xã Vĩnh Tường", 75: "Xã Vĩnh Tường"}},
		{"a bracket with a figure is a subject", "Thu ngân sách các huyện\n\n30/12/2023\n\nThu ngân sách của nhiều huyện vượt dự toán (huyện Gia Viễn đạt 2.100 tỷ đồng).",
			"thu_ngan_sach", map[float64]string{2100e9: "Huyện Gia Viễn"}},
		{"the whole city in a district's article", "Huyện Cần Giờ: Thu ngân sách đạt 125% dự toán\n\n28/12/2024\n\nNăm 2024, thu ngân sách nhà nước trên địa bàn huyện đạt 625 tỷ đồng, đạt 125% dự toán thành phố giao. Theo UBND TP Hồ Chí Minh, toàn thành phố thu ngân sách đạt 510.000 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{625e9: "Huyện Cần Giờ", 125: "Huyện Cần Giờ", 510000e9: "Thành phố Hồ Chí Minh"}},
		{"the whole city in a ward's article, after a time", "Phường Đông Hải tổng kết năm 2024\n\n28/12/2024\n\nNăm 2024, phường Đông Hải thu ngân sách đạt 45 tỷ đồng. Chủ tịch UBND thành phố Thanh Hóa Lê Văn C cho biết, năm 2024 toàn thành phố thu ngân sách đạt 6.200 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{45e9: "Phường Đông Hải", 6200e9: "Thành phố Thanh Hóa"}},
		{"the city's government is no subject", "Quận Tây Hồ hoàn thành 17/18 chỉ tiêu\n\n28/12/2018\n\nNăm 2018, bám sát chỉ đạo của Thành ủy, HĐND, UBND thành phố, Ban Thường vụ Quận ủy đã hoàn thành 17/18 chỉ tiêu; thu ngân sách nhà nước đạt 121% dự toán giao.",
			"thu_ngan_sach", map[float64]string{121: "Quận Tây Hồ"}},
		{"an indicator's acronym after the level word is no name", "Kinh tế Lai Châu năm 2019\n\n28/12/2019\n\nNăm 2019, kinh tế tỉnh Lai Châu tiếp tục tăng trưởng, tổng sản phẩm trên địa bàn tỉnh GRDP tăng 7,3% so với năm 2018.",
			"tang_truong_kinh_te", map[float64]string{7.3: "Tỉnh Lai Châu"}},
		{"the province owns the indicator", "Huyện Ba Chẽ: Giảm nghèo bền vững\n\n28/12/2023\n\nHuyện Ba Chẽ là huyện miền núi của tỉnh Quảng Ninh. Hiện tỷ lệ hộ nghèo của tỉnh Quảng Ninh là 0,2%. Tỷ lệ hộ nghèo của tỉnh giảm 0,5%, của huyện giảm còn 1,5%.",
			"ty_le_ho_ngheo", map[float64]string{0.2: "Tỉnh Quảng Ninh", -0.5: "Tỉnh Quảng Ninh", 1.5: "Huyện Ba Chẽ"}},
		{"the province owns only the plan", "Huyện Ba Chẽ: Thu ngân sách vượt dự toán\n\n28/12/2023\n\nNăm 2023, huyện Ba Chẽ thu ngân sách đạt 150 tỷ đồng, bằng 105% dự toán của tỉnh, tăng 12% so với cùng kỳ.",
			"thu_ngan_sach", map[float64]string{150e9: "Huyện Ba Chẽ", 105: "Huyện Ba Chẽ", 12: "Huyện Ba Chẽ"}},
		{"each unit's exceeded targets", "Cà Mau: Các huyện hoàn thành chỉ tiêu năm 2023\n\n28/12/2023\n\nNăm 2023, tỉnh Cà Mau có 18/22 chỉ tiêu đạt và vượt. Trong các địa phương, huyện Đầm Dơi vượt 14/17 chỉ tiêu, huyện Cái Nước vượt 7/12 chỉ tiêu.",
			"chi_tieu_hoan_thanh", map[float64]string{18: "Tỉnh Cà Mau", 22: "Tỉnh Cà Mau", 14: "Huyện Đầm Dơi", 17: "Huyện Đầm Dơi", 7: "Huyện Cái Nước", 12: "Huyện Cái Nước"}},
		{"sections headed by a unit's name", "Bức tranh kinh tế 3 địa phương dẫn đầu\n\n28/12/2024\n\nHải Phòng\nNăm 2024, GRDP thành phố tăng 10,34%, cao nhất vùng đồng bằng sông Hồng. Thành phố tiếp tục thu hút đầu tư.\n\nQuảng Ninh\nTốc độ tăng trưởng kinh tế của tỉnh đạt 11,03%. Tỉnh giữ vững vị trí top đầu.\n\n3. Bắc Ninh\nGRDP tăng 6,03%.\n\nb) Thành phố Hạ Long:\nKinh tế thành phố tăng trưởng 12,1%.",
			"tang_truong_kinh_te", map[float64]string{10.34: "Thành phố Hải Phòng", 11.03: "Tỉnh Quảng Ninh", 6.03: "Tỉnh Bắc Ninh", 12.1: "Thành phố Hạ Long"}},
		{"an excerpt's first section heading before its first paragraph", " date 2025-01 Toàn cảnh kinh tế hai tỉnh miền núi phía Bắc\n\nHai địa phương có mức tăng trưởng cao là Lào Cai và Yên Bái.\n\nLào Cai\n\nNăm 2024, kinh tế địa phương tiếp tục khởi sắc, tốc độ tăng trưởng ước đạt 8,1%, cao hơn năm trước. Thu hút đầu tư có nhiều chuyển biến tích cực.\n\nYên Bái\n\nNăm 2024, Yên Bái tăng trưởng kinh tế ước đạt 7,2%, đứng đầu vùng về thu hút đầu tư. Du lịch tiếp tục phục hồi mạnh.",
			"tang_truong_kinh_te", map[float64]string{8.1: "Tỉnh Lào Cai", 7.2: "Tỉnh Yên Bái"}},
		{"a place's name alone between headline and body is no section", "Quận Cầu Giấy tổng kết năm 2024\n\nThu ngân sách vượt dự toán, an sinh được bảo đảm.\n\nHà Nội\n\nNăm 2024, thu ngân sách trên địa bàn quận đạt 6.100 tỷ đồng, bằng 112% dự toán. Quận tiếp tục cải cách hành chính.",
			"thu_ngan_sach", map[float64]string{6100e9: "Quận Cầu Giấy", 112: "Quận Cầu Giấy"}},
		{"a heading with more than a name is no section", "Quảng Ninh tăng trưởng cao\n\n28/12/2024\n\nNăm 2024, kinh tế tỉnh Quảng Ninh tăng trưởng 11,03%. Tỉnh giữ vững vị trí top đầu.\n\nHải Phòng dẫn đầu cả nước\nKinh tế tỉnh tiếp tục tăng trưởng 11,2%. Tỉnh giữ vững vị trí top đầu.",
			"tang_truong_kinh_te", map[float64]string{11.03: "Tỉnh Quảng Ninh", 11.2: "Tỉnh Quảng Ninh"}},
		{"a headline that drops a capital of the name", "UBND huyện Yên sơn tổng kết năm 2023\n\n28/12/2023\n\nNăm 2023, huyện Yên Sơn thu ngân sách trên địa bàn đạt 95 tỷ đồng, bằng 108% dự toán. Huyện Yên Sơn tiếp tục phát triển.",
			"thu_ngan_sach", map[float64]string{95e9: "Huyện Yên Sơn", 108: "Huyện Yên Sơn"}},
		{"a parent after a comma is where the unit lies", "Huyện Lục Ngạn đạt 20/22 chỉ tiêu\n\n28/12/2023\n\nNăm 2023, huyện Lục Ngạn, tỉnh Bắc Giang có 20/22 chỉ tiêu đạt và vượt kế hoạch.",
			"chi_tieu_hoan_thanh", map[float64]string{20: "Huyện Lục Ngạn", 22: "Huyện Lục Ngạn"}},
		{"two parents after a comma in turn", "Xã Tân Phú đạt 15/18 chỉ tiêu\n\n28/12/2023\n\nNăm 2023, xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước có 15/18 chỉ tiêu đạt và vượt kế hoạch.",
			"chi_tieu_hoan_thanh", map[float64]string{15: "Xã Tân Phú", 18: "Xã Tân Phú"}},
		{"a city after a comma is a ward's parent", "Huyện Lục Ngạn đạt 20/22 chỉ tiêu\n\n28/12/2023\n\nNăm 2023, huyện Lục Ngạn có 20/22 chỉ tiêu đạt và vượt kế hoạch. Thu ngân sách huyện Gia Lâm, TP. Hà Nội ước đạt 300 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{300e9: "Huyện Gia Lâm"}},
		{"a district as the subject where the province is named only by its level", "Toàn tỉnh kết nạp 900 đảng viên mới\n\n30/06/2023\n\nSáu tháng đầu năm 2023, toàn tỉnh kết nạp 900 đảng viên mới. Trong đó, Đảng bộ huyện Tân Lạc kết nạp 64 đảng viên mới; Đảng bộ huyện Mai Châu kết nạp 41 đảng viên mới.",
			"dang_vien_moi", map[float64]string{900: "Tỉnh", 64: "Huyện Tân Lạc", 41: "Huyện Mai Châu"}},
		{"a paragraph speaks of the unit it opens with", "Hai huyện Bảo Lâm, Bảo Lạc họp HĐND giữa năm\n\n05/07/2023\n\nHuyện Bảo Lâm thu ngân sách trên địa bàn đạt 30 tỷ đồng. Công tác xã hội được quan tâm.\n\nHuyện Bảo Lạc trồng được 400 ha ngô, đạt 98% kế hoạch. Thu ngân sách trên địa bàn đạt 12 tỷ đồng, bằng 45% dự toán.",
			"thu_ngan_sach", map[float64]string{30e9: "Huyện Bảo Lâm", 12e9: "Huyện Bảo Lạc", 45: "Huyện Bảo Lạc"}},
		{"a name with an apostrophe", "Huyện Cư M'gar hoàn thành 20/22 chỉ tiêu\n\n28/12/2023\n\nNăm 2023, huyện Cư M'gar thu ngân sách trên địa bàn đạt 185 tỷ đồng, bằng 110% dự toán. Huyện Cư M'gar tiếp tục phát triển.",
			"thu_ngan_sach", map[float64]string{185e9: "Huyện Cư M'gar", 110: "Huyện Cư M'gar"}},
		{"a letterhead's name with a curly apostrophe", "UBND TỈNH ĐẮK LẮK\nUBND HUYỆN CƯ M’GAR\nSố: 120/BC-UBND\n\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n\nNăm 2023, tốc độ tăng trưởng kinh tế của huyện đạt 8,1%. Thu ngân sách trên địa bàn đạt 185 tỷ đồng.",
			"tang_truong_kinh_te", map[float64]string{8.1: "Huyện Cư M'gar"}},
		{"listed names with an apostrophe", "Kết quả thu ngân sách các huyện năm 2023\n\n28/12/2023\n\nNăm 2023, tổng thu ngân sách trên địa bàn tỉnh Đắk Nông đạt 3.200 tỷ đồng. Cũng trong năm, Đắk R'lấp thu 250 tỷ đồng; Đắk Glong thu 180 tỷ đồng. Huyện Đắk R'lấp và huyện Đắk Glong đều vượt dự toán.",
			"thu_ngan_sach", map[float64]string{3200e9: "Tỉnh Đắk Nông", 250e9: "Huyện Đắk R'lấp", 180e9: "Huyện Đắk Glong"}},
		{"a district abbreviated with its dot", "H.Củ Chi: Thu ngân sách 9 tháng đạt 80% dự toán\n\n02/10/2024\n\nNăm 2024, tính đến hết tháng 9, thu ngân sách trên địa bàn H.Củ Chi đạt 940 tỷ đồng. Thành phố có nhiều huyện ngoại thành; huyện tiếp tục đẩy mạnh thu ngân sách, huyện phấn đấu hoàn thành dự toán.",
			"thu_ngan_sach", map[float64]string{80: "Huyện Củ Chi", 940e9: "Huyện Củ Chi"}},
		{"the provinces a province was merged from", "Gia Lai: Thu ngân sách năm 2025 vượt dự toán\n\n10/01/2026\n\nNăm 2025, năm đầu tiên tỉnh Gia Lai mới (hợp nhất 2 tỉnh Gia Lai, Bình Định) đi vào hoạt động, thu ngân sách nhà nước trên địa bàn đạt 32.000 tỷ đồng. Toàn tỉnh có 135 xã, phường.",
			"thu_ngan_sach", map[float64]string{32000e9: "Tỉnh Gia Lai"}},
		{"the communes a commune was formed from", "Xã Mỹ Hòa hoàn thành 14/16 chỉ tiêu\n\n20/12/2025\n\nXã Mỹ Hòa (thành lập trên cơ sở sáp nhập thị trấn Cái Tắc và các xã Tân Phú, Mỹ Hòa của huyện Châu Thành cũ) hoàn thành 14/16 chỉ tiêu năm 2025. Thu ngân sách xã đạt 20 tỷ đồng.",
			"chi_tieu_hoan_thanh", map[float64]string{14: "Xã Mỹ Hòa", 16: "Xã Mỹ Hòa"}},
		{"a ward named with its former city after a hyphen", "Phường Lâm Viên - Đà Lạt thu ngân sách đạt 105% dự toán\n\n22/12/2025\n\nNăm 2025, thu ngân sách nhà nước trên địa bàn phường Lâm Viên - Đà Lạt đạt 420 tỷ đồng, bằng 105% dự toán tỉnh giao. Phường tiếp tục cải cách hành chính.",
			"thu_ngan_sach", map[float64]string{105: "Phường Lâm Viên - Đà Lạt", 420e9: "Phường Lâm Viên - Đà Lạt"}},
		{"a headline's own words after a hyphen are no name", "Xã Tân Hội - Nơi Hội Tụ Niềm Tin\n\n22/12/2025\n\nNăm 2025, thu ngân sách trên địa bàn xã Tân Hội đạt 40 tỷ đồng. Xã Tân Hội tiếp tục phát triển du lịch.",
			"thu_ngan_sach", map[float64]string{40e9: "Xã Tân Hội"}},
		{"the province's figure in a bracket after it", "Thành phố Vinh: Kinh tế tăng trưởng khá\n\n20/12/2024\n\nNăm 2024, tốc độ tăng trưởng kinh tế của thành phố ước đạt 9,1%, cao hơn mức chung của toàn tỉnh (ước đạt 8,3%), thu ngân sách trên địa bàn đạt 3.100 tỷ đồng, tăng trưởng kinh tế năm 2025 phấn đấu đạt 10%.",
			"tang_truong_kinh_te", map[float64]string{9.1: "Thành phố Vinh", 8.3: "Tỉnh", 10: "Thành phố Vinh"}},
		{"the parent's total on its territory", "Quận Gò Vấp thu ngân sách đạt 4.200 tỷ đồng\n\n20/12/2024\n\nNăm 2024, thu ngân sách nhà nước trên địa bàn quận đạt 4.200 tỷ đồng, bằng 102% dự toán. Cùng ngày, Sở Tài chính TP.HCM cho biết thu ngân sách nhà nước trên địa bàn TP.HCM năm 2024 ước đạt 530.000 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{102: "Quận Gò Vấp", 4200e9: "Quận Gò Vấp", 530000e9: "Thành phố Hồ Chí Minh"}},
		{"a city abbreviated with a small p", "Tp. Cẩm Phả: Thu ngân sách vượt dự toán\n\n20/12/2024\n\nNăm 2024, thu ngân sách trên địa bàn Tp. Cẩm Phả đạt 2.400 tỷ đồng. Thành phố tiếp tục phát triển. Sở Tài chính cho biết thu ngân sách trên địa bàn Tp.HCM ước đạt 500.000 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{2400e9: "Thành phố Cẩm Phả", 500000e9: "Thành phố Hồ Chí Minh"}},
		{"a unit in brackets speaks only inside them", "Huyện Yên Thế: Giảm nghèo bền vững\n\n20/12/2024\n\nNăm 2024, tỷ lệ hộ nghèo của huyện còn 3,4% (toàn tỉnh 1,9%), giảm 1,1% so với năm 2023. Thu ngân sách đạt 300 tỷ đồng.",
			"ty_le_ho_ngheo", map[float64]string{3.4: "Huyện Yên Thế", 1.9: "Tỉnh", -1.1: "Huyện Yên Thế"}},
		{"a neighbour's figure in brackets", "Huyện Yên Thế thu ngân sách vượt dự toán\n\n20/12/2024\n\nNăm 2024, thu ngân sách trên địa bàn huyện đạt 300 tỷ đồng (huyện Tân Yên đạt 410 tỷ đồng), bằng 112% dự toán.",
			"thu_ngan_sach", map[float64]string{300e9: "Huyện Yên Thế", 410e9: "Huyện Tân Yên", 112: "Huyện Yên Thế"}},
		{"a district taken up with đối với", "Bắc Giang giảm nghèo bền vững\n\n20/12/2024\n\nNăm 2024, tỷ lệ hộ nghèo toàn tỉnh còn 1,5%. Đối với huyện Lục Ngạn, tỷ lệ hộ nghèo còn 6,3%; giảm 2,1% so với năm 2023. Tỉnh Bắc Giang tiếp tục hỗ trợ.",
			"ty_le_ho_ngheo", map[float64]string{1.5: "Tỉnh Bắc Giang", 6.3: "Huyện Lục Ngạn", -2.1: "Huyện Lục Ngạn"}},
		{"a city whose name starts with its province's", "Điện Biên giảm nghèo\n\n20/12/2024\n\nNăm 2024, tỷ lệ hộ nghèo toàn tỉnh Điện Biên còn 18%. Tính riêng huyện Tủa Chùa, tỷ lệ hộ nghèo còn 30%. Thành phố Điện Biên Phủ có tỷ lệ hộ nghèo thấp nhất, chỉ 1,2%. UBND tỉnh chỉ đạo tiếp tục hỗ trợ.",
			"ty_le_ho_ngheo", map[float64]string{18: "Tỉnh Điện Biên", 30: "Huyện Tủa Chùa", 1.2: "Thành phố Điện Biên Phủ"}},
		{"a dateline is where the reporter filed from", "Huyện Hải Lăng: Kinh tế tăng trưởng khá\n\n20/12/2024\n\nQUẢNG TRỊ - Năm 2024, tốc độ tăng trưởng kinh tế ước đạt 7,8%. Huyện Hải Lăng tiếp tục phát triển.\n\nQuảng Trị - Năm 2025, tốc độ tăng trưởng kinh tế phấn đấu đạt 8,5%.",
			"tang_truong_kinh_te", map[float64]string{7.8: "Huyện Hải Lăng", 8.5: "Huyện Hải Lăng"}},
		{"the whole province after the indicator", "Huyện Quế Võ tổng kết năm 2023\n\n20/12/2023\n\nTổng thu ngân sách trên địa bàn huyện ước đạt 1.900 tỷ đồng. Thu ngân sách toàn tỉnh Bắc Ninh đạt 40.000 tỷ đồng. Tỷ lệ hộ nghèo cả tỉnh còn 1,2%, của huyện còn 0,9%. Huyện Quế Võ tiếp tục phát triển.",
			"ty_le_ho_ngheo", map[float64]string{1.2: "Tỉnh Bắc Ninh", 0.9: "Huyện Quế Võ"}},
		{"the central city written as one word", "Quận 7 thu ngân sách đạt 105% dự toán\n\n20/12/2024\n\nNăm 2024, thu ngân sách trên địa bàn quận đạt 8.200 tỷ đồng, bằng 105% dự toán. Cùng ngày, Sở Tài chính TPHCM cho biết tổng thu ngân sách trên địa bàn TPHCM ước đạt 500.000 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{105: "Quận 7", 8200e9: "Quận 7", 500000e9: "Thành phố Hồ Chí Minh"}},
		{"a part's level word alone refers back to the part named", "Các phường trung tâm TPHCM vượt thu ngân sách\n\n08/01/2026\n\nLà địa bàn trung tâm, phường Sài Gòn phát triển ổn định. Năm 2025, phường đạt số thu ngân sách 4.100 tỷ đồng, bằng 118% dự toán.\n\nTại phường Tân Định, năm 2025 thu ngân sách đạt 320 tỷ đồng. UBND TPHCM ghi nhận; TPHCM sẽ hỗ trợ, TPHCM tiếp tục chỉ đạo. Năm 2026, 3 phường phấn đấu thu ngân sách 5.000 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{4100e9: "Phường Sài Gòn", 118: "Phường Sài Gòn", 320e9: "Phường Tân Định"}},
		// The text's own unit named again in a list of units, each with its own figure.
		{"the text's own province in the middle of a ranked list", "Nghệ An tăng trưởng khá\n\n10/07/2024\n\nSáu tháng đầu năm 2024, nhiều địa phương trong vùng tăng trưởng cao: Thanh Hóa tăng 11,2%, Nghệ An tăng 7,8%, Hà Tĩnh tăng 5,1%.",
			"tang_truong_kinh_te", map[float64]string{11.2: "Tỉnh Thanh Hóa", 7.8: "Tỉnh Nghệ An", 5.1: "Tỉnh Hà Tĩnh"}},
		{"the text's own province last in a list joined by và", "Quảng Nam: thu ngân sách năm 2023\n\n05/01/2024\n\nNăm 2023, thu ngân sách nhà nước của Quảng Ngãi đạt 29.100 tỷ đồng, Khánh Hòa đạt 17.800 tỷ đồng và Quảng Nam đạt 12.600 tỷ đồng.",
			"thu_ngan_sach", map[float64]string{29100e9: "Tỉnh Quảng Ngãi", 17800e9: "Tỉnh Khánh Hòa", 12600e9: "Tỉnh Quảng Nam"}},
		{"the text's own province named first keeps its figure", "Nghệ An tăng trưởng khá\n\n10/07/2024\n\nSáu tháng đầu năm 2024, tăng trưởng kinh tế của Nghệ An đạt 7,8%, Thanh Hóa đạt 11,2%.",
			"tang_truong_kinh_te", map[float64]string{11.2: "Tỉnh Thanh Hóa", 7.8: "Tỉnh Nghệ An"}},
		{"the text's own province after a compared one is no list item", "Nghệ An tăng trưởng khá\n\n10/07/2024\n\nSáu tháng đầu năm 2024, tốc độ tăng trưởng kinh tế đạt 7,8%, chỉ sau Thanh Hóa tăng 11,2%; Nghệ An xếp thứ hai khu vực.",
			"tang_truong_kinh_te", map[float64]string{11.2: "Tỉnh Thanh Hóa", 7.8: "Tỉnh Nghệ An"}},
		{"reporters' initials are no district", "Huyện Củ Chi đẩy mạnh thu ngân sách\n\nH.LONG - Q.TRUNG\n\n02/10/2024\n\nNăm 2024, tính đến hết tháng 9, thu ngân sách trên địa bàn huyện Củ Chi đạt 940 tỷ đồng. Ông Trần Văn H. cho biết huyện sẽ hoàn thành dự toán.",
			"thu_ngan_sach", map[float64]string{940e9: "Huyện Củ Chi"}},
		{"districts ranked against each other are parts of the province spoken of by its level word", "Tỷ lệ tham gia BHYT đạt 80,2%\n\n10/11/2019\n\nĐến cuối tháng 9/2019, toàn tỉnh có 620.000 người tham gia BHYT, chiếm tỷ lệ 80,2% dân số. Trong đó, huyện Phụng Hiệp có tỷ lệ tham gia BHYT đạt cao nhất 86,1%, thấp nhất là huyện Vị Thủy chỉ đạt 66,3%.",
			"ty_le_bhyt", map[float64]string{80.2: "Tỉnh", 86.1: "Huyện Phụng Hiệp", 66.3: "Huyện Vị Thủy"}},
		{"a list picked by a rate gives each item's own count and ratio", "Huyện Lục Yên kết nạp đảng viên\n\n10:15 05/03/2024\n\nTrong 2 tháng đầu năm, Đảng bộ huyện Lục Yên kết nạp 75 đảng viên mới, đạt 31,2% kế hoạch giao. Một số Đảng bộ đạt tỷ lệ kết nạp cao như: Đảng bộ xã Tân Lĩnh kết nạp 9 đảng viên, đạt 82%; Đảng bộ xã Minh Xuân kết nạp 12 đảng viên, đạt 120%.",
			"dang_vien_moi", map[float64]string{75: "Huyện Lục Yên", 31.2: "Huyện Lục Yên", 9: "Xã Tân Lĩnh", 82: "Xã Tân Lĩnh", 12: "Xã Minh Xuân", 120: "Xã Minh Xuân"}},
		{"names that differ by a position word or a capital letter are other places", "Huyện Thới Bình tăng tỷ lệ bao phủ BHYT\n\n30/10/2019\n\nĐến tháng 10/2019, tỷ lệ tham gia bảo hiểm y tế toàn huyện đạt 90,5%. Nhiều địa phương của huyện đạt tỷ lệ bảo hiểm y tế trên 93% như: xã Biển Bạch Đông đạt 93,89%, xã Tân Lộc đạt 94,26%, xã Biển Bạch đạt 96,11%, xã Tân Lộc Bắc đạt 97,05%, xã Trí Lực A đạt 95,2%, xã Trí Lực đạt 96,38%.",
			"ty_le_bhyt", map[float64]string{90.5: "Huyện Thới Bình", 93.89: "Xã Biển Bạch Đông", 94.26: "Xã Tân Lộc", 96.11: "Xã Biển Bạch", 97.05: "Xã Tân Lộc Bắc", 95.2: "Xã Trí Lực A", 96.38: "Xã Trí Lực"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[float64]string{}
			for _, f := range one(t, tc.text, tc.ind) {
				if u, ok := got[f.Value]; ok && u != f.Unit {
					f.Unit = u + " | " + f.Unit // one figure read for two units
				}
				got[f.Value] = f.Unit
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestMainUnit: the unit a whole text is about, on written articles.
func TestMainUnit(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a headline that starts with an official's title", "Chủ tịch UBND tỉnh làm việc với huyện Tuần Giáo\n\nNgày 12/7, Chủ tịch UBND tỉnh có buổi làm việc với Ban Thường vụ Huyện ủy Tuần Giáo. Lãnh đạo tỉnh ghi nhận nỗ lực của huyện. UBND tỉnh sẽ chỉ đạo các sở phối hợp. Tỉnh sẽ hỗ trợ.", "Huyện Tuần Giáo"},
		{"a headline that starts with a deputy minister", "Thứ trưởng Bộ Tài chính làm việc với huyện Mường Nhé\n\nNgày 12/7, đoàn công tác làm việc với UBND huyện Mường Nhé. UBND tỉnh, lãnh đạo tỉnh cùng dự. Tỉnh đề nghị hỗ trợ.", "Huyện Mường Nhé"},
		{"a province's bodies visiting a district", "Đẩy mạnh phát triển kinh tế vùng cao\n\nNgày 12/7, đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi làm việc với Ban Thường vụ Huyện ủy Tuần Giáo. Cùng dự có lãnh đạo các sở, ngành của tỉnh.\n\nPhát biểu kết luận, Chủ tịch UBND tỉnh đề nghị huyện tập trung chỉ đạo. Tỉnh sẽ hỗ trợ huyện về vốn. Lãnh đạo tỉnh ghi nhận nỗ lực của huyện. UBND tỉnh sẽ chỉ đạo các sở phối hợp.", "Huyện Tuần Giáo"},
		{"a section named after the parent district above the headline", "Quận 10\n\nPhường 12 tổng kết năm 2024\n\n18/12/2024\n\nNgày 17-12, HĐND Phường 12, Quận 10 tổ chức kỳ họp cuối năm. Theo báo cáo, phường thu ngân sách đạt 60 tỷ đồng; Quận 10 ghi nhận nỗ lực của phường. UBND Quận 10 đề nghị phường tiếp tục cải cách hành chính, Quận 10 sẽ hỗ trợ.", "Phường 12"},
		{"a province's section above a town's headline", "Quảng Ninh\n\nThị xã Đông Triều: Thu ngân sách vượt dự toán\n\n20/12/2024\n\nNăm 2024, thu ngân sách trên địa bàn thị xã đạt 1.800 tỷ đồng. Thị xã được tỉnh Quảng Ninh khen thưởng. Tỉnh Quảng Ninh ghi nhận.", "Thị xã Đông Triều"},
		{"a portal's banner names the province under the commune", "TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HỘI\nTỈNH LÂM ĐỒNG\nTrang chủ » Tin tức » Kinh tế\nXã Tân Hội tổng kết năm 2025\nĐăng ngày: 20/12/2025\nNăm 2025, thu ngân sách trên địa bàn xã đạt 40 tỷ đồng. Tỉnh Lâm Đồng ghi nhận nỗ lực của xã; UBND tỉnh Lâm Đồng khen thưởng, tỉnh Lâm Đồng sẽ hỗ trợ xã.", "Xã Tân Hội"},
		{"an office's address in the footer", "Công khai số liệu dự toán ngân sách năm 2024\n\n20/12/2024\n\nNăm 2024, thu ngân sách trên địa bàn huyện đạt 300 tỷ đồng, chi ngân sách đạt 450 tỷ đồng.\n\nLiên hệ\nĐịa chỉ: số 10 đường Lê Lợi, Phường 3\nTrụ sở: số 10 đường Lê Lợi, Phường 3", "Huyện"},
		{"a headline's place without its level word", "Cẩm Phả: Thu ngân sách năm 2024 vượt dự toán\n\n20/12/2024\n\nNgày 19/12, HĐND TP Cẩm Phả tổ chức kỳ họp cuối năm. Năm 2024, thu ngân sách trên địa bàn thành phố đạt 2.400 tỷ đồng, bằng 105% dự toán tỉnh Quảng Ninh giao; thành phố giải quyết việc làm cho 3.000 lao động. Tăng trưởng kinh tế của tỉnh Quảng Ninh ước đạt 10%. Tỷ lệ hộ nghèo theo chuẩn của tỉnh còn 0%, toàn tỉnh không còn hộ nghèo.", "Thành phố Cẩm Phả"},
		{"a headline's place is the unit named most", "Tiên Lữ: Kinh tế tăng trưởng khá\n\n20/12/2024\n\nNăm 2024, kinh tế huyện Tiên Lữ tăng trưởng 8%. Huyện Tiên Lữ thu ngân sách đạt 300 tỷ đồng; xã Tiên Lữ về đích nông thôn mới. Huyện Tiên Lữ tiếp tục thu hút đầu tư.", "Huyện Tiên Lữ"},
		{"a commune's text that never names it", "Kỳ họp thứ 5 HĐND xã khóa XXII\n\n20/12/2024\n\nNgày 19/12, HĐND xã tổ chức kỳ họp thứ 5. Năm 2024, thu ngân sách trên địa bàn xã đạt 25 tỷ đồng, bằng 120% dự toán huyện giao. Tỷ lệ hộ nghèo của xã còn 2,1%. UBND xã đề ra mục tiêu năm 2025.", "Xã"},
		{"a district's text that names its communes' bodies", "Hội nghị tổng kết năm 2024\n\n20/12/2024\n\nNgày 19/12, UBND huyện tổ chức hội nghị. Năm 2024, thu ngân sách trên địa bàn huyện đạt 250 tỷ đồng. Chủ tịch UBND huyện đề nghị UBND xã, HĐND xã tăng cường giám sát; toàn huyện phấn đấu về đích.", "Huyện"},
		{"a section's name above the headline", "Thời sự\n\nPhường Ngọc Thụy thu ngân sách vượt dự toán\n\n20/12/2024\n\nNăm 2024, phường Ngọc Thụy thu ngân sách đạt 60 tỷ đồng. Quận Long Biên ghi nhận kết quả này; UBND quận Long Biên khen thưởng và quận Long Biên tiếp tục hỗ trợ phường.", "Phường Ngọc Thụy"},
		{"a letterhead whose body's name breaks onto the next line", "HĐND TỈNH GIA LAI\nHỘI ĐỒNG NHÂN DÂN HUYỆN\nCHƯ PƯH\nChư Pưh, ngày 18 tháng 12 năm 2023\nPHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2024\n(Kèm theo Nghị quyết của HĐND huyện)\n\nNăm 2023, thu ngân sách trên địa bàn huyện đạt 120 tỷ đồng. Tỉnh giao dự toán năm 2024. UBND tỉnh Gia Lai chỉ đạo, tỉnh Gia Lai hỗ trợ.", "Huyện Chư Pưh"},
		{"a headline's unit before a dash is no dateline", "Huyện Ba Chẽ - Điểm sáng giảm nghèo của tỉnh\n\n20/12/2024\n\nNăm 2024, tỷ lệ hộ nghèo của huyện còn 1,2%. Tỉnh Quảng Ninh ghi nhận; UBND tỉnh Quảng Ninh khen thưởng, tỉnh Quảng Ninh tiếp tục hỗ trợ.", "Huyện Ba Chẽ"},
		{"a heading in capitals with a year after a level word", "KẾT QUẢ THU NGÂN SÁCH CÁC XÃ, THỊ TRẤN NĂM 2024\n\nNăm 2024, thu ngân sách trên địa bàn huyện đạt 900 tỷ đồng; các xã, thị trấn đều hoàn thành dự toán.", "Huyện"},
		{"a ward's city after a hyphen is where it lies", "Phường Hải Châu - Đà Nẵng: Thu ngân sách vượt dự toán\n\n22/12/2025\n\nNăm 2025, thu ngân sách trên địa bàn phường đạt 900 tỷ đồng. Phường tiếp tục cải cách hành chính.", "Phường Hải Châu"},
		{"a letterhead's level word alone on its line", "ỦY BAN NHÂN DÂN\nHUYỆN\nYÊN DŨNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\nNăm 2023, thu ngân sách trên địa bàn ước đạt 400 tỷ đồng. Tỉnh Bắc Giang hỗ trợ. UBND tỉnh Bắc Giang chỉ đạo, tỉnh Bắc Giang ghi nhận.", "Huyện Yên Dũng"},
		{"a party committee's letterhead broken after its word", "ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY\nYÊN DŨNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nBÁO CÁO\nKết quả lãnh đạo năm 2023\nNăm 2023, Đảng bộ kết nạp 250 đảng viên. Tỉnh ủy Bắc Giang ghi nhận; tỉnh Bắc Giang biểu dương, tỉnh Bắc Giang hỗ trợ.", "Huyện Yên Dũng"},
		{"a province's article naming a district in passing", "Giảm nghèo bền vững\n\nNăm 2024, UBND tỉnh chỉ đạo quyết liệt công tác giảm nghèo. Toàn tỉnh giảm 3.200 hộ nghèo; tỷ lệ hộ nghèo của tỉnh còn 18%. Huyện Mường Nhé vẫn có tỷ lệ hộ nghèo cao. Tỉnh tiếp tục ưu tiên nguồn lực; UBND tỉnh giao các sở theo dõi.", "Tỉnh"},
		{"a person's name that is a city's is the person, bare", "Tổng kết năm 2022\n\n20/12/2022\n\nNăm 2022, thu ngân sách trên địa bàn tỉnh đạt 5.200 tỷ đồng. Tỉnh đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; UBND tỉnh khen thưởng các tập thể.", "Tỉnh"},
		{"an organisation named after a person is not the city", "Tuổi trẻ tổng kết công tác năm\n\n20/12/2021\n\nNăm 2021, Đoàn TNCS Hồ Chí Minh phát triển 300 đoàn viên, dâng hương tại Bảo tàng Hồ Chí Minh. Toàn huyện giải quyết việc làm cho 1.200 lao động.", "Huyện"},
		{"the city with its level word stays the city", "Kinh tế thành phố tăng trưởng khá\n\n20/12/2023\n\nNăm 2023, GRDP TP Hồ Chí Minh tăng 5,8%. Thu ngân sách trên địa bàn Thành phố Hồ Chí Minh đạt 480 nghìn tỷ đồng; thành phố tiếp tục học tập và làm theo tư tưởng Hồ Chí Minh.", "Thành phố Hồ Chí Minh"},
		{"the city listed bare among provinces stays a place", "Hồ Chí Minh, Hà Nội dẫn đầu thu ngân sách\n\n20/12/2023\n\nNăm 2023, Hồ Chí Minh, Hà Nội và Bình Dương dẫn đầu cả nước về thu ngân sách; Hồ Chí Minh thu 480 nghìn tỷ đồng.", "Thành phố Hồ Chí Minh"},
		{"a name typed with the eth letter and with Đ is one unit", "Thị xã Ðông Triều thu ngân sách vượt dự toán\n\n20/12/2024\n\nNăm 2024, thu ngân sách trên địa bàn thị xã Ðông Triều đạt 1.800 tỷ đồng. Tỉnh Quảng Ninh ghi nhận nỗ lực của thị xã Đông Triều; UBND tỉnh Quảng Ninh khen thưởng.", "Thị xã Đông Triều"},
		{"a city's text that never names its city, the province giving its plan", "Kết quả năm 2024\n\n20/12/2024\n\nNăm 2024, kinh tế thành phố tăng trưởng 9%; thu ngân sách trên địa bàn thành phố đạt 3.200 tỷ đồng, bằng 110% dự toán tỉnh giao. HĐND tỉnh ghi nhận, thành phố tiếp tục cải cách hành chính.", "Thành phố"},
		{"a city's text naming its province's party committee", "Tổng kết công tác năm\n\n20/12/2023\n\nTrong năm, thành phố giải quyết việc làm cho 4.500 lao động, đạt 101% kế hoạch tỉnh giao; Ban Thường vụ Tỉnh ủy biểu dương thành phố. Nghị quyết của Ban Chấp hành Đảng bộ tỉnh được thành phố triển khai.", "Thành phố"},
		{"a term of office in capitals after a bare level word is no name", "SƠ KẾT GIỮA NHIỆM KỲ ĐẠI HỘI ĐẢNG BỘ PHƯỜNG NHIỆM KỲ 2020 - 2025\n\n12/06/2023\n\nSau nửa nhiệm kỳ, thu ngân sách trên địa bàn phường đạt 40 tỷ đồng; Đảng bộ phường kết nạp 25 đảng viên. UBND phường tiếp tục cải cách hành chính.", "Phường"},
		{"a congress written in title case after a bare level word is no name", "Đảng bộ thị trấn Đại hội lần thứ XV thành công tốt đẹp\n\n20/07/2020\n\nNhiệm kỳ qua, thị trấn hoàn thành 14/16 chỉ tiêu; thu ngân sách trên địa bàn thị trấn đạt 12 tỷ đồng.", "Thị trấn"},
		{"a report's results heading run on after a bare level word is no name", "Hội nghị Ban Chấp hành Đảng bộ huyện Kết quả thực hiện nhiệm vụ năm 2023\n\n25/12/2023\n\nNăm 2023, thu ngân sách trên địa bàn huyện đạt 310 tỷ đồng; huyện giải quyết việc làm cho 2.100 lao động.", "Huyện"},
		{"a name that starts with a term's first word stays a name", "ĐẠI HỘI ĐẢNG BỘ XÃ ĐẠI HƯNG NHIỆM KỲ 2025 - 2030\n\n20/07/2025\n\nNhiệm kỳ qua, xã Đại Hưng hoàn thành 15/17 chỉ tiêu; xã Đại Hưng thu ngân sách đạt 9 tỷ đồng.", "Xã Đại Hưng"},
		{"a town named like an economy stays a name", "Đảng bộ thị xã Kinh Môn tổng kết năm 2024\n\n20/12/2024\n\nNăm 2024, thị xã Kinh Môn thu ngân sách đạt 700 tỷ đồng. Thị xã Kinh Môn tiếp tục phát triển công nghiệp.", "Thị xã Kinh Môn"},
		// A district placed in its province by apposition, and a word
		// of what kind of place it is before its name.
		{"a mountain district's congress, its province in apposition", "Gia Lai: Đại hội điểm cấp huyện\n\nNgày 20/7, Đảng bộ huyện vùng cao Kông Chro, tỉnh Gia Lai đã khai mạc Đại hội đại biểu lần thứ XVIII. Dự có Phó Bí thư Tỉnh ủy Gia Lai; Chủ tịch HĐND tỉnh Gia Lai; Trưởng ban Tổ chức Tỉnh ủy Gia Lai; Trưởng ban Dân vận Tỉnh ủy Gia Lai.\n\nNhiệm kỳ qua, giá trị sản xuất của Kông Chro tăng bình quân 8%.", "Huyện Kông Chro"},
		{"an island district's session, its province in apposition", "Quảng Ninh: Kỳ họp cuối năm\n\nSáng 18/12, HĐND huyện đảo Cô Tô, tỉnh Quảng Ninh tổ chức kỳ họp thứ 12. Dự có Phó Chủ tịch UBND tỉnh Quảng Ninh, Ủy viên Ban Thường vụ Tỉnh ủy Quảng Ninh, đại diện Sở Tài chính tỉnh Quảng Ninh.\n\nNăm 2023, thu ngân sách trên địa bàn đạt 120 tỷ đồng.", "Huyện Cô Tô"},
		{"mountain districts of a province are the province's", "Thanh Hóa: Giảm nghèo ở vùng cao\n\nNăm 2023, tỉnh Thanh Hóa tập trung hỗ trợ các huyện miền núi Thanh Hóa. UBND tỉnh Thanh Hóa chỉ đạo; tỷ lệ hộ nghèo của tỉnh còn 2,5%.", "Tỉnh Thanh Hóa"},
		{"a district's text that names its city only as the plan's giver", "Kết quả năm 2024\n\n20/12/2024\n\nNăm 2024, thu ngân sách trên địa bàn huyện đạt 900 tỷ đồng, bằng 120% dự toán thành phố giao. Huyện tiếp tục thực hiện các chỉ đạo của thành phố; UBND huyện đề nghị các xã phối hợp.", "Huyện"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pg := splitPage(tc.text)
			x := New(nil, Options{}).newDocReader("t", tc.text, pg.articles[0], pg)
			if x.unit != tc.want {
				t.Errorf("unit %q, want %q", x.unit, tc.want)
			}
		})
	}
}

// TestJoinWords checks that joinWords gives strings.Join's answer, from
// the text or not.
func TestJoinWords(t *testing.T) {
	tests := []struct {
		text  string
		words []string
	}{
		{"Hoàng Mai đạt", []string{"Hoàng", "Mai"}},
		{"Hoàng  Mai đạt", []string{"Hoàng", "Mai"}},  // two spaces
		{"HOÀNG MAI", []string{"Hoàng", "Mai"}},       // title-cased from capitals
		{"Hoàng Mai", []string{"Hoàng", "Mai", "Lê"}}, // more words than the text
		{"Cư M'gar", []string{"Cư", "M'gar"}},
		{"Ba", []string{"Ba"}},
		{"", nil},
	}
	for _, tc := range tests {
		if got, want := joinWords(tc.text, tc.words), strings.Join(tc.words, " "); got != want {
			t.Errorf("joinWords(%q, %q) = %q, want %q", tc.text, tc.words, got, want)
		}
	}
}

// TestEpithetFirstWords checks that epithetEnd reads every epithet of
// unitEpithets before a name: its switch on the first word must list
// each.
func TestEpithetFirstWords(t *testing.T) {
	for _, ep := range unitEpithets {
		text := "huyện " + strings.Join(ep, " ") + " Ba Tơ"
		toks := tokenize(lowerSameLen(text), nil)
		if e := epithetEnd(text, toks, 1); e != 1+len(ep) {
			t.Errorf("epithetEnd(%q, 1) = %d, want %d", text, e, 1+len(ep))
		}
	}
}
