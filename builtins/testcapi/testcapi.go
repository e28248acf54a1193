// Package testcapi is spindle's _testcapi, a test-support module written
// in Python: CPython's _testcapi tests its C API, and spindle's holds only
// what CPython's threading suites call (call_in_temporary_c_thread and
// join_temporary_c_thread: a thread that threading did not start, as a C
// thread is). Programs should not import it.
package testcapi

// This file embeds the source.

import _ "embed"

// File is the name the module's frames carry.
const File = "<frozen _testcapi>"

// Source is the module's Python source.
//
//go:embed _testcapi.py
var Source string
