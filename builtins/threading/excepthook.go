package threading

// This file defines threading.excepthook support (stub until implemented).

import "github.com/spindle-lang/spindle/interp/core"

// runExceptHook calls a user-assigned threading.excepthook for an error
// that escaped ct and reports whether it handled the error. The default
// report is printed by reportError when it returns false.
func runExceptHook(ct *core.Thread, e *core.Exception) bool { return false }
