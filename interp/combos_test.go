package interp_test

// This file defines TestRunCombinations, the run-time side of package
// lower's TestLowerCombinations: every pair of operand shapes under
// every operator is evaluated for operands of many types, and none may
// fail with anything but an ordinary Python exception (a Go panic
// surfaces as SystemError).

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

// runOperands are the operand shapes, over the names the prelude binds.
var runOperands = []string{
	"a", "1", "2.5", "0", "0.0", "'s'", "b'b'", "None", "True", "f(a)", "obj.v", "xs[0]", "xs[1:]",
	"(v for v in xs)", "[v for v in xs]", "{k: v for k, v in d.items()}", "{1, 2}",
	"(lambda: a)()", "(lambda q: q)", "(y := a)", "(a if b else n)", "f'{a}'",
	"-n", "(not a)", "(a, b)", "[*xs]", "{**d}", "sum(v for v in xs)", "len(xs)", "obj",
}

var runOperators = []string{
	"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^",
	"in", "not in", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "and", "or",
}

// runValues are the values a takes; b, n, xs, d and obj follow.
var runValues = []string{"1", "0", "2.5", "-1", "'ab'", "None", "[1, 2]", "(1,)", "{1: 2}", "True", "P(3)", "Fraction(1, 2)", "Decimal('0')", "float('nan')", "{3}", "b'xy'",
	"2**100", "1j", "threading.Lock()", "Level.HIGH", "S('ы')", "range(3)", "print", "P", "iter([1])", "deque([1])", "Counter('ab')", "frozenset({1})"}

const runPrelude = `from fractions import Fraction
from decimal import Decimal
from collections import deque, Counter
import enum, threading
class Level(enum.IntEnum):
    HIGH = 2
class S(str):
    pass
class P:
    def __init__(self, v): self.v = v
    def __add__(self, o): return P(self.v)
    def __eq__(self, o): return isinstance(o, P) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return True
    def __truediv__(self, o): return self
    def __mod__(self, o): return "mod"
    def __contains__(self, o): return True
    def __iter__(self): return iter([self.v])
    def __len__(self): return 1
    def __repr__(self): return "P"
def f(x): return x
internal = []
def check(src, fn):
    try:
        fn()
    except SystemError as e:
        internal.append(src + ": " + str(e))
    except Exception:
        pass
`

func TestRunCombinations(t *testing.T) {
	for i, op := range runOperators {
		if raceOn && i%3 != 0 {
			continue // every operator runs without -race
		}
		var b strings.Builder
		b.WriteString(runPrelude)
		b.WriteString("def run(a, b, n, xs, d, obj):\n")
		for _, x := range runOperands {
			for _, y := range runOperands {
				e := x + " " + op + " " + y
				fmt.Fprintf(&b, "    check(%q, lambda: %s)\n", e, e)
			}
		}
		b.WriteString("for a in [" + strings.Join(runValues, ", ") + "]:\n")
		b.WriteString("    run(a, a, 2, [a, 1], {1: a}, P(a))\n")
		b.WriteString("if internal: print('\\n'.join(internal[:5]))\n")
		var out, errOut bytes.Buffer
		in := interp.New(interp.Options{Stdout: &out, Stderr: &errOut, MaxSteps: 50_000_000})
		err := in.ExecFile(context.Background(), "combos.py", b.String())
		in.Close()
		if err != nil {
			t.Errorf("operator %s: %v", op, err)
		}
		if out.Len() > 0 || errOut.Len() > 0 {
			t.Errorf("operator %s: internal errors:\n%s%s", op, out.String(), errOut.String())
		}
	}
}
