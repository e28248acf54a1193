package unittest_test

// The golden scripts of testdata run under spindle and are compared in
// full with what python3 printed (stdout, stderr with the "Ran N tests
// in X.XXXs" time normalised in both, exit status). -update rewrites the goldens.

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

// update is interptest's -update flag.
func updating() bool { return flag.Lookup("update").Value.String() == "true" }

var ranIn = regexp.MustCompile(`(Ran \d+ tests? in )\d+\.\d{3}s`)

func normalise(s string) string { return ranIn.ReplaceAllString(s, "${1}T.TTTs") }

func TestScripts(t *testing.T) {
	scripts, _ := filepath.Glob("testdata/*.py")
	if len(scripts) == 0 {
		t.Fatal("no scripts")
	}
	for _, path := range scripts {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			base := strings.TrimSuffix(path, ".py")
			if updating() {
				writeGoldens(t, path, base)
			}
			got, err := interptest.Exec(path)
			if err != nil {
				t.Fatal(err)
			}
			want := readGoldens(t, base)
			if g := normalise(got.Stdout); g != want.Stdout {
				t.Errorf("stdout:\n%s\nwant:\n%s", g, want.Stdout)
			}
			if g := normalise(got.Stderr); g != want.Stderr {
				t.Errorf("stderr:\n%s\nwant:\n%s", g, want.Stderr)
			}
			if got.Code != want.Code {
				t.Errorf("exit status %d, want %d", got.Code, want.Code)
			}
		})
	}
}

func readGoldens(t *testing.T, base string) interptest.Result {
	out, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatal(err)
	}
	errText, _ := os.ReadFile(base + ".err")
	code := 0
	if b, err := os.ReadFile(base + ".code"); err == nil {
		code, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	return interptest.Result{Stdout: string(out), Stderr: string(errText), Code: code}
}

func writeGoldens(t *testing.T, path, base string) {
	dir, file := filepath.Split(path)
	cmd := exec.Command("python3", file)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
		code = ee.ExitCode()
	}
	abs, _ := filepath.Abs(dir)
	strip := func(s string) string { return strings.ReplaceAll(s, abs+string(filepath.Separator), "") }
	write := func(name, data string, keep bool) {
		if !keep {
			os.Remove(name)
		} else if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(base+".out", normalise(strip(stdout.String())), true)
	write(base+".err", normalise(strip(stderr.String())), stderr.Len() > 0)
	write(base+".code", strconv.Itoa(code)+"\n", code != 0)
}
