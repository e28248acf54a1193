package lower

// This file defines the loop form of an item read as an operand of
// arithmetic. An operand that may be a bool is read through __sp_R_num
// (boolarith.go), which costs a load and an index a step. In a loop,
// t += x[i], where x is a variable the loop could read before it
// (index.go's hoist), becomes t += __sp_nN_x[i] with __sp_nN_x =
// __sp_numx(x) before the loop: __sp_numx returns a view of a list,
// tuple or mapping whose items come back as __sp_R_num would return
// them (see interp/pyrt/numindex.go), so the step pays one call inside
// the index instead.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// hoisted is a variable a loop may read before it runs.
type hoisted struct {
	name string // the variable
	strx bool   // whether its kind is unknown: x[i] reads it through __sp_strx
	str  string // its __sp_strx substitute, once named
	nstr int    // how many reads of str the loop's lowering kept
	num  string // its __sp_numx substitute, once used
}

// numOperand reads x, an operand of arithmetic in scope s that may be a
// bool, through __sp_R_num, or through its variable's __sp_numx view
// when x is an item of a hoisted variable, or through __sp_Kn when it
// is (__sp_K + y)[i].
func (t *typer) numOperand(x syntax.Expr, pos syntax.Position, s *scope) syntax.Expr {
	if t.numVar(x, s) {
		return x // a numeric loop variable (numloop.go)
	}
	if ix, ok := x.(*syntax.IndexExpr); ok {
		switch y := ix.X.(type) {
		case *syntax.Ident:
			if h := t.hoistedAs(y.Name, s); h != nil {
				if y.Name == h.str {
					h.nstr--
				}
				if h.num == "" {
					h.num = t.c.l.freshName(abi.NumAlias) + "_" + h.name // the name marks tracebacks
				}
				ix.X = ident(h.num, y.NamePos)
				return x
			}
		case *syntax.BinaryExpr:
			if k, ok := y.X.(*syntax.Ident); ok && y.Op == syntax.PLUS && (k.Name == abi.StrKey || k.Name == t.kname) {
				if k.Name == t.kname {
					t.kused--
				}
				y.X = ident(abi.NumKey, k.NamePos) // (__sp_K + x)[i], see index.go
				return x
			}
		}
	}
	return numOperand(x, pos)
}

// hoistedAs returns the hoisted variable that name, in scope s, reads:
// the variable itself or its __sp_strx substitute.
func (t *typer) hoistedAs(name string, s *scope) *hoisted {
	if h, ok := t.hoisted[t.key(name, s)]; ok {
		return h
	}
	for _, h := range t.hoisted {
		if h.str == name {
			return h
		}
	}
	return nil
}

// substitutes returns the assignments of h's substitutes that the
// loop's lowering read, to go before the loop at pos.
func (h *hoisted) substitutes(pos syntax.Position) []syntax.Stmt {
	var out []syntax.Stmt
	if h.nstr > 0 {
		out = append(out, assign(ident(h.str, pos), call(abi.StrIndex, pos, ident(h.name, pos)), pos))
	}
	if h.num != "" {
		out = append(out, assign(ident(h.num, pos), call(abi.NumIndex, pos, ident(h.name, pos)), pos))
	}
	return out
}
