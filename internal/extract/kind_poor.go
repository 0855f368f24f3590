package extract

// Poor and near-poor households: the tests that tell a count or rate of
// poor households from the totals they are listed under ("dân số … trong đó
// có 9.701 hộ nghèo"), and "tỷ lệ giảm nghèo". Apart from kind.go because
// these words belong to one family of indicators, read by resolve, kindOf
// and partOfTotal.

// poorRightAfter reports "hộ nghèo" (not near-poor) right after a figure.
func poorRightAfter(post []tok) bool {
	return len(post) >= 2 && post[0].s == "hộ" && post[1].s == "nghèo" && !(len(post) >= 4 && (post[2].s == "và" || post[2].s == ",") && (post[3].s == "cận" || post[3].s == "hộ"))
}

// poorAndNearTotal reports a figure after "trong đó" whose total, the
// stretch before that "trong đó" back to the start of its item (a colon
// or a semicolon), counts the poor and the near-poor households together
// ("Tổng số hộ nghèo, hộ cận nghèo là 23.967 hộ, trong đó hộ nghèo …").
// The words of a heading before the item ("Kết quả rà soát hộ nghèo, hộ
// cận nghèo: Hộ nghèo có 10.689 hộ, …, trong đó có 3.373 hộ nghèo vùng
// đồng bào …") are not the total's.
func poorAndNearTotal(f *figure) bool {
	st := f.sentenceBefore()
	for k := len(st) - 2; k >= 0; k-- {
		if inThatAt(st, k) {
			from := 0
			for j := k - 1; j >= 0; j-- {
				if st[j].s == ";" || st[j].s == ":" && !(j+1 < k && st[j+1].digits) {
					// A colon right before the total's figure ends its
					// subject, not an item: "tổng số hộ nghèo, hộ cận
					// nghèo: 23.967 hộ, trong đó …".
					from = j + 1
					break
				}
			}
			if hasRate(st[from:k]) && hasRun(st[from:k], "hộ", "nghèo") && !hasWord(st[from:k], "cận") && poorAndNearNamed(tokRange(f.stoks, st[k].start, f.sent.End)) {
				// "tỷ lệ hộ nghèo đa chiều là 4,9%, trong đó tỷ lệ hộ
				// nghèo 1,8%, tỷ lệ hộ cận nghèo 3,1%": a multidimensional
				// rate of the households that counts both, whose part the
				// poor's own rate is the unit's poverty rate too, no part
				// of another. (After "tỷ lệ nghèo đa chiều" the part that
				// names "hộ nghèo" replaces the total, see closerPart.)
				return true
			}
			return bothPoorAndNear(st[from:k]) || allHouseholds(st[from:k]) || peopleTotal(st[from:k]) && hasWord(st[k+2:], "hộ")
		}
	}
	return false
}

// poorAndNearBefore reports a sentence before the current one whose
// subject, the words before its first figure (a time's number, "năm
// 2023", is none), names the poor and the
// near-poor households together ("Tỷ lệ hộ nghèo, cận nghèo chiếm 40%
// số hộ. Trong đó, tỷ lệ hộ nghèo chiếm 30%"): a sentence that opens
// with "Trong đó" after it lists the two, each the whole of its own
// figure, as poorAndNearTotal reads within one sentence.
func (x *docReader) poorAndNearBefore() bool {
	ts := x.prevSent
	if ts.p == nil {
		return false
	}
	v := x.ownView(ts.p)
	st := tokRange(v.toks, ts.s.Start, ts.s.End)
	for k, t := range st {
		if t.digits && !(k > 0 && (timeWord[st[k-1].s] || st[k-1].s == "ngày")) {
			return bothPoorAndNear(st[:k])
		}
	}
	return false
}

// endMarksTrimmed is len(toks) less the commas, colons and full stops
// that end them.
func endMarksTrimmed(toks []tok) int {
	n := len(toks)
	for n > 0 && (toks[n-1].s == "," || toks[n-1].s == ":" || toks[n-1].s == ".") {
		n--
	}
	return n
}

// peopleTotal reports a total that counts a unit's people, a number and
// the people's noun right before "trong đó" after "dân số" ("dân số toàn
// tỉnh đạt 1.624.100 người, trong đó có 9.701 hộ nghèo (chiếm tỷ lệ
// 2,17%)"): households are counted in another measure, so the households
// listed after it are no part of it but the unit's whole figures, as
// after a count of all its households (allHouseholds).
func peopleTotal(toks []tok) bool {
	n := endMarksTrimmed(toks)
	if n >= 2 && toks[n-1].s == "khẩu" && toks[n-2].s == "nhân" {
		n--
	}
	if n < 2 || !(toks[n-1].s == "người" || toks[n-1].s == "nhân" || toks[n-1].s == "khẩu") || !toks[n-2].digits {
		return false
	}
	for k := 0; k+1 < n; k++ {
		if toks[k].s == "dân" && toks[k+1].s == "số" {
			return true
		}
	}
	return false
}

// allHouseholds reports a total that counts all the households of a unit,
// a number and the bare noun right before "trong đó" with no kind of
// household named ("có tổng số 3.109 hộ, trong đó: …", "Xã A có 820 hộ
// dân, trong đó …"): the households listed after it by kind (the poor,
// the near-poor, with their rates) are the unit's whole figures, not
// parts of an indicator's total.
func allHouseholds(toks []tok) bool {
	n := endMarksTrimmed(toks)
	if n >= 2 && (toks[n-1].s == "dân" || toks[n-1].s == "đình" && n >= 3 && toks[n-2].s == "gia") {
		n -= 1
		if toks[n].s == "đình" {
			n--
		}
	}
	if n < 2 || toks[n-1].s != "hộ" || !toks[n-2].digits {
		return false
	}
	for _, t := range toks[:n] {
		if t.s == "nghèo" {
			return false // "có 500 hộ nghèo, trong đó …": the poor's parts
		}
	}
	return true
}

// bothPoorAndNear reports the poor and the near-poor households named
// together in toks ("hộ nghèo, hộ cận nghèo", "hộ nghèo và cận nghèo"): a
// count of both is no count of the near-poor.
func bothPoorAndNear(toks []tok) bool {
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].s != "nghèo" || !(toks[k+1].s == "," || toks[k+1].s == "và" || toks[k+1].s == "/" || toks[k+1].s == "-") {
			continue
		}
		j := k + 2
		if toks[j].s == "hộ" {
			j++
		}
		if j+1 < len(toks) && toks[j].s == "cận" && toks[j+1].s == "nghèo" {
			return true
		}
	}
	return false
}

// giamNgheo reports "tỷ lệ giảm nghèo" (the fall of the poverty rate)
// before a figure.
func giamNgheo(toks []tok) bool { return hasPhrase(toks, giamNgheoM) }

// poorFallRate reports a percentage that a count of poor households taken
// off the rolls names the rate of: "giảm (được) <N> hộ nghèo, (đạt) tỷ lệ
// X%" — the count, a comma, then "tỷ lệ" with no noun of its own and the
// figure (the count's noun may be "hộ" alone after a sentence that named
// the poor households, and "chiếm" may link the rate). The rate is the fall of the poverty rate, in points; a rate
// after a remaining stock ("số hộ nghèo còn lại là 873, đạt tỷ lệ 2,03%")
// or after any other figure is not read so.
func poorFallRate(f *figure) bool {
	t := f.stoks
	k := tokIndex(t, f.a.Start)
	if k < 2 || t[k-1].s != "lệ" || t[k-2].s != "tỷ" {
		return false
	}
	k -= 2
	if k > 0 && (t[k-1].s == "đạt" || t[k-1].s == "là" || t[k-1].s == "với" || t[k-1].s == "chiếm") {
		k--
	}
	switch {
	case k >= 4 && t[k-1].s == "," && t[k-2].s == "nghèo" && t[k-3].s == "hộ" && t[k-4].digits:
		k -= 4
	case k >= 3 && t[k-1].s == "," && t[k-2].s == "hộ" && t[k-3].digits && hasRun(tokRange(t, f.sent.Start, t[k-3].start), "hộ", "nghèo"):
		// "A là xã có hộ nghèo giảm nhiều nhất, giảm 87 hộ, chiếm tỷ lệ
		// 9,1%": the households are the poor ones the sentence named
		// before.
		k -= 3
	default:
		return false
	}
	for k > 0 && (t[k-1].digits || t[k-1].s == "." || t[k-1].s == "hơn" || t[k-1].s == "gần" || t[k-1].s == "trên") {
		k--
	}
	for n := 1; n <= 2 && k-n >= 0; n++ {
		if t[k-n].s == "giảm" {
			return true
		}
	}
	return false
}

// giamNgheoOwn reports "tỷ lệ giảm nghèo" (or "giảm tỷ lệ hộ nghèo
// đạt") as the figure's own subject: looked for from the subject's cue
// (and the word before it) to the figure, not in the whole sentence, so
// that in "Tỷ lệ giảm nghèo … đạt 1,5 - 2%, tỷ lệ hộ nghèo còn 2,1%" the
// level after its own cue stays a level. A figure whose subject is not
// known looks at the sentence before it.
func giamNgheoOwn(f *figure) bool {
	if f.subjEnd <= f.subjStart {
		return giamNgheo(f.sentenceBefore())
	}
	k := tokIndex(f.stoks, f.subjStart)
	if k > 0 {
		k--
	}
	return giamNgheo(f.stoks[k:tokIndex(f.stoks, f.a.Start)])
}

// shareOfPoor reports a percentage whose base is the poor households
// themselves: "chiếm 65% (tổng) số hộ nghèo", "chiếm 30% trong tổng số hộ
// nghèo", "chiếm 13,13% so với tổng số hộ nghèo DTTS", or a sentence that
// opens with that base ("Trong tổng số hộ nghèo, hộ thuộc diện bảo trợ xã
// hội chiếm 47%"). A part of the poor as a share of all the poor is no
// poverty rate, which counts the poor among all households. A fall
// measured against them ("giảm 3,75% tổng số hộ nghèo so với đầu năm")
// is still the rate's fall.
func shareOfPoor(f *figure) bool {
	if verbIs(f.pre(), vDecrease) || verbIs(f.pre(), vIncrease) {
		return false
	}
	post := f.post()
	k := 0
	if k+1 < len(post) && post[k].s == "so" && post[k+1].s == "với" {
		k += 2
	} else if k < len(post) && (post[k].s == "trong" || post[k].s == "của") {
		k++
	}
	if k < len(post) && post[k].s == "tổng" {
		k++
	}
	if k < len(post) && post[k].s == "số" {
		k++
	}
	if k+1 < len(post) && post[k].s == "hộ" && post[k+1].s == "nghèo" {
		return true
	}
	st := f.sentenceBefore()
	if len(st) > 0 && st[0].s == "trong" {
		k := 1
		if k < len(st) && st[k].s == "tổng" {
			k++
		}
		// The rate named again after it is the rate: "Trong số hộ
		// nghèo còn lại, …; tỷ lệ hộ nghèo còn 2%".
		if k+2 < len(st) && st[k].s == "số" && st[k+1].s == "hộ" && st[k+2].s == "nghèo" && !hasRun(st[k+3:], "lệ", "hộ", "nghèo") {
			return true
		}
	}
	return false
}

// countBeforeRatio reports a ratio to the plan whose clause gave a count
// before it (the clause's previous figure is not a percentage): "hỗ trợ
// xây 45 nhà cho hộ nghèo, đạt 100% kế hoạch", "cho vay vốn 230 hộ
// nghèo, đạt 115% kế hoạch". The ratio is the count's, the activity's
// or the households', and says nothing of the poverty rate, which is a
// percentage and whose ratio follows its level or its fall ("tỷ lệ hộ
// nghèo giảm 1,89%, đạt 125% so với chỉ tiêu").
func countBeforeRatio(f *figure) bool {
	if f.prevReal <= f.clause.Start || f.prevReal > f.a.Start {
		return false
	}
	k := tokIndex(f.ctoks, f.prevReal)
	return k > 0 && f.ctoks[k-1].end == f.prevReal && f.ctoks[k-1].s != "%"
}

// planOpensChange reports a change whose words, since the mark before
// them (a bracket, a comma or a semicolon), open with a plan noun and go
// straight to the change verb: "(chỉ tiêu giảm 1%)", ", kế hoạch giao
// giảm 1,5%", "(Nghị quyết giảm 1%)", or that tell what a plan named
// before is ("vượt chỉ tiêu Nghị quyết đề ra là giảm 1%"). The plan's
// change is a planned change, no fact. A result verb between them
// ("chỉ tiêu giảm nghèo đạt 1,2%") reports a result.
func planOpensChange(pre []tok) bool {
	n := len(pre)
	if n < 2 || pre[n-1].s != "giảm" && pre[n-1].s != "tăng" {
		return false
	}
	s := 0
	for k := n - 2; k >= 0; k-- {
		if t := pre[k].s; t == "(" || t == "," || t == ";" {
			s = k + 1
			break
		}
	}
	if s >= n-1 {
		return false
	}
	if n-2 > s && pre[n-2].s == "là" {
		// "vượt chỉ tiêu Nghị quyết đề ra là giảm 1%", "hoàn thành kế
		// hoạch giao là giảm 1,5%": what the plan is, told after it.
		for k := n - 3; k >= s && k >= n-8; k-- {
			if _, _, ok := planM.match(pre, k); ok {
				return true
			}
		}
	}
	_, e, ok := planM.match(pre, s)
	if !ok || e > n-1 || n-1-e > 4 {
		return false
	}
	for _, t := range pre[e : n-1] {
		switch t.s {
		case "đạt", "hoàn", "vượt", "thực", "ước":
			return false
		}
	}
	return true
}

// planAfterFall reports a plan figure of the poverty rate told right
// after the rate's change in its clause, with no level word or rate cue
// of its own: "giảm 0,8% (kế hoạch 0,5%)", "giảm 0,8% so với năm 2022,
// chỉ tiêu là 0,5%", "giảm tỷ lệ hộ nghèo 0,8%/KH 0,5%". The rate's
// plans are set both as a level ("còn dưới 1%") and as a yearly fall
// ("giảm 1-1,5%/năm"); after a fall the plan's figure is the planned
// fall, no fact. After a level ("còn 0,48% (KH dưới 0,6%)") it is the
// planned level.
func planAfterFall(f *figure) bool {
	if f.prevReal <= f.clause.Start || f.prevReal > f.a.Start || f.a.Qualifier == "under" {
		return false
	}
	for _, t := range f.pre() {
		switch t.s {
		case "còn", "xuống", "dưới", "lệ", ";":
			return false
		}
	}
	toks := tokRange(f.ctoks, f.clause.Start, f.prevReal)
	n := len(toks)
	for n > 0 && (toks[n-1].digits || toks[n-1].s == "," || toks[n-1].s == "." || toks[n-1].s == "%") {
		n--
	}
	v, at, ok := lastPhrase(toks[:n], verbM)
	if !ok || v != vDecrease && v != vIncrease {
		return false
	}
	for _, t := range toks[at:n] {
		switch t.s {
		case "còn", "xuống", "lên", "từ", "dưới", "ở", "mức":
			return false
		}
	}
	return true
}

// poorAndNearNamed reports the poor households ("hộ nghèo", not "hộ cận
// nghèo", nor a base "tổng số hộ nghèo") and the near-poor ("cận
// nghèo") both named in toks.
func poorAndNearNamed(toks []tok) bool {
	poor, near := false, false
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].s == "hộ" && toks[j+1].s == "nghèo" && !(j >= 2 && toks[j-2].s == "tổng") {
			poor = true
		}
		if toks[j].s == "cận" && toks[j+1].s == "nghèo" {
			near = true
		}
	}
	return poor && near
}

// fallGovernsList reports a count joined by "và" or a comma to a count
// right before it that a fall verb gives ("giảm 100 hộ nghèo và 80 hộ
// cận nghèo", "giảm 120 hộ nghèo, 95 hộ cận nghèo"): the verb governs
// each count of the list, each a fall, not a level.
func fallGovernsList(f *figure) bool {
	if f.prevReal <= f.clause.Start || f.prevReal > f.a.Start {
		return false
	}
	pre := f.pre()
	if len(pre) == 0 || len(pre) > 5 {
		return false
	}
	joined := false
	for _, t := range pre {
		switch {
		case t.s == "và" || t.s == ",":
			joined = true
		case !t.word || t.digits:
			return false
		}
	}
	if !joined {
		return false
	}
	if _, _, ok := lastPhrase(pre, verbM); ok {
		return false
	}
	toks := tokRange(f.ctoks, f.clause.Start, f.prevReal)
	n := len(toks)
	for n > 0 && len(toks)-n < 4 && !toks[n-1].digits {
		n-- // the count's noun, when the figure ends after it
	}
	for n > 0 && (toks[n-1].digits || toks[n-1].s == "." || toks[n-1].s == ",") {
		n--
	}
	for n > 0 && approxBefore[toks[n-1].s] {
		n--
	}
	if n == 0 {
		return false
	}
	v, at, ok := lastPhrase(toks[:n], verbM)
	return ok && v == vDecrease && at >= n-2
}

// pledgedLift reports a count of households whose words before "thoát"
// say they only pledged or may leave poverty: "85 hộ nghèo đăng ký thoát
// nghèo", "60 hộ cam kết thoát nghèo", "60 hộ có khả năng thoát nghèo",
// "hộ có nguyện vọng thoát nghèo". Registering to leave is the year's
// commitment, not households that left.
func pledgedLift(f *figure) bool {
	rest := f.clauseAfter()
	for k := 0; k+1 < len(rest) && k < 8; k++ {
		if !rest[k].word {
			return false
		}
		switch a, b := rest[k].s, rest[k+1].s; {
		case a == "thoát":
			return false
		case a == "đăng" && b == "ký", a == "cam" && b == "kết", a == "khả" && b == "năng", a == "nguyện" && b == "vọng":
			for j := k + 2; j < len(rest) && j < k+5; j++ {
				if rest[j].s == "thoát" {
					return true
				}
			}
			return false
		}
	}
	return false
}
