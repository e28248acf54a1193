package lower

// This file defines the cell pass: a scope analysis, like CPython's
// symtable, that stores in a cell (a __sp_cell value, field v) every
// variable that is assigned from a scope Starlark cannot assign it
// from: after global or nonlocal, or inside a synthesized try function.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

type scopeKind int

const (
	kModule      scopeKind = iota
	kFunc                  // def or lambda
	kTransparent           // __sp_try_*, __sp_exc_*, __sp_else_*, __sp_fin_*
	kComp                  // comprehension
)

type scope struct {
	kind              scopeKind
	parent            *scope
	params            map[string]bool
	bound             map[string]bool // names bound in this scope (and its transparent children)
	order             []string        // bound names, first binding first
	own               map[string]bool // a transparent scope's own locals
	globals, nonlocal map[string]bool
	fromTransparent   map[string]bool
	celled            map[string]bool
	walrus            map[string]bool            // targets of assignment expressions
	nonlocalPos       map[string]syntax.Position // where each nonlocal name is declared

	// for the slow copies of withDual (see cells_lock.go)
	lock     *lockInfo           // set on the scope of a def __sp_try_kN
	fromLock map[string][]*scope // names bound in those copies, and where
	topBound map[string]int      // name -> index of its first top-level binding
	top      int                 // index of the top-level statement being collected
	nest     int                 // > 0 while collecting a nested block
	mentions map[string]bool     // names used in the scope or its blocks
	class    bool                // the def is a class body (abi.ClassBody)
}

func newScope(kind scopeKind, parent *scope) *scope {
	return &scope{kind: kind, parent: parent, params: map[string]bool{}, bound: map[string]bool{},
		own: map[string]bool{}, globals: map[string]bool{}, nonlocal: map[string]bool{},
		fromTransparent: map[string]bool{}, celled: map[string]bool{},
		nonlocalPos: map[string]syntax.Position{}, fromLock: map[string][]*scope{},
		topBound: map[string]int{}, mentions: map[string]bool{}}
}

// real returns the nearest scope that is not transparent.
func (s *scope) real() *scope {
	for s.kind == kTransparent {
		s = s.parent
	}
	return s
}

func isTransparent(name string) bool {
	for _, p := range []string{abi.TryBody, abi.ExceptBody, abi.ElseBody, abi.FinallyBody} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// cellPass holds the scopes of one file.
type cellPass struct {
	l       *lowerer
	module  *scope
	scopes  map[syntax.Node]*scope
	globals map[string]bool          // names some function declares global
	direct  map[string]*syntax.Ident // class functions dropped for the builtin they return (directClass)
	forward map[*syntax.Ident]bool   // module-level uses before the first binding (forward.go)
}

// lowerCells runs the cell pass over f.
func (l *lowerer) lowerCells(f *syntax.File) {
	c := &cellPass{l: l, module: newScope(kModule, nil), scopes: map[syntax.Node]*scope{}, globals: map[string]bool{}}
	c.collectStmts(f.Stmts, c.module)
	c.resolve()
	f.Stmts = c.lowerTypes(f.Stmts) // typed.go
	c.forward = c.forwardUses(f.Stmts)
	c.classForwardUses(f)
	f.Stmts = c.rewriteStmts(f.Stmts, c.module)
	if len(f.Stmts) > 0 && l.sharedUsed == nil {
		// The first statement's position names the file: the compiler
		// takes the module's file name from it.
		start, _ := f.Stmts[0].Span()
		f.Stmts = append(c.prelude(c.module, c.module.order, start), f.Stmts...)
	}
}

// bind records that name is bound by code running in scope s.
func (c *cellPass) bind(s *scope, name string) {
	if s.kind == kTransparent {
		if strings.HasPrefix(name, abi.Prefix) {
			s.own[name] = true
			return
		}
		r := s.real()
		if s.lock != nil {
			r.fromLock[name] = append(r.fromLock[name], s)
		} else {
			r.fromTransparent[name] = true
		}
		s = r
	} else if _, ok := s.topBound[name]; !ok && s.nest == 0 {
		s.topBound[name] = s.top
	}
	if !s.bound[name] {
		s.bound[name] = true
		s.order = append(s.order, name)
	}
}

func (c *cellPass) bindTarget(s *scope, x syntax.Expr) {
	for _, name := range targetNames(x, nil) {
		c.bind(s, name)
	}
}

func (c *cellPass) collectStmts(stmts []syntax.Stmt, s *scope) {
	top := s.kind != kTransparent && s.nest == 0
	for i, st := range stmts {
		if top {
			s.top = i
		}
		c.collectStmt(st, s)
	}
}

// collectNested collects the statements of a block nested in s.
func (c *cellPass) collectNested(stmts []syntax.Stmt, s *scope) {
	s.nest++
	c.collectStmts(stmts, s)
	s.nest--
}

func (c *cellPass) collectStmt(st syntax.Stmt, s *scope) {
	switch st := st.(type) {
	case *syntax.AssignStmt:
		c.bindTarget(s, st.LHS)
		c.collectExpr(st.LHS, s)
		c.collectExpr(st.RHS, s)
	case *syntax.DefStmt:
		c.bind(s, st.Name.Name)
		kind := kFunc
		if isTransparent(st.Name.Name) {
			kind = kTransparent
		}
		c.collectFunc(st, kind, st.Params, s)
		if strings.HasPrefix(st.Name.Name, lockFuncPrefix) {
			c.scopes[st].lock = newLockInfo(st, s)
		}
		c.scopes[st].class = strings.HasPrefix(st.Name.Name, abi.ClassBody)
		c.collectStmts(st.Body, c.scopes[st])
	case *syntax.ForStmt:
		c.collectExpr(st.X, s)
		s.nest++
		c.bindTarget(s, st.Vars)
		s.nest--
		c.collectExpr(st.Vars, s)
		c.collectNested(st.Body, s)
	case *syntax.WhileStmt:
		c.collectExpr(st.Cond, s)
		c.collectNested(st.Body, s)
	case *syntax.IfStmt:
		c.collectExpr(st.Cond, s)
		c.collectNested(st.True, s)
		c.collectNested(st.False, s)
	case *syntax.ExprStmt:
		if !c.collectMarker(st, s) {
			c.collectExpr(st.X, s)
		}
	case *syntax.ReturnStmt:
		c.collectExpr(st.Result, s)
	case *syntax.LoadStmt:
		for _, id := range st.To {
			c.bind(s, id.Name)
		}
	}
}

// collectFunc creates the scope of a def or lambda and binds its params.
func (c *cellPass) collectFunc(n syntax.Node, kind scopeKind, params []syntax.Expr, s *scope) {
	fs := newScope(kind, s)
	c.scopes[n] = fs
	for _, param := range params {
		var id *syntax.Ident
		switch param := param.(type) {
		case *syntax.Ident:
			id = param
		case *syntax.BinaryExpr:
			id = param.X.(*syntax.Ident)
			c.collectExpr(param.Y, s)
		case *syntax.UnaryExpr:
			id, _ = param.X.(*syntax.Ident)
		}
		if id != nil {
			fs.params[id.Name] = true
			fs.own[id.Name] = true
		}
	}
}

// markerNames returns the names of a global or nonlocal marker.
func markerNames(st syntax.Stmt) (string, []string) {
	e, ok := st.(*syntax.ExprStmt)
	if !ok {
		return "", nil
	}
	call, ok := e.X.(*syntax.CallExpr)
	if !ok {
		return "", nil
	}
	if !isInternal(call.Fn, abi.Global) && !isInternal(call.Fn, abi.Nonlocal) {
		return "", nil
	}
	var names []string
	for _, a := range call.Args {
		names = append(names, a.(*syntax.Literal).Value.(string))
	}
	return call.Fn.(*syntax.Ident).Name, names
}

func (c *cellPass) collectMarker(st *syntax.ExprStmt, s *scope) bool {
	kind, names := markerNames(st)
	if kind == "" {
		return false
	}
	r := s.real()
	for _, name := range names {
		switch {
		case r.kind == kModule && kind == abi.Nonlocal:
			c.l.errorf(syntax.Start(st), "nonlocal declaration not allowed at module level")
		case r.kind == kModule:
		case kind == abi.Global:
			r.globals[name] = true
			c.globals[name] = true
		default:
			r.nonlocal[name] = true
			r.nonlocalPos[name] = syntax.Start(st)
		}
	}
	return true
}

// collectExpr finds the lambdas and comprehensions in x.
func (c *cellPass) collectExpr(x syntax.Expr, s *scope) {
	if x == nil {
		return
	}
	switch x := x.(type) {
	case *syntax.Ident:
		c.mention(s, x.Name)
	case *syntax.LambdaExpr:
		c.collectFunc(x, kFunc, x.Params, s)
		c.collectExpr(x.Body, c.scopes[x])
	case *syntax.CallExpr:
		if name, value, ok := walrus(x); ok {
			c.bindWalrus(s, name)
			c.collectExpr(value, s)
			return
		}
		for _, y := range children(x) {
			c.collectExpr(y, s)
		}
	case *syntax.Comprehension:
		cs := newScope(kComp, s)
		c.scopes[x] = cs
		for i, cl := range x.Clauses {
			switch cl := cl.(type) {
			case *syntax.ForClause:
				if i == 0 {
					c.collectExpr(cl.X, s)
				} else {
					c.collectExpr(cl.X, cs)
				}
				for _, name := range targetNames(cl.Vars, nil) {
					cs.bound[name] = true
				}
			case *syntax.IfClause:
				c.collectExpr(cl.Cond, cs)
			}
		}
		c.collectExpr(x.Body, cs)
	default:
		for _, y := range children(x) {
			c.collectExpr(y, s)
		}
	}
}

// walrus returns the target and value of a lowered assignment
// expression, __sp_walrus(name, value).
func walrus(x *syntax.CallExpr) (*syntax.Ident, syntax.Expr, bool) {
	if !isInternal(x.Fn, abi.Walrus) || len(x.Args) != 2 {
		return nil, nil, false
	}
	id, ok := x.Args[0].(*syntax.Ident)
	return id, x.Args[1], ok
}

// bindWalrus binds the target of an assignment expression: in the scope
// around any comprehensions (PEP 572), always in a cell, since an
// expression can only assign through one.
func (c *cellPass) bindWalrus(s *scope, id *syntax.Ident) {
	for s.kind == kComp {
		s = s.parent
	}
	c.bind(s, id.Name)
	r := s.real()
	if r.walrus == nil {
		r.walrus = map[string]bool{}
	}
	r.walrus[id.Name] = true
}

// resolve decides which bindings are celled.
func (c *cellPass) resolve() {
	for _, s := range append(c.allScopes(), c.module) {
		for name := range s.walrus {
			switch {
			case s.globals[name] || s.kind == kModule:
				c.module.celled[name] = true
			case s.nonlocal[name]:
				c.nonlocalOwner(s, name).celled[name] = true
			default:
				s.celled[name] = true
			}
		}
	}
	for _, s := range c.allScopes() {
		for name := range s.globals {
			c.bind(c.module, name)
			c.module.celled[name] = true
		}
		for name := range s.nonlocal {
			c.nonlocalOwner(s, name).celled[name] = true
		}
	}
	for _, s := range append(c.allScopes(), c.module) {
		for name := range s.fromTransparent {
			if s.kind == kModule || !s.globals[name] && !s.nonlocal[name] {
				s.celled[name] = true
			}
		}
	}
	c.resolveLocks() // cells_lock.go
}

func (c *cellPass) allScopes() []*scope {
	var out []*scope
	for _, s := range c.scopes {
		out = append(out, s)
	}
	return out
}

// nonlocalOwner returns the function scope that binds a nonlocal name.
func (c *cellPass) nonlocalOwner(s *scope, name string) *scope {
	for e := s.parent; e != nil; e = e.parent {
		if e.kind == kFunc && !e.nonlocal[name] && !e.globals[name] && (e.bound[name] || e.params[name]) {
			return e
		}
	}
	c.l.errorf(s.nonlocalPos[name], "no binding for nonlocal '%s' found", name)
	return nil
}

// lookup resolves a reference to name from scope s, returning the
// owning scope and whether the binding is celled.
func (c *cellPass) lookup(s *scope, name string) (*scope, bool) {
	for t := s; t != nil; t = t.parent {
		switch t.kind {
		case kComp, kTransparent:
			if t.lock != nil && t.lock.copies[name] {
				return t, true
			}
			if t.bound[name] || t.own[name] {
				return t, false
			}
		case kFunc:
			if t.globals[name] {
				return c.module, c.moduleCelled(name)
			}
			if !t.nonlocal[name] && (t.bound[name] || t.params[name]) {
				return t, t.celled[name]
			}
		case kModule:
			return t, c.moduleCelled(name)
		}
	}
	return nil, false
}

// classShadowed returns the class body whose binding of name a read of
// it in scope s would find, past a def: Python skips a class body's
// names there (a method's format is the builtin, not the method format
// its class defines), go.starlark.net's closures don't. It returns nil
// when no class body is in the way.
func (c *cellPass) classShadowed(s *scope, name string) *scope {
	inDef := false
	for t := s; t != nil; t = t.parent {
		switch t.kind {
		case kComp, kTransparent:
			if t.bound[name] || t.own[name] {
				return nil
			}
			// A comprehension is a function scope of its own: a class
			// body's names are skipped in it, as in a def (its first
			// iterable, read in the enclosing scope, is not in t).
			inDef = inDef || t.kind == kComp
		case kFunc:
			if t.globals[name] || t.nonlocal[name] {
				return nil
			}
			if t.bound[name] || t.params[name] {
				if t.class && inDef {
					return t
				}
				return nil
			}
			inDef = inDef || !t.class
		case kModule:
			return nil
		}
	}
	return nil
}

// cellName is the variable holding the cell of name in scope s; a
// celled parameter keeps its name, so its cell gets another.
func cellName(s *scope, name string) string {
	if s.lock != nil {
		return s.lock.cell(name)
	}
	if s.params[name] {
		return abi.CellParam + name
	}
	return name
}

// prelude returns the statements that create the cells of scope s.
func (c *cellPass) prelude(s *scope, order []string, pos syntax.Position) []syntax.Stmt {
	var out []syntax.Stmt
	names := append([]string(nil), order...)
	for name := range s.params {
		if s.celled[name] && !s.bound[name] {
			names = append(names, name)
		}
	}
	for _, name := range names {
		if !s.celled[name] {
			continue
		}
		args := []syntax.Expr{strLit(name, pos)}
		if s.params[name] {
			args = append(args, ident(name, pos))
		}
		out = append(out, assign(ident(cellName(s, name), pos), call(abi.Cell, pos, args...), pos))
	}
	return out
}
