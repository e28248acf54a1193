package builtins

// This file defines the operators the typing pass lowers (see
// interp/parse/lower_typed.go): __sp_binop and __sp_unop, Python's
// arithmetic and comparisons on bools (Starlark has none), and
// __sp_index and __sp_strx (see strindex.go).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
)

func addOperators(d starlark.StringDict) {
	d["__sp_binop"] = &fastFunc{"__sp_binop", spBinop}
	d["__sp_unop"] = &fastFunc{"__sp_unop", spUnop}
	d["__sp_index"] = &fastFunc{"__sp_index", spIndex}
	d["__sp_strx"] = &fastFunc{"__sp_strx", spStrx}
	d["__sp_K"] = &indexer{}
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
	if op == "*" {
		if err := checkRepeat(thread, args[0], args[2]); err != nil {
			return nil, err
		}
	}
	return Binop(op, args[0], args[2])
}

// checkRepeat asks the memory limit about seq * n or n * seq for a list
// or tuple seq, before the VM allocates it.
func checkRepeat(thread *starlark.Thread, x, y starlark.Value) error {
	if _, ok := x.(starlark.Int); ok {
		x, y = y, x
	}
	var n int
	switch seq := x.(type) {
	case *starlark.List:
		n = seq.Len()
	case starlark.Tuple:
		n = len(seq)
	default:
		return nil
	}
	k, ok := y.(starlark.Int)
	if !ok || n == 0 {
		return nil
	}
	if c, exact := k.Int64(); !exact || c > (1<<62)/16/int64(n) {
		return core.Raise(core.MemoryError, "")
	} else if c*int64(n) > 1<<16 {
		return core.CheckAlloc(thread, c*int64(n)*16)
	}
	return nil
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
