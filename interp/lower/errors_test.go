package lower

// This file defines the chunked error-file test: each chunk of
// testdata/errors.py must fail with the error that its ### "regexp"
// comment expects, on that comment's line; and FuzzLower.

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/pyast"
)

var wantRE = regexp.MustCompile(`### "(.*)"`)

func TestErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/errors.py")
	if err != nil {
		t.Fatal(err)
	}
	line := 1
	for _, chunk := range strings.Split(string(data), "\n---\n") {
		checkErrorChunk(t, chunk, line)
		line += strings.Count(chunk, "\n") + 2
	}
}

func checkErrorChunk(t *testing.T, chunk string, first int) {
	var want *regexp.Regexp
	wantLine := 0
	for i, l := range strings.Split(chunk, "\n") {
		if m := wantRE.FindStringSubmatch(l); m != nil {
			want, wantLine = regexp.MustCompile(m[1]), i+1
		}
	}
	_, err := Parse("errors.py", []byte(chunk))
	switch {
	case want == nil:
		if err != nil {
			t.Errorf("errors.py:%d: unexpected error: %v", first, err)
		}
	case err == nil:
		t.Errorf("errors.py:%d: no error, want %q", first+wantLine-1, want)
	case !want.MatchString(err.Error()):
		t.Errorf("errors.py:%d: got %q, want %q", first+wantLine-1, err, want)
	case err.(*pyast.Error).Line != wantLine && err.(*pyast.Error).Line != 0:
		t.Errorf("errors.py:%d: error %q reported at line %d of the chunk, want %d", first+wantLine-1, err, err.(*pyast.Error).Line, wantLine)
	}
}

func TestErrorFormat(t *testing.T) {
	_, err := Parse("x.py", []byte("a = 1\n    \nx = = 1\n"))
	want := "  File \"x.py\", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"
	if got := err.(*pyast.Error).Format(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzLower checks that parsing and lowering, of files and of REPL
// inputs, never panic. (FuzzParse in package parse fuzzes the parser.)
func FuzzLower(f *testing.F) {
	data, err := os.ReadFile("testdata/errors.py")
	if err != nil {
		f.Fatal(err)
	}
	for _, chunk := range strings.Split(string(data), "\n---\n") {
		f.Add(chunk)
	}
	f.Fuzz(func(t *testing.T, src string) {
		ParseWith("fuzz.py", []byte(src), parse.Options{}, Options{Predeclared: func(string) bool { return false }}) // must not panic
		ParseShared("fuzz.py", []byte(src))
	})
}
