package lower

// This file tests the limits of depth.go and the source checks of
// source.go with the reproducers of issue 16, big ones generated here.
// Each expected report is what python3 (CPython 3.11) prints for the
// same file; none of them may crash or hang the process.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// chain returns "x = " and n terms joined by op.
func chain(term, op string, n int) string {
	return "x = " + strings.Repeat(term+op, n-1) + term + "\n"
}

// elifs returns an if statement with n-1 elif branches.
func elifs(n int) string {
	var b strings.Builder
	b.WriteString("x = 5\nif x == 0:\n    pass\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "elif x == %d:\n    pass\n", i)
	}
	return b.String()
}

// nested returns n nested if statements, each indented one more space.
func nested(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

var limitCases = []struct {
	name string
	src  func() string
	want string // the report's Format, or its last line (then with no newline); "" to compile
}{
	{"plus 2999 terms", func() string { return chain("1", "+", 2999) }, ""},
	{"plus 3000 terms", func() string { return chain("1", "+", 3000) }, "RecursionError: maximum recursion depth exceeded during compilation\n"},
	{"plus 5M terms (10 MB line)", func() string { return chain("1", "+", 5_000_000) }, "RecursionError: maximum recursion depth exceeded during compilation\n"},
	{"and 100k terms", func() string { return chain("1", " and ", 100_000) }, ""},
	{"or 100k terms", func() string { return chain("x", " or ", 100_000) }, ""},
	{"comparison 100k terms", func() string { return chain("1", " < ", 100_000) }, ""},
	{"comparison of calls 100k terms", func() string { return chain("f()", " < ", 100_000) }, ""},
	{"600 KB and-chain", func() string { return chain("True", " and ", 66_000) }, ""},
	{"2900 elifs", func() string { return elifs(2900) }, ""},
	{"3000 elifs", func() string { return elifs(3000) }, "RecursionError: maximum recursion depth exceeded during compilation"},
	{"100k elifs", func() string { return elifs(100_000) }, "MemoryError\n"},
	{"100k adjacent strings", func() string { return "x = (" + strings.Repeat(`"a" `, 100_000) + ")\n" }, ""},
	{"f()() 2000 times", func() string { return "f" + strings.Repeat("()", 2000) + "\n" }, ""},
	{"f()() 5000 times", func() string { return "f" + strings.Repeat("()", 5000) + "\n" }, "RecursionError: maximum recursion depth exceeded during compilation"},
	{"a.a 5000 times", func() string { return "a" + strings.Repeat(".a", 5000) + "\n" }, "RecursionError: maximum recursion depth exceeded during compilation"},
	{"-1 2000 times", func() string { return "x = " + strings.Repeat("-", 2000) + "1\n" }, ""},
	{"-1 5000 times", func() string { return "x = " + strings.Repeat("-", 5000) + "1\n" }, "RecursionError: maximum recursion depth exceeded during compilation"},
	{"-1 5968 times", func() string { return "x = " + strings.Repeat("-", 5968) + "1\n" }, "MemoryError"},
	{"not 5000 times", func() string { return "x = " + strings.Repeat("not ", 5000) + "1\n" }, "RecursionError: maximum recursion depth exceeded during compilation"},
	{"lambda 2000 times", func() string { return "x = " + strings.Repeat("lambda: ", 2000) + "1\n" }, ""},
	{"lambda 2984 times", func() string { return "x = " + strings.Repeat("lambda: ", 2984) + "1\n" }, "MemoryError"},
	{"** 2984 times", func() string { return chain("1", " ** ", 2985) }, "MemoryError"},
	{"conditional 5000 times", func() string { return "x = " + strings.Repeat("1 if 0 else ", 5000) + "2\n" }, "RecursionError: maximum recursion depth exceeded during compilation"},
	{"200 parentheses", func() string { return "x = " + strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200) + "\n" }, ""},
	{"201 parentheses", func() string { return "x = " + strings.Repeat("(", 201) + "1" + strings.Repeat(")", 201) + "\n" },
		"  File \"t.py\", line 1\n    x = " + strings.Repeat("(", 201) + "1" + strings.Repeat(")", 201) + "\n" +
			strings.Repeat(" ", 4+4+200) + "^\nSyntaxError: too many nested parentheses\n"},
	{"1M brackets", func() string { return "x = " + strings.Repeat("[", 1_000_000) + "\n" }, "SyntaxError: too many nested parentheses"},
	{"99 indentation levels", func() string { return nested(99) }, ""},
	{"100 indentation levels", func() string { return nested(100) },
		"  File \"t.py\", line 101\n    pass\nIndentationError: too many levels of indentation\n"},
	{"tab then spaces", func() string { return "if 1:\n\tx = 1\n        y = 2\n" },
		"  File \"t.py\", line 3\n    y = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"},
	{"spaces then tab", func() string { return "if 1:\n        x = 1\n\ty = 2\n" },
		"  File \"t.py\", line 3\n    y = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"},
	{"consistent tabs", func() string { return "if 1:\n\tif 1:\n\t\tx = 1\n\ty = 2\n" }, ""},
	{"NUL byte", func() string { return "print(1)\x00\nprint(2)\n" },
		"  File \"t.py\", line 1\n    print(1)\nSyntaxError: source code cannot contain null bytes\n"},
	{"NUL in a string", func() string { return "x = 1\ny = \"a\x00b\"\n" },
		"  File \"t.py\", line 2\n    y = \"a\nSyntaxError: source code cannot contain null bytes\n"},
	{"UTF-8 BOM", func() string { return "\xef\xbb\xbfprint(1)\n" }, ""},
	{"invalid UTF-8", func() string { return "print(1)\nx = \"\xff\"\n" },
		"SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"},
	{"invalid UTF-8 declared UTF-8", func() string { return "# coding: utf-8\nprint(1)\nx = \"\xff\"\n" },
		"  File \"t.py\", line 3\n    x = \"\ufffd\"\n         ^\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n"},
	{"latin-1", func() string { return "# -*- coding: latin-1 -*-\nx = \"\xe9\"\n" }, ""},
	{"cp1251", func() string { return "# coding: cp1251\nx = \"\xcf\xf0\xe8\"\n" }, ""},
	{"unknown encoding", func() string { return "# coding: foobar\nprint(1)\n" }, "SyntaxError: encoding problem: foobar\n"},
	{"ascii declared, not ascii", func() string { return "# coding: ascii\nx = \"\xc3\xa9\"\n" }, "SyntaxError: encoding problem: ascii\n"},
	{"BOM and latin-1", func() string { return "\xef\xbb\xbf# coding: latin-1\nprint(1)\n" }, "SyntaxError: encoding problem: iso-8859-1 with BOM\n"},
	{"cookie on line 3", func() string { return "print(1)\n# coding: latin-1\nx = \"\xe9\"\n" },
		"SyntaxError: Non-UTF-8 code starting with '\\xe9' in file t.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"},
	{"100k decorators", func() string { return strings.Repeat("@d\n", 100_000) + "def f(): pass\n" }, ""},
	{"300 positional arguments", func() string { return "f(" + strings.Repeat("1, ", 300) + ")\n" }, ""},
	{"300 keyword arguments", func() string {
		var b strings.Builder
		for i := 0; i < 300; i++ {
			fmt.Fprintf(&b, "k%d=%d, ", i, i)
		}
		return "f(" + b.String() + ")\n"
	}, ""},
}

func TestLimits(t *testing.T) {
	for _, c := range limitCases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Parse("t.py", []byte(c.src()))
			if c.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if _, err := starlark.FileProgram(f, func(string) bool { return true }); err != nil {
					t.Fatalf("does not compile: %v", err)
				}
				return
			}
			var e *pyast.Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want %q", err, c.want)
			}
			got := e.Format()
			if !strings.HasSuffix(c.want, "\n") {
				got = e.Error()
			}
			if got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// TestParseContext checks that a parse stops when its context is done.
func TestParseContext(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cause := errors.New("the deadline")
	cancel(cause)
	_, err := ParseWith("t.py", []byte(chain("x", " and ", 100_000)), parse.Options{Context: ctx}, Options{})
	if !errors.Is(err, cause) {
		t.Fatalf("got %v, want an error wrapping %v", err, cause)
	}
}

// TestInternalNames checks that the script's names starting with __sp_
// are not the internal builtins, in every place the lowering passes look
// for one of their own calls.
func TestInternalNames(t *testing.T) {
	f, err := ParseWith("t.py", []byte(`
__sp_index({}, ())
__sp_cmp(1, "<", 2, "<", 3)
__sp_global("x")
__sp_fstr("a") % 1
__sp_mine = 1
print(__sp_mine)
`), parse.Options{}, Options{Predeclared: func(string) bool { return true }})
	if err != nil {
		t.Fatal(err)
	}
	got := dump(f, false)
	for _, name := range []string{"__sp_index", "__sp_cmp", "__sp_global", "__sp_fstr"} {
		if want := `(Ident Name="__sp_undefined") Args=[(Literal Token=string literal Value="` + name + `")]`; !strings.Contains(got, want) {
			t.Errorf("%s is not lowered to %s:\n%s", name, want, got)
		}
	}
	if strings.Contains(got, `Value="__sp_mine"`) {
		t.Errorf("a bound __sp_ name is undefined:\n%s", got)
	}
}
