package pyrt_test

// This file tests the table of helpers against the constants of
// interp/lower/abi, and the helpers that call back into the interpreter:
// the import helpers and the display hook.

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyrt"
)

// abiHelpers returns the value of every string constant abi.go declares
// with the prefix, by constant name.
func abiHelpers(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../lower/abi/abi.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				v := constant.StringVal(constant.MakeFromLiteral(lit.Value, lit.Kind, 0))
				if strings.HasPrefix(v, abi.Prefix) && v != abi.Prefix {
					out[name.Name] = v
				}
			}
		}
	}
	if len(out) < 40 {
		t.Fatalf("found %d helper constants in abi.go", len(out))
	}
	return out
}

// TestHelpersCoverABI checks that Helpers registers every helper abi
// names, and no other name: GenFrame and GenBody are the frames of a
// generator expression, not predeclared; DisplayHook is bound per
// prompt input (see DisplayHook).
func TestHelpersCoverABI(t *testing.T) {
	h := pyrt.Helpers(fakeImporter{})
	notPredeclared := map[string]bool{abi.GenFrame: true, abi.GenBody: true, abi.DisplayHook: true}
	names := map[string]bool{}
	for konst, name := range abiHelpers(t) {
		names[name] = true
		if _, ok := h[name]; ok == notPredeclared[name] {
			t.Errorf("abi.%s (%s): registered %v", konst, name, ok)
		}
	}
	for name := range h {
		if !names[name] {
			t.Errorf("Helpers registers %s, which abi does not name", name)
		}
	}
	if _, ok := pyrt.Helpers(nil)[abi.Import]; ok {
		t.Errorf("Helpers(nil) registers %s", abi.Import)
	}
}

// fakeImporter imports a module as a str that describes the import.
type fakeImporter struct{}

func (fakeImporter) Import(_ *starlark.Thread, name string, top bool) (starlark.Value, error) {
	if name == "missing" {
		return nil, core.Raisef(core.ModuleNotFoundError, "No module named '%s'", name)
	}
	if top {
		name, _, _ = strings.Cut(name, ".")
	}
	return starlark.String("module " + name), nil
}

func (fakeImporter) ImportFrom(_ *starlark.Thread, modname, attr string, pkg starlark.Value) (starlark.Value, error) {
	return starlark.String(attr + " of " + modname + " in " + pkg.String()), nil
}

// TestImports checks what the import helpers pass to the Importer: the
// top package for import a.b, the module itself with as, and the
// module's name and attribute for from ... import.
func TestImports(t *testing.T) {
	src := "import a.b\nprint(a)\nimport a.b as c\nprint(c)\nfrom x.y import z, w as v\nprint(z, '|', v)\nimport missing\n"
	want := "module a\nmodule a.b\nz of x.y in None | w of x.y in None\nModuleNotFoundError: No module named 'missing'\n"
	if got := runPy(t, src, fakeImporter{}); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestDisplayHook checks that the display hook shows every value but
// None, and returns None.
func TestDisplayHook(t *testing.T) {
	var shown []string
	hook := pyrt.DisplayHook(func(v starlark.Value) { shown = append(shown, v.String()) })
	if hook.Name() != abi.DisplayHook {
		t.Errorf("Name() = %q", hook.Name())
	}
	for _, v := range []starlark.Value{starlark.MakeInt(1), starlark.None, starlark.String("Анна")} {
		r, err := starlark.Call(&starlark.Thread{}, hook, starlark.Tuple{v}, nil)
		if err != nil || r != starlark.None {
			t.Errorf("hook(%v) = %v, %v", v, r, err)
		}
	}
	if got := strings.Join(shown, " "); got != `1 "Анна"` {
		t.Errorf("shown %s", got)
	}
}
