package extract

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/document"
	"github.com/chitieu/chitieu/internal/testcorpus"
)

// synthCorpus builds n articles deterministically from seed-like sentences
// with varied units, years and numbers (about 3 KB each): a headline, a
// dateline, and paragraphs of one figure sentence between prose sentences.
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
	}
	// Prose as the seed articles have it between their figures (they carry
	// about one figure per 600 bytes).
	prose := []string{
		"Công tác quản lý đô thị được chú trọng; công tác quản lý đất đai, trật tự xây dựng chuyển biến tích cực; sự nghiệp văn hóa, giáo dục và y tế tiếp tục phát triển, an sinh xã hội được bảo đảm, cải cách hành chính được đẩy mạnh.",
		"Chủ tịch UBND %s đề nghị các phòng, ban, ngành và UBND các phường tập trung xây dựng và triển khai kế hoạch tổ chức các hoạt động phục vụ Tết Nguyên đán, bảo đảm an ninh chính trị, trật tự an toàn xã hội.",
		"Bên cạnh thực hiện đồng bộ, toàn diện các nhiệm vụ phát triển kinh tế - xã hội, các đơn vị cần chọn ra các nhiệm vụ trọng tâm, trọng điểm, nhiệm vụ còn tồn tại, hạn chế trong năm %d đã được chỉ ra để tập trung lãnh đạo, chỉ đạo.",
		"Quận đã tổ chức ra quân tổng kiểm tra, xử lý kiên quyết, triệt để các vi phạm về trật tự an toàn giao thông, trật tự đô thị, trật tự công cộng trên địa bàn theo chỉ đạo của thành phố.",
		"Trong công tác Đảng, %s tiếp tục đổi mới phương thức lãnh đạo, bảo đảm khoa học, hiệu quả, thiết thực; tăng cường đối thoại, lắng nghe, tiếp thu ý kiến góp ý của tổ chức, đảng viên và nhân dân.",
	}
	docs := make([]document.Document, n)
	for i := range docs {
		u := units[rng.Intn(len(units))]
		y := 2015 + rng.Intn(10)
		var b strings.Builder
		fmt.Fprintf(&b, "%s phấn đấu hoàn thành các chỉ tiêu năm %d\n\n%02d/12/%d - 10:%02d\n\n", strings.ToUpper(u[:1])+u[1:], y+1, rng.Intn(28)+1, y, rng.Intn(60))
		for b.Len() < 3000 {
			b.WriteString(templates[rng.Intn(len(templates))](u, y))
			b.WriteByte(' ')
			for k := 0; k < 2; k++ {
				p := prose[rng.Intn(len(prose))]
				switch {
				case strings.Contains(p, "%s"):
					p = fmt.Sprintf(p, u)
				case strings.Contains(p, "%d"):
					p = fmt.Sprintf(p, y)
				}
				b.WriteString(p)
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
	ex := New(catalog.Default(), Options{})
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			fs, _ := ex.Extract(d)
			n += len(fs)
		}
	}
	if n == 0 {
		b.Fatal("no facts from the synthetic corpus")
	}
}

// longDoc is one document of about size bytes: the synthetic articles'
// paragraphs one after another, as a long report or a pasted collection
// would be. oneLine joins them into a single line.
func longDoc(size int, oneLine bool) document.Document {
	var b strings.Builder
	for _, d := range synthCorpus(size/3000 + 1) {
		if b.Len() >= size {
			break
		}
		t := d.Text
		if oneLine {
			t = strings.ReplaceAll(t, "\n", " ")
		}
		b.WriteString(t)
		b.WriteByte('\n')
	}
	return document.Document{Name: "long.txt", Text: b.String()}
}

// BenchmarkExtractLong shows that the time per byte stays flat as one
// document grows (1, 4 and 16 MB; paragraphs and a single line):
// go test ./internal/extract -run NONE -bench ExtractLong -benchtime 1x.
func BenchmarkExtractLong(b *testing.B) {
	ex := New(catalog.Default(), Options{})
	for _, mb := range []int{1, 4, 16} {
		for _, oneLine := range []bool{false, true} {
			d := longDoc(mb<<20, oneLine)
			name := fmt.Sprintf("%dMB/paragraphs", mb)
			if oneLine {
				name = fmt.Sprintf("%dMB/one-line", mb)
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(d.Text)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if fs, _ := ex.Extract(d); len(fs) == 0 {
						b.Fatal("no facts")
					}
				}
			})
		}
	}
}

// BenchmarkArticles reads and extracts the dev corpus's real articles as
// `chitieu extract` does (document.Parse, then Extract), from memory, so
// that the profile shows the work per article without the file system:
// go test ./internal/extract -run NONE -bench Articles -cpu 1 -benchmem.
// scripts/bench-extract measures the same end to end.
func BenchmarkArticles(b *testing.B) {
	paths, data, size := testcorpus.DevArticles(b)
	ex := New(catalog.Default(), Options{})
	b.SetBytes(size)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i, d := range data {
			doc, err := document.Parse(paths[i], d)
			if err != nil {
				b.Fatal(err)
			}
			fs, _ := ex.Extract(doc)
			n += len(fs)
		}
	}
	if n == 0 {
		b.Fatal("no facts from the dev corpus")
	}
}
