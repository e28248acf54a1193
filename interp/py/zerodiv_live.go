package py

// This file words a division by zero as CPython does from the operands'
// run-time values where the code that catches or reports it can still
// see them (see interp/lower/srcmap/floatlookup.go): a global of the
// module, or a free variable of the try body that failed. The VM clears
// a frame's locals as it returns, before any code sees its error, so a
// parameter or local of the failing function is judged by the source
// alone (zerodiv.go).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// VarLookup returns the run-time value of the variable name that the
// failing function reads: a global of its module (global), or a variable
// of an enclosing def; ok is false if it can't tell.
type VarLookup func(name string, global bool) (v starlark.Value, ok bool)

// RefineZeroDivisionWith rewords e, a division by zero of the VM, for a
// float operand as refineZeroDivision does, asking lookup about the
// operands that are variables the failing function does not bind. Call
// it with the GIL, before RefineCallError, and only with a lookup that
// answers for e's innermost frame (see traceback.Sources).
func (e *Exception) RefineZeroDivisionWith(sourceMap SourceMaps, lookup VarLookup) {
	if e.floatMsg == "" || len(e.Traceback) == 0 || lookup == nil {
		return
	}
	msg := e.floatMsg
	e.floatMsg = ""
	pos := e.Traceback[len(e.Traceback)-1].Pos
	float := sourceMap(pos.Filename()).FloatDivisionWith(abi.Pos{Line: pos.Line, Col: pos.Col}, func(name string, global bool) (bool, bool) {
		v, ok := lookup(name, global)
		if !ok || v == nil {
			return false, false
		}
		switch Unbox(v).(type) {
		case starlark.Float:
			return true, true
		case starlark.Int, starlark.Bool:
			return false, true
		}
		return false, false
	})
	if float || e.floatArgument(sourceMap) {
		e.Args = starlark.Tuple{starlark.String(msg)}
		e.str = nil
	}
}

// FailedIn reports whether fn is the function of e's innermost frame.
func (e *Exception) FailedIn(fn *starlark.Function) bool {
	if len(e.Traceback) == 0 {
		return false
	}
	fr := e.Traceback[len(e.Traceback)-1]
	return fr.Name == fn.Name() && fr.Pos.Filename() == fn.Position().Filename()
}
