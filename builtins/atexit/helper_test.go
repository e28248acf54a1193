package atexit_test

// This file runs the module's script and error goldens (see interptest).

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestScripts(t *testing.T) { interptest.ModuleScripts(t, modules) }

func TestErrors(t *testing.T) { interptest.ModuleErrors(t, modules) }
