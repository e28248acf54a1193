package lower

// This file lowers expressions: names, literals, attributes, subscripts,
// operators, lambdas and displays. Calls are in call.go, comprehensions
// in comp.go.

import (
	"math"
	"strconv"
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// internalPrefix starts the names of the runtime's internal builtins
// and of the lowering's synthesized variables.
const internalPrefix = abi.Prefix

// userInternal marks (in Ident.Binding, until the cell pass reads it) a
// name the script wrote that starts with internalPrefix. Unless the file
// binds it, it raises NameError as in CPython: a script cannot reach the
// internal builtins, which trust their arguments.
type userInternal struct{}

// exprs lowers a list of expressions.
func (l *lowerer) exprs(list []pyast.Expr) []syntax.Expr {
	if list == nil {
		return nil
	}
	out := make([]syntax.Expr, len(list))
	for i, x := range list {
		out[i] = l.expr(x)
	}
	return out
}

// name returns the syntax identifier for a name that is not an
// expression the user wrote (a def's name, a parameter, an attribute).
func name(id *pyast.Ident) *syntax.Ident {
	return &syntax.Ident{NamePos: id.NamePos, Name: id.Name}
}

// ref returns the identifier the user wrote as an expression.
func ref(id *pyast.Ident) *syntax.Ident {
	out := name(id)
	if strings.HasPrefix(id.Name, internalPrefix) && !id.Internal {
		out.Binding = userInternal{}
	}
	return out
}

// expr lowers x; nil stays nil.
func (l *lowerer) expr(x pyast.Expr) syntax.Expr {
	switch x := x.(type) {
	case nil:
		return nil
	case *pyast.Ident:
		return ref(x)
	case *pyast.Literal:
		lit := &syntax.Literal{Token: x.Token, TokenPos: x.TokenPos, Raw: x.Raw, Value: x.Value}
		if x.Imag { // 2j is __sp_J[2.0]
			lit.Raw = strings.TrimRight(lit.Raw, "jJ")
			return &syntax.IndexExpr{X: ident(abi.Imaginary, x.TokenPos), Lbrack: x.TokenPos, Y: lit, Rbrack: x.TokenPos}
		}
		return lit
	case *pyast.Ellipsis:
		return ident(abi.EllipsisValue, x.Pos)
	case *pyast.FString:
		return l.fstring(x)
	case *pyast.Attr:
		return l.attr(x)
	case *pyast.Index:
		return &syntax.IndexExpr{X: l.expr(x.X), Lbrack: x.Lbrack, Y: l.expr(x.Index), Rbrack: x.Rbrack}
	case *pyast.Slice:
		return l.slice(x)
	case *pyast.Call:
		return l.call(x)
	case *pyast.Starred:
		return &syntax.UnaryExpr{OpPos: x.OpPos, Op: x.Op, X: l.expr(x.X)}
	case *pyast.Unary:
		return &syntax.UnaryExpr{OpPos: x.OpPos, Op: x.Op, X: l.expr(x.X)}
	case *pyast.Binary:
		return binop(l.expr(x.X), x.Op, l.expr(x.Y), x.OpPos)
	case *pyast.BoolOp:
		return balance(x.Op, l.exprs(x.Values), x.OpPos)
	case *pyast.Compare:
		operands := l.compareOperands(x)
		if c := noneCompare(x, operands); c != nil {
			return c
		}
		return comparisons(operands, x.Ops, x.OpPos)
	case *pyast.IfExp:
		t := l.expr(x.True)
		return &syntax.CondExpr{If: x.If, Cond: l.expr(x.Cond), True: t, ElsePos: x.ElsePos, False: l.expr(x.False)}
	case *pyast.Lambda:
		return &syntax.LambdaExpr{Lambda: x.Lambda, Params: l.params(x.Params), Body: l.expr(x.Body)}
	case *pyast.Paren:
		return &syntax.ParenExpr{Lparen: x.Lparen, X: l.expr(x.X), Rparen: x.Rparen}
	case *pyast.Tuple:
		return &syntax.TupleExpr{Lparen: x.Lparen, List: l.exprs(x.List), Rparen: x.Rparen}
	case *pyast.List:
		return l.list(x)
	case *pyast.Dict:
		if len(x.Items) == 0 {
			return &syntax.DictExpr{Lbrace: x.Lbrace, Rbrace: x.Rbrace}
		}
		return dictDisplay(x.Lbrace, l.exprs(x.Items), x.Rbrace)
	case *pyast.DictEntry:
		k := l.expr(x.Key)
		return &syntax.DictEntry{Key: k, Colon: x.Colon, Value: l.expr(x.Value)}
	case *pyast.Set:
		list := &syntax.ListExpr{Lbrack: x.Lbrace, List: l.exprs(x.List), Rbrack: x.Rbrace}
		if constSet(x.List) {
			return call(abi.SetConst, x.Lbrace, list)
		}
		if hasStarred(list.List) { // {*a, b}: set([*a, b])
			return setCall(x.Lbrace, concatDisplay(list))
		}
		return setCall(x.Lbrace, list)
	case *pyast.Comprehension:
		return l.comprehension(x)
	case *pyast.Walrus:
		return &syntax.CallExpr{Fn: ident(abi.Walrus, x.OpPos), Lparen: x.OpPos, Args: []syntax.Expr{ref(x.Target), l.expr(x.Value)}, Rparen: x.OpPos}
	case *pyast.Yield:
		if x.Value == nil {
			return call(abi.Yield, x.Yield)
		}
		return call(abi.Yield, x.Yield, l.expr(x.Value))
	case *pyast.YieldFrom:
		return call(abi.YieldFrom, x.Yield, l.expr(x.Value))
	case *pyast.Await:
		return call(abi.Await, x.Await, l.expr(x.Value))
	}
	panic("lower: unexpected expression")
}

// attr lowers x.name: a load of one of dunderAttrs goes through
// __sp_dunder (Starlark functions have no attributes; Python's do).
func (l *lowerer) attr(x *pyast.Attr) syntax.Expr {
	recv := l.expr(x.X)
	id := x.Name
	if (dunderAttrs[id.Name] || l.funcRecv(x.X) || rangeAttrLoad(x) || l.funcAttrRead(x)) && !x.Store {
		return call(abi.Dunder, x.Dot, recv, &syntax.Literal{Token: syntax.STRING, TokenPos: id.NamePos, Raw: `"` + id.Name + `"`, Value: id.Name})
	}
	return &syntax.DotExpr{Dot: x.Dot, X: recv, Name: name(id)}
}

// loadExpr lowers x, an expression only read (a call's argument, the
// value of an assignment): x.m for a method m of methodNames (list.count,
// str.casefold...), which the VM's values may lack, is read through
// __sp_dunder, as in key=words.count or f = lines.copy.
func (l *lowerer) loadExpr(x pyast.Expr) syntax.Expr {
	if a, ok := x.(*pyast.Attr); ok && methodLoad(a) && !l.funcRecv(a.X) {
		return call(abi.Dunder, a.Dot, l.expr(a.X), strLit(a.Name.Name, a.Name.NamePos))
	}
	return l.expr(x)
}

// methodLoad reports whether x names a method of methodNames on a
// receiver other than self or cls, whose attributes of those names are a
// user class's own (self.count) and keep the VM's path.
func methodLoad(x *pyast.Attr) bool {
	if !methodNames[x.Name.Name] || strings.HasPrefix(x.Name.Name, "__") {
		return false
	}
	id, ok := x.X.(*pyast.Ident)
	return !ok || id.Name != "self" && id.Name != "cls"
}

// slice lowers x[lo:hi:step]: Python slices strings by code point,
// Starlark by byte.
func (l *lowerer) slice(x *pyast.Slice) syntax.Expr {
	if x.X == nil { // an item of x[lo:hi, i]
		lo, hi, step := l.expr(x.Lo), l.expr(x.Hi), l.expr(x.Step)
		return call(abi.SliceObj, x.Lbrack, orNone(lo, x.Lbrack), orNone(hi, x.Lbrack), orNone(step, x.Lbrack))
	}
	recv, lo, hi, step := l.expr(x.X), l.expr(x.Lo), l.expr(x.Hi), l.expr(x.Step)
	c := call(abi.Slice, x.Lbrack, recv, orNone(lo, x.Lbrack), orNone(hi, x.Lbrack), orNone(step, x.Lbrack))
	c.Rparen = x.Rbrack // the extent of the subscript, for tracebacks
	return c
}

// orNone returns x, or None when x is absent.
func orNone(x syntax.Expr, pos syntax.Position) syntax.Expr {
	if x == nil {
		return ident("None", pos)
	}
	return x
}

// binop builds x op y: x ** y through __sp_pow, % with a string
// literal on the left through __sp_percent, and x @ y through
// __sp_binop.
func binop(x syntax.Expr, op syntax.Token, y syntax.Expr, pos syntax.Position) syntax.Expr {
	switch {
	case op == syntax.STARSTAR:
		return &syntax.CallExpr{Fn: ident(abi.Pow, syntax.Start(x)), Lparen: pos, Args: []syntax.Expr{x, y}, Rparen: pos}
	case op == syntax.PERCENT && isStringLit(x):
		return &syntax.CallExpr{Fn: ident(abi.Percent, syntax.Start(x)), Lparen: pos, Args: []syntax.Expr{x, y}, Rparen: pos}
	case op == pyast.MatMul:
		return &syntax.CallExpr{Fn: ident(abi.BinOp, syntax.Start(x)), Lparen: pos, Args: []syntax.Expr{x, strLit("@", pos), y}, Rparen: pos}
	}
	return binary(x, op, y, pos)
}

// comparisons lowers one comparison or a chain of them.
func comparisons(operands []syntax.Expr, ops []string, opPos []syntax.Position) syntax.Expr {
	switch {
	case len(ops) == 1 && ops[0] != "is" && ops[0] != "is not":
		return binary(operands[0], cmpTokens[ops[0]], operands[1], opPos[0])
	case len(ops) == 1:
		is := &syntax.CallExpr{Fn: ident(abi.Is, syntax.Start(operands[0])), Lparen: opPos[0], Args: operands, Rparen: opPos[0]}
		if ops[0] == "is not" {
			return &syntax.UnaryExpr{OpPos: opPos[0], Op: syntax.NOT, X: is}
		}
		return is
	}
	return chainCall(operands, ops, opPos)
}

// params lowers the parameters of a def or lambda; annotations are
// dropped.
func (l *lowerer) params(params []*pyast.Param) []syntax.Expr {
	var out []syntax.Expr
	for _, p := range params {
		switch {
		case p.Star != 0:
			var x syntax.Expr
			if p.Name != nil {
				x = name(p.Name)
			}
			out = append(out, &syntax.UnaryExpr{OpPos: p.StarPos, Op: p.Star, X: x})
		case p.Default != nil:
			out = append(out, binary(name(p.Name), syntax.EQ, l.expr(p.Default), p.EqPos))
		default:
			out = append(out, name(p.Name))
		}
	}
	return out
}

// list lowers a list display; one with starred items that is not an
// assignment target is built by concatenation.
func (l *lowerer) list(x *pyast.List) syntax.Expr {
	if len(x.List) == 0 {
		return &syntax.ListExpr{Lbrack: x.Lbrack, Rbrack: x.Rbrack}
	}
	list := &syntax.ListExpr{Lbrack: x.Lbrack, List: l.exprs(x.List), Rbrack: x.Rbrack}
	if x.Store || !hasStarred(list.List) {
		return list // a target ([a, *b] = x) unpacks by itself
	}
	return concatDisplay(list)
}

func isStarred(x syntax.Expr) bool {
	u, ok := x.(*syntax.UnaryExpr)
	return ok && u.Op == syntax.STAR
}

func hasStarred(exprs []syntax.Expr) bool {
	for _, x := range exprs {
		if isStarred(x) {
			return true
		}
	}
	return false
}

// concatDisplay lowers [a, *b, c] to [a] + list(b) + [c].
func concatDisplay(l *syntax.ListExpr) syntax.Expr {
	var out syntax.Expr
	add := func(x syntax.Expr) {
		if out == nil {
			out = x
			return
		}
		out = &syntax.BinaryExpr{X: out, OpPos: syntax.Start(x), Op: syntax.PLUS, Y: x}
	}
	var run []syntax.Expr
	flush := func() {
		if run != nil {
			add(&syntax.ListExpr{Lbrack: syntax.Start(run[0]), List: run, Rbrack: l.Rbrack})
			run = nil
		}
	}
	for _, x := range l.List {
		if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			flush()
			add(&syntax.CallExpr{Fn: ident("list", u.OpPos), Lparen: u.OpPos, Args: []syntax.Expr{u.X}, Rparen: l.Rbrack})
			continue
		}
		run = append(run, x)
	}
	flush()
	return &syntax.ParenExpr{Lparen: l.Lbrack, X: out, Rparen: l.Rbrack}
}

// dictDisplay builds the dict display {entries}. One with "**m" items
// becomes __sp_dictmerge(m1, {k: v, ...}, m2, ...), which merges them in
// order. So does one whose keys may repeat ({k: 1, k: 2}, {1: a, 1.0: b}),
// one entry per dict, since the VM refuses a display with a duplicate
// key where Python keeps the last value at the first key's place.
func dictDisplay(lbrace syntax.Position, entries []syntax.Expr, rbrace syntax.Position) syntax.Expr {
	var parts, group []syntax.Expr
	star, split := false, mayRepeatKeys(entries)
	flush := func() {
		if len(group) > 0 {
			parts = append(parts, &syntax.DictExpr{Lbrace: lbrace, List: group, Rbrace: rbrace})
			group = nil
		}
	}
	for _, e := range entries {
		if u, ok := e.(*syntax.UnaryExpr); ok {
			flush()
			parts, star = append(parts, u.X), true
			continue
		}
		group = append(group, e)
		if split {
			flush()
		}
	}
	if !star && !split {
		return &syntax.DictExpr{Lbrace: lbrace, List: entries, Rbrace: rbrace}
	}
	flush()
	return call(abi.DictMerge, lbrace, parts...)
}

// mayRepeatKeys reports whether two of the key: value entries may have
// equal keys: unless every key is a literal and no two literals are
// equal (1 and 1.0 are).
func mayRepeatKeys(entries []syntax.Expr) bool {
	seen := map[string]bool{}
	for _, e := range entries {
		kv, ok := e.(*syntax.DictEntry)
		if !ok {
			continue
		}
		k, ok := literalKey(kv.Key)
		if !ok || seen[k] {
			return len(entries) > 1
		}
		seen[k] = true
	}
	return false
}

// literalKey returns a string that equal literal keys share.
func literalKey(x syntax.Expr) (string, bool) {
	lit, ok := x.(*syntax.Literal)
	if !ok {
		return "", false
	}
	switch v := lit.Value.(type) {
	case string:
		if lit.Token == syntax.BYTES {
			return "b" + v, true
		}
		return "s" + v, true
	case int64:
		return "n" + strconv.FormatInt(v, 10), true
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<53 {
			return "n" + strconv.FormatInt(int64(v), 10), true
		}
		return "f" + strconv.FormatFloat(v, 'g', -1, 64), true
	}
	return "", false // a big int: equal floats are possible
}

// setCall returns set(list) for a set display or comprehension.
func setCall(lbrace syntax.Position, list syntax.Expr) syntax.Expr {
	return &syntax.CallExpr{Fn: ident("set", lbrace), Lparen: lbrace, Args: []syntax.Expr{list}, Rparen: syntax.End(list)}
}
