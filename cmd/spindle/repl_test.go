package main

// This file tests the REPL end to end: it builds the spindle binary and
// drives it through a pseudo-terminal, as a user at a keyboard would.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// binary is the spindle command built by TestMain.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "spindle-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "spindle")
	args := []string{"build", "-o", binary}
	if raceEnabled {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, ".")...)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building spindle:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// patience bounds every wait for output; tests never assert on time.
const patience = 30 * time.Second

// term is a spindle REPL running on a pseudo-terminal.
type term struct {
	t    *testing.T
	pty  *os.File
	cmd  *exec.Cmd
	done chan struct{} // closed when the output ends

	mu   sync.Mutex // protects following fields
	out  bytes.Buffer
	mark int           // expect searches from here
	sent int           // length of out when a key was last sent
	exit chan struct{} // closed when the process has been waited for
}

// startREPL runs the REPL with a fresh history file unless env sets one.
func startREPL(t *testing.T, env ...string) *term {
	t.Helper()
	cmd := exec.Command(binary)
	cmd.Env = append(os.Environ(), "SPINDLE_HISTORY="+filepath.Join(t.TempDir(), "history"), "TERM=xterm")
	cmd.Env = append(cmd.Env, env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 200})
	if err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, pty: f, cmd: cmd, done: make(chan struct{}), exit: make(chan struct{})}
	go tm.read()
	go func() { cmd.Wait(); close(tm.exit) }()
	t.Cleanup(tm.close)
	tm.expect(">>> ")
	return tm
}

func (tm *term) read() {
	defer close(tm.done)
	buf := make([]byte, 4096)
	for {
		n, err := tm.pty.Read(buf)
		tm.mu.Lock()
		tm.out.Write(buf[:n])
		tm.mu.Unlock()
		if err != nil {
			return
		}
	}
}

func (tm *term) close() {
	tm.cmd.Process.Kill()
	<-tm.exit
	tm.pty.Close()
	<-tm.done
}

// send types s.
func (tm *term) send(s string) {
	tm.t.Helper()
	tm.mu.Lock()
	tm.sent = tm.out.Len()
	tm.mu.Unlock()
	if _, err := tm.pty.WriteString(s); err != nil {
		tm.t.Fatalf("typing %q: %v", s, err)
	}
}

// line types s and Enter once the REPL waits at a prompt, as a user
// does; typing ahead is left to tests that mean it.
func (tm *term) line(s string) {
	tm.t.Helper()
	deadline := time.Now().Add(patience)
	for !tm.idle() {
		if time.Now().After(deadline) {
			tm.t.Fatalf("no prompt for %q after %v; output:\n%s", s, patience, tm.text())
		}
		time.Sleep(5 * time.Millisecond)
	}
	tm.send(s + "\r")
}

// keys sends s once the REPL waits at a prompt, as line does, without
// Enter: a Ctrl-D or Tab typed while a line is still being echoed would
// land in the middle of that line.
func (tm *term) keys(s string) {
	tm.t.Helper()
	deadline := time.Now().Add(patience)
	for !tm.idle() {
		if time.Now().After(deadline) {
			tm.t.Fatalf("no prompt for %q after %v; output:\n%s", s, patience, tm.text())
		}
		time.Sleep(5 * time.Millisecond)
	}
	tm.send(s)
}

// idle reports whether the output grew since the last key sent and now
// ends in a prompt.
func (tm *term) idle() bool {
	tm.mu.Lock()
	grew := tm.out.Len() > tm.sent
	tm.mu.Unlock()
	text := strings.ReplaceAll(tm.text(), "\r", "")
	return grew && (strings.HasSuffix(text, ps1) || strings.HasSuffix(text, ps2))
}

var ansi = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]`)

// text returns the output so far, without terminal escapes.
func (tm *term) text() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return strings.ReplaceAll(ansi.ReplaceAllString(tm.out.String(), ""), " \b", "")
}

// expect waits until want appears after the previous match and moves
// the mark past it. Carriage returns are ignored.
func (tm *term) expect(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(patience)
	for {
		text := strings.ReplaceAll(tm.text(), "\r", "")
		tm.mu.Lock()
		mark := tm.mark
		tm.mu.Unlock()
		if i := strings.Index(text[min(mark, len(text)):], want); i >= 0 {
			tm.mu.Lock()
			tm.mark = mark + i + len(want)
			tm.mu.Unlock()
			return
		}
		select {
		case <-tm.done:
			tm.t.Fatalf("output ended without %q; output:\n%s", want, text)
		default:
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("no %q after %v; output:\n%s", want, patience, text)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// wait waits for the REPL to exit and returns its status.
func (tm *term) wait() int {
	tm.t.Helper()
	select {
	case <-tm.exit:
	case <-time.After(patience):
		tm.t.Fatalf("spindle did not exit; output:\n%s", tm.text())
	}
	return tm.cmd.ProcessState.ExitCode()
}

const importThreading = `import threading, time`

func TestREPLExpressionsAndBlocks(t *testing.T) {
	tm := startREPL(t)
	if text := tm.text(); !strings.HasPrefix(text, "spindle ") || !strings.Contains(text, "help()") {
		t.Errorf("banner: %q", text)
	}
	tm.line("1 + 2")
	tm.expect("3\n>>> ")
	tm.line("def double(x):")
	tm.expect("... ")
	tm.line("    return x * 2")
	tm.expect("... ")
	tm.line("")
	tm.expect(">>> ")
	tm.line("double(21)")
	tm.expect("42\n>>> ")
	tm.line("_ + 1")
	tm.expect("43\n>>> ")
	tm.line("None")
	tm.expect(">>> ")
	tm.line("[1,")
	tm.expect("... ")
	tm.line(" 'a']")
	tm.expect("[1, 'a']\n>>> ")
	tm.line("for i in range(2): i")
	tm.expect("... ")
	tm.line("")
	tm.expect("0\n1\n>>> ")
	tm.line("{}['k']")
	tm.expect("Traceback (most recent call last):")
	tm.expect("Error: ")
	tm.expect(">>> ")
	tm.line("double(4)")
	tm.expect("8\n>>> ")
	tm.line("help(double)")
	tm.expect("double(x)")
}

func TestREPLTabCompletion(t *testing.T) {
	tm := startREPL(t)
	tm.line(importThreading)
	tm.keys("threading.cu\t")
	tm.expect("threading.current_thread")
	tm.send("().name\r")
	tm.expect("'MainThread'\n>>> ")
	tm.line("t = threading.Thread(target=time.sleep, args=(0.01,))")
	tm.keys("t.is_\t")
	tm.expect("t.is_alive")
	tm.send("()\r")
	tm.expect("False\n>>> ")
	tm.send("doub\t")
	tm.send("\x15") // Ctrl-U clears the line
	tm.send("thr\t")
	tm.expect("threading")
	tm.send("\r")
	tm.expect("<module 'threading' (built-in)>")
}

func TestREPLInterruptBusyLoop(t *testing.T) {
	tm := startREPL(t)
	tm.line(importThreading)
	tm.expect(">>> ")
	tm.line("stop = threading.Event() if hasattr(threading, 'Event') else None")
	tm.expect(">>> ")
	tm.line("ticks = []")
	tm.expect(">>> ")
	tm.line("def bg():")
	tm.line("    for i in range(100000):")
	tm.line("        time.sleep(0.01)")
	tm.line("        ticks.append(i)")
	tm.line("")
	tm.expect(">>> ")
	tm.line("t = threading.Thread(target=bg, daemon=True)")
	tm.line("t.start()")
	tm.line("n = 0")
	tm.expect(">>> ")
	tm.line("while True: n += 1")
	tm.line("")
	time.Sleep(300 * time.Millisecond) // let the loop start; not an assertion
	tm.send("\x03")
	tm.expect("KeyboardInterrupt")
	tm.expect(">>> ")
	tm.line("n > 0, t.is_alive()")
	tm.expect("(True, True)")
	tm.line("time.sleep(1000)")
	time.Sleep(300 * time.Millisecond)
	tm.send("\x03")
	tm.expect("KeyboardInterrupt")
	tm.expect(">>> ")
	tm.line("k = len(ticks)")
	tm.line("t.join(0.2)")
	tm.line("len(ticks) > k, t.is_alive(), n > 0")
	tm.expect("(True, True, True)")
	tm.send("partial line\x03")
	tm.expect("KeyboardInterrupt")
	tm.expect(">>> ")
	tm.line("'still here'")
	tm.expect("'still here'")
}

func TestREPLThreadOutputKeepsLine(t *testing.T) {
	tm := startREPL(t)
	tm.line(importThreading)
	tm.line("def chatter():")
	tm.line("    for i in range(30):")
	tm.line("        print('tick', i)")
	tm.line("        time.sleep(0.05)")
	tm.line("")
	tm.expect(">>> ")
	tm.line("threading.Thread(target=chatter).start()")
	tm.expect("tick 0")
	typed := `x = "the quick brown fox jumps over the lazy dog"`
	for _, c := range typed {
		tm.send(string(c))
		time.Sleep(20 * time.Millisecond) // type slowly, between ticks
	}
	tm.send("\r")
	tm.line("x")
	tm.expect("'the quick brown fox jumps over the lazy dog'")
	tm.expect("tick 29")
	// Every tick is printed whole on its own line, above the prompt.
	tick := regexp.MustCompile(`tick \d`)
	for _, seg := range regexp.MustCompile(`[\r\n]+`).Split(tm.text(), -1) {
		if tick.MatchString(seg) && !regexp.MustCompile(`^tick \d+$`).MatchString(seg) {
			t.Errorf("tick mixed with other text: %q", seg)
		}
	}
}

func TestREPLHistoryPersists(t *testing.T) {
	hist := filepath.Join(t.TempDir(), "state", "history")
	tm := startREPL(t, "SPINDLE_HISTORY="+hist)
	tm.line("def seven():")
	tm.line("    return 7")
	tm.line("")
	tm.expect(">>> ")
	tm.line("seven()")
	tm.expect("7\n>>> ")
	tm.line("seven()")
	tm.expect("7\n>>> ")
	tm.send("\x04")
	if code := tm.wait(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	b, err := os.ReadFile(hist)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), "def seven():\\n    return 7\nseven()\n"; got != want {
		t.Fatalf("history file: got %q, want %q", got, want)
	}

	tm = startREPL(t, "SPINDLE_HISTORY="+hist)
	up := "\x1b[A"
	tm.send(up + up + "\r") // the block, recalled whole
	tm.expect(">>> ")
	tm.send(up + up + "\r") // seven()
	tm.expect("7\n>>> ")
}

func TestREPLExitWaitsForThreads(t *testing.T) {
	tm := startREPL(t)
	tm.line(importThreading)
	tm.line("def late():")
	tm.line("    time.sleep(0.5)")
	tm.line("    print('late thread done')")
	tm.line("")
	tm.line("threading.Thread(target=late).start()")
	tm.keys("\x04")
	tm.expect("late thread done")
	if code := tm.wait(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}

func TestREPLExitInterruptStopsThreads(t *testing.T) {
	tm := startREPL(t)
	tm.line(importThreading)
	tm.line("threading.Thread(target=time.sleep, args=(1000,)).start()")
	tm.keys("\x04")
	time.Sleep(300 * time.Millisecond)
	tm.send("\x03")
	tm.expect("KeyboardInterrupt")
	if code := tm.wait(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}

func TestREPLSystemExit(t *testing.T) {
	tm := startREPL(t)
	tm.line(`import sys`)
	tm.line("sys.exit(3)")
	if code := tm.wait(); code != 3 {
		t.Fatalf("exit status %d, want 3", code)
	}
}

// TestREPLSharedGlobals types CPython's prompt idioms that need one
// global namespace for every input: a thread polling a flag stops when
// the prompt clears it, a function calls one defined after it, and tab
// completion offers a global that a thread bound through `global`.
func TestREPLSharedGlobals(t *testing.T) {
	tm := startREPL(t)
	tm.line("import threading, time")
	tm.line("running = True")
	tm.line("def worker():")
	tm.line("    while running:")
	tm.line("        time.sleep(0.01)")
	tm.line("    print('worker stopped')")
	tm.line("")
	tm.line("t = threading.Thread(target=worker); t.start()")
	tm.line("running = False")
	tm.expect("worker stopped")
	tm.line("t.join(60); t.is_alive()")
	tm.expect("False\n>>> ")
	tm.line("def first(): return second() + 1")
	tm.line("")
	tm.line("def second(): return 41")
	tm.line("")
	tm.line("first()")
	tm.expect("42\n>>> ")
	tm.line("def publish():")
	tm.line("    global published_value")
	tm.line("    published_value = 7")
	tm.line("")
	tm.line("threading.Thread(target=publish).start()")
	tm.keys("published_v\t")
	tm.expect("published_value")
	tm.send("\r")
	tm.expect("7\n>>> ")
}
