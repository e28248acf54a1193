package logging_test

// This file runs the module's script and error goldens (see interptest).

import (
	"testing"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestScripts(t *testing.T) { interptest.ModuleScripts(t, modules) }

func TestErrors(t *testing.T) { interptest.ModuleErrors(t, modules) }

// run executes src with the module predeclared.
func run(t *testing.T, src string) (stdout, stderr string, err error) {
	t.Helper()
	return interptest.RunModules(t, modules, src)
}

var fileOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}
