package interp_test

import (
	"bytes"
	"context"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/py"
)

// TestCompareOther checks the comparisons with values of other types that
// instances and Decimals offer through py.CrossComparable, which a
// go.starlark.net carrying examples/bench/vmpatch's patch 0003 calls for
// ==, <, ... between different types. The script calls CompareOther
// directly, so the test holds on the unpatched VM as well.
func TestCompareOther(t *testing.T) {
	ops := map[string]syntax.Token{"==": syntax.EQL, "!=": syntax.NEQ, "<": syntax.LT, "<=": syntax.LE, ">": syntax.GT, ">=": syntax.GE}
	cmp := starlark.NewBuiltin("compare_other", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		var x, y starlark.Value
		var op string
		var swapped bool
		if err := starlark.UnpackPositionalArgs("compare_other", args, nil, 4, &x, &op, &y, &swapped); err != nil {
			return nil, err
		}
		c, ok := x.(py.CrossComparable)
		if !ok {
			return starlark.String("not CrossComparable"), nil
		}
		r, handled, err := c.CompareOther(ops[op], y, starlark.CompareLimit, swapped)
		if err != nil {
			return nil, err
		}
		if !handled {
			return starlark.String("unhandled"), nil
		}
		return starlark.Bool(r), nil
	})
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out, Globals: starlark.StringDict{"compare_other": cmp}})
	defer in.Close()
	err := in.ExecFile(context.Background(), "cross.py", `
from decimal import Decimal
import enum
class Color(enum.IntEnum):
    X = 20
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o
    def __gt__(self, o): return self.v > o
class Plain:
    pass
print(compare_other(Decimal(2), "==", 2, False), compare_other(Decimal("2.5"), "<", 3, True), compare_other(Decimal(2), ">=", 2.0, False), compare_other(Decimal(2), "==", "2", False))
print(compare_other(Color.X, "==", 20, True), compare_other(Color.X, "<", 30, False), compare_other(Color.X, "<", 30, True))
print(compare_other(P(5), "==", 5, False), compare_other(P(5), "!=", 5, True), compare_other(P(5), ">", 4, False), compare_other(P(5), "<", 4, True), compare_other(P(5), "<=", 4, False))
print(compare_other(Plain(), "==", 1, False), compare_other(Plain(), "!=", 1, True))
print(compare_other(P(None), "==", None, False), compare_other(P(None), "==", None, True), compare_other(P(None), "!=", None, True))
`)
	if err != nil {
		t.Fatal(err)
	}
	// CPython: Decimal(2) == 2, 3 < Decimal("2.5"), Decimal(2) >= 2.0 and
	// Decimal(2) == "2" (NotImplemented both ways); 20 == Color.X,
	// Color.X < 30, 30 < Color.X; P(5) == 5, 5 != P(5) (the negated
	// __eq__), P(5) > 4, 4 < P(5) (the reflected __gt__), P(5) <= 4 (no
	// __le__ nor __ge__); Plain() == 1 and 1 != Plain() use identity;
	// P(None) == None asks __eq__, but None == P(None) and None !=
	// P(None) are x is None and x is not None, lowered, and unhandled.
	want := "True False True unhandled\nTrue True False\nTrue False True True unhandled\nunhandled unhandled\nTrue unhandled unhandled\n"
	if out.String() != want {
		t.Errorf("got\n%swant\n%s", out.String(), want)
	}
}
