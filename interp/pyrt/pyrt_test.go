package pyrt_test

// This file tests the table of helpers against the constants of
// interp/lower/abi, and the helpers that call back into the interpreter:
// the import helpers and the display hook.

import (
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/pyrt"
)

// TestHelpersCoverABI checks that Helpers registers exactly the helpers
// that abi.Helpers scopes to every module (interp's TestABIRegistered
// checks what a module and a REPL input finally see).
func TestHelpersCoverABI(t *testing.T) {
	h := pyrt.Helpers(fakeImporter{})
	want := map[string]bool{}
	for _, e := range abi.Helpers {
		if e.Scope == abi.Module {
			want[e.Name] = true
			if _, ok := h[e.Name]; !ok {
				t.Errorf("abi.%s (%s) is not registered", e.Const, e.Name)
			}
		}
	}
	for name := range h {
		if !want[name] {
			t.Errorf("Helpers registers %s, which abi does not scope to every module", name)
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
		return nil, py.Raisef(py.ModuleNotFoundError, "No module named '%s'", name)
	}
	if top {
		name, _, _ = strings.Cut(name, ".")
	}
	return starlark.String("module " + name), nil
}

func (fakeImporter) ImportFrom(_ *starlark.Thread, modname, attr string, pkg starlark.Value) (starlark.Value, error) {
	return starlark.String(attr + " of " + modname + " in " + pkg.String()), nil
}

func (fakeImporter) Loaded(*starlark.Thread, string) *core.Module { return nil }

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
