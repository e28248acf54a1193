package interp

import (
	"go/build"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// module is the import path of spindle's module.
const module = "github.com/spindle-lang/spindle"

// moduleImports returns the packages of the module that pkg (a path
// relative to the module's root) imports, directly or not, from its
// non-test files, as paths relative to the module's root.
func moduleImports(t *testing.T, pkg string) []string {
	t.Helper()
	seen := map[string]bool{}
	var walk func(p string)
	walk = func(p string) {
		bp, err := build.ImportDir(filepath.Join("..", filepath.FromSlash(p)), 0)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, imp := range bp.Imports {
			rel, ok := strings.CutPrefix(imp, module+"/")
			if ok && !seen[rel] {
				seen[rel] = true
				walk(rel)
			}
		}
	}
	walk(pkg)
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// TestImportGraph checks that the packages of the interpreter import one
// another one way, as the package docs describe: the syntax tree and
// the parser know nothing of Starlark's runtime, the object model
// (interp/py) and the tracebacks (interp/traceback) know nothing of the
// runtime that runs script threads (interp/core), and no native module
// or runtime package reaches back to the embedding API.
func TestImportGraph(t *testing.T) {
	for _, c := range []struct {
		pkg   string
		allow []string // the module's packages pkg may import, transitively
	}{
		{"interp/pyast", nil},
		{"interp/charmap", nil},
		{"interp/charnames", nil},
		{"interp/parse", []string{"interp/charmap", "interp/charnames", "interp/pyast"}},
		{"interp/lower/abi", nil},
		{"interp/lower/srcmap", []string{"interp/lower/abi"}},
		{"interp/lower", []string{"interp/lower/abi", "interp/pyast"}},
		{"interp/front", []string{"interp/charmap", "interp/charnames", "interp/lower", "interp/lower/abi", "interp/parse", "interp/pyast"}},
		{"interp/py", []string{"interp/lower/abi"}},
		{"interp/traceback", []string{"interp/lower/abi", "interp/py"}},
		{"interp/core", []string{"interp/lower/abi", "interp/py", "interp/traceback"}},
		{"builtins", []string{"interp/charmap", "interp/core", "interp/lower/abi", "interp/py", "interp/traceback"}},
		{"interp/pyrt", []string{"builtins", "interp/charmap", "interp/core", "interp/lower/abi", "interp/py", "interp/traceback"}},
	} {
		for _, imp := range moduleImports(t, c.pkg) {
			if !slices.Contains(c.allow, imp) {
				t.Errorf("%s imports %s; it may import only %v", c.pkg, imp, c.allow)
			}
		}
	}
}

// TestModulesStayBelowInterp checks that no native module imports the
// embedding API, the front-end or the command: they see the runtime
// (interp/core), the object model and one another.
func TestModulesStayBelowInterp(t *testing.T) {
	dirs, err := filepath.Glob("../builtins/*")
	if err != nil {
		t.Fatal(err)
	}
	banned := []string{"interp", "interp/front", "interp/parse", "interp/lower", "interp/pyast", "cmd/"}
	n := 0
	for _, d := range dirs {
		pkg := "builtins/" + filepath.Base(d)
		if _, err := build.ImportDir(d, 0); err != nil {
			continue // not a package (testdata)
		}
		n++
		for _, imp := range moduleImports(t, pkg) {
			for _, b := range banned {
				if imp == b || strings.HasSuffix(b, "/") && strings.HasPrefix(imp, b) {
					t.Errorf("%s imports %s", pkg, imp)
				}
			}
		}
	}
	if n < 30 {
		t.Fatalf("found %d module packages under builtins/, want the 40-odd there are", n)
	}
}
