package parse

// This file defines the differential test against go.starlark.net's own
// parser and FuzzParse, both over go.starlark.net's testdata.

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"testing"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// starlarkDir returns go.starlark.net's source directory in the module cache.
func starlarkDir(t testing.TB) string {
	info, ok := debug.ReadBuildInfo()
	version := ""
	if ok {
		for _, m := range info.Deps {
			if m.Path == "go.starlark.net" {
				version = m.Version
			}
		}
	}
	gopath := os.Getenv("GOMODCACHE")
	if gopath == "" {
		home, _ := os.UserHomeDir()
		gopath = filepath.Join(home, "go", "pkg", "mod")
	}
	matches, _ := filepath.Glob(filepath.Join(gopath, "go.starlark.net@"+version+"*"))
	if len(matches) == 0 {
		t.Skip("go.starlark.net source not found in the module cache")
	}
	return matches[len(matches)-1]
}

// starlarkChunks returns the chunks of every .star testdata file.
func starlarkChunks(t testing.TB) map[string]string {
	dir := starlarkDir(t)
	chunks := map[string]string{}
	for _, sub := range []string{"syntax/testdata", "starlark/testdata"} {
		files, _ := filepath.Glob(filepath.Join(dir, sub, "*.star"))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			for i, chunk := range strings.Split(string(data), "\n---\n") {
				chunks[fmt.Sprintf("%s:%d", filepath.Base(file), i)] = chunk
			}
		}
	}
	return chunks
}

// token is an identifier or literal with its position, as both trees
// hold them.
type token struct {
	text      string
	line, col int32
}

// starlarkTokens returns the identifiers and literals of f, sorted.
func starlarkTokens(f *syntax.File) []token {
	var out []token
	syntax.Walk(f, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Ident:
			out = append(out, token{n.Name, n.NamePos.Line, n.NamePos.Col})
		case *syntax.Literal:
			out = append(out, token{fmt.Sprint(n.Value), n.TokenPos.Line, n.TokenPos.Col})
		}
		return true
	})
	return sortTokens(out)
}

// pyTokens returns the identifiers and literals of f, sorted.
func pyTokens(f *pyast.File) []token {
	var out []token
	pyast.Walk(f, func(n pyast.Node) bool {
		switch n := n.(type) {
		case *pyast.Ident:
			out = append(out, token{n.Name, n.NamePos.Line, n.NamePos.Col})
		case *pyast.Literal:
			out = append(out, token{fmt.Sprint(n.Value), n.TokenPos.Line, n.TokenPos.Col})
		}
		return true
	})
	return sortTokens(out)
}

func sortTokens(list []token) []token {
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.line != b.line {
			return a.line < b.line
		}
		if a.col != b.col {
			return a.col < b.col
		}
		return a.text < b.text
	})
	return list
}

// starlarkOptions are the options spindle compiles with.
var starlarkOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true,
	GlobalReassign: true, LoadBindsGlobally: true, Recursion: true}

// compareParse checks that if go.starlark.net and spindle both accept
// src (Python rejects some Starlark: True = 1, a TabError...), the
// Python tree holds the same identifiers and literals, at the same
// positions, as go.starlark.net's.
func compareParse(t testing.TB, name, src string) bool {
	want, err := starlarkOptions.Parse(name, src, 0)
	if err != nil {
		return false
	}
	got, err := File(name, []byte(src), Options{})
	if err != nil || hasAssert(got) {
		return false
	}
	if g, w := fmt.Sprint(pyTokens(got)), fmt.Sprint(starlarkTokens(want)); g != w {
		t.Errorf("%s: trees differ\nsrc:\n%s\ngot:  %s\nwant: %s", name, src, g, w)
	}
	return true
}

// hasAssert reports whether f holds an assert statement. Python's assert
// is a keyword and Starlark's an identifier, so assert() is a statement
// in one tree and a call in the other.
func hasAssert(f *pyast.File) bool {
	found := false
	pyast.Walk(f, func(n pyast.Node) bool {
		_, ok := n.(*pyast.Assert)
		found = found || ok
		return !found
	})
	return found
}

func TestDifferential(t *testing.T) {
	accepted := 0
	for name, chunk := range starlarkChunks(t) {
		if compareParse(t, name, chunk) {
			accepted++
		}
	}
	if accepted < 100 {
		t.Errorf("only %d chunks accepted", accepted)
	}
	t.Logf("%d chunks compared", accepted)
}

// FuzzParse checks that File never panics, and compares it with
// go.starlark.net's parser.
func FuzzParse(f *testing.F) {
	for _, chunk := range starlarkChunks(f) {
		f.Add(chunk)
	}
	f.Fuzz(func(t *testing.T, src string) {
		File("fuzz.py", []byte(src), Options{}) // must not panic
		compareParse(t, "fuzz.star", src)
	})
}
