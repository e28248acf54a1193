package interp_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"testing/fstest"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/py"
)

// A script starts threads; ExecFile returns once they have all finished.
func ExampleInterpreter_ExecFile() {
	in := interp.New(interp.Options{Stdout: os.Stdout})
	defer in.Close()
	err := in.ExecFile(context.Background(), "squares.py", `
import threading

lock = threading.Lock()
results = {}

def square(n):
    lock.acquire()
    results[n] = n * n
    lock.release()

threads = [threading.Thread(target=square, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{len(results)} results: {sorted(results.items())}")
`)
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// 5 results: [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16)]
}

// Call calls a script function with Go arguments; FromValue copies the
// result back into Go.
func ExampleInterpreter_Call() {
	ctx := context.Background()
	in := interp.New(interp.Options{})
	defer in.Close()
	err := in.Exec(ctx, `
def word_lengths(words):
    return {w: len(w) for w in words}
`)
	if err != nil {
		panic(err)
	}
	v, err := in.Call(ctx, "word_lengths", []string{"go", "python"})
	if err != nil {
		panic(err)
	}
	var lengths map[string]int
	if err := interp.FromValue(v, &lengths); err != nil {
		panic(err)
	}
	fmt.Println(lengths)
	// Output:
	// map[go:2 python:6]
}

// A Go function that waits runs through Blocking, which releases the
// GIL: here a script thread produces a value while the main thread waits
// for it in Go.
func ExampleBlocking() {
	ch := make(chan string, 1)
	receive := starlark.NewBuiltin("receive", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var msg string
		err := interp.Blocking(thread, func(ctx context.Context) error {
			select {
			case msg = <-ch:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil {
			return nil, err
		}
		return starlark.String(msg), nil
	})
	send := interp.Func("send", func(msg string) { ch <- msg })

	in := interp.New(interp.Options{
		Stdout:  os.Stdout,
		Globals: starlark.StringDict{"receive": receive, "send": send},
	})
	defer in.Close()
	err := in.Exec(context.Background(), `
import threading
threading.Thread(target=send, args=("hello from a thread",)).start()
print(receive())
`)
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// hello from a thread
}

// Func wraps a Go function; one whose first parameter is a
// context.Context is blocking and runs without the GIL.
func ExampleFunc() {
	lookup := interp.Func("lookup", func(ctx context.Context, host string) (string, error) {
		// A real program would query a resolver here, honouring ctx.
		return map[string]string{"example.com": "93.184.216.34"}[host], nil
	})
	in := interp.New(interp.Options{Stdout: os.Stdout, Globals: starlark.StringDict{"lookup": lookup}})
	defer in.Close()
	if err := in.Exec(context.Background(), `print(lookup("example.com"))`); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 93.184.216.34
}

// Cancelling the context stops every thread the call started, including
// threads blocked in sleep or join.
func ExampleInterpreter_Exec_timeout() {
	in := interp.New(interp.Options{Stdout: os.Stdout})
	defer in.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := in.Exec(ctx, `
import threading
import time

def forever():
    while True:
        time.sleep(1)

t = threading.Thread(target=forever)
t.start()
print("started")
t.join()
`)
	fmt.Println(err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	// Output:
	// started
	// RuntimeError: cancelled: context deadline exceeded
	// deadline exceeded: true
}

// MaxThreads bounds the live threads, the main thread included; past it
// Thread.start() raises RuntimeError, as CPython does when it runs out.
func ExampleOptions_maxThreads() {
	in := interp.New(interp.Options{MaxThreads: 3})
	defer in.Close()
	err := in.Exec(context.Background(), `
import threading
import time
for i in range(10):
    threading.Thread(target=time.sleep, args=(10,), daemon=True).start()
`)
	fmt.Println(err)
	fmt.Println(in.Runtime().Count(), "threads running")
	// Output:
	// RuntimeError: can't start new thread
	// 2 threads running
}

// Errors carry the Python traceback.
func ExampleError() {
	in := interp.New(interp.Options{})
	defer in.Close()
	err := in.ExecFile(context.Background(), "job.py", `
def pick(xs, i):
    return xs[i]

pick([1, 2], 5)
`)
	fmt.Println(err)
	fmt.Print(err.(*interp.Error).Traceback())
	// Output:
	// IndexError: list index out of range
	// Traceback (most recent call last):
	//   File "job.py", line 5, in <module>
	//     pick([1, 2], 5)
	//   File "job.py", line 3, in pick
	//     return xs[i]
	//            ~~^^^
	// IndexError: list index out of range
}

// ToValue copies Go data into script values; structs become dicts.
func ExampleToValue() {
	type Job struct {
		ID   int      `spindle:"id"`
		Tags []string `spindle:"tags"`
	}
	v, err := interp.ToValue([]Job{{1, []string{"a"}}, {2, nil}})
	if err != nil {
		panic(err)
	}
	fmt.Println(py.Repr(v))
	// Output:
	// [{'id': 1, 'tags': ['a']}, {'id': 2, 'tags': []}]
}

// FromValue into an any variable gives natural Go types.
func ExampleFromValue() {
	in := interp.New(interp.Options{})
	defer in.Close()
	v, _ := in.Eval(context.Background(), `{"n": 1, "xs": [1.5, "a", None]}`)
	var x any
	if err := interp.FromValue(v, &x); err != nil {
		panic(err)
	}
	m := x.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %#v\n", k, m[k])
	}
	// Output:
	// n: 1
	// xs: []interface {}{1.5, "a", interface {}(nil)}
}

// Options.ModuleFS lets scripts import modules from files: here an
// in-memory fs.FS with a package, searched through Options.Path. Without
// it, only the built-in modules can be imported.
func ExampleOptions_moduleFS() {
	files := fstest.MapFS{
		"lib/shapes/__init__.py": {Data: []byte("from .square import area\n")},
		"lib/shapes/square.py":   {Data: []byte("def area(side):\n    return side * side\n")},
	}
	in := interp.New(interp.Options{Stdout: os.Stdout, ModuleFS: files, Path: []string{"lib"}})
	defer in.Close()
	err := in.Exec(context.Background(), `
import shapes
from shapes.square import area
print(shapes.area(3), area is shapes.area, shapes.square.__file__)
`)
	if err != nil {
		fmt.Println(err)
	}

	hermetic := interp.New(interp.Options{Stdout: os.Stdout})
	defer hermetic.Close()
	fmt.Println(hermetic.Exec(context.Background(), "import shapes"))
	// Output:
	// 9 True lib/shapes/square.py
	// ModuleNotFoundError: No module named 'shapes'
}
