//go:build unix

package interp_test

// This file defines the benchmarks of x[i] in a loop, where the
// front-end can't see x's type (a parameter) and where it can (a local
// list), and of indexing a long non-ASCII str.

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/spindle-lang/spindle/interp"
)

const indexScript = `
data = list(range(1000))
text = "Привет, мир! " * 7693 + "ж"

def param(lst):
    t = 0
    for r in range(10):
        for i in range(1000):
            t += lst[i]
    return t

def local():
    lst = list(range(1000))
    t = 0
    for r in range(10):
        for i in range(1000):
            t += lst[i]
    return t

def chars(s):
    n = 0
    for i in range(len(s)):
        if s[i] == "и":
            n += 1
    return n

def run_param():
    return param(data)

class Holder:
    def __init__(self, items):
        self.items = items

    def total(self):
        t = 0
        for r in range(10):
            for i in range(1000):
                t += self.items[i]
        return t

holder = Holder(data)

def run_attr():
    return holder.total()

def methods():
    n = 0
    parts = ["a", "b", "c"]
    for i in range(2000):
        s = "  line %d  " % i
        if s.strip().startswith("line"):
            n += len(s.upper()) + len("-".join(parts))
    return n

def zipped():
    t = 0
    for r in range(10):
        for a, b in zip(data, data):
            t += a - b
    return t

def double(x):
    return x + x

def keyed():
    t = 0
    for r in range(10):
        for k in data:
            t += data[k]
    return t

def mapped():
    n = 0
    for r in range(10):
        n += len(list(map(double, data)))
    return n
`

// indexObjScript is indexScript in a file that defines __index__, whose
// subscripts of unknown kind ask it (lower/indexobj.go).
const indexObjScript = indexScript + `
class Index:
    def __index__(self):
        return 0
`

// benchCall calls fn of indexScript b.N times, with the global named
// arg as its argument if arg is not empty.
func benchCall(b *testing.B, fn, arg string) { benchScript(b, indexScript, fn, arg) }

// benchScript calls fn of script b.N times, as benchCall does.
func benchScript(b *testing.B, script, fn, arg string) {
	ctx := context.Background()
	in := interp.New(interp.Options{})
	defer in.Close()
	if err := in.Exec(ctx, script); err != nil {
		b.Fatal(err)
	}
	var args []any
	if arg != "" {
		args = append(args, in.Globals()[arg])
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := in.Call(ctx, fn, args...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}

// cpuTime returns the CPU time the process has used: on a machine that
// other work shares, it varies less than the wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIndexParam indexes a list passed as a parameter 10,000 times.
func BenchmarkIndexParam(b *testing.B) { benchCall(b, "run_param", "") }

// BenchmarkIndexLocal indexes a local list 10,000 times.
func BenchmarkIndexLocal(b *testing.B) { benchCall(b, "local", "") }

// BenchmarkIndexAttr indexes a list held in an attribute 10,000 times
// (self.items[i] can't be read before the loop).
func BenchmarkIndexAttr(b *testing.B) { benchCall(b, "run_attr", "") }

// BenchmarkIndexKeyed indexes a list 10,000 times by the items of a
// list (an index of unknown kind).
func BenchmarkIndexKeyed(b *testing.B) { benchCall(b, "keyed", "") }

// BenchmarkIndexKeyedObjFile is BenchmarkIndexKeyed in a file that
// defines __index__: each index is a call of __sp_index.
func BenchmarkIndexKeyedObjFile(b *testing.B) { benchScript(b, indexObjScript, "keyed", "") }

// BenchmarkIndexLocalObjFile is BenchmarkIndexLocal in a file that
// defines __index__: a range()'s item is surely an int, so it keeps the
// VM's opcode.
func BenchmarkIndexLocalObjFile(b *testing.B) { benchScript(b, indexObjScript, "local", "") }

// BenchmarkStrMethods calls strip, startswith, upper and join 2,000
// times each.
func BenchmarkStrMethods(b *testing.B) { benchCall(b, "methods", "") }

// BenchmarkIndexCyrillic indexes each of the 100,001 characters of a
// Cyrillic str passed as a parameter.
func BenchmarkIndexCyrillic(b *testing.B) { benchCall(b, "chars", "text") }

// BenchmarkZipLoop runs "for a, b in zip(xs, ys)" over two lists of
// 1,000 elements, 10 times.
func BenchmarkZipLoop(b *testing.B) { benchCall(b, "zipped", "") }

// BenchmarkMapList runs list(map(f, xs)) over a list of 1,000 elements,
// 10 times.
func BenchmarkMapList(b *testing.B) { benchCall(b, "mapped", "") }
