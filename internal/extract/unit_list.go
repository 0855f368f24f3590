package extract

// Lists and rankings of units: a unit named without its level word at the
// head of a list item or as an item of a ranking ("… là địa phương có tỷ lệ
// … cao nhất"), and where a list item starts. Apart from unit_peer.go
// because a list gives its names without level words and needs its own
// heads.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/unitname"
)

// listVerbM are the verbs that follow a unit's name in a per-unit list
// ("Thạch Thành thu 268 tỷ đồng", "huyện A đạt 103%").
var listVerbM = newListMatcher([]string{"đạt", "thu", "còn", "giảm còn", "chiếm", "kết nạp", "giải quyết", "hoàn thành", "ước đạt", "ước thu", "tăng", "giảm", "có", "vượt", "chỉ đạt", "chỉ mới", "tiếp tục", "dẫn đầu", "đứng đầu"}, 1)

// listStop are capitalised words that start no place's name in a list.
var listStop = map[string]bool{"đảng": true, "ban": true, "ủy": true, "hội": true, "sở": true, "phòng": true,
	"trung": true, "công": true, "tổng": true, "kinh": true, "ngân": true, "thu": true, "chi": true, "tỷ": true,
	"giá": true, "năm": true, "tháng": true, "theo": true, "trong": true, "cũng": true, "riêng": true, "toàn": true,
	"các": true, "nhiều": true, "tại": true, "với": true, "đến": true, "hiện": true, "sau": true, "đây": true, "về": true,
	"tốc": true, "số": true, "kết": true, "giải": true, "chỉ": true, "ubnd": true, "hđnd": true, "nhà": true, "đồng": true,
	"chủ": true, "bí": true, "phó": true, "ông": true, "bà": true, "đại": true, "quỹ": true, "bảo": true, "mặt": true,
	"nhân": true, "cục": true, "bộ": true, "thủ": true, "tổ": true, "dự": true, "kế": true, "mục": true, "nghị": true, "nq": true}

// listName reads a unit named without its level word at the head of an
// item of a per-unit list: a clause's start or the start of a list after
// a colon ("… của các địa phương: Bác Ái 24,6%; Thuận Bắc 9,12%; …",
// "Cũng trong năm, Thạch Thành thu 268 tỷ đồng, …; Cẩm Thủy 245,7 tỷ
// đồng, …"). The name is a unit the text names elsewhere with its level
// word, or a place of the level the text lists (the tier below its own
// unit). A lone capitalised phrase elsewhere is no unit.
func (x *docReader) listName(orig string, toks []tok, i int) (name, lvl string, end int, ok bool) {
	return x.listNameAt(orig, toks, i, nil)
}

// listNameAt is listName with the clause's list heads found beforehand
// (listHeads), for a caller that asks at every token; nil finds them.
func (x *docReader) listNameAt(orig string, toks []tok, i int, heads []int) (name, lvl string, end int, ok bool) {
	if x.units == nil || x.unitTier <= tierCommune || !toks[i].word || !isListHead(toks, i, heads) {
		return "", "", 0, false
	}
	var words []string
	k := i
	// A word that starts no place's name in a list ("Hội", "Đại") may
	// start a district's the gazetteer knows ("Hội An 110; Đại Lộc
	// 125"): such a name is read only so (see gazetteerDistrict).
	stopFirst := listStop[toks[i].s]
	for k < len(toks) && len(words) < 3 && toks[k].word && !toks[k].digits {
		w := orig[toks[k].start:toks[k].end]
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) || len(words) == 0 && isLevelFirst(toks[k].s) {
			break
		}
		k++
		if rest, e, ok := apostropheTail(orig, toks, k, false); ok {
			w, k = w+rest, e
		}
		words = append(words, w)
	}
	if len(words) < 2 {
		return "", "", 0, false
	}
	name = strings.Join(words, " ")
	if n, e, hy := hyphenName(orig, toks, k, name, false); hy {
		name, k = n, e
	}
	name = vnLetters(name)
	if !predicateAfter(toks, k) {
		return "", "", 0, false
	}
	if stopFirst {
		if x.units.levelOf(name) != "" {
			return "", "", 0, false
		}
		if d, ok := x.gazetteerDistrict(orig, toks, i, name); ok {
			return d.Name, d.Level, k, true
		}
		return "", "", 0, false
	}
	if f, ok := x.units.fold[name]; ok {
		name = f
	}
	lv := x.units.levelOf(name)
	if lv == "" {
		// "Khánh Hoà tăng 9,07%" in a list where the text, or the
		// province list, spells it "Khánh Hòa": one place.
		if f := foldTones(name); f != name {
			if lf := x.units.levelOf(f); lf != "" {
				name, lv = f, lf
			}
		}
	}
	if lv != "" {
		return name, lv, k, true
	}
	if d, ok := x.gazetteerDistrict(orig, toks, i, name); ok {
		return d.Name, d.Level, k, true
	}
	if !x.units.listLevelOK {
		return "", "", 0, false
	}
	return name, x.units.listLevel, k, true
}

// rankM are the words that rank places ("… là địa phương có tỷ lệ hộ
// nghèo cao nhất", "tiếp đó là …", "dẫn đầu là …").
var rankM = newListMatcher([]string{"cao nhất", "thấp nhất", "nhiều nhất", "ít nhất", "lớn nhất", "nhỏ nhất", "dẫn đầu", "đứng đầu",
	"tiếp đó là", "tiếp theo là", "tiếp đến là", "kế đến là", "kế tiếp là", "sau đó là"}, 1)

// ranking holds where a clause first ranks places (see rankM): -1 if it
// never does, -2 before it is looked for.
type ranking struct{ at int }

func (r *ranking) first(toks []tok) int {
	if r.at == -2 {
		r.at = -1
		for k := range toks {
			if !rankM.mayStart(&toks[k]) {
				continue
			}
			if _, _, ok := rankM.longest(toks, k); ok {
				r.at = k
				break
			}
		}
	}
	return r.at
}

// item reports a place named at toks[i:k] as an item of a ranking of
// places, each with its own figure: "Si Ma Cai là địa phương có tỷ lệ
// hộ nghèo cao nhất, chiếm 33,05% (…), tiếp đó là huyện Bắc Hà với
// 28,13% (…), Mường Khương 25,69% (…)". The place heads its item (the
// clause's start, or after a comma, "và", a colon or the "là" of the
// ranking words) and either the clause ranks before it and the place's
// figure follows its name at once ("Mường Khương 25,69%", "huyện Bắc Hà
// với 28,13%"), or the ranking words follow the name before its figure
// ("Si Ma Cai là địa phương có … cao nhất, chiếm 33,05%", "huyện A có
// tỷ lệ … thấp nhất (1,2%)"). The figures are the place's, not the
// text's unit's.
func (r *ranking) item(toks []tok, i, k int) bool {
	if i > 0 {
		switch toks[i-1].s {
		case ",", "và", ":", "là":
		default:
			if i > 3 {
				return false
			}
		}
	}
	at := r.first(toks)
	if at < 0 {
		return false
	}
	if at < i {
		return rankFigureAt(toks, k)
	}
	// The ranking words after the name, before any figure: "X là địa
	// phương có tỷ lệ hộ nghèo cao nhất, chiếm 33,05%".
	for j := k; j < len(toks) && j < k+16; j++ {
		if toks[j].digits || toks[j].s == ";" || toks[j].s == ":" {
			return false
		}
		if j == at {
			// Its figure follows the ranking words, after a verb or a
			// bracket at most: "…cao nhất, chiếm 33,05%", "…thấp
			// nhất (1,2%)".
			_, e, _ := rankM.longest(toks, at)
			e = rankScopeEnd(toks, e)
			if e < len(toks) && (toks[e].s == "," || toks[e].s == "(") {
				e++
			}
			return rankFigureAt(toks, e)
		}
		if toks[j].s == "," || toks[j].s == "(" {
			return false // "X, Y và Z có …": the words are not X's alone
		}
	}
	return false
}

// rankedPeers finds the units that a clause of orig ranks against each
// other ("huyện Long Mỹ có tỷ lệ … cao nhất 85,53%, thấp nhất là huyện
// Châu Thành A chỉ mới đạt 65,42%"): a clause with a ranking (see rankM)
// that names two or more units of one tier with their level words, each
// followed by a figure of its own before the next unit, one of them an
// item of the ranking (see ranking.item). It returns the byte offsets
// their level words start at, nil if there are none.
func rankedPeers(orig string, toks []tok) map[int]bool {
	if !hasPhrase(toks, rankM) {
		// No clause ranks (its ranking words would be words of the
		// text's too): the sentences are not split.
		return nil
	}
	var peers map[int]bool
	type item struct {
		at, i, k int
		t        tier
	}
	var items []item
	for _, s := range sentences(orig) {
		st := tokRange(toks, s.Start, s.End)
		for len(st) > 0 {
			e := 0
			for e < len(st) && st[e].s != ";" {
				e++
			}
			c := st[:e]
			st = st[min(e+1, len(st)):]
			r := ranking{at: -2}
			if r.first(c) < 0 {
				continue
			}
			items = items[:0]
			for i := 0; i < len(c); i++ {
				if !c[i].word || !isLevelFirst(c[i].s) {
					continue
				}
				_, nm, t, _, k, ok := readUnit(orig, c, i)
				if !ok || nm == "" {
					continue
				}
				items = append(items, item{c[i].start, i, k, t})
				i = k - 1
			}
			for n, a := range items {
				// Each unit's own figure: a number after its name,
				// before the next unit's.
				end := len(c)
				if n+1 < len(items) {
					end = items[n+1].i
				}
				own := false
				for j := a.k; j < end; j++ {
					if c[j].digits {
						own = true
						break
					}
				}
				if !own {
					items[n].t = -1
				}
			}
			for _, a := range items {
				same, ranked := 0, false
				for _, b := range items {
					if b.t == a.t {
						same++
						ranked = ranked || r.item(c, b.i, b.k)
					}
				}
				if a.t >= 0 && same >= 2 && ranked {
					if peers == nil {
						peers = map[int]bool{}
					}
					peers[a.at] = true
				}
			}
		}
	}
	return peers
}

// rankScopeEnd is the index after the scope of a ranking at toks[k]
// ("… cao nhất trên toàn huyện", "… nhiều nhất trên địa bàn của huyện",
// "… thấp nhất tỉnh"): words of place and a bare level word; k itself
// when no scope follows.
func rankScopeEnd(toks []tok, k int) int {
	j := k
	for j < len(toks) && j < k+5 {
		switch toks[j].s {
		case "trên", "trong", "của", "ở", "tại", "toàn", "cả", "địa", "bàn":
			j++
			continue
		}
		break
	}
	if j < len(toks) && isLevelTok(toks[j].s) {
		if toks[j].s == "thị" && j+1 < len(toks) && (toks[j+1].s == "xã" || toks[j+1].s == "trấn") {
			j++
		}
		return j + 1
	}
	return k
}

// rankFigureAt reports a place's figure at toks[k], after at most three
// words that state it ("với", "là", "đạt", "chiếm", "còn", …).
func rankFigureAt(toks []tok, k int) bool { return figureAfter(toks, k, rankFigureWord) }

var rankFigureWord = map[string]bool{"với": true, "là": true, "đạt": true, "ước": true, "chiếm": true, "còn": true, "tăng": true, "giảm": true,
	"khoảng": true, "gần": true, "hơn": true, "trên": true, "mức": true, "tỷ": true, "lệ": true}

// rankedName reads a place named without its level word as an item of a
// ranking (see ranking.item): a name the text gives a level elsewhere,
// or a name of two words or more of the level the text lists.
func (x *docReader) rankedName(orig string, toks []tok, i int, r *ranking) (name, lvl string, end int, ok bool) {
	if x.units == nil || x.unitTier <= tierCommune || !toks[i].word {
		return "", "", 0, false
	}
	// The word before first: it turns away most words, before the
	// look-ups of the word itself.
	if i > 3 && toks[i-1].s != "," && toks[i-1].s != "và" && toks[i-1].s != ":" && toks[i-1].s != "là" {
		return "", "", 0, false
	}
	if listStop[toks[i].s] || isLevelFirst(toks[i].s) {
		return "", "", 0, false
	}
	if r.first(toks) < 0 {
		return "", "", 0, false // the clause ranks nothing (item would say no): read no words
	}
	var words []string
	k := i
	for k < len(toks) && len(words) < 3 && toks[k].word && !toks[k].digits {
		w := orig[toks[k].start:toks[k].end]
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) || isUpperCase(w) && utf8.RuneCountInString(w) > 1 {
			break // a word in lower case, or an acronym ("GRDP")
		}
		k++
		words = append(words, w)
	}
	if len(words) == 0 || !r.item(toks, i, k) {
		return "", "", 0, false
	}
	name = vnLetters(strings.Join(words, " "))
	if f, ok := x.units.fold[name]; ok {
		name = f
	}
	if lv := x.units.levelOf(name); lv != "" {
		return name, lv, k, true
	}
	if len(words) < 2 || !x.units.listLevelOK {
		return "", "", 0, false
	}
	return name, x.units.listLevel, k, true
}

// listHead reports toks[i] at the head of a list item: the clause's
// first word after a time lead ("Cũng trong năm, …"), or the first word
// after a colon.
func listHead(toks []tok, i int) bool {
	if i > 0 && toks[i-1].s == ":" {
		return true
	}
	k := 0
	for k < i {
		if toks[k].s == "," {
			k++
			continue
		}
		if _, e, ok := timeLeadM.match(toks, k); ok {
			k = e
			continue
		}
		break
	}
	return k == i
}

// listHeads are the tokens listHead finds by its scan from the start of
// toks: the first, and each the scan reaches past a comma or a time lead.
// heads is reused.
func listHeads(toks []tok, heads []int) []int {
	heads = append(heads[:0], 0)
	for k := 0; k < len(toks); {
		if toks[k].s == "," {
			k++
		} else if _, e, ok := timeLeadM.match(toks, k); ok {
			k = e
		} else {
			break
		}
		heads = append(heads, k)
	}
	return heads
}

// isListHead is listHead(toks, i), from heads (listHeads(toks)) when not
// nil.
func isListHead(toks []tok, i int, heads []int) bool {
	if heads == nil {
		return listHead(toks, i)
	}
	return i > 0 && toks[i-1].s == ":" || slices.Contains(heads, i)
}

var timeLeadM = newListMatcher([]string{"cũng trong năm", "trong năm", "năm nay", "riêng", "còn", "tiếp đến", "tiếp theo", "sau đó", "đứng thứ hai là", "thứ hai là"}, 1)

// gazetteerDistrict reads a list item's name that the text never gives a
// level word as a district-level unit of the gazetteer (unitname): "Đảng
// bộ TP. Tam Kỳ … 150 đảng viên; Hội An 110; Điện Bàn 150" lists Thành phố
// Hội An and Thị xã Điện Bàn. Only in a list of districts: the paragraph
// before the item names a district level word ("huyện", "thị xã", "TP.",
// "các huyện, thị, thành ủy"). The name is not a province's (the province
// reading stays first) and is the one district of that name in the
// province the text is about (see docProvince), or in the country when
// the text names no province. A text published from July 2025, when
// districts were abolished, reads none: its names are of communes and
// wards.
func (x *docReader) gazetteerDistrict(orig string, toks []tok, i int, name string) (unitname.DistrictUnit, bool) {
	if x.unitTier < tierDistrict || x.pubY > 2025 || x.pubY == 2025 && x.pubM >= 7 {
		return unitname.DistrictUnit{}, false
	}
	folded := foldTones(name)
	if unitname.Provinces[name] != "" || unitname.Provinces[folded] != "" || !districtListBefore(orig[:toks[i].start]) {
		return unitname.DistrictUnit{}, false
	}
	prov, ok := x.units.docProvince()
	if !ok {
		return unitname.DistrictUnit{}, false
	}
	return unitname.DistrictIn(prov, folded)
}

// districtListBefore reports a district level word in the text before a
// list item: the list's first item or its heading names the level
// ("Đảng bộ TP.Tam Kỳ … 150; Hội An 110", "các huyện, thị, thành ủy: …").
func districtListBefore(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"huyện", "quận", "thị xã", "thị,", "thành phố", "tp.", "tp ", "tx.", "tx "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// docProvince is the province the text is about: the one it names
// without a level word or with "tỉnh", its outlet's or portal's, or the
// province of the district-level units it names with their level words
// (by the gazetteer). "" with ok when it names none; ok is false when it
// names units of more than one province.
func (u *unitFinder) docProvince() (string, bool) {
	if u.provDone {
		return u.prov, u.provOK
	}
	u.provDone, u.provOK = true, true
	seen := func(p string) {
		if p == "" || !u.provOK {
			return
		}
		if u.prov != "" && u.prov != p {
			u.prov, u.provOK = "", false
			return
		}
		u.prov = p
	}
	seen(u.outletProvince)
	for k := range u.named {
		switch {
		case k.tier == tierProvince && unitname.Provinces[k.name] != "":
			seen(k.name)
		case k.tier == tierDistrict:
			var ps []string
			for _, d := range unitname.DistrictsNamed(foldTones(k.name)) {
				if d.Level == k.level && !slices.Contains(ps, d.Province) {
					ps = append(ps, d.Province)
				}
			}
			if len(ps) == 1 {
				seen(ps[0])
			}
		}
	}
	return u.prov, u.provOK
}
