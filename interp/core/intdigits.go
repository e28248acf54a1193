package core

// This file defines CPython 3.11's limit on the digits of an int
// converted to or from a decimal string (sys.set_int_max_str_digits),
// which keeps str(10**(10**8)) from running for minutes.

import (
	"math/big"
	"sync/atomic"

	"go.starlark.net/starlark"
)

// DefaultIntMaxStrDigits is sys.get_int_max_str_digits() of a new
// Interpreter, as in CPython.
const DefaultIntMaxStrDigits = 4300

// intDigits is a Runtime's limit: -1 means the default, 0 no limit.
type intDigits struct{ n atomic.Int64 }

// IntMaxStrDigits returns sys.get_int_max_str_digits() for st's
// Interpreter (the default for a thread of none).
func IntMaxStrDigits(st *starlark.Thread) int {
	if st == nil {
		return DefaultIntMaxStrDigits
	}
	if rt := RuntimeOf(st); rt != nil {
		return rt.IntMaxStrDigits()
	}
	return DefaultIntMaxStrDigits
}

// IntMaxStrDigits returns the limit; 0 means none. Safe from any goroutine.
func (rt *Runtime) IntMaxStrDigits() int {
	n := rt.intDigits.n.Load()
	if n == 0 {
		return DefaultIntMaxStrDigits
	}
	return int(max(n, 0))
}

// SetIntMaxStrDigits sets the limit (0: none). Safe from any goroutine.
func (rt *Runtime) SetIntMaxStrDigits(n int) {
	if n == 0 {
		rt.intDigits.n.Store(-1)
		return
	}
	rt.intDigits.n.Store(int64(n))
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
