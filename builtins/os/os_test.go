package os_test

import (
	"context"
	"fmt"
	goos "os"
	"runtime"
	"testing"

	"go.starlark.net/starlark"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins/os"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func eval(t *testing.T, expr string) (string, error) {
	t.Helper()
	rt := core.NewRuntime(core.Options{Env: goos.Environ(), Pid: goos.Getpid()})
	th := rt.NewThread(context.Background(), "MainThread")
	if err := rt.EnterMain(th); err != nil {
		t.Fatal(err)
	}
	defer rt.LeaveMain(th)
	v, err := starlark.EvalOptions(&syntax.FileOptions{}, th.ST, "t.py", expr, starlark.StringDict{"os": os.Module.Instantiate(rt)})
	if err != nil {
		if e, ok := py.AsException(err); ok {
			return "", e
		}
		return "", err
	}
	return py.Repr(v), nil
}

func TestOS(t *testing.T) {
	goos.Setenv("SPINDLE_TEST_VAR", "v'1")
	tests := []struct{ name, expr, want string }{
		{"getpid", "os.getpid()", fmt.Sprint(goos.Getpid())},
		{"cpu_count", "os.cpu_count()", fmt.Sprint(runtime.NumCPU())},
		{"sep", "os.sep", "'/'"},
		{"name", "os.name", "'posix'"},
		{"separators", "(os.linesep, os.pathsep, os.curdir, os.pardir, os.extsep)", `('\n', ':', '.', '..', '.')`},
		{"index", `os.environ["SPINDLE_TEST_VAR"]`, `"v'1"`},
		{"get", `os.environ.get("SPINDLE_TEST_VAR")`, `"v'1"`},
		{"get default", `os.environ.get("SPINDLE_NO_SUCH_VAR", "d")`, "'d'"},
		{"get none", `os.environ.get("SPINDLE_NO_SUCH_VAR")`, "None"},
		{"in", `"SPINDLE_TEST_VAR" in os.environ`, "True"},
		{"not in", `"SPINDLE_NO_SUCH_VAR" in os.environ`, "False"},
		{"keys", `"SPINDLE_TEST_VAR" in os.environ.keys()`, "True"},
		{"len", `len(os.environ) == len(os.environ.items())`, "True"},
		{"iterate", `len([k for k in os.environ]) == len(os.environ)`, "True"},
	}
	for _, tc := range tests {
		got, err := eval(t, tc.expr)
		if err != nil || got != tc.want {
			t.Errorf("%s: got %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
	for _, tc := range []struct{ expr, want string }{
		{`os.environ["SPINDLE_NO_SUCH_VAR"]`, "KeyError: 'SPINDLE_NO_SUCH_VAR'"},
		{`os.environ[1]`, "TypeError: str expected, not int"},
	} {
		_, err := eval(t, tc.expr)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got %v, want %q", tc.expr, err, tc.want)
		}
	}
}
