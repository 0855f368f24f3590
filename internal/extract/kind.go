package extract

import (
	"strings"

	"github.com/chitieu/chitieu/internal/catalog"
	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// resolve decides whether a figure is a catalog fact, and which.
func (x *docReader) resolve(f figure, subj subject, later []cueEvent) {
	a := f.a
	if perCapita(f) {
		return
	}
	noun := nounOf(f)
	if ci := x.ind.counted(noun); ci >= 0 && a.UOM == "" {
		x.countTargets(f, ci)
		return
	}
	ind, ratio := -1, false
	if !subj.none {
		for _, i := range subj.inds {
			if ok, r := x.ind.fits(i, a, noun, true); ok && !x.ind.denied(i, f.ctoks, min(subj.start, f.prevEnd), f.a.Start) {
				ind, ratio = i, r
				break
			}
		}
	}
	if ind < 0 {
		// The cue may follow the figure: "97% người dân tham gia bảo hiểm y
		// tế", "218 quần chúng ưu tú được kết nạp".
		ind = x.cueAfter(f, later, noun)
	}
	if ind < 0 {
		return
	}
	in := x.ind.list[ind]
	kind, sign, ok := x.kindOf(f, in, ratio)
	if !ok {
		return
	}
	x.emit(f, in, kind, sign)
}

// perCapita reports "21 triệu đồng/người/năm" and the like.
func perCapita(f figure) bool {
	if f.a.Form != vnnum.Fraction && strings.Contains(f.p.text[f.a.NumStart:f.a.End], "/") {
		return true
	}
	rest := f.p.text[f.a.End:min(len(f.p.text), f.a.End+12)]
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "/")
}

// nounOf is the noun after a count: vnnum's, else the words that follow.
func nounOf(f figure) string {
	if f.a.Noun != "" {
		return f.a.Noun
	}
	if f.a.UOM != "" {
		return ""
	}
	post := tokRange(f.ctoks, f.a.End, f.clause.End)
	var b []string
	for _, t := range post {
		if !t.word || len(b) == 3 {
			break
		}
		b = append(b, t.s)
	}
	return strings.Join(b, " ")
}

// cueAfter finds an indicator named right after a figure (within a few
// words, before any punctuation), for figures of the indicator's own unit.
func (x *docReader) cueAfter(f figure, later []cueEvent, noun string) int {
	// The cue may begin at the count's noun, which the amount includes
	// ("19 hộ thoát nghèo"): look from the first word after the digits.
	endTok := len(f.ctoks)
	for k, t := range f.ctoks {
		if t.start >= f.a.End || (t.start > f.a.NumStart && t.word && !isDigits(t.s)) {
			endTok = k
			break
		}
	}
	for _, e := range later {
		if e.at < endTok || e.at-endTok > 10 || f.ctoks[e.at].start >= f.nextStart {
			break
		}
		stop := false
		for k := endTok; k < e.at; k++ {
			if s := f.ctoks[k].s; s == "," || s == ";" || s == "(" || s == ")" || s == ":" {
				stop = true
			}
		}
		if stop || e.other {
			break
		}
		if e.weak {
			continue
		}
		for _, i := range e.inds {
			if ok, r := x.ind.fits(i, f.a, noun, false); ok && !r && !x.ind.denied(i, f.ctoks, f.prevEnd, f.ctoks[e.end-1].end) {
				return i
			}
		}
	}
	return -1
}

// kindOf decides the kind of a figure of indicator in; sign is -1 for a
// decrease.
func (x *docReader) kindOf(f figure, in catalog.Indicator, ratio bool) (facts.Kind, float64, bool) {
	pre, post := f.pre(), f.post()
	verb, _, _ := lastPhrase(pre, verbM)
	if ratio && verb == vGrowth {
		verb = vIncrease // "thu ngân sách tăng trưởng 15%"
	}
	parenPlan := parenAfterPlan(pre)
	cmpPlan, cmpPrev, compared := comparator(post)
	if ratio {
		switch {
		case parenPlan:
			return facts.PctOfPlan, 1, true
		case verb == vExceed:
			x.shadow(f, in, facts.ChangeVsPrev, 1)
			return "", 0, false
		case cmpPlan:
			if verb == vIncrease || verb == vDecrease {
				// Compared with a plan: no catalog fact, and neither is
				// a headline that rounds it.
				x.shadow(f, in, facts.ChangeVsPrev, signOf(verb))
				return "", 0, false
			}
			return facts.PctOfPlan, 1, true
		case cmpPrev:
			switch verb {
			case vIncrease:
				return facts.ChangeVsPrev, 1, true
			case vDecrease:
				return facts.ChangeVsPrev, -1, true
			}
			return facts.PctOfPrev, 1, true
		case compared:
			return "", 0, false
		}
		switch verb {
		case vIncrease:
			return facts.ChangeVsPrev, 1, true
		case vDecrease:
			return facts.ChangeVsPrev, -1, true
		case vReach, vAchieve:
			return facts.PctOfPlan, 1, true
		}
		return "", 0, false
	}
	if parenPlan {
		return facts.Plan, 1, true // "kế hoạch đề ra (8,79%)", "dự toán (4.435,98 tỷ đồng)"
	}
	if f.a.UOM == "%" {
		// A percentage indicator: the figure is its level.
		if cmpPlan {
			return "", 0, false // "đạt 100% kế hoạch" of a rate: a ratio of a ratio
		}
		if hasWord(pre, "vượt") {
			return "", 0, false
		}
		if !x.ind.growth(in) && (verb == vIncrease || verb == vDecrease) {
			return "", 0, false // the change of a rate, not the rate
		}
	} else {
		if compared && !cmpPlan {
			return "", 0, false // "cao hơn 330 tỷ đồng so với …": a difference
		}
		if verb == vExceed {
			return "", 0, false
		}
		if f.a.UOM == "VND" && (verb == vIncrease || verb == vDecrease) {
			return "", 0, false
		}
	}
	return x.mode(f), 1, true
}

func signOf(verb int) float64 {
	if verb == vDecrease {
		return -1
	}
	return 1
}

// parenAfterPlan reports "kế hoạch đề ra (" right before a figure: the
// bracket gives the plan's own figure.
func parenAfterPlan(pre []tok) bool {
	n := len(pre)
	if n < 2 || pre[n-1].s != "(" {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		if _, _, ok := planM.match(pre, k); ok {
			return true
		}
	}
	return false
}

// comparator reads what follows a figure: "(so với) dự toán" → plan, "so
// với cùng kỳ/năm 2023" or "CK" → previous period; compared is true for
// any "so với".
func comparator(post []tok) (plan, prev, compared bool) {
	i := 0
	if i < len(post) && post[i].s == "so" {
		compared = true
		i++
		if i < len(post) && post[i].s == "với" {
			i++
		}
		if i < len(post) {
			if _, _, ok := planM.match(post, i); ok {
				return true, false, true
			}
		}
		return false, true, true
	}
	if i < len(post) {
		if _, _, ok := planM.match(post, i); ok {
			return true, false, false
		}
		if _, _, ok := prevM.match(post, i); ok {
			return false, true, false
		}
	}
	return false, false, false
}

func hasWord(toks []tok, w string) bool {
	for _, t := range toks {
		if t.s == w {
			return true
		}
	}
	return false
}

// mode decides between plan and actual for a figure that is a level.
func (x *docReader) mode(f figure) facts.Kind {
	y, explicit := x.yearOf(f)
	if v := f.cues.kindBefore(f.a.Start); v != 0 {
		switch v {
		case cuePlan:
			return facts.Plan
		case cueActual:
			return facts.Actual
		case cueExpect:
			if x.pubY == 0 || y > x.pubY {
				return facts.Plan
			}
			return facts.Actual
		}
	}
	if x.period != 0 {
		return facts.Actual
	}
	if explicit && x.pubY != 0 {
		switch {
		case y > x.pubY:
			return facts.Plan
		case y < x.pubY:
			return facts.Actual
		case x.pubM <= 2:
			return facts.Plan
		default:
			return facts.Actual
		}
	}
	if x.lastKind != "" && y == x.lastKindYr {
		return x.lastKind
	}
	return facts.Actual
}

func (x *docReader) estimate(f figure, kind facts.Kind) bool {
	return f.cues.estimateBefore(f.a.Start, kind)
}
