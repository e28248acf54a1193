package interptest

// This file defines the harness of the module packages' unit tests: it
// runs Starlark snippets that are also valid Python, with the modules
// predeclared, against goldens produced by python3 (-update).

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
)

var fileOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

// pyBuiltins replaces print, repr and str with Python's formatting.
func pyBuiltins() starlark.StringDict {
	return starlark.StringDict{
		"print": starlark.NewBuiltin("print", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			parts := make([]string, len(args))
			for i, a := range args {
				s, err := core.StrOf(thread, a)
				if err != nil {
					return nil, err
				}
				parts[i] = s
			}
			core.RuntimeOf(thread).Stdout().WriteString(strings.Join(parts, " ") + "\n")
			return starlark.None, nil
		}),
		"repr": starlark.NewBuiltin("repr", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			s, err := core.ReprOf(thread, args[0])
			return starlark.String(s), err
		}),
		"int": starlark.NewBuiltin("int", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if len(args) == 0 && len(kwargs) == 0 {
				return starlark.MakeInt(0), nil
			}
			return starlark.Call(thread, starlark.Universe["int"], args, kwargs)
		}),
		"str": starlark.NewBuiltin("str", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			s, err := core.StrOf(thread, args[0])
			return starlark.String(s), err
		}),
	}
}

// RunModules executes src with modules predeclared and returns what it
// wrote to stdout and stderr.
func RunModules(t *testing.T, modules starlark.StringDict, src string) (stdout, stderr string, err error) {
	t.Helper()
	return runModules(t, modules, src)
}

// runModules is RunModules.
func runModules(t *testing.T, modules starlark.StringDict, src string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	rt := core.NewRuntime(core.Options{Stdout: &out, Stderr: &errb, Pid: os.Getpid()})
	th := rt.NewThread(context.Background(), "MainThread")
	if err := rt.EnterMain(th); err != nil {
		t.Fatal(err)
	}
	defer rt.LeaveMain(th)
	pre := pyBuiltins()
	for k, v := range modules {
		if m, ok := v.(*core.Module); ok {
			v = m.Instantiate(rt)
		}
		pre[k] = v
	}
	_, err = starlark.ExecFileOptions(fileOptions, th.ST, "t.py", src, pre)
	return out.String(), errb.String(), err
}

// python runs src as file t.py under python3 after importing the modules.
func pythonModules(t *testing.T, modules starlark.StringDict, src string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "t.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var imports []string
	for k := range modules {
		imports = append(imports, "import "+k+"; ")
	}
	cmd := exec.Command("python3", "-c", strings.Join(imports, "")+"exec(compile(open('t.py').read(), 't.py', 'exec'))")
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3: %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

// ModuleScripts runs testdata/*.py with modules predeclared (plain
// Starlark syntax that is also Python) and compares stdout and stderr with
// the .out and .err goldens, which -update writes by running python3.
// It serves the module packages' unit tests.
func ModuleScripts(t *testing.T, modules starlark.StringDict) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(file, ".py")
			if *update {
				want, wantErr := pythonModules(t, modules, string(src))
				os.WriteFile(golden+".out", []byte(want), 0o644)
				os.Remove(golden + ".err")
				if wantErr != "" {
					os.WriteFile(golden+".err", []byte(wantErr), 0o644)
				}
			}
			want, _ := os.ReadFile(golden + ".out")
			wantErr, _ := os.ReadFile(golden + ".err")
			got, gotErr, err := runModules(t, modules, string(src))
			if err != nil {
				t.Fatalf("%v", err)
			}
			if got != string(want) {
				t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
			}
			if gotErr != string(wantErr) {
				t.Errorf("stderr:\n%s\nwant:\n%s", gotErr, wantErr)
			}
		})
	}
}

// ModuleErrors runs each line of testdata/errors.txt with modules
// predeclared and compares the exception it raises with errors.golden,
// which -update writes by running python3.
func ModuleErrors(t *testing.T, modules starlark.StringDict) {
	data, err := os.ReadFile("testdata/errors.txt")
	if err != nil {
		t.Skip("no errors.txt")
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if *update {
		var out strings.Builder
		for _, l := range lines {
			o, _ := pythonModules(t, modules, "try:\n    exec("+quote(l)+")\n    print('no error')\n"+
				"except Exception as e:\n    print((type(e).__name__ + ': ' + str(e)).replace('\\n', '\\\\n'))\n")
			out.WriteString(o)
		}
		os.WriteFile("testdata/errors.golden", []byte(out.String()), 0o644)
	}
	golden, _ := os.ReadFile("testdata/errors.golden")
	wants := strings.Split(strings.TrimSpace(string(golden)), "\n")
	for i, l := range lines {
		_, _, err := runModules(t, modules, l)
		got := "no error"
		if err != nil {
			got = err.Error()
			if e, ok := core.AsException(err); ok {
				got = e.Error()
			}
			got = strings.ReplaceAll(got, "\n", "\\n")
		}
		if i >= len(wants) || got != wants[i] {
			want := ""
			if i < len(wants) {
				want = wants[i]
			}
			t.Errorf("%s: got %q, want %q", l, got, want)
		}
	}
}

func quote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
