package vnnum

// API CONTRACT (stub written by the lead; the vnnum owner replaces the bodies
// and may add to, but not change, these signatures).

// Form says how a figure was written.
type Form int

const (
	Plain    Form = iota // 5.816, 4.435,98, 1.651 tỷ 346 triệu, một nghìn
	Range                // 15-16%, 15 - 16 %, từ 12,4% đến 13,2%
	Fraction             // 18/18, 13/14
)

// Amount is one figure found in text.
type Amount struct {
	Value  float64 // scaled: money in đồng, percent as written, counts as is
	Max    float64 // upper end of a Range
	Of     float64 // denominator of a Fraction ("18/18" -> Value 18, Of 18)
	Form   Form
	UOM    string // "VND" (any money word: tỷ/tỉ/triệu/nghìn/ngàn/đồng), "%", or "" when no unit follows
	Noun   string // for non-money, non-% figures: the lower-case NFC unit noun that follows ("người", "lao động", "hộ", "chỉ tiêu", "tấn", "ha"), else ""
	Qualifier string // "approx" (khoảng, gần, xấp xỉ), "over" (hơn, trên, trở lên, ngoài), "under" (dưới, không quá), or ""
	Start, End int    // byte offsets in the scanned text of the whole expression, qualifier and unit included
	NumStart   int    // byte offset of the first digit or number word
}

// Scan finds every figure in text, left to right. Dates (31-10-2024,
// 16/12/2022, 28/12/1996) are not figures and are skipped.
func Scan(text string) []Amount { panic("vnnum.Scan: not implemented yet") }

// Parse reads s as exactly one figure expression ("hơn 1.651 tỷ 346 triệu đồng").
func Parse(s string) (Amount, error) { panic("vnnum.Parse: not implemented yet") }

// ParseDecimal reads a bare Vietnamese-written number: "4.435,98" -> 4435.98,
// "1.651" -> 1651, "10,74" -> 10.74.
func ParseDecimal(s string) (float64, error) { panic("not implemented yet") }

// Format writes v with Vietnamese separators and the given number of
// decimals: Format(4435.98, 2) == "4.435,98".
func Format(v float64, decimals int) string { panic("not implemented yet") }
