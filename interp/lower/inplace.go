package lower

// This file routes x op= y through abi.BinOp when x may be an instance
// whose class defines the in-place method (__iadd__ for +=...): the VM
// computes x = x op y, calling __add__, so a file that defines
// __iadd__ (or names a library class that does, MutableSequence) has
// its += on values of unknown kind lowered to
// x = __sp_binop(x, "+=", y), which calls x.__iadd__(y) (a list is
// still extended in place). Files without such a method, and targets
// whose kind shows a number, str, list or set, keep the VM's opcode.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// inPlaceNames maps an augmented assignment to its in-place method.
var inPlaceNames = map[syntax.Token]string{
	syntax.PLUS_EQ: "__iadd__", syntax.MINUS_EQ: "__isub__", syntax.STAR_EQ: "__imul__",
	syntax.SLASH_EQ: "__itruediv__", syntax.SLASHSLASH_EQ: "__ifloordiv__", syntax.PERCENT_EQ: "__imod__",
	syntax.AMP_EQ: "__iand__", syntax.PIPE_EQ: "__ior__", syntax.CIRCUMFLEX_EQ: "__ixor__",
	syntax.LTLT_EQ: "__ilshift__", syntax.GTGT_EQ: "__irshift__",
}

// inPlaceBases are the library classes, written in Python, whose
// in-place methods a class of the file may inherit.
var inPlaceBases = map[string][]string{
	"MutableSequence": {"__iadd__"},
	"MutableSet":      {"__ior__", "__iand__", "__ixor__", "__isub__"},
	"UserList":        {"__iadd__", "__imul__"},
	"UserDict":        {"__ior__"},
}

// inPlaceDefs returns the in-place method names that defs in stmts
// define, at any depth, or that the inPlaceBases they name define.
func inPlaceDefs(stmts []syntax.Stmt) map[string]bool {
	names := map[string]bool{}
	for _, n := range inPlaceNames {
		names[n] = false
	}
	for _, st := range stmts {
		syntax.Walk(st, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.DefStmt:
				if _, ok := names[n.Name.Name]; ok {
					names[n.Name.Name] = true
				}
			case *syntax.Ident:
				for _, m := range inPlaceBases[n.Name] {
					names[m] = true
				}
			}
			return true
		})
	}
	return names
}

// inPlaceAssign turns x op= y into x = __sp_binop(x, "op=", y) when the
// file defines op's in-place method and x, which can be evaluated
// twice, is of unknown kind; it reports whether it did.
func (t *typer) inPlaceAssign(st *syntax.AssignStmt, s *scope) bool {
	load := simpleCopy(st.LHS)
	if load == nil || !t.inPlace[inPlaceNames[st.Op]] || t.typeOf(st.LHS, s) != kUnknown {
		return false
	}
	st.Op, st.RHS = syntax.EQ, call(abi.BinOp, st.OpPos, load, strLit(st.Op.String(), st.OpPos), st.RHS)
	return true
}
