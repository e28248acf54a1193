package lower

// This file defines the rewriting half of the cell pass: references to
// celled variables become cell.v, global and nonlocal markers vanish,
// and each function starts by creating its cells.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

func (c *cellPass) rewriteStmts(stmts []syntax.Stmt, s *scope) []syntax.Stmt {
	if stmts == nil {
		return nil // an if without else keeps a nil False
	}
	// A new slice: shared mode may add statements after a def.
	out := make([]syntax.Stmt, 0, len(stmts))
	var after []syntax.Stmt // copies out of a lock's slow copy (cells_lock.go)
	for _, st := range stmts {
		if kind, _ := markerNames(st); kind != "" {
			continue
		}
		if c.directClass(st, s) {
			continue
		}
		var in []syntax.Stmt
		if d, ok := st.(*syntax.DefStmt); ok {
			in, after = c.lockCopies(d, s)
			out = append(out, in...)
		}
		out = append(out, c.rewriteStmt(st, s))
		out = append(out, c.sharedBindings(st, s)...)
		if in == nil && after != nil {
			out, after = append(out, after...), nil // after the __sp_withcall
		}
	}
	if len(out) == 0 && len(stmts) > 0 {
		out = append(out, branch(syntax.PASS, syntax.Start(stmts[0])))
	}
	return out
}

func (c *cellPass) rewriteStmt(st syntax.Stmt, s *scope) syntax.Stmt {
	switch st := st.(type) {
	case *syntax.AssignStmt:
		st.LHS = c.rewriteExpr(st.LHS, s)
		st.RHS = c.rewriteExpr(st.RHS, s)
	case *syntax.DefStmt:
		c.rewriteDef(st, s)
	case *syntax.ForStmt:
		st.X = c.rewriteExpr(st.X, s)
		st.Vars = c.rewriteExpr(st.Vars, s)
		st.Body = c.rewriteStmts(st.Body, s)
	case *syntax.WhileStmt:
		st.Cond = c.rewriteExpr(st.Cond, s)
		st.Body = c.rewriteStmts(st.Body, s)
	case *syntax.IfStmt:
		st.Cond = c.rewriteExpr(st.Cond, s)
		st.True = c.rewriteStmts(st.True, s)
		st.False = c.rewriteStmts(st.False, s)
	case *syntax.ExprStmt:
		st.X = c.rewriteExpr(st.X, s)
	case *syntax.ReturnStmt:
		if st.Result != nil {
			st.Result = c.rewriteExpr(st.Result, s)
		}
	}
	return st
}

func (c *cellPass) rewriteDef(d *syntax.DefStmt, s *scope) {
	if owner, celled := c.lookup(s, d.Name.Name); celled && !c.isShared(owner) {
		c.l.errorf(d.Def, "spindle does not support rebinding function '%s' through global or nonlocal", d.Name.Name)
	}
	c.rewriteParams(d.Params, s)
	fs := c.scopes[d]
	d.Body = c.rewriteStmts(d.Body, fs)
	if fs.kind == kFunc {
		head := 0 // the docstring stays first: it is the function's __doc__
		if docstring(d.Body) != nil {
			head = 1
		}
		pre := c.prelude(fs, fs.order, d.Def)
		d.Body = append(append(append([]syntax.Stmt(nil), d.Body[:head]...), pre...), d.Body[head:]...)
	}
}

// rewriteParams rewrites default values, which belong to scope s.
func (c *cellPass) rewriteParams(params []syntax.Expr, s *scope) {
	for _, param := range params {
		if b, ok := param.(*syntax.BinaryExpr); ok {
			b.Y = c.rewriteExpr(b.Y, s)
		}
	}
}

// ref returns the expression that reads or writes id from scope s.
func (c *cellPass) ref(id *syntax.Ident, s *scope) syntax.Expr {
	if b := c.direct[id.Name]; b != nil {
		return ident(b.Name, id.NamePos)
	}
	_, user := id.Binding.(userInternal)
	id.Binding = nil // the mark is the parser's; the resolver sets Binding
	if cls := c.classShadowed(s, id.Name); cls != nil {
		if owner, _ := c.lookup(cls.parent, id.Name); owner == nil || owner == c.module {
			return call(abi.Forward, id.NamePos, strLit(id.Name, id.NamePos)) // the module's or the builtin
		}
	}
	owner, celled := c.lookup(s, id.Name)
	if !celled {
		if owner == c.module && (c.undefined(id.Name) || c.starShadowed(id.Name) || user && !c.module.bound[id.Name] && !c.globals[id.Name]) {
			return call(abi.Undefined, id.NamePos, strLit(id.Name, id.NamePos))
		}
		if c.forward[id] && (owner == c.module || owner != nil && owner.class) {
			return call(abi.Forward, id.NamePos, strLit(id.Name, id.NamePos))
		}
		return id
	}
	cell := ident(c.cellVar(owner, id.Name), id.NamePos)
	return &syntax.DotExpr{X: cell, Dot: id.NamePos, NamePos: id.NamePos, Name: ident("v", id.NamePos)}
}

// directClass reports whether st, in scope s, is an except clause's
// class function (classFunc) that returns a builtin's name, which no
// scope binds: evaluating it early can neither fail nor be seen, so the
// try passes the builtin itself and st goes.
func (c *cellPass) directClass(st syntax.Stmt, s *scope) bool {
	d, ok := st.(*syntax.DefStmt)
	if !ok || c.l.sharedUsed != nil || !strings.HasPrefix(d.Name.Name, abi.ExceptBody) || !strings.HasSuffix(d.Name.Name, classSuffix) {
		return false
	}
	ret, ok := d.Body[0].(*syntax.ReturnStmt)
	if !ok || len(d.Body) != 1 {
		return false
	}
	id, ok := ret.Result.(*syntax.Ident)
	if !ok {
		return false
	}
	if _, user := id.Binding.(userInternal); user || strings.HasPrefix(id.Name, abi.Prefix) {
		return false
	}
	owner, celled := c.lookup(s, id.Name)
	if celled || owner != c.module || c.module.bound[id.Name] || c.globals[id.Name] || c.undefined(id.Name) {
		return false
	}
	if c.direct == nil {
		c.direct = map[string]*syntax.Ident{}
	}
	c.direct[d.Name.Name] = id
	return true
}

// isInternal reports whether x is the parser's own reference to the
// internal builtin or synthesized variable name, not the script's.
func isInternal(x syntax.Expr, name string) bool {
	id, ok := x.(*syntax.Ident)
	if !ok || id.Name != name {
		return false
	}
	_, user := id.Binding.(userInternal)
	return !user
}

// undefined reports whether a module-level name is bound nowhere in the
// file and not predeclared: a reference to it raises NameError when it
// runs, as in CPython, instead of failing the file at resolve time.
func (c *cellPass) undefined(name string) bool {
	pre := c.l.predeclared
	return pre != nil && !c.module.bound[name] && !c.globals[name] && !pre(name) &&
		!starlarkUniverse[name] && !strings.HasPrefix(name, abi.Prefix) && name != "__name__"
}

// starShadowed reports whether name is a builtin's (not starlark.Universe's)
// that the file never binds but a from m import * of it may: read it
// as abi.Undefined reads a name, from what the star import bound, else
// from the builtins module.
func (c *cellPass) starShadowed(name string) bool {
	pre := c.l.predeclared
	return c.l.starImport && pre != nil && pre(name) && !c.module.bound[name] && !c.globals[name] &&
		!starlarkUniverse[name] && !strings.HasPrefix(name, "_")
}

// starlarkUniverse lists the names of starlark.Universe, which the
// resolver accepts whatever the predeclared names are.
var starlarkUniverse = map[string]bool{}

func init() {
	for _, name := range strings.Fields(`None True False abs any all bool bytes chr dict dir
		enumerate fail float getattr hasattr hash int len list max min ord print range repr
		reversed set sorted str tuple type zip`) {
		starlarkUniverse[name] = true
	}
}

// rewriteExpr rewrites the references in x.
func (c *cellPass) rewriteExpr(x syntax.Expr, s *scope) syntax.Expr {
	switch x := x.(type) {
	case nil:
		return nil
	case *syntax.Ident:
		return c.ref(x, s)
	case *syntax.LambdaExpr:
		c.rewriteParams(x.Params, s)
		ls := c.scopes[x]
		var pre []syntax.Stmt
		if ls.kind == kFunc {
			pre = c.prelude(ls, ls.order, x.Lambda)
		}
		x.Body = c.rewriteExpr(x.Body, ls)
		if len(pre) > 0 {
			x.Body = cellLambda(pre, x.Body, x.Lambda)
		}
	case *syntax.Comprehension:
		cs := c.scopes[x]
		for i, cl := range x.Clauses {
			switch cl := cl.(type) {
			case *syntax.ForClause:
				if i == 0 {
					cl.X = c.rewriteExpr(cl.X, s)
				} else {
					cl.X = c.rewriteExpr(cl.X, cs)
				}
				cl.Vars = c.rewriteExpr(cl.Vars, cs)
			case *syntax.IfClause:
				cl.Cond = c.rewriteExpr(cl.Cond, cs)
			}
		}
		x.Body = c.rewriteExpr(x.Body, cs)
	case *syntax.DotExpr:
		x.X = c.rewriteExpr(x.X, s)
	case *syntax.CallExpr:
		if id, value, ok := walrus(x); ok {
			owner, _ := c.lookup(s, id.Name)
			x.Args[0] = ident(c.cellVar(owner, id.Name), id.NamePos) // the cell itself
			x.Args[1] = c.rewriteExpr(value, s)
			return x
		}
		x.Fn = c.rewriteExpr(x.Fn, s)
		for i, a := range x.Args {
			if b, ok := a.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
				b.Y = c.rewriteExpr(b.Y, s)
			} else {
				x.Args[i] = c.rewriteExpr(a, s)
			}
		}
	default:
		c.rewriteChildren(x, s)
	}
	return x
}

// rewriteChildren rewrites the operands of the remaining expression kinds.
func (c *cellPass) rewriteChildren(x syntax.Expr, s *scope) {
	rewriteOperands(x, func(y syntax.Expr) syntax.Expr { return c.rewriteExpr(y, s) })
}

// rewriteOperands replaces each direct operand y of an operator, literal,
// parenthesized, attribute, index or slice expression x by r(y). Other
// kinds of x are left alone: passes handle them (and these, where they
// need to) themselves.
func rewriteOperands(x syntax.Expr, r func(syntax.Expr) syntax.Expr) {
	switch x := x.(type) {
	case *syntax.BinaryExpr:
		x.X, x.Y = r(x.X), r(x.Y)
	case *syntax.UnaryExpr:
		x.X = r(x.X)
	case *syntax.CondExpr:
		x.Cond, x.True, x.False = r(x.Cond), r(x.True), r(x.False)
	case *syntax.DictEntry:
		x.Key, x.Value = r(x.Key), r(x.Value)
	case *syntax.DictExpr:
		rewriteList(x.List, r)
	case *syntax.ListExpr:
		rewriteList(x.List, r)
	case *syntax.TupleExpr:
		rewriteList(x.List, r)
	case *syntax.ParenExpr:
		x.X = r(x.X)
	case *syntax.DotExpr:
		x.X = r(x.X)
	case *syntax.IndexExpr:
		x.X, x.Y = r(x.X), r(x.Y)
	case *syntax.SliceExpr:
		x.X, x.Lo, x.Hi, x.Step = r(x.X), r(x.Lo), r(x.Hi), r(x.Step)
	}
}

func rewriteList(list []syntax.Expr, r func(syntax.Expr) syntax.Expr) {
	for i, y := range list {
		list[i] = r(y)
	}
}

// children returns the direct subexpressions of x (for the kinds that
// collectExpr does not handle itself). Keyword names are not included.
func children(x syntax.Expr) []syntax.Expr {
	switch x := x.(type) {
	case *syntax.BinaryExpr:
		if x.Op == syntax.EQ {
			return []syntax.Expr{x.Y}
		}
		return []syntax.Expr{x.X, x.Y}
	case *syntax.UnaryExpr:
		return []syntax.Expr{x.X}
	case *syntax.CondExpr:
		return []syntax.Expr{x.Cond, x.True, x.False}
	case *syntax.DictEntry:
		return []syntax.Expr{x.Key, x.Value}
	case *syntax.DictExpr:
		return x.List
	case *syntax.ListExpr:
		return x.List
	case *syntax.TupleExpr:
		return x.List
	case *syntax.ParenExpr:
		return []syntax.Expr{x.X}
	case *syntax.IndexExpr:
		return []syntax.Expr{x.X, x.Y}
	case *syntax.SliceExpr:
		return []syntax.Expr{x.X, x.Lo, x.Hi, x.Step}
	case *syntax.DotExpr:
		return []syntax.Expr{x.X}
	case *syntax.CallExpr:
		return append([]syntax.Expr{x.Fn}, x.Args...)
	}
	return nil
}

// cellLambda makes the cells of a lambda's prelude (its walrus targets)
// for its body, an expression having no place for the prelude's
// statements: lambda p: body becomes lambda p: __sp_lcells(lambda c1,
// c2: body, __sp_cell("y"), ...).
func cellLambda(prelude []syntax.Stmt, body syntax.Expr, pos syntax.Position) syntax.Expr {
	inner := &syntax.LambdaExpr{Lambda: pos, Body: body}
	args := []syntax.Expr{inner}
	for _, st := range prelude {
		a := st.(*syntax.AssignStmt)
		inner.Params = append(inner.Params, a.LHS)
		args = append(args, a.RHS)
	}
	return call(abi.LambdaCells, pos, args...)
}
