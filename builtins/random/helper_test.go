package random_test

// This file runs the module's script and error goldens (see interptest).

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestScripts(t *testing.T) { interptest.ModuleScripts(t, modules) }

func TestErrors(t *testing.T) { interptest.ModuleErrors(t, modules) }

// run executes src with the module predeclared.
func run(t *testing.T, src string) (stdout, stderr string, err error) {
	t.Helper()
	return interptest.RunModules(t, modules, src)
}
