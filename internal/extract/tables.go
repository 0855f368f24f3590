package extract

// The word tables of the extractor. Indicator cues live in the catalog;
// these are the words around a figure that say what kind of figure it is,
// and the subjects that are no catalog indicator.

// Values of kindWords.
const (
	cuePlan   = 1 // the figure is a target
	cueActual = 2 // the figure is a result
	cueExpect = 3 // dự kiến: a target for a coming year, an estimate otherwise
)

// kindWords are the words whose nearest occurrence before a figure, in its
// sentence, decides between plan and actual. Longer phrases win at the same
// place: "chỉ tiêu đạt" (targets reached) is about results.
var kindWords = map[string]int{
	"phấn đấu": cuePlan, "mục tiêu": cuePlan, "đặt chỉ tiêu": cuePlan, "giao chỉ tiêu": cuePlan, "đề ra": cuePlan, "đặt ra": cuePlan,
	"kế hoạch": cuePlan, "dự toán": cuePlan, "định hướng": cuePlan,
	"dự thảo": cuePlan, "nhiệm vụ năm": cuePlan, "kh": cuePlan, "dt": cuePlan, "giao cho": cuePlan,
	// A result verb governed by a target verb is still a target.
	"phấn đấu hoàn thành": cuePlan, "phấn đấu đạt": cuePlan, "phấn đấu thực hiện": cuePlan,
	"quyết tâm hoàn thành": cuePlan, "phấn đấu hoàn thành vượt": cuePlan, "mục tiêu hoàn thành": cuePlan,

	"dự kiến": cueExpect, "dự tính": cueExpect,

	"ước": cueActual, "ước đạt": cueActual, "ước thực hiện": cueActual, "ước tính": cueActual,
	"dự ước": cueActual, "thực hiện": cueActual, "đã": cueActual, "đạt được": cueActual,
	"hoàn thành": cueActual, "hoàn thành mục tiêu": cueActual, "hoàn thành kế hoạch": cueActual,
	"hoàn thành chỉ tiêu": cueActual, "hoàn thành dự toán": cueActual,
	"vượt kế hoạch": cueActual, "vượt mức": cueActual, "vượt chỉ tiêu": cueActual,
	"chỉ tiêu đạt": cueActual, "chỉ tiêu đã": cueActual, "chỉ tiêu hoàn thành": cueActual,
	"kết quả": cueActual,
	// Phrases that contain a cue word but are none.
	"triển khai thực hiện kế hoạch": cuePlan, "thực hiện kế hoạch": cuePlan,
	"giao ước": 0, "thực hiện chi": cueActual,
	"mục tiêu quốc gia": 0, "chương trình mục tiêu": 0, "kế hoạch hóa": 0,
}

// estimateWords mark a figure as an estimate or projection (value 1);
// value 0 entries are look-alikes that are not. Value 2 are target verbs:
// they make a share of the plan a projection ("phấn đấu hoàn thành 100%
// dự toán" said at year end is the expected outcome); targets, and target
// growth rates, stay plain targets.
var estimateWords = map[string]int{
	"phấn đấu": 2, "quyết tâm": 2,
	"ước": 1, "ước đạt": 1, "ước thực hiện": 1, "ước tính": 1, "dự ước": 1, "dự kiến": 1, "dự tính": 1,
	"giao ước": 0, "hiệp ước": 0, "công ước": 0, "mong ước": 0, "ước mơ": 0, "ước nguyện": 0,
}

// Values of verbWords: the verb right before a figure.
const (
	vIncrease = iota + 1
	vDecrease
	vReach   // đạt, bằng, tương đương: a level or a ratio
	vExceed  // vượt, cao hơn: a difference, never a fact
	vLevel   // còn, chiếm, là: the figure is the level itself
	vGrowth  // tăng trưởng: a growth rate's value
	vAchieve // hoàn thành
)

var verbWords = map[string]int{
	"tăng": vIncrease, "giảm": vDecrease, "hạ": vDecrease,
	"đạt": vReach, "bằng": vReach, "tương đương": vReach, "được": vReach, "ước đạt": vReach, "đạt được": vReach,
	"vượt": vExceed, "cao hơn": vExceed, "thấp hơn": vExceed, "nhiều hơn": vExceed, "ít hơn": vExceed,
	"còn": vLevel, "chiếm": vLevel, "là": vLevel, "xuống còn": vLevel, "giảm còn": vLevel, "xuống": vLevel,
	"tăng trưởng": vGrowth, "hoàn thành": vAchieve,
}

// planNouns after a percentage make it a share of the plan ("đạt 105% dự
// toán", "đạt 43,6% KH").
var planNouns = []string{"dự toán", "kế hoạch", "chỉ tiêu", "kh", "dt", "mục tiêu", "nghị quyết", "nq", "dtgiao", "khgiao"}

// prevNouns without "so với" make a percentage a comparison with the same
// period before ("tăng 24,4% CK").
var prevNouns = []string{"ck", "cùng kỳ", "năm trước", "năm ngoái"}

// carryVerbs start a clause that goes on speaking of the previous clause's
// subject ("…, đạt 77,14% dự toán thành phố giao; đạt 68,68% …").
var carryVerbs = []string{"đạt", "bằng", "tăng", "giảm", "tương đương", "ước đạt", "vượt"}

// otherSubjects are subjects that are no catalog indicator: a figure after
// them, in the same clause, is not the earlier cue's figure.
var otherSubjects = []string{
	"trong đó", "diện tích", "sản lượng", "doanh nghiệp", "hợp tác xã", "bình quân đầu người",
	"thu nhập bình quân", "thu nhập", "thu nội địa", "thu từ", "thu phí", "hải quan", "xuất khẩu",
	"nhập khẩu", "sản phẩm", "giấy chứng nhận", "giấy phép", "xếp thứ", "xếp hạng", "trường hợp",
	"số tiền", "vốn đăng ký", "nhu cầu vốn", "khu vực", "cơ cấu kinh tế", "tổng sản phẩm bình quân",
	"học viên", "chi bộ", "lớp", "công trình", "khách du lịch", "lượt khách", "dư nợ",
	"đạt chuẩn", "hộ kinh doanh", "tổng nguồn thu", "doanh thu vận tải",
}

// countNouns are the nouns that may follow a count of each unit of measure.
var countNouns = map[string][]string{
	"người":    {"người", "lao động", "đảng viên", "quần chúng", "công nhân", "lượt lao động"},
	"hộ":       {"hộ"},
	"chỉ tiêu": {"chỉ tiêu"},
}

// comparisonBefore are words that, shortly before a year or a period, make
// it the base of a comparison ("so với cùng kỳ năm 2023"), not the figure's
// own time.
var comparisonBefore = map[string]bool{"so": true, "kỳ": true, "trước": true}

// rangeBefore are words before a year that make it part of a multi-year
// span ("nhiệm kỳ 2020-2025", "giai đoạn 2021-2025").
var rangeBefore = map[string]bool{"kỳ": true, "đoạn": true, "học": true, "hạn": true}

// clutterLines are lines after which a web page has left the article
// (comments, related links, the repeated headline).
var clutterLines = map[string]bool{
	"bình luận": true, "(0) bình luận": true, "tin khác": true, "tin liên quan": true,
	"đừng bỏ lỡ": true, "nổi bật": true, "từ khóa:": true, "bài viết liên quan": true,
	"xem thêm": true, "tin cùng chuyên mục": true, "tin mới": true, "tin đọc nhiều": true,
	"bình luận của bạn về bài viết...": true, "các tin khác": true, "tin tiêu điểm": true,
	"tin nóng": true,
}

// The quarters as written in Roman numerals.
var quarters = map[string]int{"i": 3, "ii": 6, "iii": 9, "iv": 12, "1": 3, "2": 6, "3": 9, "4": 12}

func newTableMatcher(m map[string]int) *matcher {
	mt := newMatcher()
	for p, v := range m {
		mt.add(p, v)
	}
	return mt
}

func newListMatcher(l []string, v int) *matcher {
	mt := newMatcher()
	for _, p := range l {
		mt.add(p, v)
	}
	return mt
}

var (
	kindM    = newTableMatcher(kindWords)
	estM     = newTableMatcher(estimateWords)
	verbM    = newTableMatcher(verbWords)
	planM    = newListMatcher(planNouns, 1)
	prevM    = newListMatcher(prevNouns, 1)
	carryM   = newListMatcher(carryVerbs, 1)
	nounM    = countNounMatcher()
	otherSet = otherSubjects
)

func countNounMatcher() map[string]*matcher {
	out := map[string]*matcher{}
	for uom, l := range countNouns {
		out[uom] = newListMatcher(l, 1)
	}
	return out
}
