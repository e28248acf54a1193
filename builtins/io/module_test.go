package io_test

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

// TestScripts runs the golden scripts of testdata (StringIO).
func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }
