package py

// This file words the TypeError of an operator as CPython does where
// the VM's words lack the operator: the VM runs x += y as the binary
// operation and says "+" ("unsupported operand type(s) for +=: 'int'
// and 'str'" in CPython), and a shift by a non-int is its "got string,
// want int". The exception is reworded once the source at its failing
// instruction, the operator, is known.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
)

var (
	// reUnsupported matches the message of an unsupported binary
	// operation, "** or pow()" included.
	reUnsupported = lazyRE(`^unsupported operand type\(s\) for ([^\s=]+(?: or pow\(\))?): `)
	// reShiftCount matches the VM's message for an int shifted by a
	// non-int.
	reShiftCount = lazyRE(`^got (\S+), want int$`)
	// reListConcat matches the message of a list + non-list, which as
	// list += x is CPython's "'T' object is not iterable".
	reListConcat = lazyRE(`^can only concatenate list \(not "([^"]+)"\) to list$`)
)

// RefineAugmented rewords e, a TypeError of an unsupported binary
// operation, as that of an augmented assignment when the source at its
// failing position is the operator followed by '=', and the VM's
// message for a shift by a non-int as CPython's, and a list's += of a
// non-iterable (lowered as list + x) as CPython words it. line returns a line
// (1-based) of a file, or "". Call it with the GIL.
func (e *Exception) RefineAugmented(line func(filename string, n int32) string) {
	if e.Class != TypeError || len(e.Args) != 1 || len(e.Traceback) == 0 {
		return
	}
	msg, ok := e.Args[0].(starlark.String)
	if !ok {
		return
	}
	m := reUnsupported.FindStringSubmatch(string(msg))
	shift := reShiftCount.FindStringSubmatch(string(msg))
	concat := reListConcat.FindStringSubmatch(string(msg))
	if m == nil && shift == nil && concat == nil {
		return
	}
	pos := e.Traceback[len(e.Traceback)-1].Pos
	if pos.Filename() == "<builtin>" && len(e.Traceback) > 1 { // a helper of the front-end's ran the operation
		pos = e.Traceback[len(e.Traceback)-2].Pos
	}
	src := fromColumn(line(pos.Filename(), pos.Line), int(pos.Col))
	switch {
	case concat != nil:
		if !strings.HasPrefix(src, "+=") {
			return
		}
		msg = starlark.String(fmt.Sprintf("'%s' object is not iterable", concat[1]))
	case m != nil:
		op := strings.TrimSuffix(m[1], " or pow()")
		if !strings.HasPrefix(src, op+"=") {
			return
		}
		msg = starlark.String("unsupported operand type(s) for " + op + "=" + string(msg[len(m[0])-2:]))
	case strings.HasPrefix(src, "<<") || strings.HasPrefix(src, ">>"):
		op := src[:2]
		if strings.HasPrefix(src[2:], "=") {
			op += "="
		}
		msg = starlark.String(fmt.Sprintf("unsupported operand type(s) for %s: 'int' and '%s'", op, qualifiedType(shift[1])))
	default:
		return
	}
	e.Args = starlark.Tuple{msg}
	e.str = nil
}

// fromColumn returns s from its col'th rune (1-based) on, or "".
func fromColumn(s string, col int) string {
	for i := range s {
		if col--; col == 0 {
			return s[i:]
		}
	}
	return ""
}
