// Command embed is a small service that embeds spindle: it runs a user
// script that fans work out to threads, and the script streams its
// results back through a Go callback while the service prints them. The
// whole run has a deadline; when it passes, every script thread stops,
// including the ones blocked in Go calls.
//
//	go run ./examples/embed
package main

// This file defines the service: the Go functions it grants the script,
// the script, and the loop that prints the streamed results.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
)

// script is the user's code. It can do nothing but what the service
// grants it: here, fetch, emit and the list of pages.
const script = `
import threading

def worker(page):
    body = fetch(page)
    emit(page, len(body.split()))

threads = [threading.Thread(target=worker, args=(p,)) for p in pages]
for t in threads:
    t.start()
for t in threads:
    t.join()
`

// pages maps each page to its text and how long fetching it takes.
var pages = map[string]struct {
	text  string
	delay time.Duration
}{
	"/intro":   {"spindle runs Python threads as goroutines", 10 * time.Millisecond},
	"/gil":     {"one lock per interpreter", 30 * time.Millisecond},
	"/embed":   {"values are copied across the boundary both ways", 50 * time.Millisecond},
	"/archive": {"this page is very slow", time.Hour},
}

// result is one page's word count, as the script reports it.
type result struct {
	Page  string
	Words int
}

func main() {
	if err := run(os.Stdout, 500*time.Millisecond, "/intro", "/gil", "/embed", "/archive"); err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
		os.Exit(1)
	}
}

// run runs the script over the given pages with a deadline and prints
// each result as it arrives. A timeout is reported, not returned.
func run(out io.Writer, timeout time.Duration, names ...string) error {
	w := &lockedWriter{w: out} // shared by the service and the script
	results := make(chan result)
	in := interp.New(interp.Options{
		Stdout: w,
		Stderr: w,
		Globals: starlark.StringDict{
			"fetch": interp.Func("fetch", fetch),
			"emit": interp.Func("emit", func(ctx context.Context, page string, words int) error {
				select { // blocking: other script threads run while we wait
				case results <- result{page, words}:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			}),
			"pages": mustValue(names),
		},
	})
	defer in.Close()

	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- in.Exec(ctx, script)
		close(results)
	}()
	n := 0
	for r := range results {
		fmt.Fprintf(w, "service: %-9s %d words\n", r.Page, r.Words)
		n++
	}
	err := <-done
	var ie *interp.Error
	switch {
	case err == nil:
		fmt.Fprintf(w, "service: script done, %d pages counted\n", n)
		return nil
	case errors.Is(err, context.DeadlineExceeded):
		fmt.Fprintln(w, "service: deadline passed, script stopped:", err)
		return nil
	case errors.As(err, &ie):
		fmt.Fprint(w, ie.Traceback())
		return nil
	}
	return err
}

// fetch returns a page's text after its delay. Its context parameter
// makes it a blocking Go function: it runs without the GIL, and its
// context is cancelled when the script is.
func fetch(ctx context.Context, page string) (string, error) {
	p, ok := pages[page]
	if !ok {
		return "", fmt.Errorf("no page %s", page)
	}
	select {
	case <-time.After(p.delay):
		return p.text, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// lockedWriter makes each Write whole among goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func mustValue(x any) starlark.Value {
	v, err := interp.ToValue(x)
	if err != nil {
		panic(err)
	}
	return v
}
