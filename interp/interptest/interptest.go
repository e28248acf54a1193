// Package interptest runs golden script tests: each name.py or name.star
// file in a directory runs in a fresh Interpreter, and its stdout, its
// stderr (only the first and last lines of a traceback) and its exit
// status are compared with name.out, name.err and name.code. Each name.txt is an expression
// table (see TableScript): the script made from it runs the same way
// and prints every expression's repr or exception. It is spindle's
// starlarktest.
//
// With the -update flag, the goldens of .py scripts and tables are
// rewritten by running python3 (CPython is the oracle); review the diff
// before committing. .star goldens are spindle's own output, checked by
// hand.
package interptest

// This file defines Run and the comparison of one script's results.

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/py"
)

var update = flag.Bool("update", false, "rewrite .py goldens by running python3")

// Timeout bounds one script's run.
const Timeout = 60 * time.Second

// Run runs every script in dir as a subtest. Scripts run in parallel.
func Run(t *testing.T, dir string) {
	t.Helper()
	var scripts []string
	for _, pat := range []string{"*.py", "*.star", "*.txt"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		scripts = append(scripts, m...)
	}
	if len(scripts) == 0 {
		t.Fatalf("no scripts in %s", dir)
	}
	for _, path := range scripts {
		path := path
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			if strings.HasSuffix(path, ".txt") {
				runTable(t, path)
				return
			}
			if *update && strings.HasSuffix(path, ".py") {
				writeGoldens(t, path)
			}
			check(t, path, strings.TrimSuffix(path, filepath.Ext(path)))
		})
	}
}

// Result is what one run of a script produced.
type Result struct {
	Stdout, Stderr string
	Code           int
}

// Exec runs the script at path in a fresh Interpreter, from inside its
// directory's view (the script's file name is its base name): modules
// are imported from that directory, and files read and written in it
// (Options.WriteDir), as python3 run there does; os.getpid() is the
// test process's, as the spindle command grants it.
func Exec(path string) (Result, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return Result{}, err
	}
	var stdout, stderr bytes.Buffer
	// __file__ is the base name, as the script is named in tracebacks:
	// the spindle command defines it, and Python strips CPython's
	// absolute path down to it.
	file := starlark.StringDict{"__file__": starlark.String(filepath.Base(path))}
	in := interp.New(interp.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{filepath.Base(path)}, Globals: file,
		ModuleFS: os.DirFS(filepath.Dir(path)), WriteDir: filepath.Dir(path), Pid: os.Getpid()})
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	err = in.ExecFile(ctx, filepath.Base(path), src)
	code := 0
	if err != nil {
		var ie *interp.Error
		if errors.As(err, &ie) {
			code = ie.ExitCode()
			if code != 0 {
				stderr.WriteString(exitMessage(ie))
			}
		} else {
			code = 1
			stderr.WriteString(err.Error() + "\n")
		}
	}
	in.Close() // after the traceback, as atexit callbacks run in CPython
	return Result{Stdout: stdout.String(), Stderr: stderr.String(), Code: code}, nil
}

// exitMessage is what CPython prints for the error that ended a script:
// its traceback, or for SystemExit nothing (sys.exit(2)) or its
// argument (sys.exit("bad")).
func exitMessage(ie *interp.Error) string {
	if ie.Exception == nil || !ie.Exception.Class.IsSubclass(py.SystemExit) {
		return ie.Traceback()
	}
	if args := ie.Exception.Args; len(args) == 1 {
		switch py.Unbox(args[0]).(type) {
		case starlark.Int, starlark.Bool, starlark.NoneType:
		default:
			return py.Str(args[0]) + "\n"
		}
	}
	return ""
}

// longOutput is the size of a golden stdout past which a mismatch shows
// only the lines that differ.
const longOutput = 4000

// check runs the script at path and compares its results with the
// goldens stored under base.
func check(t *testing.T, path, base string) {
	got, err := Exec(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatalf("missing golden: %v", err)
	}
	switch {
	case got.Stdout == string(want):
	case len(want) > longOutput:
		t.Errorf("stdout differs\n--- stderr ---\n%s", got.Stderr)
		diffLines(t, got.Stdout, string(want))
	default:
		t.Errorf("stdout differs\n--- got ---\n%s--- want ---\n%s--- stderr ---\n%s", got.Stdout, want, got.Stderr)
	}
	wantCode := 0
	if b, err := os.ReadFile(base + ".code"); err == nil {
		wantCode, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	if got.Code != wantCode {
		t.Errorf("exit status %d, want %d\nstderr:\n%s", got.Code, wantCode, got.Stderr)
	}
	if wantErr, err := os.ReadFile(base + ".err"); err == nil {
		checkStderr(t, got.Stderr, string(wantErr))
	} else if got.Stderr != "" && wantCode == 0 {
		t.Errorf("unexpected stderr:\n%s", got.Stderr)
	}
}

// checkStderr compares stderr with the golden: in full, unless the
// golden holds a traceback, whose first and last lines are compared.
func checkStderr(t *testing.T, got, want string) {
	if !strings.Contains(want, "Traceback (most recent call last):") {
		if got != want {
			t.Errorf("stderr differs\n--- got ---\n%s--- want ---\n%s", got, want)
		}
		return
	}
	gf, gl := firstLast(got)
	wf, wl := firstLast(want)
	if gf != wf || gl != wl {
		t.Errorf("stderr first/last lines differ\ngot:  %q ... %q\nwant: %q ... %q\nfull stderr:\n%s", gf, gl, wf, wl, got)
	}
}

func firstLast(s string) (string, string) {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[0], lines[len(lines)-1]
}

// writeGoldens runs python3 on the script and stores its results.
func writeGoldens(t *testing.T, path string) {
	WriteGoldens(t, strings.TrimSuffix(path, ".py"), Python(t, path))
}

// Python runs the script at path under python3 in the script's
// directory and returns what it printed and its exit status, with the
// directory's absolute path taken out (CPython names the script by its
// absolute path; spindle's Exec by its base name).
func Python(t *testing.T, path string) Result {
	t.Helper()
	dir, file := filepath.Split(path)
	cmd := exec.Command("python3", file)
	cmd.Dir = dir
	cmd.Env = PythonEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("python3: %v", err)
		}
		code = ee.ExitCode()
	}
	abs, _ := filepath.Abs(dir)
	strip := func(s string) string { return strings.ReplaceAll(s, abs+string(filepath.Separator), "") }
	return Result{Stdout: strip(stdout.String()), Stderr: strip(stderr.String()), Code: code}
}

// PythonEnv is the environment python3 runs goldens in: this process's,
// without PYTHONUNBUFFERED. spindle models CPython's default streams,
// where stdout to a pipe or file is block-buffered and a print releases
// nothing; unbuffered, every print is a write(2) that lets a waiting
// thread in, which makes the order of threads' prints a coin flip.
func PythonEnv() []string {
	return slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "PYTHONUNBUFFERED=")
	})
}

// WriteGoldens stores r as the goldens base.out, base.err (only if
// there is stderr) and base.code (only if not 0).
func WriteGoldens(t *testing.T, base string, r Result) {
	t.Helper()
	write(t, base+".out", r.Stdout, true)
	write(t, base+".err", r.Stderr, r.Stderr != "")
	write(t, base+".code", strconv.Itoa(r.Code)+"\n", r.Code != 0)
}

// ReadGoldens returns the goldens stored under base; a missing .err is
// empty and a missing .code is 0.
func ReadGoldens(t *testing.T, base string) Result {
	t.Helper()
	out, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatalf("missing golden: %v", err)
	}
	errText, _ := os.ReadFile(base + ".err")
	code := 0
	if b, err := os.ReadFile(base + ".code"); err == nil {
		code, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	return Result{Stdout: string(out), Stderr: string(errText), Code: code}
}

func write(t *testing.T, name, data string, keep bool) {
	if !keep {
		os.Remove(name)
		return
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
