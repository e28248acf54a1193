package srcmap

// This file lets the float-division inference ask the runtime about the
// values of the variables a failed division reads, where the runtime
// can still see them: the globals of the module, and the free variables
// of a try body (whose enclosing function is still running when the
// except clause matches). A local variable or parameter of the failing
// function died with its frame; the source alone answers for it.

import (
	"sync"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// runTime asks inf.lookup whether name, read in inf's scope, holds a
// float, for a name that the scope binds nowhere (at module level, any
// name).
func (inf *floatInference) runTime(name string) (float, known bool) {
	if inf.lookup == nil {
		return false, false
	}
	if !inf.inDef {
		return inf.lookup(name, true)
	}
	if bindsLocal(inf.scope, name) || definesName(inf.scope, name) {
		return false, false // a local of the failing def, not a cell (x.v)
	}
	global := true
	for _, d := range inf.outer {
		if hasParam(d, name) || definesName(d.Body, name) {
			global = false
		} else if found, _ := inf.assignments(d.Body, name); found {
			global = false
		}
	}
	return inf.lookup(name, global)
}

// hasParam reports whether def d has a parameter name.
func hasParam(d *syntax.DefStmt, name string) bool {
	for _, p := range d.Params {
		if paramName(p) == name {
			return true
		}
	}
	return false
}

// definesName reports whether stmts (not the defs inside) define name
// by a def statement.
func definesName(stmts []syntax.Stmt, name string) bool {
	found := false
	for _, s := range stmts {
		syntax.Walk(s, func(n syntax.Node) bool {
			if d, ok := n.(*syntax.DefStmt); ok {
				found = found || d.Name.Name == name
				return false
			}
			return !found
		})
	}
	return found
}

// defEnds finds, once, where each def of a file ends: the last position
// of any node inside it. A def's Span is not enough, since the nodes the
// lowering makes (a try body's status tuple) end before the user's
// expressions they hold.
type defEnds struct {
	once sync.Once
	ends map[*syntax.DefStmt]abi.Pos
}

func (d *defEnds) of(f *syntax.File) map[*syntax.DefStmt]abi.Pos {
	d.once.Do(func() {
		d.ends = map[*syntax.DefStmt]abi.Pos{}
		var open []*syntax.DefStmt
		var walk func(n syntax.Node) bool
		walk = func(n syntax.Node) bool {
			if n == nil {
				return false
			}
			_, end := n.Span()
			for _, def := range open {
				if e := pos(end); d.ends[def].Before(e) {
					d.ends[def] = e
				}
			}
			if def, ok := n.(*syntax.DefStmt); ok {
				open = append(open, def)
				_, end := def.Span()
				d.ends[def] = pos(end)
				for _, s := range def.Body {
					syntax.Walk(s, walk)
				}
				open = open[:len(open)-1]
				return false
			}
			return true
		}
		for _, s := range f.Stmts {
			syntax.Walk(s, walk)
		}
	})
	return d.ends
}

// bindsLocal reports whether stmts (not the defs inside) bind name as a
// plain local variable; a celled one (x.v = ..., the front-end's way to
// assign a variable of an enclosing scope) is not.
func bindsLocal(stmts []syntax.Stmt, name string) bool {
	found := false
	var target func(x syntax.Expr)
	target = func(x syntax.Expr) {
		switch x := unparen(x).(type) {
		case *syntax.Ident:
			found = found || x.Name == name
		case *syntax.TupleExpr:
			for _, y := range x.List {
				target(y)
			}
		case *syntax.ListExpr:
			for _, y := range x.List {
				target(y)
			}
		}
	}
	for _, s := range stmts {
		syntax.Walk(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.DefStmt, *syntax.LambdaExpr:
				return false
			case *syntax.ForStmt:
				target(n.Vars)
			case *syntax.AssignStmt:
				target(n.LHS)
			}
			return !found
		})
	}
	return found
}
