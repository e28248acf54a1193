package lower

// This file decides which subscripts may take an object with an
// __index__ method as a sequence's index ([1, 2, 3][Color.RED] of an
// IntEnum, lst[MyInt(1)], lst[I()] of a class defining __index__),
// and a dict's key that stands for an int, str or float key
// (d[Color.RED] finding d[0], d[Name("x")] d["x"]). The VM's index and
// store opcodes take only an int, and find a dict's key only by one of
// its own type, so such a subscript goes through __sp_index or
// __sp_setitem, which ask __index__ and the key's value. That costs a
// call, so only a file that may make such objects pays it: one that
// defines __index__, a class over int, str, float or tuple, or names
// IntEnum, IntFlag, StrEnum, Fraction, Decimal (whose values stand for
// equal int and float keys), NamedTuple or namedtuple. Its subscripts
// whose index is surely an int (sureint.go), a str, a bool, a slice or
// a container keep the opcodes, but for a plain key (a literal, a tuple
// display, a str, an int) indexing what may be a dict, which may hold a
// key that stands for it (see plainKey). So does a file that names
// signal, whose SIGINT... are IntEnum members.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// indexNames are the names whose mention lets a file make objects with
// an __index__ method.
var indexNames = setOf("__index__", "IntEnum", "IntFlag", "StrEnum", "Fraction", "Decimal", "NamedTuple", "namedtuple", "signal")

// makesIndexObjs reports whether the lowered file stmts may make
// objects with an __index__ method (see the file comment).
func makesIndexObjs(stmts []syntax.Stmt) bool {
	found := false
	for _, st := range stmts {
		syntax.Walk(st, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.DefStmt:
				found = found || indexNames[n.Name.Name]
			case *syntax.Ident:
				found = found || indexNames[n.Name]
			case *syntax.DotExpr:
				found = found || indexNames[n.Name.Name]
			case *syntax.CallExpr:
				found = found || isIdentNamed(n.Fn, abi.Class) && len(n.Args) > 1 && hasKeyBase(n.Args[1])
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// hasKeyBase reports whether bases, the tuple of a class's bases, names
// int, str, float or tuple.
func hasKeyBase(bases syntax.Expr) bool {
	for _, b := range tupleTargets(bases) {
		if isIdentNamed(b, "int") || isIdentNamed(b, "str") || isIdentNamed(b, "float") || isIdentNamed(b, "tuple") {
			return true
		}
	}
	return false
}

// indexObj reports whether i, of kind k, indexes through __sp_index in
// scope s: the file may make objects with an __index__ method and i may
// be one.
func (t *typer) indexObj(i syntax.Expr, k kind, s *scope) bool {
	return t.indexObjs && k == kUnknown && !t.intExpr(i, s)
}

// plainKey reports whether i, of kind ki, indexes through __sp_index
// (or stores through __sp_setitem) into x, of kind kx in scope s: the
// file may make keys that stand for an int, str or float (an IntEnum
// member for 1, a str subclass's instance for "a", a named tuple for
// (1, 2)), which the VM's dict never finds by such a value, i is one (a
// literal, a tuple display, a str, surely an int) and x may be a dict.
func (t *typer) plainKey(i syntax.Expr, ki, kx kind, s *scope) bool {
	if !t.indexObjs || isStr(kx) || kx == kList {
		return false
	}
	switch i := unparen(i).(type) {
	case *syntax.Literal:
		return i.Token == syntax.STRING || i.Token == syntax.INT || i.Token == syntax.FLOAT
	case *syntax.TupleExpr:
		return true // a named tuple's key, by its fields
	}
	return isStr(ki) || t.intExpr(i, s)
}

// augIndexStore returns, for st an augmented assignment x[i] op= v in
// scope s whose index may be an object with an __index__ method (see
// indexObj), a function that returns it lowered, once typed, to
// __sp_setitem(x, i, __sp_binop(__sp_index(x, i), "op=", v)). When x
// or i would not read the same when read again (a call, say), the
// statements first bind x and i to temporaries, in that order, and the
// lowered statement reads those. It returns nil for any other statement
// (and in a class body, whose temporaries would be class attributes).
func (t *typer) augIndexStore(st syntax.Stmt, s *scope) func() []syntax.Stmt {
	a, ok := st.(*syntax.AssignStmt)
	if !ok || a.Op == syntax.EQ {
		return nil
	}
	x, ok := a.LHS.(*syntax.IndexExpr)
	if !ok || !t.indexObj(x.Y, t.typeOf(x.Y, s), s) && !t.plainKey(x.Y, t.typeOf(x.Y, s), t.typeOf(x.X, s), s) {
		return nil
	}
	reread := rereadable(x.X) && rereadable(x.Y)
	if !reread && s.real().class {
		return nil
	}
	op := a.Op
	return func() []syntax.Stmt {
		pos := x.Lbrack
		var pre []syntax.Stmt
		seq, key := x.X, x.Y
		if !reread {
			seqName, keyName := t.c.l.freshName(abi.Temp), t.c.l.freshName(abi.Temp)
			pre = []syntax.Stmt{assign(ident(seqName, pos), seq, pos), assign(ident(keyName, pos), key, pos)}
			seq, key = ident(seqName, pos), ident(keyName, pos)
		}
		item := call(abi.Index, pos, seq, key)
		value := call(abi.BinOp, a.OpPos, item, strLit(op.String(), a.OpPos), augOperand(a))
		return append(pre, exprStmt(call(abi.SetItem, pos, rereadCopy(seq), rereadCopy(key), value)))
	}
}

// augOperand returns the typed right operand of the augmented
// assignment a, which the typing pass may have rewritten to
// x = __sp_binop(x, "op=", v) (augAssign) or x = __sp_A[x] + v
// (checkedAssign).
func augOperand(a *syntax.AssignStmt) syntax.Expr {
	if a.Op != syntax.EQ {
		return a.RHS
	}
	switch r := a.RHS.(type) {
	case *syntax.CallExpr:
		if isIdentNamed(r.Fn, abi.BinOp) && len(r.Args) == 3 {
			return r.Args[2]
		}
	case *syntax.BinaryExpr:
		if ix, ok := r.X.(*syntax.IndexExpr); ok && isIdentNamed(ix.X, abi.ListAdd) {
			return r.Y
		}
	}
	return a.RHS
}

// rereadable reports whether x is a name, a literal or an attribute of
// one, which augIndexStore reads twice.
func rereadable(x syntax.Expr) bool {
	if d, ok := x.(*syntax.DotExpr); ok {
		return rereadable(d.X)
	}
	return isSimple(x)
}

// rereadCopy copies a rereadable expression.
func rereadCopy(x syntax.Expr) syntax.Expr {
	if d, ok := x.(*syntax.DotExpr); ok {
		return &syntax.DotExpr{X: rereadCopy(d.X), Dot: d.Dot, NamePos: d.NamePos, Name: ident(d.Name.Name, d.Name.NamePos)}
	}
	return copySimple(x)
}
