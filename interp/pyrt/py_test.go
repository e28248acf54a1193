package pyrt_test

// This file runs the Python golden scripts of testdata/py, which
// exercise the helpers, through the whole interpreter; -update rewrites
// their goldens with python3.

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestPython(t *testing.T) { interptest.Run(t, "testdata/py") }
