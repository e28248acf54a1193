package lower

// This file defines how the cell pass treats the slow copy of a with
// statement's dual form (withDual in with.go): the body appears twice,
// inline for native context managers and in def __sp_try_kN for the
// others. A variable the slow copy assigns would be celled,
// which would slow down the fast copy too. When the slow copy can't be
// observed mid-way, such a variable is copied into a cell of its own
// before the call and back after it instead:
//
//	__sp_cwN_x = __sp_cell("x", x)
//	def __sp_try_kN(): ... __sp_cwN_x.v = ... ...
//	__sp_rN = __sp_withcall(__sp_mN, __sp_try_kN)
//	x = __sp_cwN_x.v
//
// That needs x bound before the with statement (a parameter or a
// top-level assignment of the scope that comes earlier), no function or
// lambda in the body, and no other function that could read x while the
// body runs. Otherwise x is celled, as for any synthesized function.

import (
	"sort"
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// lockFuncPrefix starts the name of withDual's slow copy.
const lockFuncPrefix = abi.TryBody + "k"

// lockInfo describes one slow copy.
type lockInfo struct {
	n        string          // the copy's number: def __sp_try_kN
	top      int             // index of the top-level statement holding it
	closures bool            // its body defines a function or lambda
	copies   map[string]bool // variables copied in and out
}

func newLockInfo(d *syntax.DefStmt, s *scope) *lockInfo {
	return &lockInfo{n: strings.TrimPrefix(d.Name.Name, lockFuncPrefix), top: s.real().top,
		closures: hasClosure(d.Body), copies: map[string]bool{}}
}

// cell names the variable that holds the copy of name.
func (l *lockInfo) cell(name string) string { return abi.LockCell + l.n + "_" + name }

// hasClosure reports whether stmts define a function or a lambda.
func hasClosure(stmts []syntax.Stmt) bool {
	found := false
	syntax.Walk(&syntax.File{Stmts: stmts}, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.DefStmt, *syntax.LambdaExpr:
			found = true
		}
		return !found
	})
	return found
}

// mention records that name is used in scope s, for the function (or
// module) that s belongs to.
func (c *cellPass) mention(s *scope, name string) {
	for s.kind == kTransparent || s.kind == kComp {
		s = s.parent
	}
	s.mentions[name] = true
}

// resolveLocks decides, for each variable bound in a slow copy and not
// celled for another reason, whether it is copied or celled.
func (c *cellPass) resolveLocks() {
	for _, s := range append(c.allScopes(), c.module) {
		for name, locks := range s.fromLock {
			if s.celled[name] || s.globals[name] || s.nonlocal[name] {
				continue
			}
			if !c.copyable(s, name, locks) {
				s.celled[name] = true
				continue
			}
			for _, l := range locks {
				l.lock.copies[name] = true
			}
		}
	}
}

func (c *cellPass) copyable(s *scope, name string, locks []*scope) bool {
	for _, l := range locks {
		at, ok := s.topBound[name]
		if l.lock.closures || !s.params[name] && (!ok || at >= l.lock.top) {
			return false
		}
	}
	for _, g := range c.allScopes() {
		if g.kind == kFunc && g != s && g.mentions[name] && !g.bound[name] && !g.params[name] && within(g, s) {
			return false // g may read name while the body runs
		}
	}
	return true
}

// within reports whether scope g is nested in s.
func within(g, s *scope) bool {
	for t := g.parent; t != nil; t = t.parent {
		if t == s {
			return true
		}
	}
	return false
}

// lockCopies returns the statements that copy the variables of a slow
// copy's def d into their cells, and back out, or nils.
func (c *cellPass) lockCopies(d *syntax.DefStmt, s *scope) (in, out []syntax.Stmt) {
	ls := c.scopes[d]
	if ls == nil || ls.lock == nil || len(ls.lock.copies) == 0 {
		return nil, nil
	}
	var names []string
	for name := range ls.lock.copies {
		names = append(names, name)
	}
	sort.Strings(names)
	pos := d.Def
	for _, name := range names {
		cell := ident(ls.lock.cell(name), pos)
		val := c.ref(ident(name, pos), s)
		in = append(in, assign(cell, call(abi.Cell, pos, strLit(name, pos), val), pos))
		field := &syntax.DotExpr{X: ident(cell.Name, pos), Dot: pos, NamePos: pos, Name: ident("v", pos)}
		out = append(out, assign(c.ref(ident(name, pos), s), field, pos))
	}
	return in, out
}
