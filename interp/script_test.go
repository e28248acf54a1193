package interp_test

import (
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

// TestScripts runs the golden scripts of the language features that span
// packages: exceptions, classes, Thread subclasses.
func TestScripts(t *testing.T) { interptest.Run(t, "testdata") }

// TestUnicode runs the scripts that put non-ASCII strs (Cyrillic, Greek,
// CJK, emoji) through every str operation, reached through parameters,
// attributes, containers, call results and thread names.
func TestUnicode(t *testing.T) { interptest.Run(t, "testdata/unicode") }

// TestPrograms runs whole tutorial-style threading programs (producers
// and consumers, executors, timers, barriers, logging, unittest.mock,
// argparse...) that mix many modules, as the programs of issue #22 do.
func TestPrograms(t *testing.T) { interptest.Run(t, "testdata/programs") }

// TestClasses runs whole class-heavy programs (hierarchies and the MRO,
// properties, descriptors, dataclasses, enums, exception hierarchies,
// operator overloading) that also process Russian text.
func TestClasses(t *testing.T) { interptest.Run(t, "testdata/classes") }
