package pyrt_test

// This file tests abi.Undefined (a name a file never binds raises
// NameError where it is used, at run time) and abi.Append's fallback.

import (
	"bytes"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyrt"
)

// TestUndefinedName runs a file that refers to a name it never binds:
// the earlier lines run, and the reference raises NameError at run time.
func TestUndefinedName(t *testing.T) {
	src := "print('before')\ndef f():\n    return missing + 1\ntry:\n    f()\nexcept NameError as e:\n    print(e)\nprint(len('ab'))\nmissing2\n"
	got := runPy(t, src, nil)
	if want := "before\nname 'missing' is not defined\n2\nNameError: name 'missing2' is not defined\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAppendFallback calls abi.Append as the lowering of x.append(v)
// does when the typing pass took x for a list: a list is appended to; a
// frozen list, a tuple, None and a dict get what the method call as
// written gets.
func TestAppendFallback(t *testing.T) {
	var out bytes.Buffer
	thread := newThread(&out)
	h := pyrt.Helpers(nil)[abi.Append]
	l := starlark.NewList([]starlark.Value{starlark.MakeInt(1)})
	if r, err := starlark.Call(thread, h, starlark.Tuple{l, starlark.MakeInt(2)}, nil); err != nil || r != starlark.None || l.String() != "[1, 2]" {
		t.Errorf("append to a list: %v, %v; list %s", r, err, l)
	}
	frozen := starlark.NewList(nil)
	frozen.Freeze()
	for _, c := range []struct {
		recv starlark.Value
		want string
	}{
		{frozen, "RuntimeError: cannot append to frozen list"}, // as the bound method says it
		{starlark.Tuple{}, "AttributeError: 'tuple' object has no attribute 'append'"},
		{starlark.None, "AttributeError: 'NoneType' object has no attribute 'append'"},
		{starlark.NewDict(0), "AttributeError: 'dict' object has no attribute 'append'"},
	} {
		_, err := starlark.Call(thread, h, starlark.Tuple{c.recv, starlark.MakeInt(3)}, nil)
		if err == nil || errString(err) != c.want {
			t.Errorf("append to %s: %q, want %q", c.recv.Type(), errString(err), c.want)
		}
	}
}
