package builtins

// This file defines the operators the typing pass lowers (see
// interp/parse/lower_typed.go): __sp_binop and __sp_unop, Python's
// arithmetic and comparisons on bools (Starlark has none), and
// __sp_index, s[i] on a str counted in code points (the VM counts
// bytes).

import (
	"unicode/utf8"
	"unsafe"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
)

func addOperators(d starlark.StringDict) {
	d["__sp_binop"] = &fastFunc{"__sp_binop", spBinop}
	d["__sp_unop"] = &fastFunc{"__sp_unop", spUnop}
	d["__sp_index"] = &fastFunc{"__sp_index", spIndex}
}

var binopTokens = map[string]syntax.Token{
	"+": syntax.PLUS, "-": syntax.MINUS, "*": syntax.STAR, "/": syntax.SLASH,
	"//": syntax.SLASHSLASH, "%": syntax.PERCENT, "&": syntax.AMP, "|": syntax.PIPE,
	"^": syntax.CIRCUMFLEX, "<<": syntax.LTLT, ">>": syntax.GTGT,
}

// spBinop implements __sp_binop(x, op, y): x op y where an operand may
// be a bool, which counts as the int 0 or 1 (& | ^ of two bools give a
// bool).
func spBinop(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 3 {
		return nil, core.Raise(core.SystemError, "__sp_binop takes 3 arguments")
	}
	op, _ := starlark.AsString(args[1])
	return Binop(op, args[0], args[2])
}

// Binop returns x op y with Python semantics for a binary operator
// (+ - * / // % & | ^ << >>), a comparison, in or "not in": a bool
// operand counts as the int 0 or 1, and & | ^ of two bools give a bool.
func Binop(op string, x, y starlark.Value) (starlark.Value, error) {
	tok, arith := binopTokens[op]
	switch {
	case op == "in" || op == "not in":
		return containsBool(op, x, y)
	case !arith:
		r, err := Compare(op, x, y)
		return starlark.Bool(r), err
	}
	if bx, ok := x.(starlark.Bool); ok {
		if by, ok := y.(starlark.Bool); ok && (tok == syntax.AMP || tok == syntax.PIPE || tok == syntax.CIRCUMFLEX) {
			return boolBits(tok, bx, by), nil
		}
	}
	xi, yi := x, y
	if _, fmt := x.(starlark.String); !fmt || tok != syntax.PERCENT {
		xi, yi = boolToInt(x), boolToInt(y) // "%s" % True stays True
	}
	z, err := starlark.Binary(tok, xi, yi)
	if err != nil {
		if _, err2 := starlark.Binary(tok, x, y); err2 != nil && isUnknownOp(err) {
			return nil, err2 // the message names bool, as CPython's does
		}
	}
	return z, err
}

func isUnknownOp(err error) bool {
	const p = "unknown binary op"
	return len(err.Error()) >= len(p) && err.Error()[:len(p)] == p
}

func boolBits(tok syntax.Token, x, y starlark.Bool) starlark.Bool {
	switch tok {
	case syntax.AMP:
		return x && y
	case syntax.PIPE:
		return x || y
	}
	return x != y
}

// containsBool answers b in c for a bool b, which Python finds where c
// holds the equal int (True in [1]).
func containsBool(op string, x, y starlark.Value) (starlark.Value, error) {
	found, err := Compare("in", x, y)
	if err == nil && !found && x != boolToInt(x) {
		found, err = Compare("in", boolToInt(x), y)
	}
	return starlark.Bool(found == (op == "in")), err
}

// spUnop implements __sp_unop(op, x) for -x, +x and ~x.
func spUnop(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, core.Raise(core.SystemError, "__sp_unop takes 2 arguments")
	}
	op, _ := starlark.AsString(args[0])
	return Unop(op, args[1])
}

// Unop returns op x for op "-", "+" or "~", a bool counting as an int.
func Unop(op string, x starlark.Value) (starlark.Value, error) {
	tok := map[string]syntax.Token{"-": syntax.MINUS, "+": syntax.PLUS, "~": syntax.TILDE}[op]
	if tok == 0 {
		return nil, core.Raisef(core.SystemError, "__sp_unop: bad operator %q", op)
	}
	return starlark.Unary(tok, boolToInt(x))
}

// spIndex implements __sp_index(x, i): x[i], where a str counts code
// points as Python's does.
func spIndex(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, core.Raise(core.SystemError, "__sp_index takes 2 arguments")
	}
	s, ok := args[0].(starlark.String)
	if !ok {
		return GetItem(args[0], args[1])
	}
	return StrIndex(thread, string(s), args[1])
}

// StrIndex returns s[i], counting code points.
func StrIndex(thread *starlark.Thread, s string, i starlark.Value) (starlark.Value, error) {
	n, ok := boolToInt(i).(starlark.Int)
	if !ok {
		return nil, core.Raisef(core.TypeError, "string indices must be integers, not '%s'", core.TypeName(i))
	}
	k, ok := n.Int64()
	c := strCacheOf(thread, s)
	if k < 0 {
		k += int64(c.runes)
	}
	if !ok || k < 0 || k >= int64(c.runes) {
		return nil, core.Raise(core.IndexError, "string index out of range")
	}
	if c.ascii {
		return starlark.String(s[k : k+1]), nil
	}
	b := c.seek(int(k))
	_, size := utf8.DecodeRuneInString(s[b:])
	return starlark.String(s[b : b+size]), nil
}

// strCache remembers the string a thread indexed last: whether it is
// ASCII, its length in code points, and where one code point starts,
// so that indexing it in a loop costs O(1) per step. It keeps the string
// alive, so an equal data pointer and length mean the same string.
type strCache struct {
	s      string
	ascii  bool
	runes  int
	ri, bi int // code point ri starts at byte bi
}

const strCacheKey = "spindle.strindex"

func strCacheOf(thread *starlark.Thread, s string) *strCache {
	c, _ := thread.Local(strCacheKey).(*strCache)
	if c == nil {
		c = &strCache{}
		thread.SetLocal(strCacheKey, c)
	}
	if len(c.s) != len(s) || unsafe.StringData(c.s) != unsafe.StringData(s) || c.s == "" {
		*c = strCache{s: s, ascii: isASCII(s), runes: utf8.RuneCountInString(s)}
	}
	return c
}

// seek returns the byte offset of code point k, moving from the
// remembered one or from whichever end of the string is nearer.
func (c *strCache) seek(k int) int {
	switch {
	case k < c.ri-k:
		c.ri, c.bi = 0, 0
	case k-c.ri > c.runes-k:
		c.ri, c.bi = c.runes, len(c.s)
	}
	for c.ri < k {
		_, size := utf8.DecodeRuneInString(c.s[c.bi:])
		c.ri, c.bi = c.ri+1, c.bi+size
	}
	for c.ri > k {
		_, size := utf8.DecodeLastRuneInString(c.s[:c.bi])
		c.ri, c.bi = c.ri-1, c.bi-size
	}
	return c.bi
}
