package abi

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// constBlocks returns the constants of abi.go's const blocks, in order,
// as name=value pairs, one slice per block.
func constBlocks(t *testing.T) [][]string {
	f, err := parser.ParseFile(token.NewFileSet(), "abi.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var blocks [][]string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		var block []string
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			val, _ := strconv.Unquote(v.Values[0].(*ast.BasicLit).Value)
			block = append(block, v.Names[0].Name+"="+val)
		}
		blocks = append(blocks, block)
	}
	return blocks
}

// TestTablesMatchConstants checks that Helpers and Synthesized list
// every constant of abi.go's helper and prefix blocks, in order, each
// with its value and a description.
func TestTablesMatchConstants(t *testing.T) {
	blocks := constBlocks(t)
	if len(blocks) != 3 {
		t.Fatalf("abi.go has %d const blocks, want 3 (Prefix, helpers, made-up names)", len(blocks))
	}
	var helpers, names []string
	for _, h := range Helpers {
		helpers = append(helpers, h.Const+"="+h.Name)
		if h.Doc == "" || h.Arity == "" || !strings.HasPrefix(h.Name, Prefix) {
			t.Errorf("%s: want a doc line, an arity and the prefix %s", h.Const, Prefix)
		}
	}
	for _, n := range Synthesized {
		names = append(names, n.Const+"="+n.Prefix)
		if n.Doc == "" || !strings.HasPrefix(n.Prefix, Prefix) {
			t.Errorf("%s: want a doc line and the prefix %s", n.Const, Prefix)
		}
	}
	if got, want := strings.Join(helpers, " "), strings.Join(blocks[1], " "); got != want {
		t.Errorf("Helpers:\n got %s\nwant %s", got, want)
	}
	if got, want := strings.Join(names, " "), strings.Join(blocks[2], " "); got != want {
		t.Errorf("Synthesized:\n got %s\nwant %s", got, want)
	}
	if len(byName) != len(Helpers) {
		t.Errorf("two helpers share a name")
	}
}

// TestFramePredicates checks the rules tracebacks follow.
func TestFramePredicates(t *testing.T) {
	for name, want := range map[string]bool{"__sp_try_3": true, "__sp_exc_3_1": true, "__sp_else_2": true,
		"__sp_fin_1": true, "__sp_try_w4": true, "__sp_class_K": false, "__sp_cmp": false, "f": false} {
		if got := InCallerFrame(name); got != want {
			t.Errorf("InCallerFrame(%q) = %v", name, got)
		}
	}
	if !Hidden("__sp_mk_f") || Hidden("f") || Hidden("lambda") {
		t.Errorf("Hidden is wrong")
	}
	if c, ok := ClassName("__sp_class_Point"); !ok || c != "Point" {
		t.Errorf("ClassName = %q, %v", c, ok)
	}
	if _, ok := ClassName("__sp_try_1"); ok {
		t.Errorf("ClassName took a try body")
	}
	if !LambdaInCallerFrame(Compare) || LambdaInCallerFrame(GenCall) || !GenexprLambda(GenCall) || !GenexprLambda(GenBody) || GenexprLambda(Compare) {
		t.Errorf("the lambda rules are wrong")
	}
}

// TestSourceMapFillsOnce checks that a SourceMap is filled on first use
// only, and that a nil one answers nothing.
func TestSourceMapFillsOnce(t *testing.T) {
	n := 0
	m := NewSourceMap(func(m *SourceMap) {
		n++
		m.SetAnchor(Pos{2, 5}, &Anchor{Mark: Subscr})
		m.AddDef(3, "f", &Def{Qual: "K.f"})
		m.AddDef(3, "f", &Def{Qual: "other"})
		m.AddKeywords(Pos{4, 1}, []string{"a"})
		m.AddKeywords(Pos{4, 1}, []string{"b"})
	})
	if n != 0 {
		t.Fatal("filled before use")
	}
	if a := m.AnchorAt(Pos{2, 5}); a == nil || a.Mark != Subscr {
		t.Errorf("AnchorAt = %v", a)
	}
	if d := m.DefAt(3, "f"); d == nil || d.Qual != "K.f" {
		t.Errorf("DefAt = %v", d)
	}
	if k := m.Keywords(Pos{4, 1}); strings.Join(k, ",") != "a,b" {
		t.Errorf("Keywords = %v", k)
	}
	if m.AnchorAt(Pos{1, 1}) != nil || n != 1 {
		t.Errorf("filled %d times", n)
	}
	var none *SourceMap
	if none.AnchorAt(Pos{1, 1}) != nil || none.DefAt(1, "f") != nil || none.Keywords(Pos{1, 1}) != nil {
		t.Errorf("a nil SourceMap answered")
	}
}
