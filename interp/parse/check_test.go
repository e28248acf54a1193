package parse

import "testing"

// TestErrorColumns checks where the parser's errors about expressions
// point: where the expression starts, as in CPython, except for the few
// whose lowered form starts elsewhere and that tracebacks show there
// (x[a:b] at its '[', x.__name__ at its '.', "a is not b" at its "is").
func TestErrorColumns(t *testing.T) {
	for _, c := range []struct {
		src, msg string
		col      int
	}{
		{"s.split() = 3\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1},
		{"del s.split()\n", "cannot delete function call", 5},
		{"f(s.split() for x in y, 1)\n", "Generator expression must be parenthesized", 3},
		{"f() += 3\n", "'function call' is an illegal expression for augmented assignment", 1},
		{"a is not b = 1\n", "cannot assign to expression", 3},
		{"del [*a, b]\n", "cannot delete expression", 6},
		{"... = 1\n", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1},
		{"x, ... += 1\n", "'tuple' is an illegal expression for augmented assignment", 1},
		{"... += 1\n", "'ellipsis' is an illegal expression for augmented assignment", 1},
		{"del x, ...\n", "cannot delete ellipsis", 8},
		{"[...] = [1]\n", "cannot assign to ellipsis", 2},
	} {
		_, err := File("t.py", []byte(c.src), Options{})
		e, ok := err.(*Error)
		if !ok || e.Msg != c.msg || e.Col != c.col {
			t.Errorf("%q: got %v (col %d), want %q at col %d", c.src, err, colOf(e), c.msg, c.col)
		}
	}
}

func colOf(e *Error) int {
	if e == nil {
		return 0
	}
	return e.Col
}
