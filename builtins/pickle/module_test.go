package pickle_test

// This file runs the module's golden scripts through the interpreter
// (see interptest).

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }
