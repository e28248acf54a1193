// Package stdlib holds small standard modules written in Python for
// spindle: textwrap (dedent, indent), signal (numbers and a handler
// table; no delivery), subprocess (importable; starting a process raises
// OSError, as spindle is hermetic) and unittest.mock (Mock, patch.object).
package stdlib

// This file embeds the sources.

import _ "embed"

// Textwrap is the source of textwrap.
//
//go:embed textwrap.py
var Textwrap string

// Signal is the source of signal.
//
//go:embed signal.py
var Signal string

// Subprocess is the source of subprocess.
//
//go:embed subprocess.py
var Subprocess string

// Mock is the source of unittest.mock.
//
//go:embed mock.py
var Mock string
