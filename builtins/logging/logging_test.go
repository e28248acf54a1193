package logging_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"regexp"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/logging"
	"github.com/spindle-lang/spindle/interp/core"
)

// TestTimeFields checks the fields whose values vary between runs.
func TestTimeFields(t *testing.T) {
	src := `logging.basicConfig(format="%(asctime)s|%(msecs)03d|%(relativeCreated)d|%(process)d|%(thread)d|%(processName)s|%(created)f")
logging.warning("x")
h = logging.StreamHandler()
h.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M"))
log = logging.getLogger("t")
log.propagate = False
log.addHandler(h)
log.error("y")
`
	_, stderr, err := run(t, src)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\|\d{3}\|\d+\|%d\|\d+\|MainProcess\|\d+\.\d{6}\n\d\d:\d\d y\n$`, os.Getpid())
	if !regexp.MustCompile(want).MatchString(stderr) {
		t.Errorf("got %q, want match for %s", stderr, want)
	}
}

// countWriter records each Write separately.
type countWriter struct{ writes []string }

func (w *countWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

// TestOneWritePerRecord checks that a record, exception text included,
// reaches the stream in a single write.
func TestOneWritePerRecord(t *testing.T) {
	w := &countWriter{}
	rt := core.NewRuntime(core.Options{Stdout: &bytes.Buffer{}, Stderr: w})
	th := rt.NewThread(context.Background(), "Worker-1")
	if err := rt.EnterMain(th); err != nil {
		t.Fatal(err)
	}
	defer rt.LeaveMain(th)
	src := `logging.basicConfig(format="%(threadName)s %(message)s")
logging.warning("a")
logging.exception("b")
`
	_, err := starlark.ExecFileOptions(fileOptions, th.ST, "t.py", src, starlark.StringDict{"logging": logging.Module.Instantiate(rt)})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Worker-1 a\n", "Worker-1 b\nNoneType: None\n"}
	if fmt.Sprint(w.writes) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", w.writes, want)
	}
}
