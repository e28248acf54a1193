package py

// This file recognises the VM's refusal of a binary operation, which a
// subclass of a builtin type turns back into "not implemented" so that
// the message names the subclass, as CPython's does.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// UnsupportedOp reports whether err, from starlark.Binary(op, ...), is
// its refusal of the operands' types: "unknown binary op", or for a
// shift a count that is not an int ("got float, want int").
func UnsupportedOp(op syntax.Token, err error) bool {
	msg := err.Error()
	if strings.HasPrefix(msg, "unknown binary op: ") {
		return true
	}
	return (op == syntax.LTLT || op == syntax.GTGT) && reShiftCount.MatchString(msg)
}

// seqBinary is CPython's TypeError for o op y (or y op o on the right
// side) where o, an instance of a subclass of str, bytes, list or
// tuple whose value is d, refuses y under + or *: the sequence's own
// message ("can only concatenate str (not "int") to str", "can't
// multiply sequence by non-int of type 'float'"), or nil for any other
// operator or value.
func seqBinary(o *Instance, d starlark.Value, op syntax.Token, y starlark.Value, side starlark.Side) error {
	switch d.(type) {
	case starlark.String, starlark.Bytes, *starlark.List, starlark.Tuple:
	default:
		return nil
	}
	switch {
	case op == syntax.STAR && side == starlark.Right:
		count := QualifiedName(y) // the sequence on the left gets o as its count
		if isSeqName(count) {
			count = TypeName(o)
		}
		return Raisef(TypeError, "can't multiply sequence by non-int of type '%s'", count)
	case side == starlark.Right || (op != syntax.PLUS && op != syntax.STAR):
		return nil
	case op == syntax.PLUS && d.Type() == "bytes":
		return Raisef(TypeError, "can't concat %s to %s", QualifiedName(y), TypeName(o))
	}
	return Raise(TypeError, binaryMessage(TypeName(d), op.String(), QualifiedName(y)))
}

// QualifiedName is the name of v's type as CPython's messages print it (its
// tp_name): the module's in front for some native types
// ('collections.deque'), a user class's own name.
func QualifiedName(v starlark.Value) string {
	if _, ok := v.(*Instance); ok {
		return TypeName(v)
	}
	return qualifiedType(TypeName(v))
}
