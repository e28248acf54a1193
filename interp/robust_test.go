package interp_test

// This file checks that inputs which used to crash or hang the host end
// in the Python exception CPython raises, and the process goes on.

import (
	"context"
	"errors"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
)

// TestGoPanicCatchable calls Go functions that panic: the script catches
// a SystemError naming the panic, and an uncaught one still has a message.
func TestGoPanicCatchable(t *testing.T) {
	raw := starlark.NewBuiltin("raw", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		var m map[string]int
		m["x"] = 1 // a Go runtime panic
		return starlark.None, nil
	})
	blocking := interp.Func("blocking", func(ctx context.Context) { panic("in a blocking call") })
	in, stdout, _ := newInterp(t, interp.Options{Globals: starlark.StringDict{
		"boom":     interp.Func("boom", func() int { panic("kaboom") }),
		"raw":      raw,
		"blocking": blocking,
	}})
	mustExec(t, in, `
for f in (boom, raw, blocking):
    try:
        f()
    except SystemError as e:
        print(type(e).__name__, e)
`)
	want := "SystemError Go function boom() panicked: kaboom\n" +
		"SystemError Go function raw() panicked: assignment to entry in nil map\n" +
		"SystemError Go function blocking() panicked: in a blocking call\n"
	if got := stdout.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	err := in.Exec(context.Background(), "boom()\n")
	if got, want := err.Error(), "SystemError: Go function boom() panicked: kaboom"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

// TestErrorNeverEmpty checks Error() for exceptions whose message spans
// lines or is empty.
func TestErrorNeverEmpty(t *testing.T) {
	in, _, _ := newInterp(t, interp.Options{})
	for _, tc := range []struct{ src, want string }{
		{"raise ValueError('a\\nb\\n')\n", "ValueError: a"},
		{"raise ValueError('')\n", "ValueError"},
		{"raise ValueError('\\n')\n", "ValueError"},
	} {
		err := in.Exec(context.Background(), tc.src)
		var ie *interp.Error
		if !errors.As(err, &ie) {
			t.Fatalf("%q: err = %v", tc.src, err)
		}
		if got := ie.Error(); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: Error() = %q, want %q", tc.src, got, tc.want)
		}
	}
}
