package lower

// This file lowers annotations (see LOWERING.md). A def's annotations
// become a lambda that the function keeps and calls when a script first
// reads its __annotations__ (as PEP 649 defers them):
//
//	f = __sp_annotate(f, lambda: {"x": int, "return": str}, "x", "int", "return", "str")
//
// "name: T" in a class body or at module level stores T, evaluated at
// once, in the namespace's __annotations__:
//
//	__annotations__["name"] = __sp_annotation(lambda: T, "T")
//
// In both, the source texts are what an annotation that spindle can't
// evaluate (a typing construct it lacks) stands as instead of failing
// the whole def or class. Under "from __future__ import annotations"
// every annotation is its source text, as in CPython.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// futureAnnotations reports whether the module imports annotations
// from __future__.
func futureAnnotations(stmts []pyast.Stmt) bool {
	for _, s := range stmts {
		if imp, ok := s.(*pyast.ImportFrom); ok && imp.Module == "__future__" {
			for _, n := range imp.Names {
				if n.Name.Name == "annotations" {
					return true
				}
			}
		}
	}
	return false
}

// moduleAnnotated reports whether the module's top level (outside defs
// and classes) annotates a name, so that the module needs its
// __annotations__ dict.
func moduleAnnotated(stmts []pyast.Stmt) bool {
	found := false
	var walk func([]pyast.Stmt)
	walk = func(stmts []pyast.Stmt) {
		for _, s := range stmts {
			switch s := s.(type) {
			case *pyast.AnnAssign:
				if _, ok := s.Target.(*pyast.Ident); ok {
					found = true
				}
			case *pyast.If:
				walk(s.Body)
				walk(s.Else)
			case *pyast.For:
				walk(s.Body)
				walk(s.Else)
			case *pyast.While:
				walk(s.Body)
				walk(s.Else)
			case *pyast.With:
				walk(s.Body)
			case *pyast.Try:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.Else)
				walk(s.Finally)
			}
		}
	}
	walk(stmts)
	return found
}

// annotationText is what an annotation stands as unevaluated: its
// source, a string literal as its repr.
func (l *lowerer) annotationText(x syntax.Expr) string {
	if lit, ok := x.(*syntax.Literal); ok && lit.Token == syntax.STRING {
		s, _ := lit.Value.(string)
		return pyStrRepr(s)
	}
	return l.sourceText(x)
}

// annotationValue is the value a namespace's "name: T" stores:
// __sp_annotation(lambda: T, "T"), or the text alone under the future
// import.
func (l *lowerer) annotationValue(t syntax.Expr) syntax.Expr {
	pos := syntax.Start(t)
	text := strLit(l.annotationText(t), pos)
	if l.futureAnn {
		return text
	}
	return call(abi.Annotation, pos, &syntax.LambdaExpr{Lambda: pos, Body: t}, text)
}

// annotateDef wraps f, the function a def just made, in the call that
// gives it the def's annotations; x is returned unchanged when the def
// has none.
func (l *lowerer) annotateDef(d *pyast.Def, x syntax.Expr) syntax.Expr {
	var keys []string
	var values []syntax.Expr
	for _, p := range d.Params {
		if p.Annotation != nil && p.Name != nil {
			keys, values = append(keys, p.Name.Name), append(values, l.expr(p.Annotation))
		}
	}
	if d.Returns != nil {
		keys, values = append(keys, "return"), append(values, l.expr(d.Returns))
	}
	if keys == nil {
		return x
	}
	pos := d.Def
	dict := &syntax.DictExpr{Lbrace: pos, Rbrace: pos}
	texts := []syntax.Expr{x, nil}
	for i, k := range keys {
		text := strLit(l.annotationText(values[i]), pos)
		value := syntax.Expr(text)
		if !l.futureAnn {
			value = values[i]
		}
		dict.List = append(dict.List, &syntax.DictEntry{Key: strLit(k, pos), Colon: pos, Value: value})
		texts = append(texts, strLit(k, pos), text)
	}
	if l.futureAnn {
		texts[1] = dict
		return call(abi.Annotate, pos, texts[:2]...)
	}
	texts[1] = &syntax.LambdaExpr{Lambda: pos, Body: dict}
	return call(abi.Annotate, pos, texts...)
}

// pyStrRepr is Python's repr of s for the printable strings annotations
// hold.
func pyStrRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	if q == "'" {
		s = strings.ReplaceAll(s, "'", `\'`)
	}
	return q + s + q
}
