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
