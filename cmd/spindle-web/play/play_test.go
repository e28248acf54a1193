package play

import (
	"os"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// finish waits for r to end and returns its output by stream.
func finish(t *testing.T, r *Run) (map[Stream]string, int) {
	t.Helper()
	<-r.Done()
	out := map[Stream]string{}
	for {
		chunks, ended, status := r.Poll()
		for _, c := range chunks {
			out[c.Stream] += c.Text
		}
		if ended {
			return out, status
		}
	}
}

// TestNotes runs the notes' walkthrough: the output is CPython's and the
// timeline has a row for each of its 16 threads.
func TestNotes(t *testing.T) {
	src, err := os.ReadFile("../../../examples/notes.star")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../../examples/notes.out")
	if err != nil {
		t.Fatal(err)
	}
	r := Start("notes.star", src, Config{})
	out, status := finish(t, r)
	if status != 0 || out[Stdout] != string(want) || out[Stderr] != "" {
		t.Errorf("status %d, stdout:\n%s\nstderr:\n%s\nwant stdout:\n%s", status, out[Stdout], out[Stderr], want)
	}
	if n := strings.Count(r.Timeline(), `<g class="thread">`); n != 16 {
		t.Errorf("timeline has %d thread rows, want 16", n)
	}
	if r.FirstOutput() == 0 {
		t.Error("the time to the first output was not recorded")
	}
}

// TestStop stops a thread that loops forever while the main thread
// waits for it: the run ends with KeyboardInterrupt and status 130.
func TestStop(t *testing.T) {
	src := "import threading\ndef spin():\n    while True:\n        pass\nt = threading.Thread(target=spin)\nt.start()\nprint('started')\nt.join()\n"
	r := Start("spin.py", []byte(src), Config{})
	for {
		chunks, _, _ := r.Poll()
		if len(chunks) > 0 {
			break
		}
		<-waitABit()
	}
	r.Stop()
	out, status := finish(t, r)
	if status != 130 || !strings.Contains(out[Stderr], "KeyboardInterrupt") {
		t.Errorf("status %d, stderr %q; want 130 and KeyboardInterrupt", status, out[Stderr])
	}
}

// TestErrorsAndInput checks input() served by Config.Stdin and a
// traceback with its carets on stderr.
func TestErrorsAndInput(t *testing.T) {
	src := "name = input('name? ')\nprint('hello', name)\nx = [1, 2]\nprint(x[0] + x[1] / 0)\n"
	var prompts []string
	input := func(prompt string) (string, bool) {
		prompts = append(prompts, prompt)
		return "Аня", len(prompts) == 1
	}
	r := Start("err.py", []byte(src), Config{Input: input})
	out, status := finish(t, r)
	wantErr := "Traceback (most recent call last):\n  File \"err.py\", line 4, in <module>\n    print(x[0] + x[1] / 0)\n                 ~~~~~^~~\nZeroDivisionError: division by zero\n"
	if len(prompts) != 1 || prompts[0] != "name? " {
		t.Errorf("input prompts %q, want [\"name? \"]", prompts)
	}
	if status != 1 || out[Stdout] != "name? hello Аня\n" || out[Stderr] != wantErr {
		t.Errorf("status %d, stdout %q, stderr:\n%s\nwant:\n%s", status, out[Stdout], out[Stderr], wantErr)
	}
}

// TestStress runs the counter race under 6 seeds: the report counts
// the runs and names a seed to replay each distinct output.
func TestStress(t *testing.T) {
	src, err := os.ReadFile("../../../examples/counter_race.py")
	if err != nil {
		t.Fatal(err)
	}
	out, status := finish(t, Start("counter_race.py", src, Config{Stress: 6}))
	if status != 0 || !strings.HasPrefix(out[Info], "6 runs, ") || !strings.Contains(out[Info], "replay it with seed 1\n") || out[Stdout] == "" {
		t.Errorf("status %d, info:\n%s\nstdout:\n%s", status, out[Info], out[Stdout])
	}
}

// waitABit returns a channel closed after a few milliseconds.
func waitABit() <-chan time.Time { return time.After(5 * time.Millisecond) }
