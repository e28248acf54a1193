package interp_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
)

func TestFunc(t *testing.T) {
	globals := starlark.StringDict{
		"add":    interp.Func("add", func(a, b int) int { return a + b }),
		"join":   interp.Func("join", func(sep string, parts ...string) string { return strings.Join(parts, sep) }),
		"fail":   interp.Func("fail", func() error { return errors.New("disk full") }),
		"div":    interp.Func("div", func(a, b float64) (float64, error) { return a / b, nil }),
		"small":  interp.Func("small", func(n uint8) uint8 { return n }),
		"caller": interp.Func("caller", func(th *starlark.Thread) string { return core.FromThread(th).Name }),
		"cfg":    interp.Func("cfg", func(c Inner) []Inner { return []Inner{c, c} }),
	}
	in, _, _ := newInterp(t, interp.Options{Globals: globals})
	for _, tc := range []struct{ name, input, want string }{
		{"ints", "add(40, 2)", "42"},
		{"variadic", "join('-', 'a', 'b', 'c')", "'a-b-c'"},
		{"variadic empty", "join('-')", "''"},
		{"value and error", "div(1, 4)", "0.25"},
		{"thread", "caller()", "'MainThread'"},
		{"struct", "cfg({'port': 1})", "[{'port': 1}, {'port': 1}]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := evalString(t, in, tc.input); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	for _, tc := range []struct{ name, input, want string }{
		{"error", "fail()", "RuntimeError: disk full"},
		{"arity", "add(1)", "TypeError: add() takes exactly 2 arguments (1 given)"},
		{"type", "add(1, 'x')", "TypeError: add() argument 2: cannot convert str to int"},
		{"overflow", "small(300)", "OverflowError: small() argument 1: int 300 overflows uint8"},
		{"kwargs", "add(a=1, b=2)", "TypeError: add() takes no keyword arguments"},
		{"variadic type", "join('-', 1)", "TypeError: join() argument 2: cannot convert int to string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := in.Eval(context.Background(), tc.input)
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func TestFuncPanicsOnBadShape(t *testing.T) {
	for _, fn := range []any{42, func() (int, int) { return 0, 0 }} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Func(%T) did not panic", fn)
				}
			}()
			interp.Func("f", fn)
		}()
	}
}

// TestBlockingReleasesGIL checks that while one thread is in a blocking
// Go function, another script thread runs: the Go function waits for
// the other thread to signal it through a channel.
func TestBlockingReleasesGIL(t *testing.T) {
	ch := make(chan string, 1)
	globals := starlark.StringDict{
		"recv": interp.Func("recv", func(ctx context.Context) (string, error) {
			select {
			case s := <-ch:
				return s, nil
			case <-ctx.Done():
				return "", ctx.Err()
			}
		}),
		"send": starlark.NewBuiltin("send", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			var s string
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 1, &s); err != nil {
				return nil, err
			}
			err := interp.Blocking(th, func(ctx context.Context) error {
				select {
				case ch <- s:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			return starlark.None, err
		}),
	}
	in, stdout, _ := newInterp(t, interp.Options{Globals: globals})
	mustExec(t, in, prelude+`
t = threading.Thread(target=send, args=("hello",))
t.start()
print(recv())
t.join()
`)
	if got := stdout.String(); got != "hello\n" {
		t.Errorf("stdout = %q", got)
	}
}

func TestBlockingOutsideScript(t *testing.T) {
	called := false
	err := interp.Blocking(&starlark.Thread{}, func(ctx context.Context) error {
		called = ctx.Err() == nil
		return nil
	})
	if err != nil || !called {
		t.Errorf("Blocking on a plain thread: err %v, called %v", err, called)
	}
}

// TestBlockingIsNotDeadlock checks that threads waiting in Go functions
// (which the outside world can wake) are not reported as deadlocked.
func TestBlockingIsNotDeadlock(t *testing.T) {
	release := make(chan struct{})
	wait := interp.Func("wait", func(ctx context.Context) error {
		select {
		case <-release:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	in, _, _ := newInterp(t, interp.Options{Globals: starlark.StringDict{"wait": wait}})
	time.AfterFunc(500*time.Millisecond, func() { close(release) })
	mustExec(t, in, prelude+"t = threading.Thread(target=wait)\nt.start()\nt.join()\n")
}
