package decimal

// This file defines format(d, spec) for the presentation types f, F, e,
// E, % and none, with fill, alignment, sign, grouping and precision.

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

var specRE = regexp.MustCompile(`^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgG%n])?$`)

// decFormat implements __format__(spec).
func decFormat(thread *starlark.Thread, d *Decimal, c *Context, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	spec := ""
	if len(args) > 0 {
		spec, _ = starlark.AsString(args[0])
	}
	m := specRE.FindStringSubmatch(spec)
	if m == nil || m[10] == "n" {
		return nil, py.Raisef(py.ValueError, "invalid format string")
	}
	prec, width := -1, 0
	if m[9] != "" {
		prec = specNumber(m[9])
	}
	if m[7] != "" {
		width = specNumber(m[7])
	}
	if err := core.CheckAllocN(thread, max(prec, width), max(len(m[1]), 1)); err != nil {
		return nil, err // the digits of a precision or the fill of a width
	}
	body, err := c.formatBody(d, m[10], prec)
	if err != nil {
		return nil, err
	}
	if m[8] != "" {
		body = group(body, m[8])
	}
	sign := ""
	switch {
	case d.neg && !(m[4] == "z" && isZeroText(body)):
		sign = "-"
	case m[3] == "+" || m[3] == " ":
		sign = m[3]
	}
	fill, align := m[1], m[2]
	if m[6] == "0" && align == "" {
		fill, align = "0", "="
	}
	if fill == "" {
		fill = " "
	}
	if align == "" {
		align = ">"
	}
	return starlark.String(pad(sign, body, fill, align, width)), nil
}

// specNumber reads a width or precision of a format spec; one past
// 64 bits is more than any memory holds.
func specNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return math.MaxInt
	}
	return n
}

// formatBody returns the digits of |d| in the presentation type.
func (c *Context) formatBody(d *Decimal, typ string, prec int) (string, error) {
	a := *d
	a.neg = false
	switch {
	case d.form == infinite:
		return "Infinity", nil
	case d.isNaN():
		return "NaN", nil
	}
	switch typ {
	case "":
		if prec >= 0 && a.digits() > prec && prec > 0 {
			r, _ := rescale(&a, a.exp+a.digits()-prec, c.rounding)
			return r.str(c.capitals == 1), nil
		}
		return a.str(c.capitals == 1), nil
	case "%":
		a.exp += 2
		s, err := c.formatBody(&a, "f", prec)
		return s + "%", err
	case "e", "E":
		if prec >= 0 {
			r, _ := rescale(&a, a.exp+a.digits()-prec-1, c.rounding)
			if r.digits() > prec+1 {
				r, _ = rescale(r, r.exp+1, "ROUND_DOWN")
			}
			a = *r
		}
		return sci(&a, typ), nil
	case "g", "G":
		if p := max(prec, 1); prec >= 0 && a.digits() > p {
			r, _ := rescale(&a, a.exp+a.digits()-p, c.rounding)
			if r.digits() > p {
				r, _ = rescale(r, r.exp+1, "ROUND_DOWN")
			}
			a = *r
		}
		return general(&a, typ), nil
	}
	if prec >= 0 {
		r, _ := rescale(&a, -prec, c.rounding)
		a = *r
	}
	return fixed(&a), nil
}

// fixed writes a non-negative finite decimal without an exponent.
func fixed(d *Decimal) string {
	digits := d.coef.String()
	if d.exp >= 0 {
		if d.coef.Sign() == 0 {
			return "0"
		}
		return digits + strings.Repeat("0", d.exp)
	}
	n := -d.exp
	if len(digits) <= n {
		digits = strings.Repeat("0", n-len(digits)+1) + digits
	}
	return digits[:len(digits)-n] + "." + digits[len(digits)-n:]
}

// general writes a non-negative finite decimal as the g and G types
// do: without an exponent unless str() would use one, all its digits.
func general(d *Decimal, typ string) string {
	s := d.str(typ == "G")
	if typ == "g" {
		return strings.Replace(s, "E", "e", 1)
	}
	return s
}

// sci writes a non-negative finite decimal as d.ddde+x.
func sci(d *Decimal, typ string) string {
	digits := d.coef.String()
	exp := d.exp + len(digits) - 1
	s := digits[:1]
	if len(digits) > 1 {
		s += "." + digits[1:]
	}
	e := "e"
	if typ == "E" {
		e = "E"
	}
	sign := "+"
	if exp < 0 {
		sign, exp = "-", -exp
	}
	return s + e + sign + strconv.Itoa(exp)
}

// group inserts sep every three digits of the integer part.
func group(s, sep string) string {
	end := strings.IndexAny(s, ".e%E")
	if end < 0 {
		end = len(s)
	}
	intPart, rest := s[:end], s[end:]
	var b strings.Builder
	for i, ch := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(ch)
	}
	return b.String() + rest
}

func isZeroText(s string) bool { return strings.Trim(s, "0.,_%") == "" }

// pad aligns sign+body in width with fill.
func pad(sign, body, fill, align string, width int) string {
	n := width - utf8.RuneCountInString(sign+body)
	if n <= 0 {
		return sign + body
	}
	switch align {
	case "<":
		return sign + body + strings.Repeat(fill, n)
	case "^":
		return strings.Repeat(fill, n/2) + sign + body + strings.Repeat(fill, n-n/2)
	case "=":
		return sign + strings.Repeat(fill, n) + body
	}
	return strings.Repeat(fill, n) + sign + body
}
