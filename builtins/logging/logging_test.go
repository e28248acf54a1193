package logging_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

// run executes src in a fresh Interpreter whose stderr is stderr, with
// the host's process id granted.
func run(t *testing.T, src string, stderr io.Writer) {
	t.Helper()
	in := interp.New(interp.Options{Stdout: &bytes.Buffer{}, Stderr: stderr, Pid: os.Getpid()})
	defer in.Close()
	if err := in.ExecFile(context.Background(), "t.py", []byte(src)); err != nil {
		t.Fatal(err)
	}
}

// TestTimeFields checks the fields whose values vary between runs.
func TestTimeFields(t *testing.T) {
	src := `import logging
logging.basicConfig(format="%(asctime)s|%(msecs)03d|%(relativeCreated)d|%(process)d|%(thread)d|%(processName)s|%(created)f")
logging.warning("x")
h = logging.StreamHandler()
h.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M"))
log = logging.getLogger("t")
log.propagate = False
log.addHandler(h)
log.error("y")
`
	var stderr bytes.Buffer
	run(t, src, &stderr)
	want := fmt.Sprintf(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\|\d{3}\|\d+\|%d\|\d+\|MainProcess\|\d+\.\d{6}\n\d\d:\d\d y\n$`, os.Getpid())
	if !regexp.MustCompile(want).MatchString(stderr.String()) {
		t.Errorf("got %q, want match for %s", stderr.String(), want)
	}
}

// countWriter records each Write separately.
type countWriter struct{ writes []string }

func (w *countWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

// TestOneWritePerRecord checks that a record, exception text included,
// reaches the stream in a single write, from the main thread and from
// another.
func TestOneWritePerRecord(t *testing.T) {
	src := `import logging, threading
logging.basicConfig(format="%(threadName)s %(message)s")
logging.warning("a")
def work():
    logging.exception("b")
t = threading.Thread(target=work, name="Worker-1")
t.start()
t.join()
`
	w := &countWriter{}
	run(t, src, w)
	want := []string{"MainThread a\n", "Worker-1 b\nNoneType: None\n"}
	if fmt.Sprint(w.writes) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", w.writes, want)
	}
}
