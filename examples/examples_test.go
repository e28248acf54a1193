// Package examples holds runnable scripts from the notes; its test checks
// that each prints what CPython prints (the .out files came from python3).
package examples_test

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestExamples(t *testing.T) { interptest.Run(t, ".") }
