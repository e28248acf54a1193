package py

// This file maps the errors of the VM and of builtins to Python
// exceptions: the VM's messages, matched by pattern (see also
// vmerrors.go and callerr.go), become the exception CPython raises with
// its words.

import (
	"errors"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// ToException converts any error from the VM or a builtin into a Python
// exception, keeping the call stack of an EvalError as its traceback.
func ToException(err error) *Exception {
	var ee *starlark.EvalError
	hasStack := errors.As(err, &ee)
	e, ok := AsException(err)
	if !ok {
		msg := err.Error()
		if hasStack {
			msg = ee.Msg
		}
		e = mapMessage(msg)
	}
	if hasStack && e.Traceback == nil {
		e.Traceback = ee.CallStack
		if len(e.prior) > 0 {
			e.Traceback = append(ee.CallStack[:len(ee.CallStack):len(ee.CallStack)], e.prior...)
			e.prior = nil
		}
	}
	return e
}

var vmErrors = []struct {
	re  *lazyRegexp
	cls *Class
	msg string // replacement; "" keeps the message
}{
	// Starlark's messages don't say whether the operands were ints; these
	// are CPython's words for the int operands tutorials use.
	{lazyRE(`^floating-point division by zero$`), ZeroDivisionError, "division by zero"},
	{lazyRE(`^floored division by zero$`), ZeroDivisionError, "integer division or modulo by zero"},
	{lazyRE(`^integer modulo by zero$`), ZeroDivisionError, "integer modulo by zero"},
	{lazyRE(`^floating-point modulo by zero$`), ZeroDivisionError, "float modulo"},
	{lazyRE(`by zero$`), ZeroDivisionError, ""},
	{lazyRE(`index (-?\d+) out of range`), IndexError, "list index out of range"},
	{lazyRE(`^key (.*) not in dict$`), KeyError, "$1"},
	{lazyRE(`^remove: element not found$`), ValueError, "list.remove(x): x not in list"},
	{lazyRE(`^negative shift count: -\d+$`), ValueError, "negative shift count"},
	{lazyRE(`^int in bytes: -?\d+ out of range`), ValueError, "byte must be in range(0, 256)"},
	{lazyRE(`dictionary update sequence element #(\d+) has length (\d+), want 2$`), ValueError, "dictionary update sequence element #$1 has length $2; 2 is required"},
	{lazyRE(`^undefined: (` + ident + `)$`), NameError, "name '$1' is not defined"},
	{lazyRE(`^(?:` + ident + `: )?(` + identDots + `): unexpected keyword argument "(` + ident + `)"`), TypeError, "$1() got an unexpected keyword argument '$2'"},
	{lazyRE(`^(?:` + ident + `: )?(` + identDots + `): missing argument for (` + ident + `)$`), TypeError, "$1() missing 1 required positional argument: '$2'"},
	{lazyRE(`^(?:` + ident + `: )?(` + identDots + `): got multiple values for (?:keyword )?(?:argument|parameter) "?(` + ident + `)"?$`), TypeError, "$1() got multiple values for argument '$2'"},
	{lazyRE(`^global variable (` + ident + `) referenced before assignment$`), NameError, "name '$1' is not defined"},
	{lazyRE(`^local variable (` + ident + `) referenced before assignment$`), UnboundLocalError, "cannot access local variable '$1' where it is not associated with a value"},
	{lazyRE(`has no .?field or method .?(` + ident + `)`), AttributeError, ""},
	{lazyRE(`^Starlark computation cancelled: too many steps$`), RuntimeError, "too many steps"},
	{lazyRE(`^Starlark computation cancelled: RecursionError: (.*)$`), RecursionError, "$1"},
	{lazyRE(`^Starlark computation cancelled: (.*)$`), KeyboardInterrupt, ""},
	// An int argument bound to a Go int (a Py_ssize_t in CPython).
	{lazyRE(`for parameter \S+: -?\d+ out of range \(want value in signed 64-bit range\)$`), OverflowError, "Python int too large to convert to C ssize_t"},
	{lazyRE(`unknown binary op|unsupported|not iterable|not callable|unhashable|got .* want|missing .*argument|unexpected keyword|takes|for parameter|invalid call`), TypeError, ""},
	{lazyRE(`^invalid literal|invalid syntax|empty string|not in list|out of range|too many values|too few values`), ValueError, ""},
	{lazyRE(`called recursively|stack overflow`), RecursionError, "maximum recursion depth exceeded"},
	{lazyRE(`^comparison exceeded maximum recursion depth$`), RecursionError, "maximum recursion depth exceeded in comparison"},
}

// noMemory matches the VM's refusals of huge repeats and the step hook's
// MemoryError, which CPython reports as a MemoryError without message.
var noMemory = lazyRE(`^Starlark computation cancelled: MemoryError$|^excessive repeat \(`)

// repeatCount matches the VM's refusal of a repeat count past 32 bits:
// MemoryError in CPython, or OverflowError past 64 bits.
var repeatCount = lazyRE(`^repeat count (-?\d+) too large$`)

// repeatError is CPython's exception for the count of repeatCount.
func repeatError(count string) *Exception {
	if _, err := strconv.ParseInt(count, 10, 64); err != nil {
		return Raise(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return NewException(MemoryError)
}

// mapMessage turns a VM error message into the closest Python exception.
func mapMessage(msg string) *Exception {
	if strings.HasPrefix(msg, "Starlark computation cancelled: ") && (IsInterrupt(errors.New(msg)) || strings.HasSuffix(msg, ": KeyboardInterrupt")) {
		return NewException(KeyboardInterrupt)
	}
	if noMemory.MatchString(msg) {
		return NewException(MemoryError)
	}
	if m := repeatCount.FindStringSubmatch(msg); m != nil {
		return repeatError(m[1])
	}
	if m, ok := callError(msg); ok {
		e := Raise(TypeError, m)
		e.bindMsg, e.bindFn = msg, callErrorFunc(msg)
		return e
	}
	if e, ok := vmError(stripBuiltinPrefix(msg)); ok {
		return e
	}
	for _, m := range vmErrors {
		sub := m.re.FindStringSubmatchIndex(msg)
		if sub == nil {
			continue
		}
		if m.msg == "" {
			return Raise(m.cls, stripBuiltinPrefix(msg))
		}
		out := string(m.re.ExpandString(nil, m.msg, msg, sub))
		if m.cls == KeyError {
			return &Exception{Class: KeyError, Args: starlark.Tuple{keyErrorArg(out)}}
		}
		if m.cls == NameError {
			return NameErr(msg[sub[2]:sub[3]])
		}
		return Raise(m.cls, out)
	}
	return Raise(RuntimeError, stripBuiltinPrefix(msg))
}

// keyErrorArg recovers the key of the VM's "key K not in dict" from K,
// the key as the VM printed it: a literal (a str, number, bytes, None,
// True, False, or a tuple of them) is read back, an instance the VM just
// printed is found (see formatted.go); anything else stays the text.
func keyErrorArg(s string) starlark.Value {
	if o := formattedObject(s); o != nil {
		return o // an instance of a user class: the key itself
	}
	opts := &syntax.FileOptions{}
	expr, err := opts.ParseExpr("key", s, 0)
	if err != nil || !isLiteral(expr) {
		return starlark.String(s)
	}
	v, err := starlark.EvalExprOptions(opts, &starlark.Thread{Name: "key"}, expr, nil)
	if err != nil {
		return starlark.String(s)
	}
	return v
}

// isLiteral reports whether x is a literal, or a tuple of them: what
// keyErrorArg may evaluate.
func isLiteral(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Literal:
		return true
	case *syntax.Ident:
		return x.Name == "None" || x.Name == "True" || x.Name == "False"
	case *syntax.UnaryExpr:
		return x.Op == syntax.MINUS && isLiteral(x.X)
	case *syntax.ParenExpr:
		return isLiteral(x.X)
	case *syntax.TupleExpr:
		for _, y := range x.List {
			if !isLiteral(y) {
				return false
			}
		}
		return true
	}
	return false
}

var builtinPrefix = lazyRE(`^[a-z_.]+: `)

// stripBuiltinPrefix removes Starlark's "fn: " prefix from builtin errors.
func stripBuiltinPrefix(msg string) string {
	return builtinPrefix.ReplaceAllString(msg, "")
}

// InterruptReason marks a VM cancellation caused by Interrupt.
const InterruptReason = "interrupt"

// IsInterrupt reports whether err is the VM's report of an Interrupt.
func IsInterrupt(err error) bool {
	return err != nil && strings.HasSuffix(err.Error(), "cancelled: "+InterruptReason)
}
