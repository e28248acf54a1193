package py

// This file defines the limits that the object model's own walks and
// conversions obey, read from the Host of the calling thread: the
// recursion limit (sys.getrecursionlimit(), which repr, deepcopy, json...
// stop at with CPython's RecursionError) and CPython 3.11's limit on the
// digits of an int converted to or from a decimal string
// (sys.set_int_max_str_digits). The Host keeps each Interpreter's values.

import (
	"math/big"

	"go.starlark.net/starlark"
)

// DefaultRecursionLimit is sys.getrecursionlimit() of a new Interpreter,
// as in CPython.
const DefaultRecursionLimit = 1000

// RecursionLimit returns sys.getrecursionlimit() for st's Interpreter
// (the default for a thread of none).
func RecursionLimit(st *starlark.Thread) int {
	if st == nil {
		return DefaultRecursionLimit
	}
	if h := HostOf(st); h != nil {
		return h.RecursionLimit()
	}
	return DefaultRecursionLimit
}

// Recursion returns CPython's RecursionError; while, if not empty, says
// what was going on ("while getting the repr of an object", "in
// comparison").
func Recursion(while string) *Exception {
	msg := "maximum recursion depth exceeded"
	if while != "" {
		msg += " " + while
	}
	return Raise(RecursionError, msg)
}

// DefaultIntMaxStrDigits is sys.get_int_max_str_digits() of a new
// Interpreter, as in CPython.
const DefaultIntMaxStrDigits = 4300

// IntMaxStrDigits returns sys.get_int_max_str_digits() for st's
// Interpreter (the default for a thread of none).
func IntMaxStrDigits(st *starlark.Thread) int {
	if st == nil {
		return DefaultIntMaxStrDigits
	}
	if h := HostOf(st); h != nil {
		return h.IntMaxStrDigits()
	}
	return DefaultIntMaxStrDigits
}

// intDigitsMsg is CPython's message for a too long conversion to str.
const intDigitsMsg = "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"

// CheckIntStr returns ValueError if x has more decimal digits than st's
// limit allows; it costs a bit length for ints that fit in a word.
func CheckIntStr(st *starlark.Thread, x starlark.Int) error {
	limit := IntMaxStrDigits(st)
	if limit == 0 {
		return nil
	}
	if _, ok := x.Int64(); ok {
		return nil
	}
	b := x.BigInt()
	// bits*log10(2) bounds the digits to within one; count exactly only
	// near the limit.
	bits := b.BitLen()
	if float64(bits)*0.30103 < float64(limit)-1 {
		return nil
	}
	if float64(bits-1)*0.30103 > float64(limit)+1 || len(new(big.Int).Abs(b).Text(10)) > limit {
		return Raisef(ValueError, intDigitsMsg, limit)
	}
	return nil
}

// CheckIntParse returns ValueError if s, the digits of an int literal
// in base 10, is longer than st's limit allows.
func CheckIntParse(st *starlark.Thread, digits int) error {
	if limit := IntMaxStrDigits(st); limit != 0 && digits > limit {
		return Raisef(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, digits)
	}
	return nil
}
