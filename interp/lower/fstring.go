package lower

// This file lowers f-strings.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// fstring lowers an f-string to one call of abi.FString whose arguments
// are the text before each field, then the field's value, conversion
// and spec, and last the text after the last field:
// f"a{x!r:>5}b{y}" is __sp_fstr("a", x, "r", ">5", "b", y, "", "", "").
// A spec with fields of its own ({x:>{w}}) is a nested call.
//
// The helper formats its fields after all its arguments are evaluated,
// where CPython formats each field before evaluating the next one, so a
// field joins the call only if evaluating it can't observe or change
// what formatting the fields before it does: its value is a name or a
// literal and its spec is a literal. A name counts only if no scope of
// the file declares it global or nonlocal: the __format__, __str__ or
// __repr__ that formats a field to its left could rebind it (CPython
// would load the new value). Before any other field, the call so
// far is closed and becomes the text argument of the next one:
// f"{x}{f()}" is __sp_fstr(__sp_fstr("", x, "", "", ""), f(), "", "", "").
func (l *lowerer) fstring(x *pyast.FString) *syntax.CallExpr {
	var args []syntax.Expr
	text, textPos := "", x.Pos
	for _, p := range x.Parts {
		switch p := p.(type) {
		case *pyast.Literal:
			if text == "" {
				textPos = p.TokenPos
			}
			text += p.Value.(string)
		case *pyast.FormattedValue:
			v, spec := l.expr(p.X), l.expr(p.Spec)
			if len(args) > 0 && !l.deferrable(v, spec) {
				args = []syntax.Expr{call(abi.FString, x.Pos, append(args, strLit(text, textPos))...)}
			} else {
				args = append(args, strLit(text, textPos))
			}
			args = append(args, v, strLit(p.Conv, p.Open), spec)
			text, textPos = "", p.Open
		}
	}
	c := call(abi.FString, x.Pos, append(args, strLit(text, textPos))...)
	if x.End.IsValid() { // the call spans the literal: a failing field's format is marked there
		c.Rparen = x.End
		c.Rparen.Col--
	}
	return c
}

// deferrable reports whether an f-string field with lowered value v and
// spec may be evaluated before the fields to its left are formatted: v
// is a literal or loads a name that only its own scope binds, and spec
// is a literal.
func (l *lowerer) deferrable(v, spec syntax.Expr) bool {
	if _, ok := spec.(*syntax.Literal); !ok {
		return false
	}
	switch v := v.(type) {
	case *syntax.Literal:
		return true
	case *syntax.Ident:
		return !l.reboundNames()[v.Name]
	}
	return false
}

// reboundNames returns the names that some scope of the file declares
// global or nonlocal.
func (l *lowerer) reboundNames() map[string]bool {
	if l.rebound == nil {
		l.rebound = map[string]bool{}
		pyast.Walk(l.file, func(n pyast.Node) bool {
			var names []*pyast.Ident
			switch n := n.(type) {
			case *pyast.Global:
				names = n.Names
			case *pyast.Nonlocal:
				names = n.Names
			}
			for _, id := range names {
				l.rebound[id.Name] = true
			}
			return true
		})
	}
	return l.rebound
}
