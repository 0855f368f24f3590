package catalog

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/unicode/norm"
)

//go:embed catalog.json
var builtin []byte

// Other is the code under which facts of unknown indicators are kept, and
// the id of the section they are listed in.
const Other = "khac"

// Section is a numbered part of the report (I. KINH TẾ, II. …).
type Section struct {
	ID   string `json:"id"`
	Name string `json:"name"` // upper case, as printed
}

// Indicator is one catalog entry.
type Indicator struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	UOM     string `json:"uom"`
	Section string `json:"section"`
	// Sum is true when adding the indicator across units makes sense
	// (money, counts); never for percentages.
	Sum bool `json:"sum,omitempty"`
	// Key marks the indicators of the summary sheet and the chart.
	Key bool `json:"key,omitempty"`
	// Cues are lower-case phrases by which a text names the indicator.
	Cues []string `json:"cues,omitempty"`
	// Not are phrases that, next to a cue, mean the text speaks of
	// something else (a part of the total, another quantity).
	Not []string `json:"not,omitempty"`
	// WeakCues name the indicator only where a clause has no other
	// subject yet: "tăng trưởng" is the growth rate in "kinh tế đạt mức
	// tăng trưởng 9%" but a verb in "thu ngân sách tăng trưởng 15%".
	WeakCues []string `json:"weak_cues,omitempty"`
	// Growth marks a rate of change ("kinh tế tăng 10,74%"): "tăng X%" is
	// the indicator's own value, not a change of it.
	Growth bool `json:"growth,omitempty"`
	// LowerBetter marks indicators where less than planned is the better
	// result (the poverty rate): beating the plan means staying under it.
	LowerBetter bool `json:"lower_better,omitempty"`
}

// Catalog is an ordered set of sections and indicators.
type Catalog struct {
	Sections   []Section   `json:"sections"`
	Indicators []Indicator `json:"indicators"`
	byCode     map[string]int
}

// Default returns the built-in catalog.
func Default() *Catalog {
	c, err := parse(builtin)
	if err != nil {
		panic("catalog: built-in catalog.json: " + err.Error())
	}
	return c
}

// Load returns the built-in catalog extended by the user file at path: an
// indicator with a known code replaces the built-in one, a new code is
// added at the end of its section, a new section at the end.
func Load(path string) (*Catalog, error) {
	c := Default()
	if path == "" {
		return c, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	user, err := parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c.merge(user)
	return c, nil
}

func parse(data []byte) (*Catalog, error) {
	var c Catalog
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, err
	}
	for i := range c.Sections {
		c.Sections[i].Name = norm.NFC.String(c.Sections[i].Name)
	}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Code == "" {
			return nil, fmt.Errorf("indicator %d has no code", i+1)
		}
		ind.Name = norm.NFC.String(ind.Name)
		ind.UOM = norm.NFC.String(ind.UOM)
		for j, q := range ind.Cues {
			ind.Cues[j] = strings.ToLower(norm.NFC.String(q))
		}
		for j, q := range ind.Not {
			ind.Not[j] = strings.ToLower(norm.NFC.String(q))
		}
		for j, q := range ind.WeakCues {
			ind.WeakCues[j] = strings.ToLower(norm.NFC.String(q))
		}
	}
	c.index()
	return &c, nil
}

func (c *Catalog) index() {
	c.byCode = make(map[string]int, len(c.Indicators))
	for i, ind := range c.Indicators {
		c.byCode[ind.Code] = i
	}
}

func (c *Catalog) merge(u *Catalog) {
	for _, s := range u.Sections {
		if c.section(s.ID) < 0 {
			c.Sections = append(c.Sections, s)
		} else {
			c.Sections[c.section(s.ID)] = s
		}
	}
	for _, ind := range u.Indicators {
		if i, ok := c.byCode[ind.Code]; ok {
			c.Indicators[i] = ind
			continue
		}
		// Insert after the last indicator of its section to keep report order.
		at := len(c.Indicators)
		for i := len(c.Indicators) - 1; i >= 0; i-- {
			if c.Indicators[i].Section == ind.Section {
				at = i + 1
				break
			}
		}
		c.Indicators = append(c.Indicators[:at], append([]Indicator{ind}, c.Indicators[at:]...)...)
		c.index()
	}
	c.index()
}

func (c *Catalog) section(id string) int {
	for i, s := range c.Sections {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// Lookup returns the indicator with the code, if the catalog has it.
func (c *Catalog) Lookup(code string) (Indicator, bool) {
	i, ok := c.byCode[code]
	if !ok {
		return Indicator{}, false
	}
	return c.Indicators[i], true
}

// Order returns the position of code in report order, or len(Indicators)
// for unknown codes, so they sort last.
func (c *Catalog) Order(code string) int {
	if i, ok := c.byCode[code]; ok {
		return i
	}
	return len(c.Indicators)
}

// SectionName returns the printed name of a section id.
func (c *Catalog) SectionName(id string) string {
	if i := c.section(id); i >= 0 {
		return c.Sections[i].Name
	}
	if id == Other {
		return "KHÁC"
	}
	return strings.ToUpper(id)
}
