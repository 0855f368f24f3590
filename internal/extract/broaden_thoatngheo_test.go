package extract

import "testing"

// TestBroadenLiftedGroupedCount: the word a count of households lifted
// from poverty needs ("thoát") may come a few words after the count's
// noun however the count's digits are grouped: "7.640 hộ vươn lên thoát
// nghèo" is read as "640 hộ vươn lên thoát nghèo" is.
func TestBroadenLiftedGroupedCount(t *testing.T) {
	runPhraseCases(t, []phraseCase{
		{"vuon-len", "Tính đến cuối năm 2023, toàn huyện có 7.640 hộ vươn lên thoát nghèo; đưa tổng số hộ nghèo xuống còn 34.848 hộ.", []string{"ho_thoat_ngheo actual 7640 2023"}},
		{"da-vuon-len", "Năm 2023, huyện có 1.250 hộ đã vươn lên thoát nghèo.", []string{"ho_thoat_ngheo actual 1250 2023"}},
		{"dan-vuon-len", "Trong năm 2023, huyện có 2.130 hộ dân vươn lên thoát nghèo.", []string{"ho_thoat_ngheo actual 2130 2023"}},
		{"poor-stock", "Năm 2023, toàn huyện còn 1.250 hộ nghèo, chiếm 3,1%.", []string{"ty_le_ho_ngheo actual 3.1 2023"}},
		{"far-after", "Năm 2023, huyện có 1.250 hộ nghèo được vay vốn ưu đãi để làm ăn, phấn đấu thoát nghèo.", nil},
	})
}
