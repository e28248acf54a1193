package py

// This file words the VM's division by zero as CPython does for a float
// operand: the VM's message doesn't say the operands' types, and spindle
// calls the int's words ("division by zero", "integer division or
// modulo by zero") unless the failing expression shows a float operand:
// a float literal, a float(...) call, a true division, a call of a
// function known to return a float, arithmetic with such an operand, or
// a name whose every assignment in its scope is one of those (the
// front-end's SourceMap answers; see interp/lower/srcmap/floatdiv.go).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// refineZeroDivision rewords e, a division by zero of the VM, when an
// operand of the failing expression is visibly a float (see the file's
// comment). Call it with the GIL.
func (e *Exception) refineZeroDivision(sourceMap SourceMaps) {
	msg := e.floatMsg
	e.floatMsg = ""
	if len(e.Traceback) == 0 {
		return
	}
	pos := e.Traceback[len(e.Traceback)-1].Pos
	if !sourceMap(pos.Filename()).FloatDivision(abi.Pos{Line: pos.Line, Col: pos.Col}) && !e.floatArgument(sourceMap) {
		return
	}
	e.Args = starlark.Tuple{starlark.String(msg)}
	e.str = nil
}

// floatArgument reports whether an operand of the failed division is a
// parameter of the failing def whose caller, the frame below it in the
// same file, passed a visible float (see
// abi.SourceMap.FloatDivisionCalled).
func (e *Exception) floatArgument(sourceMap SourceMaps) bool {
	n := len(e.Traceback)
	if n < 2 {
		return false
	}
	pos, call := e.Traceback[n-1].Pos, e.Traceback[n-2].Pos
	if call.Filename() != pos.Filename() {
		return false
	}
	return sourceMap(pos.Filename()).FloatDivisionCalled(abi.Pos{Line: pos.Line, Col: pos.Col}, abi.Pos{Line: call.Line, Col: call.Col})
}
