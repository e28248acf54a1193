package abi

// This file holds the rules tracebacks follow for the frames of
// lowered code, so the runtime needs no helper's name.

import "strings"

// Hidden reports whether a frame of the function named name is the
// front-end's or a helper's (not shown in tracebacks, not counted in
// the recursion depth).
func Hidden(name string) bool { return strings.HasPrefix(name, Prefix) }

// InCallerFrame reports whether the hidden function name is the body of
// a try statement (try, except, else or finally), which in Python runs
// in its enclosing function's frame.
func InCallerFrame(name string) bool {
	for _, p := range []string{TryBody, ExceptBody, ElseBody, FinallyBody} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// LambdaInCallerFrame reports whether a lambda called by the helper
// caller runs in the frame of caller's caller (a chained comparison's
// operand).
func LambdaInCallerFrame(caller string) bool { return KindOf(caller) == CallerFrame }

// GenexprLambda reports whether a lambda called by the helper caller
// is a generator expression's body, shown as <genexpr>.
func GenexprLambda(caller string) bool { return KindOf(caller) == Genexpr }

// ClassName returns the class whose body the function name is, if it
// is one.
func ClassName(name string) (string, bool) { return strings.CutPrefix(name, ClassBody) }
