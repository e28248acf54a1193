package fractions

// This file parses the string argument of Fraction: "3/4", "-1.5e-3",
// " 1_000.25 ", as CPython's _RATIONAL_FORMAT does.

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// rationalFormat is CPython's _RATIONAL_FORMAT; Python's \s is wider
// than RE2's, so surrounding whitespace is stripped first.
var rationalFormat = regexp.MustCompile(`(?i)^([-+]?)(?:(\d+(?:_\d+)*)?)` +
	`(?:/(\d+(?:_\d+)*)|(?:\.(\d+(?:_\d+)*)?)?(?:e([-+]?\d+(?:_\d+)*))?)$`)

// parse converts a Fraction string.
func parse(thread *starlark.Thread, s string) (*big.Rat, error) {
	m := rationalFormat.FindStringSubmatch(strings.Map(asciiDigit, strings.TrimFunc(s, isSpace)))
	hasDigit := m != nil && (m[2] != "" || m[4] != "")
	if !hasDigit || m[2] == "" && strings.Contains(m[0], "/") {
		return nil, py.Raisef(py.ValueError, "Invalid literal for Fraction: %s", py.Repr(starlark.String(s)))
	}
	num := digits(m[2])
	den := big.NewInt(1)
	if m[3] != "" {
		den = digits(m[3])
		if den.Sign() == 0 {
			return nil, divByZero(num)
		}
	} else {
		if frac := strings.ReplaceAll(m[4], "_", ""); frac != "" {
			scale, err := pow10(thread, int64(len(frac)))
			if err != nil {
				return nil, err
			}
			num.Mul(num, scale).Add(num, digits(frac))
			den = scale
		}
		if err := applyExp(thread, num, den, m[5]); err != nil {
			return nil, err
		}
	}
	if m[1] == "-" {
		num.Neg(num)
	}
	return new(big.Rat).SetFrac(num, den), nil
}

// applyExp multiplies num (or, for a negative exponent, den) by 10**exp.
func applyExp(thread *starlark.Thread, num, den *big.Int, exp string) error {
	if exp == "" {
		return nil
	}
	e, err := strconv.ParseInt(strings.ReplaceAll(exp, "_", ""), 10, 64)
	if err != nil || e > 1<<40 || e < -(1<<40) {
		return py.Raise(py.MemoryError, "")
	}
	target := num
	if e < 0 {
		target, e = den, -e
	}
	p, err := pow10(thread, e)
	if err != nil {
		return err
	}
	target.Mul(target, p)
	return nil
}

// pow10 returns 10**n, after checking that its memory can be had.
func pow10(thread *starlark.Thread, n int64) (*big.Int, error) {
	if err := core.CheckAllocN(thread, int(n/2+1), 1); err != nil {
		return nil, err
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil), nil
}

// digits parses decimal digits with underscores.
func digits(s string) *big.Int {
	n, _ := new(big.Int).SetString("0"+strings.ReplaceAll(s, "_", ""), 10)
	return n
}

// isSpace is Python's str.isspace for one character.
func isSpace(r rune) bool {
	return strings.ContainsRune(" \t\n\r\v\f\x1c\x1d\x1e\x1f\u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000", r) ||
		r >= 0x2000 && r <= 0x200a
}

// asciiDigit maps a Unicode decimal digit, which Python's \d matches,
// to its ASCII digit.
func asciiDigit(r rune) rune {
	if r < 0x80 || !unicode.IsDigit(r) {
		return r
	}
	for _, rg := range unicode.Nd.R16 {
		if uint16(r) >= rg.Lo && uint16(r) <= rg.Hi && r <= 0xffff {
			return '0' + (r-rune(rg.Lo))%10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if uint32(r) >= rg.Lo && uint32(r) <= rg.Hi {
			return '0' + (r-rune(rg.Lo))%10
		}
	}
	return r
}
