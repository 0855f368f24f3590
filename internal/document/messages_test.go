package document

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMessagesTranslated: every message format this package passes to
// diag.Errorf, as a literal or in the signatures table, has Vietnamese text.
func TestMessagesTranslated(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 3 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Errorf" || fmtIdent(sel.X) != "diag" {
				return true
			}
			lit, ok := call.Args[2].(*ast.BasicLit)
			if !ok {
				return true // a variable: the signatures table, checked below
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			used[s] = true
			return true
		})
	}
	for _, s := range signatures {
		used[s.msg] = true
	}
	if len(used) < 10 {
		t.Fatalf("found only %d messages; is the scan broken?", len(used))
	}
	for en := range used {
		vi, ok := messagesVI[en]
		if !ok || vi == "" || vi == en {
			t.Errorf("no Vietnamese text for %q", en)
		}
		if strings.Count(vi, "%") != strings.Count(en, "%") {
			t.Errorf("verbs differ: %q → %q", en, vi)
		}
	}
	for en := range messagesVI {
		if !used[en] {
			t.Errorf("translated message %q is never raised", en)
		}
	}
}

func fmtIdent(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}
