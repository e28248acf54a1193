package builtins_test

// This file runs the expression tables of testdata/tables (exprs.txt,
// format.txt, percent.txt; see interptest.TableScript) and the Python
// golden scripts of testdata/py through the whole interpreter; -update
// rewrites their goldens with python3.

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestTables(t *testing.T) { interptest.Run(t, "testdata/tables") }

func TestPython(t *testing.T) { interptest.Run(t, "testdata/py") }
