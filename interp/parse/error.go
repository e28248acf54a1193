package parse

// This file defines Error, the CPython-style syntax error.

import "github.com/spindle-lang/spindle/interp/pyast"

// An Error is a syntax error in Python source (see pyast.Error): the
// parser's and the lowering's errors are the same type.
type Error = pyast.Error
