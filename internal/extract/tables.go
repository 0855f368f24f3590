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
	"kế hoạch": cuePlan, "dự toán": cuePlan, "định hướng": cuePlan, "nq": cuePlan,
	// A growth scenario is the plan the growth is steered by.
	"kịch bản tăng trưởng": cuePlan,
	// Report abbreviations: TH (thực hiện), ƯTH (ước thực hiện).
	"th": cueActual, "ưth": cueActual, "ước th": cueActual,
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
	"kết quả": cueActual, "năm qua": cueActual, "trong năm qua": cueActual,
	// Carrying out the targets: of a year to come, they are targets.
	"thực hiện các chỉ tiêu": cueExpect, "thực hiện chỉ tiêu": cueExpect, "thực hiện các mục tiêu": cueExpect,
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
	"ước": 1, "ưth": 1, "ước đạt": 1, "ước thực hiện": 1, "ước tính": 1, "dự ước": 1, "dự kiến": 1, "dự tính": 1,
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
	// "giảm được 4,44% hộ nghèo", "tỷ lệ hộ nghèo giảm đạt trên 4,2%":
	// the fall itself, not a level reached.
	"giảm được": vDecrease, "giảm đạt": vDecrease,
	"đạt": vReach, "bằng": vReach, "tương đương": vReach, "được": vReach, "ước đạt": vReach, "đạt được": vReach,
	// facts.md's result verbs in an office's words: "ước thực hiện 1.200
	// tỷ đồng" as "ước đạt 1.200 tỷ đồng".
	"thực hiện": vReach, "ước thực hiện": vReach,
	"vượt": vExceed, "cao hơn": vExceed, "thấp hơn": vExceed, "nhiều hơn": vExceed, "ít hơn": vExceed,
	"còn": vLevel, "chiếm": vLevel, "là": vLevel, "xuống còn": vLevel, "giảm còn": vLevel, "xuống": vLevel,
	"tăng trưởng": vGrowth, "hoàn thành": vAchieve,
	// "vượt mốc 500.000 tỷ đồng": past a mark is the level reached, not a
	// difference.
	"vượt mốc": vReach, "vượt ngưỡng": vReach, "cán mốc": vReach,
}

// planNouns after a percentage make it a share of the plan ("đạt 105% dự
// toán", "đạt 43,6% KH").
var planNouns = []string{"dự toán", "kế hoạch", "chỉ tiêu", "kh", "dt", "mục tiêu", "nghị quyết", "nq", "dtgiao", "khgiao"}

// slashWords after "figure/" make the slash report notation ("ước đạt 1.486
// tỷ đồng/KH 1.300 tỷ đồng", "tăng 14,2%/CK"), not a per-unit rate.
var slashWords = []string{"kh", "kế hoạch", "dự toán", "dt", "ck", "cùng kỳ", "nq", "nghị quyết", "chỉ tiêu", "mục tiêu", "năm", "th", "ưth", "ước"}

// prevNouns without "so với" make a percentage a comparison with the same
// period before ("tăng 24,4% CK").
var prevNouns = []string{"ck", "cùng kỳ", "năm trước", "năm ngoái"}

// targetLeads before a result verb make it a target: "phấn đấu đạt các
// chỉ tiêu đề ra" is still a plan.
var targetLeads = []string{"phấn đấu", "quyết tâm", "phải", "cần", "nhằm", "để", "mục tiêu", "bảo đảm", "đảm bảo"}

// carryVerbs start a clause that goes on speaking of the previous clause's
// subject ("…, đạt 77,14% dự toán thành phố giao; đạt 68,68% …"): the
// result verbs however an office words them ("ước đạt", "ước thực hiện",
// "ước tính đạt", "thực hiện").
var carryVerbs = []string{"đạt", "bằng", "tăng", "giảm", "tương đương", "ước đạt", "vượt", "giảm còn", "còn", "xuống còn", "là",
	"thực hiện", "ước thực hiện", "ước tính đạt", "ước tính"}

// otherSubjects are subjects that are no catalog indicator: a figure after
// them, in the same clause, is not the earlier cue's figure.
var otherSubjects = []string{
	"trong đó", "diện tích", "sản lượng", "doanh nghiệp", "hợp tác xã", "bình quân đầu người",
	"thu nhập bình quân", "thu nhập", "thu nội địa", "thu từ", "thu phí", "hải quan", "xuất khẩu",
	"nhập khẩu", "sản phẩm", "giấy chứng nhận", "giấy phép", "xếp thứ", "xếp hạng", "trường hợp",
	"số tiền", "vốn đăng ký", "nhu cầu vốn", "khu vực", "cơ cấu kinh tế", "tổng sản phẩm bình quân",
	"học viên", "chi bộ", "lớp", "công trình", "khách du lịch", "lượt khách", "dư nợ",
	"tỷ lệ", "tỉ lệ", "lao động qua đào tạo",
	"đạt chuẩn", "hộ kinh doanh", "tổng nguồn thu", "doanh thu vận tải", "từ kinh tế", "trong số",
	"nâng tổng số", // "kết nạp 120 đảng viên, nâng tổng số đảng viên lên 4.300": the new total, not the new ones
	"đưa tổng số",  // "… đạt tỉ lệ 102,70% đưa tổng số đảng viên toàn xã lên 313 đồng chí": the same
	"chỉ số",       // an index (chỉ số sản xuất công nghiệp, giá tiêu dùng, năng lực cạnh tranh)
	// Another rate or insurance named as the next item's subject: "giảm
	// tỷ suất sinh thô 0,3‰", "BHYT đạt 93%, BHXH đạt 38%".
	"tỷ suất", "tỉ suất", "bảo hiểm xã hội", "bhxh", "bảo hiểm thất nghiệp", "bhtn",
}

// partBefore, before an indicator's cue in its clause, make the figure a
// part of the total: one sector's, one funding source's, a party
// sub-committee's ("Đảng bộ Khối các cơ quan huyện kết nạp 45 đảng viên",
// "ngành nông nghiệp giải quyết việc làm cho 500 lao động").
var partBefore = []string{
	"ngành nông nghiệp", "ngành công nghiệp", "ngành xây dựng", "ngành dịch vụ", "ngành thương mại",
	"ngành du lịch", "ngành giáo dục", "ngành y tế", "lĩnh vực", "khu vực kinh tế", "khu vực nhà nước",
	"khu vực ngoài nhà nước", "doanh nghiệp", "hợp tác xã", "làng nghề", "cụm công nghiệp", "khu công nghiệp",
	"đảng bộ khối", "khối các cơ quan", "khối doanh nghiệp", "khối cơ quan", "đảng bộ cơ sở", "chi bộ",
	"đảng bộ quân sự", "đảng bộ công an", "đảng bộ bộ đội", "bộ đội biên phòng", "đảng bộ biên phòng",
	"đảng bộ cơ quan", "đảng bộ các cơ quan", "đảng bộ trường", "đảng bộ bệnh viện", "đảng bộ doanh nghiệp",
	"đảng bộ ngành", "chi bộ trường", "trong số",
	// An area of the unit: "Khu vực nông thôn có 85% dân số tham gia bảo
	// hiểm y tế", "vùng đồng bào dân tộc thiểu số …".
	"khu vực nông thôn", "khu vực thành thị", "vùng nông thôn", "vùng đô thị", "vùng đồng bào", "vùng cao", "vùng sâu",
}

// requiredWords: a figure of these indicators needs one of the words
// before it in its clause or right after its noun ("giảm 120 hộ nghèo",
// "120 hộ thoát nghèo"); "có 120 hộ nghèo" counts the poor, and "35 hộ
// nghèo mới" the newly poor.
var requiredWords = map[string][]string{
	"ho_thoat_ngheo": {"thoát", "giảm", "khỏi"},
}

// countNouns are the nouns that may follow a count of each unit of measure.
var countNouns = map[string][]string{
	"người":    {"người", "lao động", "lđ", "đảng viên", "đv", "đồng chí", "quần chúng", "công nhân", "lượt lao động"},
	"hộ":       {"hộ"},
	"chỉ tiêu": {"chỉ tiêu"},
}

// targetNouns also count the targets of a plan ("15/19 tiêu chí đạt và
// vượt kế hoạch", "12/12 nhóm chỉ tiêu", "18/18 CT" in a report's
// abbreviations), like the indicator's own unit.
var targetNouns = []string{"nhóm chỉ tiêu", "tiêu chí", "ct"}

// targetFields after a count of targets name one field of the plan ("8/8
// chỉ tiêu kinh tế"): a part, unless the field is the whole ("chỉ tiêu
// kinh tế - xã hội"). Criteria of new rural areas are no plan targets.
var targetFields = []string{"kinh tế", "xã hội", "văn hóa", "môi trường", "về", "thuộc", "lĩnh vực", "khối", "ở khối", "ở lĩnh vực", "trong lĩnh vực", "trên lĩnh vực", "trong khối", "quốc phòng", "an ninh", "xây dựng đảng", "đảng", "chính trị", "nông thôn mới", "ntm", "y tế", "giáo dục"}

// wholeFields are the field names of a whole plan.
var wholeFields = []string{"kinh tế - xã hội", "kinh tế xã hội", "kinh tế, xã hội", "ktxh", "kt-xh", "kt - xh", "phát triển kinh tế - xã hội"}

// comparisonBefore are words that, shortly before a year or a period, make
// it the base of a comparison ("so với cùng kỳ năm 2023"), not the figure's
// own time.
var comparisonBefore = map[string]bool{"so": true, "kỳ": true, "trước": true}

// rangeBefore are words before a year that make it part of a multi-year
// span ("nhiệm kỳ 2020-2025", "giai đoạn 2021-2025").
var rangeBefore = map[string]bool{"kỳ": true, "đoạn": true, "học": true, "hạn": true}

// notYearMentionBefore is comparisonBefore and rangeBefore together, as a
// wordSet: yearMention asks it of the words before every "năm <year>",
// where the two map look-ups hashed every word.
var notYearMentionBefore = func() *wordSet {
	var words []string
	for _, m := range []map[string]bool{comparisonBefore, rangeBefore} {
		for w := range m {
			words = append(words, w)
		}
	}
	return newWordSet(words...)
}()

// clutterLines are lines after which a web page has left the article
// (comments, related links, the repeated headline).
var clutterLines = map[string]bool{
	"bình luận": true, "(0) bình luận": true, "tin khác": true, "tin liên quan": true,
	"đừng bỏ lỡ": true, "nổi bật": true, "từ khóa:": true, "bài viết liên quan": true,
	"xem thêm": true, "tin cùng chuyên mục": true, "tin mới": true, "tin đọc nhiều": true,
	"bình luận của bạn về bài viết...": true, "các tin khác": true, "tin tiêu điểm": true,
	"tin nóng": true, "đọc thêm": true, "các tin đã đưa": true, "tin đã đưa": true, "tin bài liên quan": true,
	"bài viết khác": true, "tin tức khác": true, "cùng chuyên mục": true, "có thể bạn quan tâm": true,
	"tin mới nhất": true, "tin xem nhiều": true, "xem nhiều": true, "đọc nhiều": true, "tin nổi bật": true,
	"bài liên quan": true, "tin cùng loại": true, "bài cùng chuyên mục": true, "các bài viết khác": true,
	"tin bài khác": true, "các bài liên quan": true, "tin cùng chủ đề": true, "bài viết cùng chủ đề": true,
	"tin bài cùng chuyên mục": true, "tin tức liên quan": true, "các tin đã đăng": true, "tin mới hơn": true,
	"tin cũ hơn": true, "các bài viết liên quan": true, "bài đọc thêm": true, "tin khác cùng chuyên mục": true,
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
	kindM      = newTableMatcher(kindWords)
	estM       = newTableMatcher(estimateWords)
	verbM      = newTableMatcher(verbWords)
	planM      = newListMatcher(planNouns, 1)
	prevM      = newListMatcher(prevNouns, 1)
	carryM     = newListMatcher(carryVerbs, 1)
	slashM     = newListMatcher(slashWords, 1)
	fieldM     = newListMatcher(targetFields, 1)
	wholeM     = newListMatcher(wholeFields, 1)
	planNounM  = newListMatcher([]string{"kế hoạch", "dự toán", "kh", "dt", "nq", "thực hiện kế hoạch", "triển khai thực hiện kế hoạch", "kịch bản tăng trưởng"}, 1)
	giamNgheoM = newListMatcher([]string{"tỷ lệ giảm nghèo", "tỉ lệ giảm nghèo", "tỷ lệ giảm hộ nghèo", "tỉ lệ giảm hộ nghèo", "giảm tỷ lệ hộ nghèo đạt", "giảm tỉ lệ hộ nghèo đạt"}, 1)
	partM      = newListMatcher(partBefore, 1)
	// The state's collecting agencies (see agencyOwn) and the verbs that
	// make one a figure's source, not its subject.
	agencyM     = newListMatcher([]string{"chi cục thuế", "cục thuế", "đội thuế", "chi cục hải quan", "cục hải quan", "kho bạc", "kho bạc nhà nước"}, 1)
	reportVerbM = newListMatcher([]string{"cho biết", "cho hay", "thông tin", "báo cáo", "công bố", "dự báo", "đánh giá", "nhận định"}, 1)
	congressM   = newListMatcher([]string{"đại hội"}, 1)
	targetLeadM = newListMatcher(targetLeads, 1)
	nongThonM   = newListMatcher([]string{"nông thôn mới", "ntm", "đạt chuẩn"}, 1)
	programmeM  = newListMatcher([]string{"mục tiêu quốc gia", "mtqg", "kinh phí"}, 1)
	structureM  = newListMatcher([]string{"cơ cấu kinh tế", "cơ cấu giá trị sản xuất", "cơ cấu gtsx", "cơ cấu grdp", "cơ cấu tổng sản phẩm"}, 1)
	servicesM   = newListMatcher([]string{"dịch vụ", "thương mại - dịch vụ", "thương mại dịch vụ", "thương mại, dịch vụ", "dịch vụ - thương mại", "dịch vụ, thương mại", "dịch vụ thương mại", "thương mại và dịch vụ", "dịch vụ và thương mại", "tm-dv", "tm - dv", "khu vực dịch vụ", "ngành dịch vụ"}, 1)
	nounM       = countNounMatcher()
	otherSet    = otherSubjects
)

func countNounMatcher() map[string]*matcher {
	out := map[string]*matcher{}
	for uom, l := range countNouns {
		out[uom] = newListMatcher(l, 1)
	}
	return out
}
