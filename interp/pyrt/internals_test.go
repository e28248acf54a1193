package pyrt_test

// This file tests abi.Undefined: a name a file never binds raises
// NameError where it is used, at run time.

import (
	"testing"
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
