package queue_test

// This file tests the queue module through Starlark programs: results,
// CPython's messages, blocking with timeouts, cancellation and a
// producer/consumer stress test.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/spindle-lang/spindle/builtins/queue"
	"github.com/spindle-lang/spindle/interp"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

const prelude = "import threading\nimport time\nimport queue\n"

func newInterp(out *bytes.Buffer) *interp.Interpreter {
	return interp.New(interp.Options{Stdout: out, Stderr: out, Modules: map[string]any{"queue": queue.Module}})
}

// run executes src and returns its output and the last traceback line.
func run(t testing.TB, ctx context.Context, src string) (string, string) {
	t.Helper()
	var out bytes.Buffer
	in := newInterp(&out)
	err := in.Exec(ctx, prelude+src)
	in.Close()
	msg := ""
	var ie *interp.Error
	if errors.As(err, &ie) {
		msg = ie.Error()
	} else if err != nil {
		msg = err.Error()
	}
	return out.String(), msg
}

var addr = regexp.MustCompile(`0x[0-9a-f]+`)

func TestOutputs(t *testing.T) {
	for _, test := range []struct{ name, src, want string }{
		{"fifo", `
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q, q.qsize(), q.empty(), q.full(), q.queue, q.maxsize, q.unfinished_tasks)
print([q.get() for i in range(3)], q.empty())
`, `<queue.Queue object at 0x> 3 False False deque([0, 1, 2]) 0 3
[0, 1, 2] True
`},
		{"lifo", `
q = queue.LifoQueue()
for i in range(3):
    q.put(i)
print(q, [q.get() for i in range(3)])
`, `<queue.LifoQueue object at 0x> [2, 1, 0]
`},
		{"priority", `
q = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (0, "z")]:
    q.put(x)
print(q.get(), [q.get() for i in range(4)])
`, `(0, 'z') [(1, 'A'), (1, 'a'), (2, 'b'), (3, 'c')]
`},
		{"simple", `
q = queue.SimpleQueue()
q.put(1)
q.put_nowait(2)
print(q, q.qsize(), q.get(), q.get_nowait(), q.empty(), hasattr(q, "task_done"))
`, `<_queue.SimpleQueue object at 0x> 2 1 2 True False
`},
		{"bounded", `
q = queue.Queue(2)
q.put(1)
q.put(2, block=False)
print(q.full(), q.qsize())
def consume():
    time.sleep(0.02)
    q.get()
t = threading.Thread(target=consume)
t.start()
q.put(3)
t.join()
print(q.queue)
`, `True 2
deque([2, 3])
`},
		{"join", `
q = queue.Queue()
done = []
def worker():
    for i in range(5):
        item = q.get()
        done.append(item)
        q.task_done()
t = threading.Thread(target=worker, daemon=True)
t.start()
for i in range(5):
    q.put(i)
q.join()
print(done, q.unfinished_tasks)
print(queue.Empty, queue.Full, queue.Queue, queue.SimpleQueue)
`, `[0, 1, 2, 3, 4] 0
<class '_queue.Empty'> <class 'queue.Full'> <class 'queue.Queue'> <class '_queue.SimpleQueue'>
`},
	} {
		t.Run(test.name, func(t *testing.T) {
			out, msg := run(t, context.Background(), test.src)
			if msg != "" {
				t.Fatalf("error: %s\n%s", msg, out)
			}
			if got := addr.ReplaceAllString(out, "0x"); got != test.want {
				t.Errorf("got %q, want %q", got, test.want)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	for _, test := range []struct{ name, src, want string }{
		{"get_nowait", "queue.Queue().get_nowait()", "_queue.Empty"},
		{"get nonblocking", "queue.Queue().get(False)", "_queue.Empty"},
		{"get timeout", "queue.Queue().get(timeout=0.01)", "_queue.Empty"},
		{"simple timeout", "queue.SimpleQueue().get(timeout=0.01)", "_queue.Empty"},
		{"put_nowait", "q = queue.Queue(1)\nq.put(1)\nq.put_nowait(2)", "queue.Full"},
		{"put timeout", "q = queue.Queue(1)\nq.put(1)\nq.put(2, timeout=0.01)", "queue.Full"},
		{"negative timeout", "queue.Queue().get(timeout=-1)", "ValueError: 'timeout' must be a non-negative number"},
		{"task_done", "queue.Queue().task_done()", "ValueError: task_done() called too many times"},
		{"compare", "q = queue.PriorityQueue()\nq.put(1)\nq.put('a')", "TypeError: '<' not supported between instances of 'str' and 'int'"},
	} {
		t.Run(test.name, func(t *testing.T) {
			out, msg := run(t, context.Background(), test.src)
			if msg != test.want {
				t.Errorf("got %q, want %q\n%s", msg, test.want, out)
			}
		})
	}
}

func TestCancel(t *testing.T) {
	for _, src := range []string{
		"q = queue.Queue()\ndef f():\n    q.get()",
		"q = queue.Queue(1)\nq.put(0)\ndef f():\n    q.put(1)",
		"q = queue.Queue()\nq.put(0)\ndef f():\n    q.join()",
		"q = queue.SimpleQueue()\ndef f():\n    q.get(timeout=60)",
	} {
		t.Run(strings.SplitN(src, "\n", 2)[0], func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(50*time.Millisecond, cancel)
			start := time.Now()
			_, msg := run(t, ctx, src+"\nfor i in range(3):\n    threading.Thread(target=f).start()\nf()\n")
			if msg == "" {
				t.Error("no error after cancellation")
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v to stop", d)
			}
		})
	}
}

// TestStress runs producers and consumers on a small bounded queue and
// checks that every item arrives exactly once.
func TestStress(t *testing.T) {
	src := fmt.Sprintf(`
P, M = %d, %d
q = queue.Queue(3)
got = []
def producer(p):
    for j in range(M):
        q.put((p, j))
def consumer():
    while True:
        item = q.get()
        if item == None:
            q.task_done()
            return
        got.append(item)
        q.task_done()
ps = [threading.Thread(target=producer, args=(p,)) for p in range(P)]
cs = [threading.Thread(target=consumer) for c in range(P)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
q.join()
for c in cs:
    q.put(None)
for t in cs:
    t.join()
print(len(got), len(set(got)), q.qsize(), q.unfinished_tasks)
`, stressThreads, stressOps)
	out, msg := run(t, context.Background(), src)
	n := stressThreads * stressOps
	if want := fmt.Sprintf("%d %d 0 0\n", n, n); out != want || msg != "" {
		t.Errorf("got %q (%s), want %q", out, msg, want)
	}
}

func BenchmarkProducerConsumer(b *testing.B) {
	var out bytes.Buffer
	in := newInterp(&out)
	defer in.Close()
	b.ResetTimer()
	err := in.Exec(context.Background(), prelude+fmt.Sprintf("N = %d\n", b.N)+`
q = queue.Queue(100)
def consumer():
    for i in range(N):
        q.get()
t = threading.Thread(target=consumer)
t.start()
for i in range(N):
    q.put(i)
t.join()
`)
	if err != nil {
		b.Fatal(err)
	}
}
