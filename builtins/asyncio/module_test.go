package asyncio_test

// This file runs the module's golden scripts (see interptest): the
// a*_ scripts are tutorial-style programs, the others pin details.

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }
