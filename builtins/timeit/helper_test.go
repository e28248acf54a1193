package timeit_test

// This file runs the module's script and error goldens (see interptest).

import (
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/timeit"
	"github.com/spindle-lang/spindle/interp/interptest"
)

var modules = starlark.StringDict{"timeit": timeit.Module}

func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }

func TestErrors(t *testing.T) { interptest.ModuleErrors(t, modules) }
