package lower

// This file finds the expressions that are surely not bools, whose
// arithmetic needs no __sp_R_num (see boolarith.go): literals other
// than True and False, arithmetic results, displays, calls of builtins
// that never return a bool, and variables whose every binding is such
// an expression. A function's parameters count as bound by the
// arguments of its calls when the function is closed: a def bound once,
// outside a class body, whose name the file only calls, with arguments
// it can match to parameters. A call of such a def is not a bool when
// none of its returns is. (A module's function that another module
// imports and calls with a bool that it does arithmetic on gets the
// VM's TypeError; the interactive session closes no module-level def.)

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// notBoolCalls are the builtins whose result is never a bool.
var notBoolCalls = setOf("len", "int", "float", "str", "abs", "round", "range", "list", "dict", "set",
	"tuple", "sorted", "sum", "ord", "chr", "repr", "hex", "oct", "bin", "format", "divmod", "pow", "frozenset")

// closedDef is what the analysis knows of a def: its calls' bindings of
// its parameters, and its returns.
type closedDef struct {
	calls   int  // the calls that bind its parameters
	escaped bool // its name is used otherwise, or a call can't be matched
	returns []binding
}

// solveNotBool computes t.notBool and t.retNotBool.
func (t *typer) solveNotBool(stmts []syntax.Stmt) {
	t.defs = map[*syntax.DefStmt]*closedDef{}
	t.paramBinds = map[varKey][]binding{}
	t.walkExprs(stmts, t.c.module, nil, t.noteCall)
	t.notBool = map[varKey]bool{}
	for k, bs := range t.binds {
		if k.s != nil && k.s.params[k.name] {
			continue
		}
		if knownBindings(bs) {
			t.notBool[k] = true
		}
	}
	t.retNotBool = map[*syntax.DefStmt]bool{}
	for d, cd := range t.defs {
		if cd.escaped || cd.calls == 0 {
			continue
		}
		t.retNotBool[d] = true
		ps := t.c.scopes[d]
		for _, p := range d.Params {
			name := paramName(p)
			k := varKey{ps, name}
			if knownBindings(t.binds[k]) {
				t.notBool[k] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for k := range t.notBool {
			if !t.allNotBool(t.binds[k]) || !t.allNotBool(t.paramBinds[k]) {
				delete(t.notBool, k)
				changed = true
			}
		}
		for d := range t.retNotBool {
			if !t.allNotBool(t.defs[d].returns) {
				delete(t.retNotBool, d)
				changed = true
			}
		}
	}
}

// knownBindings reports whether no binding of bs is of unknown value.
func knownBindings(bs []binding) bool {
	for _, b := range bs {
		if b.x == nil && b.def == nil {
			return false
		}
	}
	return true
}

func (t *typer) allNotBool(bs []binding) bool {
	for _, b := range bs {
		if b.def == nil && !t.notBoolExpr(b.x, b.s) {
			return false
		}
	}
	return true
}

// notBoolExpr reports whether x, evaluated in s, is surely not a bool.
func (t *typer) notBoolExpr(x syntax.Expr, s *scope) bool {
	switch x := unparen(x).(type) {
	case *syntax.Literal, *syntax.ListExpr, *syntax.DictExpr, *syntax.TupleExpr, *syntax.Comprehension, *syntax.LambdaExpr:
		return true
	case *syntax.UnaryExpr:
		return x.Op != syntax.NOT
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.SLASHSLASH, syntax.PERCENT, syntax.STARSTAR, syntax.LTLT, syntax.GTGT:
			return true
		case syntax.AMP, syntax.PIPE, syntax.CIRCUMFLEX:
			return t.notBoolExpr(x.X, s) || t.notBoolExpr(x.Y, s)
		case syntax.AND, syntax.OR:
			return t.notBoolExpr(x.X, s) && t.notBoolExpr(x.Y, s)
		}
	case *syntax.CondExpr:
		return t.notBoolExpr(x.True, s) && t.notBoolExpr(x.False, s)
	case *syntax.Ident:
		if x.Name == "True" || x.Name == "False" {
			return false
		}
		owner, _ := t.lookup(s, x.Name)
		return owner != nil && t.notBool[varKey{owner, x.Name}]
	case *syntax.CallExpr:
		fn, ok := x.Fn.(*syntax.Ident)
		if !ok {
			return false
		}
		if notBoolCalls[fn.Name] && t.builtin(fn.Name, s) || fn.Name == abi.Pow {
			return true
		}
		d := t.singleDef(fn, s)
		return d != nil && t.retNotBool[d]
	}
	return false
}

// singleDef returns the def that the name id, read in s, surely is: the
// only binding of its variable.
func (t *typer) singleDef(id *syntax.Ident, s *scope) *syntax.DefStmt {
	owner, _ := t.lookup(s, id.Name)
	if owner == nil || owner.kind == kModule && t.c.l.sharedUsed != nil {
		return nil
	}
	bs := t.binds[varKey{owner, id.Name}]
	if len(bs) != 1 || bs[0].def == nil {
		return nil
	}
	return bs[0].def
}

// noteCall records what x, an expression in s, tells of closed defs: a
// call binds the parameters, any other reference escapes.
func (t *typer) noteCall(x syntax.Expr, s *scope) bool {
	switch x := x.(type) {
	case *syntax.CallExpr:
		id, ok := x.Fn.(*syntax.Ident)
		if !ok {
			return true
		}
		if d := t.singleDef(id, s); d != nil {
			t.bindParams(d, x.Args, s)
			for _, a := range x.Args {
				t.walkExpr(a, s, t.noteCall)
			}
			return false
		}
	case *syntax.Ident:
		if d := t.singleDef(x, s); d != nil {
			t.def(d).escaped = true
		}
	}
	return true
}

func (t *typer) def(d *syntax.DefStmt) *closedDef {
	cd := t.defs[d]
	if cd == nil {
		cd = &closedDef{}
		t.defs[d] = cd
	}
	return cd
}

// bindParams records the bindings of d's parameters that a call with
// args, in s, makes; a call that can't be matched escapes d.
func (t *typer) bindParams(d *syntax.DefStmt, args []syntax.Expr, s *scope) {
	cd := t.def(d)
	ps := t.c.scopes[d]
	given := map[string]bool{}
	for i, a := range args {
		name := ""
		switch a := a.(type) {
		case *syntax.BinaryExpr:
			if a.Op == syntax.EQ {
				name = a.X.(*syntax.Ident).Name
				if !hasParam(d, name) {
					cd.escaped = true
					return
				}
				t.paramBinds[varKey{ps, name}] = append(t.paramBinds[varKey{ps, name}], binding{x: a.Y, s: s})
				given[name] = true
				continue
			}
		case *syntax.UnaryExpr:
			if a.Op == syntax.STAR || a.Op == syntax.STARSTAR {
				cd.escaped = true
				return
			}
		}
		if i >= len(d.Params) {
			cd.escaped = true
			return
		}
		name = paramName(d.Params[i])
		t.paramBinds[varKey{ps, name}] = append(t.paramBinds[varKey{ps, name}], binding{x: a, s: s})
		given[name] = true
	}
	for _, p := range d.Params {
		switch p := p.(type) {
		case *syntax.UnaryExpr:
			cd.escaped = true // *args, **kwargs, a bare *
			return
		case *syntax.BinaryExpr:
			if name := paramName(p); !given[name] {
				t.paramBinds[varKey{ps, name}] = append(t.paramBinds[varKey{ps, name}], binding{x: p.Y, s: ps.parent})
			}
		}
	}
	cd.calls++
}

// paramName returns the name of a parameter (p or p=default).
func paramName(p syntax.Expr) string {
	switch p := p.(type) {
	case *syntax.Ident:
		return p.Name
	case *syntax.BinaryExpr:
		return p.X.(*syntax.Ident).Name
	case *syntax.UnaryExpr:
		if id, ok := p.X.(*syntax.Ident); ok {
			return id.Name
		}
	}
	return ""
}

func hasParam(d *syntax.DefStmt, name string) bool {
	for _, p := range d.Params {
		if _, ok := p.(*syntax.UnaryExpr); !ok && paramName(p) == name {
			return true
		}
	}
	return false
}

// walkExprs calls visit for every expression of stmts, which run in s
// (the body of d, or of the module when d is nil), and its
// subexpressions while visit returns true, each with the scope it runs
// in; it records d's returns.
func (t *typer) walkExprs(stmts []syntax.Stmt, s *scope, d *syntax.DefStmt, visit func(syntax.Expr, *scope) bool) {
	for _, st := range stmts {
		switch st := st.(type) {
		case *syntax.AssignStmt:
			t.walkExpr(st.LHS, s, visit)
			t.walkExpr(st.RHS, s, visit)
		case *syntax.DefStmt:
			t.walkDefaults(st.Params, s, visit)
			t.walkExprs(st.Body, t.c.scopes[st], st, visit)
		case *syntax.ForStmt:
			t.walkExpr(st.X, s, visit)
			t.walkExpr(st.Vars, s, visit)
			t.walkExprs(st.Body, s, d, visit)
		case *syntax.WhileStmt:
			t.walkExpr(st.Cond, s, visit)
			t.walkExprs(st.Body, s, d, visit)
		case *syntax.IfStmt:
			t.walkExpr(st.Cond, s, visit)
			t.walkExprs(st.True, s, d, visit)
			t.walkExprs(st.False, s, d, visit)
		case *syntax.ExprStmt:
			t.walkExpr(st.X, s, visit)
		case *syntax.ReturnStmt:
			t.walkExpr(st.Result, s, visit)
			if d != nil && st.Result != nil {
				cd := t.def(d)
				cd.returns = append(cd.returns, binding{x: st.Result, s: s})
			}
		}
	}
}

// walkExpr calls visit for x and, while visit returns true, its
// subexpressions, each with the scope it runs in.
func (t *typer) walkExpr(x syntax.Expr, s *scope, visit func(syntax.Expr, *scope) bool) {
	if x == nil || !visit(x, s) {
		return
	}
	switch x := x.(type) {
	case *syntax.Comprehension:
		cs := t.c.scopes[x]
		for i, cl := range x.Clauses {
			switch cl := cl.(type) {
			case *syntax.ForClause:
				if i == 0 {
					t.walkExpr(cl.X, s, visit)
				} else {
					t.walkExpr(cl.X, cs, visit)
				}
				t.walkExpr(cl.Vars, cs, visit)
			case *syntax.IfClause:
				t.walkExpr(cl.Cond, cs, visit)
			}
		}
		t.walkExpr(x.Body, cs, visit)
	case *syntax.LambdaExpr:
		t.walkDefaults(x.Params, s, visit)
		t.walkExpr(x.Body, t.c.scopes[x], visit)
	default:
		for _, y := range children(x) {
			t.walkExpr(y, s, visit)
		}
	}
}

// walkDefaults walks the default values of params, evaluated in s.
func (t *typer) walkDefaults(params []syntax.Expr, s *scope, visit func(syntax.Expr, *scope) bool) {
	for _, p := range params {
		if b, ok := p.(*syntax.BinaryExpr); ok {
			t.walkExpr(b.Y, s, visit)
		}
	}
}
