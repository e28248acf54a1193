package decimal_test

// This file runs the module's script and error goldens (see interptest).

import (
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/decimal"
	"github.com/spindle-lang/spindle/interp/interptest"
)

var modules = starlark.StringDict{"decimal": decimal.Module}

func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }

func TestErrors(t *testing.T) { interptest.ModuleErrors(t, modules) }
