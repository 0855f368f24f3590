package extract

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
)

// synthCorpus builds n articles deterministically from seed-like sentences
// with varied units, years and numbers (about 3 KB each).
func synthCorpus(n int) []document.Document {
	rng := rand.New(rand.NewSource(1))
	units := []string{"quận Hoàng Mai", "huyện Gia Lâm", "thị xã Quảng Yên", "quận Ba Đình", "huyện Đông Anh", "TP Móng Cái", "huyện Thủy Nguyên"}
	num := func(max int) string {
		v := rng.Intn(max) + 1
		s := fmt.Sprint(v)
		if v >= 1000 {
			s = fmt.Sprintf("%d.%03d", v/1000, v%1000)
		}
		return s
	}
	dec := func() string { return fmt.Sprintf("%d,%d", rng.Intn(150)+1, rng.Intn(100)) }
	templates := []func(u string, y int) string{
		func(u string, y int) string {
			return fmt.Sprintf("Năm %d, %s đã hoàn thành %s/%s chỉ tiêu được giao; kinh tế ước thực hiện tăng %s%%, vượt kế hoạch đề ra.", y, u, "18", "18", dec())
		},
		func(u string, y int) string {
			return fmt.Sprintf("Thu ngân sách nhà nước ước đạt %s tỷ đồng, đạt %s%% dự toán giao, tăng %s%% so với cùng kỳ.", num(20000), dec(), dec())
		},
		func(u string, y int) string {
			return fmt.Sprintf("Tổng chi ngân sách ước thực hiện %s tỷ đồng, bằng %s%% dự toán.", num(5000), dec())
		},
		func(u string, y int) string {
			return fmt.Sprintf("Năm %d, %s phấn đấu thu ngân sách %s tỷ đồng; giải quyết việc làm cho khoảng %s lao động; tỷ lệ hộ nghèo giảm còn %s%%.", y+1, u, num(3000), num(9000), dec())
		},
		func(u string, y int) string {
			return fmt.Sprintf("Tổng giá trị sản xuất ước đạt %s tỷ đồng, tăng %s%% so với năm %d. Trong đó, ngành công nghiệp đạt %s tỷ đồng.", num(90000), dec(), y-1, num(9000))
		},
		func(u string, y int) string {
			return fmt.Sprintf("Đến ngày 31-10-%d, giải ngân đạt hơn %s tỷ đồng, đạt %s%% kế hoạch; đã có %s hộ thoát nghèo, %s quần chúng ưu tú được kết nạp vào Đảng.", y, num(900), dec(), num(200), num(300))
		},
		func(u string, y int) string {
			return "Công tác quản lý đô thị được chú trọng; công tác quản lý đất đai, trật tự xây dựng chuyển biến tích cực; sự nghiệp văn hóa, giáo dục và y tế tiếp tục phát triển, an sinh xã hội được bảo đảm, cải cách hành chính được đẩy mạnh."
		},
	}
	docs := make([]document.Document, n)
	for i := range docs {
		u := units[rng.Intn(len(units))]
		y := 2015 + rng.Intn(10)
		var b strings.Builder
		fmt.Fprintf(&b, "%s phấn đấu hoàn thành các chỉ tiêu năm %d\n\n%02d/12/%d - 10:%02d\n\n", strings.ToUpper(u[:1])+u[1:], y+1, rng.Intn(28)+1, y, rng.Intn(60))
		for b.Len() < 3000 {
			for k := 0; k < 4; k++ {
				b.WriteString(templates[rng.Intn(len(templates))](u, y))
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
		docs[i] = document.Document{Name: fmt.Sprintf("synth_%05d.txt", i), Text: b.String()}
	}
	return docs
}

// BenchmarkExtract reports throughput over a synthetic corpus of 10,000
// articles (about 30 MB): go test -bench Extract -cpu 1 -benchtime 1x.
func BenchmarkExtract(b *testing.B) {
	docs := synthCorpus(10000)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	cat := catalog.Default()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			n += len(Extract(d, cat, Options{}))
		}
	}
	if n == 0 {
		b.Fatal("no facts from the synthetic corpus")
	}
}
