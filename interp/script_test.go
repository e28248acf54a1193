package interp_test

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

// TestScripts runs the golden scripts of the language features that span
// packages: exceptions, classes, Thread subclasses.
func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }
