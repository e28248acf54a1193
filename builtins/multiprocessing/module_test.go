package multiprocessing_test

// This file runs the package's golden scripts through the interpreter
// (see interptest), checking that the pools' threads leave no goroutine
// behind.

import (
	"testing"

	"go.uber.org/goleak"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }
