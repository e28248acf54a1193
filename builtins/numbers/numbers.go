// Package numbers is spindle's numbers module, written in Python
// (numbers.py): the numeric abstract base classes of PEP 3141, with
// int, bool, float, complex, fractions.Fraction and decimal.Decimal
// registered as CPython registers them.
package numbers

// This file embeds the module's source.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

//go:embed numbers.py
var source string

// Module is the numbers module. Members:
//
//	Number (register(cls) makes a virtual subclass), Complex, Real, Rational, Integral
var Module = &core.Module{Name: "numbers", Source: source}
