// Package difflib is spindle's difflib module: SequenceMatcher, Differ,
// ndiff and unified_diff, written in Python (difflib.py) with CPython
// 3.11's algorithms, so that the diffs unittest prints for unequal lists,
// dicts and strings are CPython's.
package difflib

import _ "embed"

// Source is the module's Python source.
//
//go:embed difflib.py
var Source string

// File is the name the module's frames carry.
const File = "<frozen difflib>"
