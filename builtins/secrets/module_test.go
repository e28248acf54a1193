package secrets_test

// This file runs the module's golden scripts and its error table,
// testdata/errors.txt, through the interpreter (see interptest).

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }
