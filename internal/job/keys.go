package job

import (
	"sort"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// keyLines maps every key path of a TOML document to the line it is
// written on, so that a check made after decoding ("bad glob", "no such
// password variable") can still point at the line to fix. Paths are dotted;
// array elements and array-table entries carry their index:
// "inputs[1]", "mail.unit[0].to". A document that does not parse gives
// what was read before the error (the decoder reports the error itself).
func keyLines(data []byte) map[string]int {
	lines := map[string]int{}
	var p unstable.Parser
	p.Reset(data)
	table := ""
	count := map[string]int{} // entries of each array table so far
	// Line starts, searched rather than counted from the top for each key
	// (unstable.Parser.Shape does that), which is quadratic in a big file.
	var newlines []int
	for i, b := range data {
		if b == '\n' {
			newlines = append(newlines, i)
		}
	}
	lineOf := func(n *unstable.Node) int {
		if n == nil || n.Raw.Length == 0 && n.Raw.Offset == 0 || int(n.Raw.Offset) > len(data) {
			return 0
		}
		return sort.SearchInts(newlines, int(n.Raw.Offset)) + 1
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			path, first := keyPath(e)
			if e.Kind == unstable.ArrayTable {
				i := count[path]
				count[path]++
				path += "[" + strconv.Itoa(i) + "]"
			}
			table = path
			lines[path] = lineOf(first)
		case unstable.KeyValue:
			path, first := keyPath(e)
			if table != "" {
				path = table + "." + path
			}
			lines[path] = lineOf(first)
			if v := e.Value(); v != nil && v.Kind == unstable.Array {
				it := v.Children()
				for i := 0; it.Next(); i++ {
					if l := lineOf(it.Node()); l > 0 {
						lines[path+"["+strconv.Itoa(i)+"]"] = l
					} else {
						lines[path+"["+strconv.Itoa(i)+"]"] = lines[path]
					}
				}
			}
		}
	}
	return lines
}

// keyPath joins the parts of a node's key and returns its first part.
func keyPath(n *unstable.Node) (string, *unstable.Node) {
	var parts []string
	var first *unstable.Node
	it := n.Key()
	for it.Next() {
		if first == nil {
			first = it.Node()
		}
		parts = append(parts, string(it.Node().Data))
	}
	return strings.Join(parts, "."), first
}

// lineAt returns the line of path, or of the nearest enclosing key that
// has one (a default value has no line of its own; its table may).
func lineAt(lines map[string]int, path string) int {
	for path != "" {
		if l, ok := lines[path]; ok && l > 0 {
			return l
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0
}
