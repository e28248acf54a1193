package unittest_test

// The golden scripts of testdata run under spindle and are compared in
// full with what python3 printed (stdout, stderr with the "Ran N tests
// in X.XXXs" time normalised in both, exit status). -update rewrites the goldens.

import (
	"flag"
	"path/filepath"
	"regexp"
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
				r := interptest.Python(t, path)
				r.Stdout, r.Stderr = normalise(r.Stdout), normalise(r.Stderr)
				interptest.WriteGoldens(t, base, r)
			}
			got, err := interptest.Exec(path)
			if err != nil {
				t.Fatal(err)
			}
			want := interptest.ReadGoldens(t, base)
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
