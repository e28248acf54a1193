package traceback

import (
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/front"
	"github.com/spindle-lang/spindle/interp/lower/srcmap"
	"github.com/spindle-lang/spindle/interp/py"
)

// run compiles and runs src as t.py, with the file's text and SourceMap
// in a new Sources, and returns the Sources and the script's error.
func run(t *testing.T, src string) (*Sources, error) {
	t.Helper()
	f, err := front.Parse("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := &Sources{}
	s.AddSource("t.py", []byte(src))
	s.AddSourceMap("t.py", srcmap.New(f))
	prog, err := starlark.FileProgram(f, func(string) bool { return false })
	if err != nil {
		t.Fatal(err)
	}
	_, err = prog.Init(&starlark.Thread{Name: "main"}, nil)
	if err == nil {
		t.Fatal("the script raised nothing")
	}
	return s, err
}

// TestFormatTraceback checks a traceback with its source lines and the
// carets the SourceMap places under a binary operation, as python3
// prints them for this script.
func TestFormatTraceback(t *testing.T) {
	s, err := run(t, "def f(x):\n    return 1 + len(x) * 2 / (len(x) * 1)\n\nf(\"\")\n") // a divisor not surely an int would need interp/pyrt (lower.zeroDivision)
	want := `Traceback (most recent call last):
  File "t.py", line 4, in <module>
    f("")
  File "t.py", line 2, in f
    return 1 + len(x) * 2 / (len(x) * 1)
               ~~~~~~~~~~~^~~~~~~~~~~~~~
ZeroDivisionError: division by zero
`
	if got := s.FormatTraceback(err); got != want {
		t.Errorf("FormatTraceback =\n%s\nwant\n%s", got, want)
	}
	if got, want := s.SourceLine("t.py", 2), "return 1 + len(x) * 2 / (len(x) * 1)"; got != want {
		t.Errorf("SourceLine(t.py, 2) = %q, want %q", got, want)
	}
}

// TestNilSourcesRefine checks that refining with no Sources (a thread of
// no Interpreter) leaves the exception alone.
func TestNilSourcesRefine(t *testing.T) {
	s, err := run(t, "def f(a):\n    pass\n\nf()\n")
	e := py.ToException(err)
	var none *Sources
	none.RefineCallError(e)
	if got, want := e.Message(), "f() missing 1 required positional argument: 'a'"; got != want {
		t.Errorf("unrefined message = %q, want %q", got, want)
	}
	s.RefineCallError(e)
	if got := s.FormatTraceback(e); got != "Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n    f()\nTypeError: f() missing 1 required positional argument: 'a'\n" {
		t.Errorf("refined traceback =\n%s", got)
	}
}
