package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chitieu/chitieu/internal/catalog"
)

// longestByPhrase is matcher.longest as it was before the tree of words:
// every phrase of the first word tried in turn (those whose second word
// is not the next token passed over by its key), the one that ends last
// winning, the first added of those that end together.
func longestByPhrase(m *matcher, toks []tok, i int) (val, end int, ok bool) {
	k := m.find(toks[i].s, toks[i].h)
	if k < 0 {
		return 0, -1, false
	}
	best := -1
	if m.firsts[k].s == "*" {
		for _, p := range m.firsts[k].phrases {
			if e, ok := matchAt(p.toks, p.hs, toks, i); ok && e > best {
				best, val = e, p.val
			}
		}
		return val, best, best >= 0
	}
	next := uint64(anySecond << 1)
	if i+1 < len(toks) {
		next = uint64(toks[i+1].h)
	}
	fw := &m.firsts[k]
	for j, key := range fw.seconds {
		if key != next && key != anySecond {
			continue
		}
		p := &fw.phrases[j]
		if e, ok := matchAt(p.toks[1:], p.hs[1:], toks, i+1); ok && e > best {
			best, val = e, p.val
		}
	}
	return val, best, best >= 0
}

// TestMatcherTree checks longest, which reads the phrases without a gap
// off a tree of their words, against longestByPhrase at every token of
// the seed articles and of texts made of the phrases' own words (with
// hedges, repeats and cuts), for the catalog's cues, the rules' matchers
// and a matcher of phrases that share words, end together, repeat, hold
// hedges and gaps.
func TestMatcherTree(t *testing.T) {
	own := newMatcher()
	for v, p := range []string{
		"tỷ lệ * nghèo", "thu ngân sách", "thu ngân sách ước đạt", "thu ngân sách đạt", "thu ngân sách", "thu ngân", "thu",
		"ước", "ước đạt", "ước tính đạt", "tỷ lệ * đạt", "tỷ lệ hộ nghèo", "tỷ lệ hộ * nghèo", "tỷ * lệ", "tỷ lệ hộ nghèo giảm",
		"* hộ nghèo", "giá trị sản xuất", "giá trị sản xuất ước", "giá trị * sản xuất", "thu ngân sách nhà nước",
	} {
		own.add(p, v)
	}
	matchers := []*matcher{own, compile(catalog.Default()).cues, kindM, estM, verbM, planM, prevM, carryM, slashM, fieldM, wholeM,
		planNounM, giamNgheoM, partM, agencyM, reportVerbM, targetLeadM, nongThonM, servicesM, settlementM, planHeadM, wholeEconomyM, otherSectorM}
	for _, m := range nounM {
		matchers = append(matchers, m)
	}
	var texts []string
	for _, fw := range own.firsts {
		for _, p := range fw.phrases {
			// The phrase, with a hedge after each word, and cut short.
			texts = append(texts, strings.Join(p.toks, " "), strings.Join(p.toks, " ước ")+" ước", strings.Join(p.toks[:len(p.toks)-1], " "))
		}
	}
	paths, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	rng := rand.New(rand.NewSource(1))
	for _, m := range matchers {
		var words []string
		for _, fw := range m.firsts {
			for _, p := range fw.phrases {
				words = append(words, p.toks...)
			}
		}
		words = append(words, "ước", "ước", ",", "và")
		for range 200 {
			var b strings.Builder
			for range 2 + rng.Intn(30) {
				b.WriteString(words[rng.Intn(len(words))])
				b.WriteByte(' ')
			}
			texts = append(texts, b.String())
		}
	}
	for mi, m := range matchers {
		for _, s := range texts {
			toks := tokenize(lowerSameLen(s), nil)
			for cut := len(toks); cut >= 0 && cut >= len(toks)-3; cut-- {
				for i := range toks[:cut] {
					gv, ge, gok := m.longest(toks[:cut], i)
					wv, we, wok := longestByPhrase(m, toks[:cut], i)
					if gv != wv || ge != we || gok != wok {
						t.Fatalf("matcher %d at %d of %q: longest = %d %d %v, want %d %d %v", mi, i, s, gv, ge, gok, wv, we, wok)
					}
				}
			}
		}
	}
}
