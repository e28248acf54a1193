package lower

// This file defines the typing pass's lowering of x[i]. Python counts a
// str's characters in code points; the VM indexes a starlark.String by
// byte and has no hook. So x[i]:
//
//   - stays the VM's opcode where x is surely not a str (a list, tuple,
//     dict or range the file builds: kOther) or an ASCII str, or where i
//     is an ASCII str or surely not a str (a mapping's key; a str would
//     raise either way), or where x is a name the front-end made up;
//   - inside a loop, where x is a variable of the loop's own function
//     that is surely bound before the loop and that no code in the loop
//     rebinds, becomes __sp_xN_x[i], with __sp_xN_x = __sp_strx(x) before
//     the outermost such loop: __sp_strx returns x itself, unless x is
//     a non-ASCII str, for which it returns a value the VM indexes by
//     code point. The loop pays nothing per step;
//   - elsewhere becomes (__sp_K + x)[i]: the sum is x, or a value the VM
//     indexes by code point if x is a non-ASCII str. It costs no call,
//     which would copy its arguments.
//
// x[i] and x[i] = v where i, of unknown kind, may be an object with an
// __index__ method (an int subclass's, an IntEnum member) become
// __sp_index(x, i) and __sp_setitem(x, i, v) in a file that may make
// such objects (indexobj.go): the VM's opcodes take only an int as a
// sequence's index.
//
// x[i] where x is surely a str, or i a bool or a slice object (a call
// of the builtin slice, or a variable only such calls bind), becomes
// __sp_index(x, i): the VM's opcode takes neither a bool nor a slice
// object as a sequence index. So does x[k] where k is the key parameter
// of a __getitem__, __setitem__ or __delitem__, which a slice may bind,
// or a name such a method unpacks it to (i, j = key).

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// index lowers x[i], a load, in scope s.
func (t *typer) index(x *syntax.IndexExpr, s *scope) syntax.Expr {
	kx, ki := t.typeOf(x.X, s), t.typeOf(x.Y, s)
	if t.isSliceKey(x.Y, s) {
		ki = kSlice
	}
	x.X, x.Y = t.expr(x.X, s), t.expr(x.Y, s)
	switch {
	case ki == kBool || ki == kSlice || kx == kStr || t.indexObj(x.Y, ki, s) || t.plainKey(x.Y, ki, kx, s):
		return &syntax.CallExpr{Fn: ident(abi.Index, x.Lbrack), Lparen: x.Lbrack, Args: []syntax.Expr{x.X, x.Y}, Rparen: x.Rbrack}
	case kx == kASCII || notStr(kx) || ki == kASCII || notStr(ki) || synthesizedName(x.X):
		return x
	}
	if id, ok := x.X.(*syntax.Ident); ok {
		if h, ok := t.hoisted[t.key(id.Name, s)]; ok && h.strx {
			if h.str == "" {
				h.str = t.c.l.freshName(abi.LoopAlias) + "_" + h.name // the name marks tracebacks
			}
			h.nstr++
			x.X = ident(h.str, id.NamePos)
			return x
		}
	}
	start, _ := x.X.Span()
	k := abi.StrKey
	if t.kname != "" {
		k = t.kname
		t.kused++
	}
	x.X = &syntax.BinaryExpr{X: ident(k, start), OpPos: start, Op: syntax.PLUS, Y: x.X}
	return x
}

// sliceKeyDunders are the methods whose key parameter x[lo:hi] binds
// to a slice object.
var sliceKeyDunders = map[string]bool{"__getitem__": true, "__setitem__": true, "__delitem__": true}

// collectSliceKey records the key parameter of d, when d is one of the
// sliceKeyDunders: an x[k] of that k, which may be a slice object, goes
// through __sp_index.
func (t *typer) collectSliceKey(d *syntax.DefStmt) {
	if !sliceKeyDunders[d.Name.Name] || len(d.Params) < 2 {
		return
	}
	id, ok := d.Params[1].(*syntax.Ident)
	if !ok {
		return
	}
	sc := t.c.scopes[d]
	t.sliceKeys[t.key(id.Name, sc)] = true
	syntax.Walk(d, func(n syntax.Node) bool { // i, j = key: a 2-D index's parts may be slices too
		a, ok := n.(*syntax.AssignStmt)
		if !ok || a.Op != syntax.EQ {
			return true
		}
		if rhs, ok := a.RHS.(*syntax.Ident); ok && rhs.Name == id.Name {
			for _, x := range tupleTargets(a.LHS) {
				if name, ok := x.(*syntax.Ident); ok {
					t.sliceKeys[t.key(name.Name, sc)] = true
				}
			}
		}
		return true
	})
}

// tupleTargets returns the items of an unpacking target (a, b) or a, b,
// or nil for any other target.
func tupleTargets(x syntax.Expr) []syntax.Expr {
	if p, ok := x.(*syntax.ParenExpr); ok {
		x = p.X
	}
	switch x := x.(type) {
	case *syntax.TupleExpr:
		return x.List
	case *syntax.ListExpr:
		return x.List
	}
	return nil
}

// isSliceKey reports whether x is the key parameter of a
// sliceKeyDunders method, as seen from scope s.
func (t *typer) isSliceKey(x syntax.Expr, s *scope) bool {
	id, ok := x.(*syntax.Ident)
	return ok && len(t.sliceKeys) > 0 && t.sliceKeys[t.key(id.Name, s)]
}

// sliceStore returns, for st an assignment x[k] = v whose key k may be a
// slice object (the key parameter of a __setitem__, or a name only
// slice(...) binds) or is a bool, a function that returns it lowered,
// once typed, to __sp_setitem(x, k, v): the VM's store takes no slice
// object, and d[True] = v sets d[1] if d has that key. It returns nil
// for any other statement.
func (t *typer) sliceStore(st syntax.Stmt, s *scope) func() syntax.Stmt {
	a, ok := st.(*syntax.AssignStmt)
	if !ok || a.Op != syntax.EQ {
		return nil
	}
	x, ok := a.LHS.(*syntax.IndexExpr)
	if ok {
		ki := t.typeOf(x.Y, s)
		ok = t.isSliceKey(x.Y, s) || ki == kSlice || ki == kBool || t.indexObj(x.Y, ki, s) || t.plainKey(x.Y, ki, t.typeOf(x.X, s), s)
	}
	if !ok {
		return nil
	}
	return func() syntax.Stmt {
		return exprStmt(&syntax.CallExpr{Fn: ident(abi.SetItem, x.Lbrack), Lparen: x.Lbrack, Args: []syntax.Expr{x.X, x.Y, a.RHS}, Rparen: x.Rbrack})
	}
}

// synthesizedName reports whether x is a name the front-end made up:
// none holds a str to index.
func synthesizedName(x syntax.Expr) bool {
	id, ok := x.(*syntax.Ident)
	return ok && len(id.Name) > len(abi.Prefix) && strings.HasPrefix(id.Name, abi.Prefix)
}

// key returns the variable that name denotes in scope s.
func (t *typer) key(name string, s *scope) varKey {
	owner, _ := t.lookup(s, name)
	return varKey{owner, name}
}

// hoist records in t.hoisted the variables that st, a statement of
// scope s, may read before it when st is a loop: those the loop indexes
// and doesn't rebind. done removes them once st is lowered, and returns
// the statements to go before st: the substitutes __sp_xN_x =
// __sp_strx(x) and __sp_xnN_x = __sp_numx(x) the lowering used
// (numindex.go), and __sp_KN = __sp_K before the outermost loop when its
// lowering read __sp_K through that local (a local is faster to load).
func (t *typer) hoist(st syntax.Stmt, s *scope) (done func() []syntax.Stmt) {
	if !isLoop(st) {
		return func() []syntax.Stmt { return nil }
	}
	start, _ := st.Span()
	outermost := t.kname == ""
	if outermost {
		t.kname = t.c.l.freshName(abi.KeyAlias)
	}
	reads, writes := loopNames(st, t.c.scopes)
	var added []varKey
	for _, name := range reads {
		k := t.key(name, s)
		if _, ok := t.hoisted[k]; ok || writes[name] || !t.hoistable(name, s) {
			continue
		}
		kind := t.nameKind(name, s)
		if kind != kUnknown && !isOther(kind) {
			continue
		}
		t.hoisted[k] = &hoisted{name: name, strx: kind == kUnknown}
		added = append(added, k)
	}
	return func() []syntax.Stmt {
		var pre []syntax.Stmt
		for _, k := range added {
			pre = append(pre, t.hoisted[k].substitutes(start)...)
			delete(t.hoisted, k)
		}
		if !outermost {
			return pre
		}
		k, used := t.kname, t.kused
		t.kname, t.kused = "", 0
		if used == 0 {
			return pre
		}
		return append(pre, assign(ident(k, start), ident(abi.StrKey, start), start))
	}
}

// hoistable reports whether reading name before a loop of scope s gives
// the value every step of the loop reads: a variable of s's function
// (or of the module, for a loop at top level), not in a cell (which
// other code could assign), and surely bound.
func (t *typer) hoistable(name string, s *scope) bool {
	owner, celled := t.lookup(s, name)
	if owner == nil || celled || owner != s.real() {
		return false
	}
	return owner.params[name] || t.sure[name]
}

// isLoop reports whether st is a for or while loop (not the one-shot
// for loop of a with statement's fast form).
func isLoop(st syntax.Stmt) bool {
	switch st := st.(type) {
	case *syntax.WhileStmt:
		return true
	case *syntax.ForStmt:
		id, ok := st.X.(*syntax.Ident)
		return !ok || !strings.HasPrefix(id.Name, abi.Manager)
	}
	return false
}

// loopNames returns the names x of the loads x[i] in a loop, in order,
// and every name that anything in the loop binds, in any scope (a
// comprehension's variables, a nested function's locals...): a
// conservative set of the variables the loop may rebind. Loads inside
// nested real functions and lambdas are theirs, not the loop's.
func loopNames(st syntax.Stmt, scopes map[syntax.Node]*scope) (reads []string, writes map[string]bool) {
	writes = map[string]bool{}
	seen := map[string]bool{}
	stores := map[*syntax.IndexExpr]bool{}
	bindAll := func(x syntax.Expr) {
		for _, name := range targetNames(x, nil) {
			writes[name] = true
		}
	}
	var walk func(n syntax.Node, loads bool)
	walk = func(n syntax.Node, loads bool) {
		syntax.Walk(n, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.AssignStmt:
				bindAll(n.LHS)
				if ix, ok := n.LHS.(*syntax.IndexExpr); ok {
					stores[ix] = true
				}
			case *syntax.ForStmt:
				bindAll(n.Vars)
			case *syntax.ForClause:
				bindAll(n.Vars)
			case *syntax.LoadStmt:
				for _, id := range n.To {
					writes[id.Name] = true
				}
			case *syntax.DefStmt:
				writes[n.Name.Name] = true
				if sc := scopes[n]; sc == nil || sc.kind != kTransparent {
					bindParams(n.Params, writes)
					for _, b := range n.Body {
						walk(b, false)
					}
					return false
				}
			case *syntax.LambdaExpr:
				bindParams(n.Params, writes)
				walk(n.Body, false)
				return false
			case *syntax.IndexExpr:
				if id, ok := n.X.(*syntax.Ident); ok && loads && !stores[n] && !seen[id.Name] {
					seen[id.Name] = true
					reads = append(reads, id.Name)
				}
			}
			return true
		})
	}
	walk(st, true)
	return reads, writes
}

// bindParams adds the names of a def's or lambda's parameters to names.
func bindParams(params []syntax.Expr, names map[string]bool) {
	for _, p := range params {
		switch p := p.(type) {
		case *syntax.Ident:
			names[p.Name] = true
		case *syntax.BinaryExpr:
			if id, ok := p.X.(*syntax.Ident); ok {
				names[id.Name] = true
			}
		case *syntax.UnaryExpr:
			if id, ok := p.X.(*syntax.Ident); ok {
				names[id.Name] = true
			}
		}
	}
}
