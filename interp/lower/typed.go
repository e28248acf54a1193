package lower

// This file defines the typing pass, which runs on the lowered file once
// the cell pass knows its scopes, before references are rewritten:
//
//   - a comparison chain of names and literals becomes an and-chain;
//   - an arithmetic or comparison operator with an operand that is
//     statically a bool becomes __sp_binop(x, "op", y) (Starlark has no
//     bool arithmetic), and -b, +b, ~b become __sp_unop("-", b);
//   - x[i] where x may be a non-ASCII str becomes __sp_index(x, i), or
//     __sp_xN_x[i] in a loop (see index.go): the VM indexes bytes.
//
// Every other operation stays the VM's: int arithmetic, comparisons and
// indexing of lists, dicts and ASCII strings pay nothing.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// lowerTypes runs the typing pass over the statements of a module.
func (c *cellPass) lowerTypes(stmts []syntax.Stmt) []syntax.Stmt {
	t := &typer{c: c, binds: map[varKey][]binding{}, hoisted: map[varKey]*hoisted{}, numCands: map[*syntax.ForStmt]bool{}, numVars: map[varKey]bool{}, iterCalls: map[string]*syntax.CallExpr{}, sure: map[string]bool{}, sliceKeys: map[varKey]bool{}}
	t.collect(stmts, c.module)
	t.solve()
	t.solveInts()         // sureint.go
	t.solveNotBool(stmts) // notbool.go
	t.memo = map[syntax.Expr]kind{}
	t.inPlace = inPlaceDefs(stmts)      // inplace.go
	t.indexObjs = makesIndexObjs(stmts) // indexobj.go
	return t.stmts(stmts, c.module)
}

// lookup is the cell pass's lookup, except that a variable the slow
// copy of a with statement copies in and out (cells_lock.go) is the
// variable of the function around it, as a cell: both copies of the
// body bind and read that one variable.
func (t *typer) lookup(s *scope, name string) (*scope, bool) {
	owner, celled := t.c.lookup(s, name)
	for owner != nil && owner.lock != nil && owner.lock.copies[name] {
		owner, _ = t.c.lookup(owner.parent, name)
		celled = true
	}
	return owner, celled
}

// bind records a binding of name made in scope s.
func (t *typer) bind(name string, s *scope, b binding) {
	owner, _ := t.lookup(s, name)
	if owner == nil {
		return
	}
	k := varKey{owner, name}
	t.binds[k] = append(t.binds[k], b)
}

func (t *typer) bindUnknown(target syntax.Expr, s *scope) {
	for _, name := range targetNames(target, nil) {
		t.bind(name, s, binding{})
	}
}

// collect records the bindings made by stmts, which run in scope s.
func (t *typer) collect(stmts []syntax.Stmt, s *scope) {
	for _, st := range stmts {
		switch st := st.(type) {
		case *syntax.AssignStmt:
			t.collectAssign(st, s)
			t.collectWalrus(st.LHS, s)
			t.collectWalrus(st.RHS, s)
		case *syntax.DefStmt:
			t.bind(st.Name.Name, s, binding{def: st})
			t.collectSliceKey(st)
			for _, p := range st.Params {
				t.collectWalrus(p, s)
			}
			t.collect(st.Body, t.c.scopes[st])
		case *syntax.ForStmt:
			t.collectWalrus(st.X, s)
			if id, ok := st.Vars.(*syntax.Ident); ok {
				t.bind(id.Name, s, t.loopBinding(st.X, s))
			} else {
				t.bindUnknown(st.Vars, s)
			}
			t.collect(st.Body, s)
		case *syntax.WhileStmt:
			t.collectWalrus(st.Cond, s)
			t.collect(st.Body, s)
		case *syntax.IfStmt:
			t.collectWalrus(st.Cond, s)
			t.collect(st.True, s)
			t.collect(st.False, s)
		case *syntax.ExprStmt:
			t.collectWalrus(st.X, s)
		case *syntax.ReturnStmt:
			t.collectWalrus(st.Result, s)
		case *syntax.LoadStmt:
			for _, id := range st.To {
				t.bind(id.Name, s, binding{})
			}
		}
	}
}

func (t *typer) collectAssign(st *syntax.AssignStmt, s *scope) {
	id, ok := st.LHS.(*syntax.Ident)
	switch {
	case !ok && st.Op == syntax.EQ:
		t.bindUnknown(st.LHS, s)
	case !ok:
	case st.Op == syntax.EQ:
		t.bind(id.Name, s, binding{x: st.RHS, s: s})
	case st.Op == syntax.PLUS_EQ: // x += y keeps a list x (see binaryKind)
		add := &syntax.IndexExpr{X: ident(abi.ListAdd, st.OpPos), Lbrack: st.OpPos, Y: id, Rbrack: st.OpPos}
		t.bind(id.Name, s, binding{x: binary(add, syntax.PLUS, st.RHS, st.OpPos), s: s})
	default:
		t.bind(id.Name, s, binding{x: binary(id, augOps[st.Op], st.RHS, st.OpPos), s: s})
	}
}

// setAugOps are the augmented assignments that update a set in place.
var setAugOps = map[syntax.Token]bool{syntax.PIPE_EQ: true, syntax.AMP_EQ: true, syntax.MINUS_EQ: true, syntax.CIRCUMFLEX_EQ: true}

// collectWalrus records the bindings that the assignment expressions in
// x, evaluated in scope s, make: (n := v) binds n to v, in the scope
// around any comprehension (the cell pass's bindWalrus).
func (t *typer) collectWalrus(x syntax.Expr, s *scope) {
	t.walkExpr(x, s, func(y syntax.Expr, s *scope) bool {
		c, ok := y.(*syntax.CallExpr)
		if !ok {
			return true
		}
		if id, value, ok := walrus(c); ok {
			t.bind(id.Name, s, binding{x: value, s: s})
			t.collectWalrus(value, s)
			return false
		}
		return true
	})
}

// augOps maps each augmented assignment to its binary operator.
var augOps = map[syntax.Token]syntax.Token{
	syntax.PLUS_EQ: syntax.PLUS, syntax.MINUS_EQ: syntax.MINUS, syntax.STAR_EQ: syntax.STAR,
	syntax.SLASH_EQ: syntax.SLASH, syntax.SLASHSLASH_EQ: syntax.SLASHSLASH, syntax.PERCENT_EQ: syntax.PERCENT,
	syntax.AMP_EQ: syntax.AMP, syntax.PIPE_EQ: syntax.PIPE, syntax.CIRCUMFLEX_EQ: syntax.CIRCUMFLEX,
	syntax.LTLT_EQ: syntax.LTLT, syntax.GTGT_EQ: syntax.GTGT,
}

// stmts rewrites a block of statements of scope s, returning it with
// the statements that loops need before them.
func (t *typer) stmts(list []syntax.Stmt, s *scope) []syntax.Stmt {
	if len(list) == 0 {
		return list
	}
	outer := t.sure
	t.sure = make(map[string]bool, len(outer))
	for k := range outer {
		t.sure[k] = true
	}
	out := make([]syntax.Stmt, 0, len(list))
	for _, st := range list {
		var pre []syntax.Stmt
		done := t.hoist(st, s)
		store := t.sliceStore(st, s)
		var augStore func() []syntax.Stmt
		if store == nil {
			augStore = t.augIndexStore(st, s) // indexobj.go
		}
		sync := t.storesGlobals(st, s) // globalsync.go
		t.stmt(st, s)
		if store != nil {
			st = store()
		}
		if augStore != nil {
			lowered := augStore()
			pre, st = append(pre, lowered[:len(lowered)-1]...), lowered[len(lowered)-1]
		}
		pre = append(done(), pre...)
		out = append(append(out, pre...), st)
		t.bound(st)
		if sync {
			out = append(out, globalsCall(st))
		}
	}
	t.sure = outer
	return out
}

// bound records the names that st, once run, has surely bound.
func (t *typer) bound(st syntax.Stmt) {
	switch st := st.(type) {
	case *syntax.AssignStmt:
		if st.Op == syntax.EQ {
			for _, name := range targetNames(st.LHS, nil) {
				t.sure[name] = true
			}
		}
	case *syntax.DefStmt:
		t.sure[st.Name.Name] = true
	}
}

// body rewrites the body of def d, in its scope: a real function's
// starts with its parameters bound and no loop around it.
func (t *typer) body(d *syntax.DefStmt) {
	fs := t.c.scopes[d]
	if fs.kind == kTransparent {
		d.Body = t.stmts(d.Body, fs)
		return
	}
	for loop := range numLoops(d.Body) {
		t.numCands[loop] = true
	}
	sure, outer, kname, kused := t.sure, t.hoisted, t.kname, t.kused
	t.sure, t.hoisted, t.kname, t.kused = map[string]bool{}, map[varKey]*hoisted{}, "", 0
	d.Body = t.stmts(d.Body, fs)
	t.sure, t.hoisted, t.kname, t.kused = sure, outer, kname, kused
}

func (t *typer) stmt(st syntax.Stmt, s *scope) {
	switch st := st.(type) {
	case *syntax.AssignStmt:
		if st.Op != syntax.EQ {
			t.augAssign(st, s)
		}
		divisor := t.augDivisor(st, s)
		t.target(st.LHS, s)
		k := t.typeOf(st.RHS, s)
		num := boolArith[augOps[st.Op]] && t.mayBeBool(st.RHS, k, s) && mayBeNum(t.typeOf(st.LHS, s))
		st.RHS = t.expr(st.RHS, s)
		switch {
		case divisor:
			st.RHS = richIndex("div", false, st.RHS, st.OpPos) // see zeroDivision
		case num:
			st.RHS = t.numOperand(st.RHS, st.OpPos, s) // see boolarith.go
		}
		t.iterCall(st)
		t.checkedAssign(st, s, k) // checked.go
	case *syntax.DefStmt:
		t.params(st.Params, s)
		t.body(st)
	case *syntax.ForStmt:
		st.X = t.expr(st.X, s)
		t.numLoop(st, s)
		t.target(st.Vars, s)
		st.Body = t.stmts(st.Body, s)
	case *syntax.WhileStmt:
		st.Cond = t.expr(st.Cond, s)
		st.Body = t.stmts(st.Body, s)
	case *syntax.IfStmt:
		st.Cond = t.expr(st.Cond, s)
		st.True = t.stmts(st.True, s)
		st.False = t.stmts(st.False, s)
	case *syntax.ExprStmt:
		st.X = t.expr(st.X, s)
	case *syntax.ReturnStmt:
		st.Result = t.expr(st.Result, s)
	}
}

// params rewrites default values, which belong to scope s.
func (t *typer) params(params []syntax.Expr, s *scope) {
	for _, p := range params {
		if b, ok := p.(*syntax.BinaryExpr); ok {
			b.Y = t.expr(b.Y, s)
		}
	}
}

// augAssign turns x op= b, where x or b is statically a bool and x can
// be evaluated twice, into x = __sp_binop(x, "op", b); and x op= b, x a
// set or maybe one (see mayUpdateSet), or x *= b, x maybe a list or a
// deque, into x = __sp_binop(x, "op=", b), which updates x in place; so
// does x <<= b but by a small literal (see smallShift).
func (t *typer) augAssign(st *syntax.AssignStmt, s *scope) {
	if t.inPlaceAssign(st, s) {
		return
	}
	load := simpleCopy(st.LHS)
	if load != nil && (setAugOps[st.Op] && t.mayUpdateSet(st, s) || st.Op == syntax.STAR_EQ && t.mayRepeatList(st, s) || st.Op == syntax.LTLT_EQ && !smallShift(st.RHS)) {
		st.Op, st.RHS = syntax.EQ, call(abi.BinOp, st.OpPos, load, strLit(st.Op.String(), st.OpPos), st.RHS)
		return
	}
	if t.boolAugAssign(st, s) { // boolarith.go
		return
	}
	if load == nil || t.typeOf(st.LHS, s) != kBool && t.typeOf(st.RHS, s) != kBool {
		return
	}
	op := augOps[st.Op]
	st.Op, st.RHS = syntax.EQ, call(abi.BinOp, st.OpPos, load, strLit(op.String(), st.OpPos), st.RHS)
}

// smallShift reports whether y, the count of a left shift, is one the
// VM shifts by (less than 512): an int literal, or y & m with m such a
// literal, positive (bit loops shift by i & 63). (y % m may be a float
// or a str, whose shift the VM words otherwise.)
func smallShift(y syntax.Expr) bool {
	switch y := unparen(y).(type) {
	case *syntax.Literal:
		n, ok := y.Value.(int64)
		return ok && y.Token == syntax.INT && n < 512
	case *syntax.BinaryExpr:
		return y.Op == syntax.AMP && (smallMask(y.X) || smallMask(y.Y))
	}
	return false
}

// smallMask reports whether x is an int literal in [1, 512): x & it is
// in [0, 512) for any int x.
func smallMask(x syntax.Expr) bool {
	lit, ok := unparen(x).(*syntax.Literal)
	if !ok || lit.Token != syntax.INT {
		return false
	}
	n, ok := lit.Value.(int64)
	return ok && n >= 1 && n < 512
}

// mayRepeatList reports whether x *= y may repeat a list (or a deque)
// in place: x is a list, tuple, dict or range, or of unknown kind.
func (t *typer) mayRepeatList(st *syntax.AssignStmt, s *scope) bool {
	k := t.typeOf(st.LHS, s)
	return isOther(k) || k == kUnknown
}

// mayUpdateSet reports whether x op= y (op one of setAugOps) may update
// a set, or a subclass instance of set or dict, in place: x is a set,
// or of unknown kind while y is not a number (n -= 1 keeps the VM's
// opcode).
func (t *typer) mayUpdateSet(st *syntax.AssignStmt, s *scope) bool {
	switch t.typeOf(st.LHS, s) {
	case kSet:
		return true
	case kUnknown:
		ky := t.typeOf(st.RHS, s)
		return ky != kNum && ky != kBool
	}
	return false
}

// simpleCopy returns a copy of a target that can be read again without
// effects (x, x.a, x[k] with x and k simple), or nil.
func simpleCopy(x syntax.Expr) syntax.Expr {
	switch x := x.(type) {
	case *syntax.Ident:
		return ident(x.Name, x.NamePos)
	case *syntax.DotExpr:
		if id, ok := x.X.(*syntax.Ident); ok {
			return &syntax.DotExpr{X: ident(id.Name, id.NamePos), Dot: x.Dot, NamePos: x.NamePos, Name: ident(x.Name.Name, x.Name.NamePos)}
		}
	case *syntax.IndexExpr:
		if id, ok := x.X.(*syntax.Ident); ok && isSimple(x.Y) {
			return &syntax.IndexExpr{X: ident(id.Name, id.NamePos), Lbrack: x.Lbrack, Y: copySimple(x.Y), Rbrack: x.Rbrack}
		}
	}
	return nil
}

// copySimple copies the names in a simple expression (see isSimple);
// literals are never rewritten, so they may be shared.
func copySimple(x syntax.Expr) syntax.Expr {
	switch x := x.(type) {
	case *syntax.Ident:
		return ident(x.Name, x.NamePos)
	case *syntax.ParenExpr:
		return &syntax.ParenExpr{Lparen: x.Lparen, X: copySimple(x.X), Rparen: x.Rparen}
	}
	return x
}

// target rewrites the expressions inside an assignment target; the
// target itself (x[i] = v) is a store and stays.
func (t *typer) target(x syntax.Expr, s *scope) {
	switch x := x.(type) {
	case *syntax.IndexExpr:
		x.X, x.Y = t.expr(x.X, s), t.expr(x.Y, s)
	case *syntax.DotExpr:
		x.X = t.expr(x.X, s)
	case *syntax.ParenExpr:
		t.target(x.X, s)
	case *syntax.TupleExpr:
		for _, y := range x.List {
			t.target(y, s)
		}
	case *syntax.ListExpr:
		for _, y := range x.List {
			t.target(y, s)
		}
	}
}

// expr rewrites x, which is evaluated in scope s, bottom up.
func (t *typer) expr(x syntax.Expr, s *scope) syntax.Expr {
	switch x := x.(type) {
	case *syntax.LambdaExpr:
		t.params(x.Params, s)
		outer := t.hoisted // a lambda may run after the loop
		t.hoisted = map[varKey]*hoisted{}
		x.Body = t.expr(x.Body, t.c.scopes[x])
		t.hoisted = outer
	case *syntax.Comprehension:
		t.comprehension(x, s)
	case *syntax.CallExpr:
		if chain := splitChain(x); chain != nil {
			return t.expr(chain, s)
		}
		appendTo := t.appendRecv(x, s)
		x.Fn = t.expr(x.Fn, s)
		for i, a := range x.Args {
			if b, ok := a.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
				b.Y = t.expr(b.Y, s)
			} else {
				x.Args[i] = t.expr(a, s)
			}
		}
		if appendTo {
			dot := x.Fn.(*syntax.DotExpr)
			return &syntax.CallExpr{Fn: ident(abi.Append, dot.Name.NamePos), Lparen: x.Lparen, Args: []syntax.Expr{dot.X, x.Args[0]}, Rparen: x.Rparen}
		}
	case *syntax.BinaryExpr:
		return t.binary(x, s)
	case *syntax.UnaryExpr:
		return t.unary(x, s)
	case *syntax.IndexExpr:
		return t.index(x, s)
	default:
		t.children(x, s)
	}
	return x
}

func (t *typer) comprehension(x *syntax.Comprehension, s *scope) {
	cs := t.c.scopes[x]
	for i, cl := range x.Clauses {
		switch cl := cl.(type) {
		case *syntax.ForClause:
			if i == 0 {
				cl.X = t.expr(cl.X, s)
			} else {
				cl.X = t.expr(cl.X, cs)
			}
			t.target(cl.Vars, cs)
		case *syntax.IfClause:
			cl.Cond = t.expr(cl.Cond, cs)
		}
	}
	x.Body = t.expr(x.Body, cs)
}

// children rewrites the operands of the remaining expression kinds.
func (t *typer) children(x syntax.Expr, s *scope) {
	rewriteOperands(x, func(y syntax.Expr) syntax.Expr { return t.expr(y, s) })
}

// binary lowers x op y to __sp_binop when an operand is statically a
// bool and the VM would get it wrong.
func (t *typer) binary(x *syntax.BinaryExpr, s *scope) syntax.Expr {
	kx, ky := t.typeOf(x.X, s), t.typeOf(x.Y, s)
	bx, by := kx == kBool, ky == kBool
	var plain [2]string
	if _, ok := cmpNames[x.Op]; ok || divisions[x.Op] || x.Op == syntax.IN || x.Op == syntax.NOT_IN {
		plain = [2]string{t.plainType(x.X, kx, s), t.plainType(x.Y, ky, s)}
	}
	literals := literalDisplay(x.Y)
	format := x.Op == syntax.PERCENT && t.mayFormat(x, kx, ky, s)
	numX := boolArith[x.Op] && !bx && !by && !format && t.mayBeBool(x.X, kx, s) && mayBeNum(ky)
	numY := boolArith[x.Op] && !bx && !by && !format && t.mayBeBool(x.Y, ky, s) && mayBeNum(kx)
	if format {
		plain = [2]string{t.plainType(x.X, kx, s), t.plainType(x.Y, ky, s)}
	}
	x.X, x.Y = t.expr(x.X, s), t.expr(x.Y, s)
	var lower bool
	switch x.Op {
	case syntax.EQL, syntax.NEQ:
		// bool == bool is right already; so is anything == None (the
		// lowering of x is None among them), which is never a number
		// nor a set.
		lower = (bx != by || (kx == kFrozen) != (ky == kFrozen)) && !isNone(x.X) && !isNone(x.Y)
	case syntax.LT, syntax.LE, syntax.GT, syntax.GE:
		lower = bx || by || (kx == kFrozen) != (ky == kFrozen) // the VM calls frozenset and set unrelated
	case syntax.IN, syntax.NOT_IN:
		lower = bx
	case syntax.AND, syntax.OR, syntax.EQ:
	case syntax.STAR: // a list or tuple repeat checks the memory limit first
		lower = bx || by || isOther(kx) && !smallInt(x.Y) || isOther(ky) && !smallInt(x.X)
	default:
		lower = bx || by
	}
	if !lower {
		if _, ok := cmpNames[x.Op]; ok && !isIdentNamed(x.X, abi.NoneAlias) && !isIdentNamed(x.Y, abi.NoneAlias) {
			return acrossCompare(x, kx == kBool && ky == kBool, plain) // e == None asks e's __eq__; x is None stays an identity test
		}
		if format {
			return formatOp(x, kx, plain)
		}
		if x.Op == syntax.IN || x.Op == syntax.NOT_IN {
			return crossIn(x, plain[0], kx, ky, literals)
		}
		if numX {
			x.X = t.numOperand(x.X, x.OpPos, s)
		}
		if numY && (x.Op == syntax.LTLT || x.Op == syntax.GTGT) || x.Op == syntax.LTLT && !smallShift(x.Y) {
			// the VM shifts an int only by an int, before asking y, and
			// only left by less than 512
			return call(abi.BinOp, x.OpPos, x.X, strLit(x.Op.String(), x.OpPos), x.Y)
		}
		if numY && (!divisions[x.Op] || x.Op == syntax.PERCENT && !isIdent(unparen(x.Y))) {
			x.Y = t.numOperand(x.Y, x.OpPos, s) // other divisors go through __sp_R_div or __sp_R_zero
		}
		return zeroDivision(x, plain)
	}
	return call(abi.BinOp, x.OpPos, x.X, strLit(x.Op.String(), x.OpPos), x.Y)
}

// mayFormat reports whether x, a % operation in scope s whose operands
// have kinds kx and ky, may format a str or bytes: its left operand is
// a str or a bytes literal, or of unknown kind while its right one is not surely a number
// (n % 2 stays the VM's). It then becomes __sp_percent(x, y), which
// formats as Python does (the VM's str % is Starlark's) and takes any
// other operands as x % y.
func (t *typer) mayFormat(x *syntax.BinaryExpr, kx, ky kind, s *scope) bool {
	if lit, ok := unparen(x.X).(*syntax.Literal); isStr(kx) || ok && lit.Token == syntax.BYTES {
		return true
	}
	return kx == kUnknown && !t.intExpr(x.X, s) && ky != kNum && !t.intExpr(x.Y, s)
}

// formatOp lowers x % y, which may format a str (see mayFormat), to
// __sp_percent(x, y); where x, of unknown kind kx, is a name, to
// (__sp_percent(x, y) if __sp_R_text[x] else x % y), __sp_R_text being
// the module's alias of __sp_R["text"], so that a number's modulo stays
// the VM's at the cost of an index.
func formatOp(x *syntax.BinaryExpr, kx kind, plain [2]string) syntax.Expr {
	id, ok := unparen(x.X).(*syntax.Ident)
	if isStr(kx) || !ok || madeUpRoot(id) || opensScope(x.Y) {
		return call(abi.Percent, x.OpPos, x.X, x.Y)
	}
	pos := x.OpPos
	test := richIndex("text", false, ident(id.Name, id.NamePos), pos)
	slow := call(abi.Percent, pos, ident(id.Name, id.NamePos), cloneExpr(x.Y))
	return &syntax.ParenExpr{Lparen: pos, X: &syntax.CondExpr{If: pos, Cond: test, True: slow, ElsePos: pos, False: zeroDivision(x, plain)}, Rparen: pos}
}

// isNone reports whether x is None or the alias noneCompare reads it
// through.
func isNone(x syntax.Expr) bool {
	return isIdentNamed(x, "None") || isIdentNamed(x, abi.NoneAlias)
}

// appendRecv reports whether x is recv.append(v), one positional
// argument, with recv of kind list: the typing pass lowers it to
// __sp_append(recv, v), which appends without making the bound method
// (and calls recv's append as written if recv is not a list after all,
// a guess that then costs time only). A receiver that can't be a list
// keeps its AttributeError, marked at recv.append as CPython marks it.
func (t *typer) appendRecv(x *syntax.CallExpr, s *scope) bool {
	dot, ok := x.Fn.(*syntax.DotExpr)
	if !ok || dot.Name.Name != "append" || len(x.Args) != 1 {
		return false
	}
	switch a := x.Args[0].(type) {
	case *syntax.BinaryExpr:
		if a.Op == syntax.EQ {
			return false // append(x=1)
		}
	case *syntax.UnaryExpr:
		if a.Op == syntax.STAR || a.Op == syntax.STARSTAR {
			return false
		}
	}
	return t.typeOf(dot.X, s) == kList
}

// smallInt reports whether x is an int literal small enough that a
// repeat by it needs no memory check.
func smallInt(x syntax.Expr) bool {
	for p, ok := x.(*syntax.ParenExpr); ok; p, ok = x.(*syntax.ParenExpr) {
		x = p.X
	}
	lit, ok := x.(*syntax.Literal)
	if !ok {
		return false
	}
	n, ok := lit.Value.(int64)
	return ok && n <= 1<<16
}

func (t *typer) unary(x *syntax.UnaryExpr, s *scope) syntax.Expr {
	k := t.typeOf(x.X, s)
	b := x.Op != syntax.NOT && k == kBool
	num := (x.Op == syntax.MINUS || x.Op == syntax.PLUS || x.Op == syntax.TILDE) && t.mayBeBool(x.X, k, s)
	x.X = t.expr(x.X, s)
	if num {
		x.X = t.numOperand(x.X, x.OpPos, s)
	}
	if !b {
		return x
	}
	return call(abi.UnOp, x.OpPos, strLit(x.Op.String(), x.OpPos), x.X)
}
