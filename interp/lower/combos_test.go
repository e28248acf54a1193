package lower

// This file defines TestLowerCombinations, a structured complement of
// FuzzLower: every pair of operand shapes under every operator, in every
// statement context, must lower without a panic and, when it lowers,
// compile. Byte-level fuzzing seldom builds the shapes that matter to
// the typing and cell passes (a generator expression divided by a
// name, a lambda formatted by %), so they are enumerated here.

import (
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/parse"
)

// comboOperands are the operand shapes. Every program made of them is
// valid Python (python3 compiles them all), so any error is spindle's.
var comboOperands = []string{
	"a", "1", "2.5", "0", "'s'", "b''", "None", "True", "f(a)", "obj.attr", "xs[0]", "xs[1:]",
	"(v for v in xs)", "[v for v in xs]", "{k: v for k, v in d}", "{v for v in xs}",
	"(lambda: a)()", "(lambda q: q)", "(y := a)", "(a if b else n)", "f'{a}'",
	"-a", "(not a)", "(a, b)", "[*xs]", "{**d}", "sum(v for v in xs)", "obj.m(lambda: a)",
	"len(xs)", "xs[n] if xs else (lambda: n)()",
}

var comboOperators = []string{
	"+", "-", "*", "/", "//", "%", "**", "@", "<<", "&", "|", "^",
	"in", "not in", "==", "!=", "<", ">=", "is", "is not", "and", "or",
}

// comboContexts place the statement S (an assignment of E) or the
// expression E.
var comboContexts = []string{
	"$S",
	"def g(a, b, xs, n, d, obj):\n    $S\n    return $E",
	"async def g(a, b, xs, n, d, obj):\n    $S\n    return $E",
	"def g(a, b, xs, n, d, obj):\n    def h():\n        nonlocal a\n        a = $E\n        return a\n    return h",
	"def g(a):\n    yield $E",
	"class C:\n    $S",
	"h = lambda a, n: $E",
	"r = [$E for a in xs]",
	"with lock:\n    $S",
	"try:\n    $S\nexcept Exception as e:\n    r = $E\nfinally:\n    pass",
	"if $E:\n    pass\nwhile $E:\n    break\nfor i in $E:\n    pass",
	"print($E, sep=$E)\nassert $E, $E",
	"def g(p=$E, *, q=$E):\n    return p",
	"r = f\"{ $E }\"",
	"x = 1\nx += $E\nx /= $E\nx %= $E",
}

// comboPrelude defines the lock of the with context.
const comboPrelude = "import threading\nlock = threading.Lock()\n"

func TestLowerCombinations(t *testing.T) {
	for _, ctx := range comboContexts {
		for i, op := range comboOperators {
			if raceOn && i%4 != 0 {
				continue // every operator runs without -race
			}
			var exprs []string
			for _, x := range comboOperands {
				for _, y := range comboOperands {
					exprs = append(exprs, x+" "+op+" "+y)
				}
			}
			lowerCombos(t, ctx, exprs)
		}
	}
}

// lowerCombos lowers ctx for every expression of exprs: all of them in
// one program first, and one by one when that program fails, to tell
// which.
func lowerCombos(t *testing.T, ctx string, exprs []string) {
	t.Helper()
	var b strings.Builder
	b.WriteString(comboPrelude)
	for i, e := range exprs {
		fmt.Fprintf(&b, "%s\n", instantiate(ctx, e, i))
	}
	if lowerCombo(t, b.String(), false) {
		return
	}
	for i, e := range exprs {
		lowerCombo(t, comboPrelude+instantiate(ctx, e, i)+"\n", true)
	}
}

// instantiate writes ctx with the expression e, its functions and
// classes renamed by i so that one program can hold many.
func instantiate(ctx, e string, i int) string {
	s := strings.ReplaceAll(strings.ReplaceAll(ctx, "$S", "x = $E"), "$E", e)
	s = strings.ReplaceAll(s, "def g(", fmt.Sprintf("def g%d(", i))
	return strings.ReplaceAll(s, "class C:", fmt.Sprintf("class C%d:", i))
}

// lowerCombo parses, lowers and compiles src, failing the test on a
// panic or on a lowered program that doesn't compile. It reports
// whether src lowered; a failure to parse or lower is reported as an
// error when alone is set.
func lowerCombo(t *testing.T, src string, alone bool) (ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic: %v\n%s", r, src)
		}
	}()
	f, err := ParseWith("combo.py", []byte(src), parse.Options{}, Options{Predeclared: func(string) bool { return true }})
	if err != nil {
		if alone {
			t.Errorf("%v\n%s", err, src)
		}
		return false
	}
	if _, err := starlark.FileProgram(f, func(string) bool { return true }); err != nil {
		t.Errorf("lowered program doesn't compile: %v\n%s", err, src)
	}
	return true
}
