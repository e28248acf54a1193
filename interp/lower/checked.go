package lower

// This file routes through helpers the assignments whose iteration the
// VM would get wrong, once the typing pass knows the kinds:
//
//   - a, b = v where v is not a display: the VM's unpacking can't take an
//     error from an iterator's Next (a generator or a user iterator that
//     raises) and doesn't unpack a str, so it becomes a, b = __sp_U[2] + v
//     (see abi.Unpacker) unless v's kind shows a list, tuple, dict, range
//     or set;
//   - x += y where x may be a list and y an iterator or a str: the VM
//     extends the list itself, losing the iterator's error (and refusing
//     a str), so it becomes x = __sp_A[x] + y (see abi.ListAdd).
//
// Both keep the VM's path, at no cost, where the kinds or the syntax
// show that nothing can go wrong: a, b = b, a; i += 1; s += "x";
// total += v where total starts as a number (kNum).

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// checkedAssign rewrites the assignment st of scope s, whose right-hand
// side the typing pass has rewritten; kind is the kind st.RHS had before.
func (t *typer) checkedAssign(st *syntax.AssignStmt, s *scope, kind kind) {
	switch st.Op {
	case syntax.EQ:
		if n := len(targetItems(st.LHS)); n > 0 && !hasStar(st.LHS) && uncheckedUnpack(st.RHS) && !notStr(kind) {
			// __sp_U[n] + x: no call, where a, b = p is hot
			pos := syntax.Start(st.RHS)
			u := &syntax.IndexExpr{X: ident(abi.Unpacker, pos), Lbrack: pos, Y: intLit(int64(n), pos), Rbrack: pos}
			st.RHS = binary(u, syntax.PLUS, st.RHS, st.OpPos)
		}
	case syntax.PLUS_EQ:
		load := simpleCopy(st.LHS)
		if load == nil {
			return
		}
		k := t.targetKind(st.LHS, s)
		if isStr(k) || k == kBool || k == kSet || k == kFrozen || k == kNum {
			return // total += x and s += x in a loop pay nothing
		}
		if !mayExtendLate(st.RHS, kind) && (!isDisplay(st.RHS) || isOther(k)) {
			return // the VM extends a list by a display; a list subclass needs __sp_A to stay itself
		}
		// The sum spans the statement, as CPython's += does, so a
		// traceback marks no part of the line.
		start := syntax.Start(st.LHS)
		x := &syntax.IndexExpr{X: ident(abi.ListAdd, start), Lbrack: start, Y: load, Rbrack: start}
		st.Op, st.RHS = syntax.EQ, binary(x, syntax.PLUS, st.RHS, st.OpPos)
	}
}

// uncheckedUnpack reports whether the right-hand side x of an unpacking
// assignment still unpacks in the VM: anything but a display, a
// comprehension and a call whose result unpacks right (see tupleFuncs,
// and __sp_unpack and __sp_unstar themselves).
func uncheckedUnpack(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.ParenExpr:
		return uncheckedUnpack(x.X)
	case *syntax.TupleExpr, *syntax.ListExpr, *syntax.Comprehension, *syntax.DictExpr:
		return false
	case *syntax.CallExpr:
		if id, ok := x.Fn.(*syntax.Ident); ok {
			switch {
			case tupleFuncs[id.Name], id.Name == abi.Unpack, id.Name == abi.Unstar, id.Name == abi.CompEnd:
				return false
			case strings.HasPrefix(id.Name, abi.Prefix):
				return true // __sp_slice, __sp_method...: maybe a str
			}
		}
	}
	return true
}

// mayExtendLate reports whether y, the right-hand side of x += y, of
// kind k, might be an iterator or a str that the VM's list += gets
// wrong: not a number literal, a display or a comprehension, nor of a
// kind that is surely something else.
func mayExtendLate(y syntax.Expr, k kind) bool {
	switch y := y.(type) {
	case *syntax.ParenExpr:
		return mayExtendLate(y.X, k)
	case *syntax.Literal:
		return y.Token == syntax.STRING
	case *syntax.TupleExpr, *syntax.ListExpr, *syntax.Comprehension, *syntax.DictExpr:
		return false
	}
	return k != kBool && !notStr(k)
}

// isDisplay reports whether y is a list, tuple or dict display or a
// comprehension.
func isDisplay(y syntax.Expr) bool {
	switch y := y.(type) {
	case *syntax.ParenExpr:
		return isDisplay(y.X)
	case *syntax.TupleExpr, *syntax.ListExpr, *syntax.Comprehension, *syntax.DictExpr:
		return true
	}
	return false
}

// targetKind is the kind of the target x of x += y. In a with body
// that copies a variable into a cell (see cells_lock.go), the copy has
// the variable's kind.
func (t *typer) targetKind(x syntax.Expr, s *scope) kind {
	if id, ok := x.(*syntax.Ident); ok {
		if owner, _ := t.c.lookup(s, id.Name); owner != nil && owner.lock != nil && owner.lock.copies[id.Name] && owner.parent != nil {
			return t.typeOf(ident(id.Name, id.NamePos), owner.parent)
		}
	}
	return t.typeOf(x, s)
}
