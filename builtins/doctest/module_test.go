package doctest_test

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }
