package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runCLI runs the command in-process and returns stdout, stderr and the
// exit status.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func writeScript(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRunModes(t *testing.T) {
	file := writeScript(t, "args.py", "import sys\nprint(sys.argv[1:])\n")
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		out   string
		code  int
	}{
		{"file", "", []string{file, "a", "b"}, "['a', 'b']\n", 0},
		{"-c", "", []string{"-c", "print(6 * 7)"}, "42\n", 0},
		{"stdin", "print('hi')\n", []string{"-"}, "hi\n", 0},
		{"-c qualname", "", []string{"-c", "def f():\n    def g(): pass\n    return g\nprint(f().__qualname__)"}, "f.<locals>.g\n", 0},
		{"stdin qualname", "def f():\n    return lambda: 0\nprint(f().__qualname__)\n", []string{"-"}, "f.<locals>.<lambda>\n", 0},
		{"sys.stdin", "первая\nвторая\nтретья\n", []string{"-c", "import sys\nfirst = input()\nprint(repr(first), sys.stdin.readline().upper(), [l.strip() for l in sys.stdin], repr(sys.stdin.read()))"},
			"'первая' ВТОРАЯ\n ['третья'] ''\n", 0},
		{"error", "", []string{"-c", "1/0"}, "", 1},
		{"exit code", "", []string{"-c", "import sys\nsys.exit(3)"}, "", 3},
		{"bad flag", "", []string{"--nope"}, "", 2},
		{"-m no argument", "", []string{"-m"}, "", 2},
		{"-m missing module", "", []string{"-m", "no_such_module_here"}, "", 1},
		{"-mMOD form", "", []string{"-mno_such_module_here"}, "", 1},
		{"missing file", "", []string{"/nonexistent.py"}, "", 2},
		{"version", "", []string{"--version"}, "spindle ", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, tc.stdin, tc.args...)
			if code != tc.code || !strings.HasPrefix(out, tc.out) {
				t.Errorf("got (%q, %d), want (%q, %d); stderr:\n%s", out, code, tc.out, tc.code, errOut)
			}
		})
	}
}

func TestUncaughtErrorTraceback(t *testing.T) {
	_, errOut, code := runCLI(t, "", "-c", "def f():\n    return {}['k']\nf()\n")
	if code != 1 || !strings.HasPrefix(errOut, "Traceback (most recent call last):\n") || !strings.HasSuffix(errOut, "KeyError: 'k'\n") {
		t.Errorf("code %d, stderr:\n%s", code, errOut)
	}
}

// TestStringScriptCallError checks that a -c script's bad call is
// reported as CPython reports it: the def's qualified name, and no
// frame of the def itself.
func TestStringScriptCallError(t *testing.T) {
	_, errOut, code := runCLI(t, "", "-c", "def f():\n    def g(): pass\n    return g\nf()(1)\n")
	want := "Traceback (most recent call last):\n  File \"<string>\", line 4, in <module>\nTypeError: f.<locals>.g() takes 0 positional arguments but 1 was given\n"
	if code != 1 || errOut != want {
		t.Errorf("code %d, stderr:\n%s\nwant:\n%s", code, errOut, want)
	}
}

const race = `
import threading
counter = 0
def work():
    global counter
    for _ in range(500):
        v = counter
        counter = v + 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
`

// TestScheduleReplay runs the unlocked counter under one seed several
// times (same output) and under --stress (a lost update is found).
func TestScheduleReplay(t *testing.T) {
	file := writeScript(t, "race.py", race)
	first, _, _ := runCLI(t, "", "--schedule", "seed=5", file)
	for i := 0; i < 5; i++ {
		if out, _, _ := runCLI(t, "", "--schedule=seed=5", file); out != first {
			t.Fatalf("seed 5 gave %q, then %q", first, out)
		}
	}
	out, _, code := runCLI(t, "", "--stress", "8", file)
	if code != 0 || !strings.Contains(out, "8 runs") || strings.Count(out, "--- output") < 2 {
		t.Errorf("stress output:\n%s", out)
	}
}

// TestTraceFiles checks that --trace writes valid trace-event JSON and
// --timeline an HTML page.
func TestTraceFiles(t *testing.T) {
	dir := t.TempDir()
	file := writeScript(t, "t.py", "import threading, time\nts = [threading.Thread(target=time.sleep, args=(0.01,)) for _ in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n")
	trace, page := filepath.Join(dir, "t.json"), filepath.Join(dir, "t.html")
	if _, errOut, code := runCLI(t, "", "--trace", trace, "--timeline", page, file); code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(trace)
	var doc struct{ TraceEvents []map[string]any }
	if err := json.Unmarshal(b, &doc); err != nil || len(doc.TraceEvents) < 10 {
		t.Errorf("trace: %v, %d events", err, len(doc.TraceEvents))
	}
	if h, _ := os.ReadFile(page); !bytes.Contains(h, []byte("<svg")) {
		t.Error("timeline has no chart")
	}
}

// TestDeadlockCLI checks the report and the exit status.
func TestDeadlockCLI(t *testing.T) {
	file := writeScript(t, "dl.py", "import threading\na = threading.Lock()\na.acquire()\na.acquire()\n")
	_, errOut, code := runCLI(t, "", file)
	if code != 1 || !strings.Contains(errOut, "deadlock") || !strings.Contains(errOut, "MainThread at") || !strings.Contains(errOut, "Lock a held by MainThread") {
		t.Errorf("code %d, stderr:\n%s", code, errOut)
	}
}

// TestSIGINTStopsBlockedThreads sends SIGINT to the real binary while all
// its threads sleep or join; it must exit promptly with a KeyboardInterrupt.
func TestSIGINTStopsBlockedThreads(t *testing.T) {
	file := writeScript(t, "sleepers.py", "import threading, time\nts = [threading.Thread(target=time.sleep, args=(60,)) for _ in range(20)]\nfor t in ts: t.start()\nprint('started', flush=True)\nfor t in ts: t.join()\n")
	cmd := exec.Command(binary, file)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	if n, _ := stdout.Read(buf); !strings.Contains(string(buf[:n]), "started") {
		t.Fatalf("no start line: %q", buf[:n])
	}
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatal("spindle did not stop after SIGINT")
	}
	if !strings.Contains(errb.String(), "KeyboardInterrupt") || cmd.ProcessState.ExitCode() == 0 {
		t.Errorf("exit %d, stderr:\n%s", cmd.ProcessState.ExitCode(), errb.String())
	}
}

// TestSIGINTCaught checks the tutorial pattern: the main thread catches
// KeyboardInterrupt, tells its worker to stop, joins it and exits 0.
func TestSIGINTCaught(t *testing.T) {
	file := writeScript(t, "kbi.py", `import threading, time
stop = threading.Event()
def worker():
    while not stop.is_set():
        time.sleep(0.01)
    print("worker stopped", flush=True)
t = threading.Thread(target=worker)
t.start()
try:
    print("started", flush=True)  # inside try: Ctrl-C may come at once
    while True:
        time.sleep(0.05)
except KeyboardInterrupt:
    print("caught", flush=True)
    stop.set()
t.join()
print("bye")
`)
	cmd := exec.Command(binary, file)
	var out bytes.Buffer
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, _ := stdout.Read(buf)
	out.Write(buf[:n])
	cmd.Process.Signal(syscall.SIGINT)
	rest := make(chan []byte, 1)
	go func() { b, _ := io.ReadAll(stdout); rest <- b }()
	select {
	case b := <-rest:
		out.Write(b)
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatal("no exit after SIGINT")
	}
	cmd.Wait()
	if want := "started\ncaught\nworker stopped\nbye\n"; out.String() != want || cmd.ProcessState.ExitCode() != 0 {
		t.Errorf("got %q (exit %d), want %q", out.String(), cmd.ProcessState.ExitCode(), want)
	}
}

// TestScriptPath checks that a script run by a relative path is named by
// its absolute path in __file__ and in tracebacks, as in CPython 3.9+.
func TestScriptPath(t *testing.T) {
	path := writeScript(t, "where.py", "print(__file__)\n1/0\n")
	dir, name := filepath.Split(path)
	t.Chdir(dir)
	out, errOut, code := runCLI(t, "", name)
	if code != 1 || out != path+"\n" {
		t.Errorf("got (%q, %d), want (%q, 1)", out, code, path+"\n")
	}
	if want := "File \"" + path + "\", line 2, in <module>"; !strings.Contains(errOut, want) {
		t.Errorf("traceback lacks %q:\n%s", want, errOut)
	}
}

// TestSIGINTHandler checks signal.signal(SIGINT, handler): each Ctrl-C
// runs the handler in the main thread, during a join and during a busy
// loop, and a handler's sys.exit sets the exit status.
func TestSIGINTHandler(t *testing.T) {
	file := writeScript(t, "handler.py", `import signal, sys, threading, time
stop = threading.Event()
def handler(signum, frame):
    print("got", signal.Signals(signum).name, "in", threading.current_thread().name, flush=True)
    stop.set()
signal.signal(signal.SIGINT, handler)
def worker():
    while not stop.is_set():
        time.sleep(0.01)
t = threading.Thread(target=worker)
t.start()
print("ready", flush=True)
t.join()
def leave(signum, frame):
    print("leaving", flush=True)
    sys.exit(4)
signal.signal(signal.SIGINT, leave)
print("ready", flush=True)
n = 0
while True:
    n += 1
`)
	cmd := exec.Command(binary, file)
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(patience, func() { cmd.Process.Kill() }) // a hang fails below
	defer timer.Stop()
	lines := make(chan string, 8)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var got []string
	for line := range lines {
		got = append(got, line)
		if line == "ready" {
			cmd.Process.Signal(syscall.SIGINT)
		}
		if len(got) > 8 {
			break
		}
	}
	cmd.Wait()
	want := []string{"ready", "got SIGINT in MainThread", "ready", "leaving"}
	if strings.Join(got, "|") != strings.Join(want, "|") || cmd.ProcessState.ExitCode() != 4 {
		t.Errorf("got %q (exit %d), want %q (exit 4)", got, cmd.ProcessState.ExitCode(), want)
	}
}

// -m reports what it cannot run as CPython does, after the program's
// name, with status 1; -m without a module is a usage error.
func TestModuleFlagErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.MkdirAll("pkg", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("pkg/__init__.py", []byte("print('pkg imported')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args     []string
		out, err string
		code     int
	}{
		{[]string{"-m", "nosuch"}, "", "spindle: No module named nosuch\n", 1},
		{[]string{"-m", "pkg"}, "pkg imported\n", "spindle: No module named pkg.__main__; 'pkg' is a package and cannot be directly executed\n", 1},
		{[]string{"-mpkg.nosuch"}, "pkg imported\n", "spindle: No module named pkg.nosuch\n", 1},
		{[]string{"-m", "nopkg.mod"}, "", "spindle: Error while finding module specification for 'nopkg.mod' (ModuleNotFoundError: No module named 'nopkg')\n", 1},
	} {
		out, errOut, code := runCLI(t, "", tc.args...)
		if out != tc.out || errOut != tc.err || code != tc.code {
			t.Errorf("spindle %v: got %q, %q, status %d; want %q, %q, %d", tc.args, out, errOut, code, tc.out, tc.err, tc.code)
		}
	}
	_, errOut, code := runCLI(t, "", "-m")
	if code != 2 || !strings.HasPrefix(errOut, "Argument expected for the -m option\n") {
		t.Errorf("spindle -m: status %d, stderr %q", code, errOut)
	}
}

// TestAtExitSeesDaemonThreads checks that the daemon threads still run
// while the atexit callbacks do, as in CPython: a callback that stops a
// daemon thread's loop and joins it sees what the thread did on its way
// out (the command must not cancel the script's threads before Close).
func TestAtExitSeesDaemonThreads(t *testing.T) {
	src := `import atexit, threading, time
stop = threading.Event()
log = []
def beat():
    while not stop.wait(0.005):
        pass
    print('daemon leaving')
    log.append('left')
t = threading.Thread(target=beat, daemon=True)
t.start()
atexit.register(lambda: print('log', log, t.is_alive()))
atexit.register(t.join, 5)
atexit.register(stop.set)
atexit.register(time.sleep, 0.05)  # runs first: time for a wrong cancel to land
time.sleep(0.03)
print('main done')
`
	out, errOut, code := runCLI(t, "", writeScript(t, "daemon_atexit.py", src))
	want := "main done\ndaemon leaving\nlog ['left'] False\n"
	if code != 0 || out != want {
		t.Errorf("got (%q, %d), want (%q, 0); stderr:\n%s", out, code, want, errOut)
	}
}
