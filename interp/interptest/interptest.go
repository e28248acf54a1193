// Package interptest runs golden script tests: each name.py or name.star
// file in a directory runs in a fresh Interpreter, and its stdout, the
// first and last lines of its stderr, and its exit status are compared
// with name.out, name.err and name.code. It is spindle's starlarktest.
//
// With the -update flag, the goldens of .py scripts are rewritten by
// running python3 (CPython is the oracle); review the diff before
// committing. .star goldens are spindle's own output, checked by hand.
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
	"strconv"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
)

var update = flag.Bool("update", false, "rewrite .py goldens by running python3")

// Timeout bounds one script's run.
const Timeout = 60 * time.Second

// Run runs every script in dir as a subtest. Scripts run in parallel.
func Run(t *testing.T, dir string) {
	t.Helper()
	var scripts []string
	for _, pat := range []string{"*.py", "*.star"} {
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
			if *update && strings.HasSuffix(path, ".py") {
				writeGoldens(t, path)
			}
			check(t, path)
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
// (Options.WriteDir), as python3 run there does.
func Exec(path string) (Result, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return Result{}, err
	}
	var stdout, stderr bytes.Buffer
	in := interp.New(interp.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{filepath.Base(path)},
		ModuleFS: os.DirFS(filepath.Dir(path)), WriteDir: filepath.Dir(path)})
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
	if ie.Exception == nil || !ie.Exception.Class.IsSubclass(core.SystemExit) {
		return ie.Traceback()
	}
	if args := ie.Exception.Args; len(args) == 1 {
		switch core.Unbox(args[0]).(type) {
		case starlark.Int, starlark.Bool, starlark.NoneType:
		default:
			return core.Str(args[0]) + "\n"
		}
	}
	return ""
}

func check(t *testing.T, path string) {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	got, err := Exec(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatalf("missing golden: %v", err)
	}
	if got.Stdout != string(want) {
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
		gf, gl := firstLast(got.Stderr)
		wf, wl := firstLast(string(wantErr))
		if gf != wf || gl != wl {
			t.Errorf("stderr first/last lines differ\ngot:  %q ... %q\nwant: %q ... %q\nfull stderr:\n%s", gf, gl, wf, wl, got.Stderr)
		}
	} else if got.Stderr != "" && wantCode == 0 {
		t.Errorf("unexpected stderr:\n%s", got.Stderr)
	}
}

func firstLast(s string) (string, string) {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[0], lines[len(lines)-1]
}

// writeGoldens runs python3 on the script and stores its results.
func writeGoldens(t *testing.T, path string) {
	dir, file := filepath.Split(path)
	base := strings.TrimSuffix(path, ".py")
	cmd := exec.Command("python3", file)
	cmd.Dir = dir
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
	// CPython names the script by its absolute path; spindle's Exec by
	// its base name
	abs, _ := filepath.Abs(dir)
	errText := strings.ReplaceAll(stderr.String(), abs+string(filepath.Separator), "")
	outText := strings.ReplaceAll(stdout.String(), abs+string(filepath.Separator), "")
	write(t, base+".out", outText, true)
	write(t, base+".err", errText, stderr.Len() > 0)
	write(t, base+".code", strconv.Itoa(code)+"\n", code != 0)
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
