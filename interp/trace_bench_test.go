package interp_test

import (
	"context"
	"io"
	"testing"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
)

// threadHeavy starts threads that contend on a lock and hand work over
// through events: many state changes per second.
const threadHeavy = `
import threading
lock = threading.Lock()
done = []
def work(n):
    for i in range(200):
        with lock:
            done.append(i)
ts = [threading.Thread(target=work, args=(k,)) for k in range(20)]
for t in ts:
    t.start()
for t in ts:
    t.join()
`

func benchTrace(b *testing.B, trace bool) {
	for i := 0; i < b.N; i++ {
		opts := interp.Options{Stdout: io.Discard}
		if trace {
			opts.Trace = core.NewTracer()
		}
		in := interp.New(opts)
		if err := in.Exec(context.Background(), threadHeavy); err != nil {
			b.Fatal(err)
		}
		in.Close()
	}
}

// BenchmarkTraceOff and BenchmarkTraceOn compare a thread-heavy script
// without and with the timeline tracer.
func BenchmarkTraceOff(b *testing.B) { benchTrace(b, false) }
func BenchmarkTraceOn(b *testing.B)  { benchTrace(b, true) }
