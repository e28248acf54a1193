package random_test

import (
	"sync"
	"testing"
)

// TestPerInterpreter checks that each Interpreter has its own generator
// and that Interpreters run in parallel without races.
func TestPerInterpreter(t *testing.T) {
	const src = "random.seed(5)\nprint([random.randint(1, 100) for i in range(5)])\n"
	want, _, err := run(t, src)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, _, err := run(t, src)
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
