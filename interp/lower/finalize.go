package lower

// This file adds the looks for instances whose __del__ is due (see
// py.Unreachable) to a file whose classes define __del__: after each
// del statement and each assignment of None (x = None, self.conn =
// None), which is where CPython would call it.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// definesDel reports whether a class of f defines __del__.
func definesDel(f *pyast.File) bool {
	found := false
	pyast.Walk(f, func(n pyast.Node) bool {
		if c, ok := n.(*pyast.Class); ok {
			for _, s := range c.Body {
				if d, ok := s.(*pyast.Def); ok && d.Name.Name == "__del__" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// collectAfter appends __sp_collect() to stmts, the lowering of s, when
// s may drop an instance's last reference in a file with finalizers.
func (l *lowerer) collectAfter(s pyast.Stmt, stmts []syntax.Stmt) []syntax.Stmt {
	if !l.finalizers {
		return stmts
	}
	var pos syntax.Position
	switch s := s.(type) {
	case *pyast.Del:
		pos = s.Del
	case *pyast.Assign:
		if id, ok := s.Value.(*pyast.Ident); !ok || id.Name != "None" {
			return stmts
		}
		pos = s.OpPos
	default:
		return stmts
	}
	return append(stmts, exprStmt(call(abi.Collect, pos)))
}
