package lower

// This file lowers positional-only parameters (those before '/'): each
// is renamed __sp_p_x, so that a keyword x does not bind it, and the
// body starts by binding x:
//
//	def f(a, /, b):          def f(__sp_p_a, b):
//	    body                     a = __sp_p_a
//	                             body
//
// A keyword a then goes to the def's ** parameter, as in CPython, or is
// the VM's "unexpected keyword argument", which the runtime words as
// CPython does (see py.RefineCallError). A lambda's '/' is not enforced.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// posOnly renames the positional-only parameters among params, the
// lowered parameters of d, and returns the statements the body starts
// with (nil when there are none).
func posOnly(d *pyast.Def, params []syntax.Expr) ([]syntax.Expr, []syntax.Stmt) {
	var prelude []syntax.Stmt
	for i, p := range d.Params {
		if !p.PosOnly {
			continue
		}
		b, hasDefault := params[i].(*syntax.BinaryExpr) // x=default
		x := params[i]
		if hasDefault {
			x = b.X
		}
		id := x.(*syntax.Ident)
		renamed := ident(abi.PosOnlyParam+id.Name, id.NamePos)
		prelude = append(prelude, assign(ident(id.Name, id.NamePos), ident(renamed.Name, id.NamePos), id.NamePos))
		if hasDefault {
			params[i] = binary(renamed, syntax.EQ, b.Y, b.OpPos)
		} else {
			params[i] = renamed
		}
	}
	return params, prelude
}
