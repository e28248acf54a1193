package parse

// This file defines the differential test against go.starlark.net's own
// parser and FuzzParse, both over go.starlark.net's testdata.

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
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

// compareParse checks that if go.starlark.net accepts src, so does
// Parse without lowering, with an identical tree.
func compareParse(t testing.TB, name, src string) bool {
	want, err := FileOptions().Parse(name, src, 0)
	if err != nil {
		return false
	}
	got, err := parseFile(name, []byte(src), false)
	if err != nil {
		t.Errorf("%s: go.starlark.net accepts, spindle fails: %v", name, err.(*Error).Format())
		return true
	}
	if g, w := dump(got, true), dump(want, true); g != w {
		t.Errorf("%s: trees differ\nsrc:\n%s\ngot:  %s\nwant: %s", name, src, g, w)
	}
	return true
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

func FuzzParse(f *testing.F) {
	for _, chunk := range starlarkChunks(f) {
		f.Add(chunk)
	}
	f.Fuzz(func(t *testing.T, src string) {
		parseFile("fuzz.py", []byte(src), true) // must not panic
		compareParse(t, "fuzz.star", src)
	})
}
