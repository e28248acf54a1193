package lower

// This file lowers the attributes of functions: f.calls = 0 and
// f.calls += 1 where f names a def of the file (or is C.f,
// m.__func__ or f.__wrapped__), as
// Starlark functions have no fields and Python's have a __dict__. The
// load goes through abi.Dunder and the store through abi.SetAttr, which
// handle any receiver, so a name that holds something else after all
// costs time, never correctness.

import (
	"sort"
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// funcNames are the names functions conventionally go by where no def
// binds them: a decorator's parameter (def register(fn): fn.tag = 1).
// Names that as often hold other objects (f for a file, handler for a
// logging handler) are left out: their attributes would pay a call.
var funcNames = map[string]bool{
	"fn": true, "func": true, "function": true, "wrapper": true, "wrapped": true,
	"decorated": true, "callback": true, "cb": true,
}

// funcRecv reports whether x, the receiver of an attribute, may be a
// function: a name some def of the file binds, one of funcNames or a
// decorator's parameter (see funcAttrs), an attribute named as a def
// (C.method), m.__func__ or f.__wrapped__.
func (l *lowerer) funcRecv(x pyast.Expr) bool {
	switch x := x.(type) {
	case *pyast.Ident:
		return l.defNames()[x.Name] || funcNames[x.Name] || l.funcAttrs().params[x.Name]
	case *pyast.Attr:
		return x.Name.Name == "__func__" || x.Name.Name == "__wrapped__" || l.defNames()[x.Name.Name] // C.method
	}
	return false
}

// defNames returns the names the defs of the file bind, in any scope.
func (l *lowerer) defNames() map[string]bool {
	if l.defs == nil {
		l.defs = map[string]bool{}
		pyast.Walk(l.file, func(n pyast.Node) bool {
			if d, ok := n.(*pyast.Def); ok {
				l.defs[d.Name.Name] = true
			}
			return true
		})
	}
	return l.defs
}

// fileFuncAttrs holds what funcAttrs finds.
type fileFuncAttrs struct {
	params map[string]bool // decorators' parameters
	names  map[string]bool // attributes stored on function receivers
}

// funcAttrs finds the parameters of the file's decorators, defs that
// set an attribute of a parameter and return it (def deco(f): f.help =
// "h"; return f), and the attributes the file stores on a receiver that
// may be a function (see funcRecv). A load of such an attribute from
// any receiver but self and cls goes through __sp_dunder, which reads a
// function's attributes: for g in registry: g.help.
func (l *lowerer) funcAttrs() *fileFuncAttrs {
	if l.fattrs != nil {
		return l.fattrs
	}
	l.fattrs = &fileFuncAttrs{params: map[string]bool{}, names: map[string]bool{}}
	pyast.Walk(l.file, func(n pyast.Node) bool {
		if d, ok := n.(*pyast.Def); ok {
			for _, p := range d.Params {
				if p.Star == 0 && decorates(d, p.Name.Name) {
					l.fattrs.params[p.Name.Name] = true
				}
			}
		}
		return true
	})
	pyast.Walk(l.file, func(n pyast.Node) bool {
		for _, t := range storeTargets(n) {
			if a, ok := t.(*pyast.Attr); ok && l.funcRecv(a.X) {
				l.fattrs.names[a.Name.Name] = true
			}
		}
		return true
	})
	return l.fattrs
}

// decorates reports whether d sets an attribute of its parameter name
// and returns it.
func decorates(d *pyast.Def, name string) bool {
	if name == "self" || name == "cls" {
		return false
	}
	stores, returns := false, false
	pyast.Walk(&pyast.Def{Body: d.Body}, func(n pyast.Node) bool {
		for _, t := range storeTargets(n) {
			if a, ok := t.(*pyast.Attr); ok && isPyIdent(a.X, name) {
				stores = true
			}
		}
		if r, ok := n.(*pyast.Return); ok && isPyIdent(r.Value, name) {
			returns = true
		}
		return true
	})
	return stores && returns
}

// storeTargets returns the targets n assigns to, if it is an assignment.
func storeTargets(n pyast.Node) []pyast.Expr {
	switch n := n.(type) {
	case *pyast.Assign:
		return n.Targets
	case *pyast.AugAssign:
		return []pyast.Expr{n.Target}
	}
	return nil
}

func isPyIdent(x pyast.Expr, name string) bool {
	id, ok := x.(*pyast.Ident)
	return ok && id.Name == name
}

// funcAttrLoad reports whether x.name, a load or a store, is of an
// attribute the file stores on functions (see funcAttrRead), on a
// receiver that is a name or a name's attribute, which x.name op= v
// reads twice (see augFuncAttr).
func (l *lowerer) funcAttrLoad(x *pyast.Attr) bool {
	switch r := x.X.(type) {
	case *pyast.Ident:
	case *pyast.Attr:
		if _, ok := r.X.(*pyast.Ident); !ok {
			return false
		}
	default:
		return false
	}
	return l.funcAttrRead(x)
}

// funcAttrRead reports whether x.name, read or assigned once, is of an
// attribute the file (see funcAttrs) or another file of the program
// (Options.FuncAttrs) stores on functions, from a receiver other than
// self and cls: find("ls").help.
func (l *lowerer) funcAttrRead(x *pyast.Attr) bool {
	if r, ok := x.X.(*pyast.Ident); ok && (r.Name == "self" || r.Name == "cls") {
		return false
	}
	name := x.Name.Name
	return l.funcAttrs().names[name] || l.otherAttrs != nil && !strings.HasPrefix(name, "__") && l.otherAttrs(name)
}

// FuncAttrNames returns the names of the attributes that f stores on a
// receiver that may be a function (see funcRecv), sorted: what a
// program's other files pass as Options.FuncAttrs.
func FuncAttrNames(f *pyast.File) []string {
	l := &lowerer{file: f}
	var names []string
	for name := range l.funcAttrs().names {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// store lowers target = rhs, where x is the lowered target.
func (l *lowerer) store(target pyast.Expr, x, rhs syntax.Expr, pos syntax.Position) syntax.Stmt {
	if a, ok := target.(*pyast.Attr); ok && (l.funcRecv(a.X) || l.funcAttrRead(a)) {
		return exprStmt(call(abi.SetAttr, pos, l.expr(a.X), strLit(a.Name.Name, a.Name.NamePos), rhs))
	}
	if c, ok := x.(*syntax.CallExpr); ok && isIdentNamed(c.Fn, abi.Slice) { // x[lo:hi:step] = v
		args := append(append([]syntax.Expr{}, c.Args...), rhs)
		return exprStmt(&syntax.CallExpr{Fn: ident(abi.SetSlice, pos), Lparen: c.Lparen, Args: args, Rparen: c.Rparen})
	}
	return &syntax.AssignStmt{OpPos: pos, Op: syntax.EQ, LHS: x, RHS: rhs}
}

// augFuncAttr lowers f.name op= rhs: the receiver, a name or m.__func__,
// is evaluated twice, which for these is the same value.
func (l *lowerer) augFuncAttr(a *pyast.Attr, op syntax.Token, rhs syntax.Expr, pos syntax.Position) syntax.Stmt {
	name := strLit(a.Name.Name, a.Name.NamePos)
	load := call(abi.Dunder, a.Dot, l.expr(a.X), name)
	var v syntax.Expr = &syntax.BinaryExpr{OpPos: pos, Op: op, X: load, Y: rhs}
	if op == syntax.STARSTAR {
		v = call(abi.Pow, pos, load, rhs)
	}
	return exprStmt(call(abi.SetAttr, pos, l.expr(a.X), name, v))
}
