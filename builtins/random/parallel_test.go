package random_test

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

// run executes src in a fresh Interpreter and returns what it printed.
func run(src string) (string, error) {
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out})
	defer in.Close()
	err := in.ExecFile(context.Background(), "t.py", []byte(src))
	return out.String(), err
}

// TestPerInterpreter checks that each Interpreter has its own generator
// and that Interpreters run in parallel without races.
func TestPerInterpreter(t *testing.T) {
	const src = "import random\nrandom.seed(5)\nprint([random.randint(1, 100) for i in range(5)])\n"
	want, err := run(src)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := run(src)
			if err != nil || got != want {
				t.Errorf("got %q, %v; want %q", got, err, want)
			}
		}()
	}
	wg.Wait()
	if want != "[80, 33, 95, 46, 89]\n" {
		t.Errorf("got %q", want)
	}
}
