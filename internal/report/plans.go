package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chitieu/chitieu/internal/facts"
	"github.com/chitieu/chitieu/internal/vnnum"
)

// One sentence often measures a result against several plans: "bằng 104%
// dự toán trung ương giao, bằng 86% dự toán tỉnh giao". Each share is a
// true statement of the document (the spec keeps both as pct_of_plan
// facts); they differ because the plans do, not because the sources
// disagree. The report shows them as such, instead of calling them
// conflicting figures and hiding all but one.

// planWords start the phrase naming a plan after a share: "dự toán tỉnh
// giao", "kế hoạch huyện giao", "chỉ tiêu Nghị quyết", "KH".
var planWords = []string{"dự toán", "kế hoạch", "chỉ tiêu", "mục tiêu", "nghị quyết", "kh", "nq"}

// planEnd ends a plan phrase: the next clause or sentence.
const planEnd = ",;.:()\n"

// nextShare ends a plan phrase too: the next share or figure of a list
// ("77,14% dự toán thành phố giao và 68,68% …").
var nextShare = []string{" và ", " bằng ", " đạt ", " tăng ", " giảm ", " so với "}

// planBasis is the plan a pct_of_plan fact measures against, as its
// evidence names it right after the figure's "%": the phrase ("dự toán
// HĐND quận giao sau điều chỉnh") and the issuer inside it ("HĐND quận";
// "" when the phrase names none, as "kế hoạch" alone does). Both are ""
// when the evidence does not hold the figure followed by a plan phrase.
func planBasis(f *facts.Fact) (phrase, issuer string) {
	ev := f.Evidence
	for i := 0; i < len(ev); i++ {
		if ev[i] != '%' {
			continue
		}
		v, ok := numberBefore(ev, i)
		if !ok || !sameValue(v, f.Value) {
			continue
		}
		if p, iss, ok := planPhrase(ev[i+1:]); ok {
			return p, iss
		}
	}
	return "", ""
}

// numberBefore reads the Vietnamese-written number that ends right before
// ev[i] (spaces between are allowed: "104 %").
func numberBefore(ev string, i int) (float64, bool) {
	end := i
	for end > 0 && ev[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 {
		c := ev[start-1]
		if c >= '0' && c <= '9' || c == '.' || c == ',' {
			start--
			continue
		}
		break
	}
	if start == end {
		return 0, false
	}
	v, err := vnnum.ParseDecimal(ev[start:end])
	return v, err == nil
}

// planPhrase reads the plan phrase at the start of s (after a share's
// "%"): it must start with a plan word and runs to the end of the clause.
// The issuer is what stands between the plan word and "giao" (or the end).
func planPhrase(s string) (phrase, issuer string, ok bool) {
	s = strings.TrimLeft(s, " ")
	s = strings.TrimPrefix(s, "so với ")
	s = strings.TrimPrefix(s, "so ")
	word := ""
	for _, w := range planWords {
		if hasPrefixFold(s, w) && wordEnds(s, len(w)) {
			word = w
			break
		}
	}
	if word == "" {
		return "", "", false
	}
	n := strings.IndexAny(s, planEnd)
	if n < 0 {
		n = len(s)
	}
	phrase = s[:n]
	for _, w := range nextShare {
		if j := strings.Index(phrase, w); j >= 0 {
			phrase = phrase[:j]
		}
	}
	phrase = strings.TrimSpace(phrase)
	rest := strings.TrimSpace(phrase[len(word):])
	if g := indexFold(" "+rest+" ", " giao "); g >= 0 {
		rest = rest[:g]
	}
	for _, w := range []string{"năm ", "được ", "đã "} {
		// "dự toán năm 2024 tỉnh giao": the year is not the issuer.
		if hasPrefixFold(rest, w) {
			rest = strings.TrimSpace(strings.TrimLeft(rest[len(w):], "0123456789"))
		}
	}
	return phrase, strings.TrimSpace(rest), true
}

// hasPrefixFold reports whether s starts with w in any case. Upper and
// lower case of a Vietnamese letter have one length in UTF-8, so the
// prefix is len(w) bytes of s, and offsets after it hold in s.
func hasPrefixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w)
}

// indexFold is strings.Index in any case (see hasPrefixFold), for the
// short phrases here.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if hasPrefixFold(s[i:], sub) {
			return i
		}
	}
	return -1
}

// wordEnds reports whether s[i:] starts a new word (or s ends at i).
func wordEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// otherPlan reports whether two pct_of_plan facts measure against plans
// of different issuers ("dự toán trung ương giao", "dự toán tỉnh giao"),
// so that their different shares are no conflict. Facts whose evidence
// names no issuer (or the same one) may well be the same share stated
// twice: those stay conflicts.
// A plan adjusted during the year ("dự toán HĐND quận giao sau điều
// chỉnh") is another plan than the one first assigned.
func otherPlan(a, b *facts.Fact) bool {
	pa, ia := planBasis(a)
	pb, ib := planBasis(b)
	if ia == "" || ib == "" {
		return false
	}
	return !strings.EqualFold(ia, ib) || adjusted(pa) != adjusted(pb)
}

func adjusted(phrase string) bool {
	p := strings.ToLower(phrase)
	return strings.Contains(p, "điều chỉnh") || strings.Contains(p, "bổ sung")
}
