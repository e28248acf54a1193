package pyrt

// This file defines abi.Rich, the values that comparisons
// whose operands may compare across types read (see
// builtins.MayCompareAcross and interp/lower/across.go): the VM compares
// values of different Go types without asking them.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// richTest is abi.Rich: __sp_R["test"] is the richFlags, __sp_R["int"]
// (float, string; int_r...) the richOperands of that type, and
// __sp_R["<"] (and the other operators) the cmpOp.
type richTest struct{}

var _ starlark.Mapping = richTest{}

func (richTest) String() string        { return "<built-in function " + abi.Rich + ">" }
func (richTest) Type() string          { return "builtin_function_or_method" }
func (richTest) Freeze()               {}
func (richTest) Truth() starlark.Bool  { return true }
func (richTest) Hash() (uint32, error) { return 0, nil }

var richOperandsOf = map[starlark.String]*richOperands{}

func init() {
	for _, typ := range []string{"int", "float", "string", "NoneType"} {
		richOperandsOf[starlark.String(typ)] = &richOperands{typ: typ}
		richOperandsOf[starlark.String(typ+"_r")] = &richOperands{typ: typ, right: true}
	}
}

// Get returns the richOperands of a type, or for "test" the richFlags.
func (richTest) Get(k starlark.Value) (starlark.Value, bool, error) {
	s, _ := k.(starlark.String)
	switch s {
	case "test":
		return richFlags{}, true, nil
	case "zero":
		return zeroFlags, true, nil
	case "text":
		return textFlags, true, nil
	case "div":
		return divisors, true, nil
	case "num":
		return &numbers, true, nil
	case "in":
		return containers, true, nil
	case "strx":
		return strValues, true, nil
	}
	if op, ok := cmpOpValues[s]; ok {
		return op, true, nil
	}
	r, ok := richOperandsOf[s]
	if !ok {
		return nil, false, nil
	}
	return r, true, nil
}

// richFlags is __sp_R["test"]: __sp_R["test"][x] reports
// builtins.MayCompareAcross(x). An index costs less than x in __sp_R,
// which went through the VM's general binary operator.
type richFlags struct{}

var _ starlark.Mapping = richFlags{}

func (richFlags) String() string        { return "<built-in function " + abi.RichAlias + ">" }
func (richFlags) Type() string          { return "builtin_function_or_method" }
func (richFlags) Freeze()               {}
func (richFlags) Truth() starlark.Bool  { return true }
func (richFlags) Hash() (uint32, error) { return 0, nil }

// Get reports whether the VM may compare x wrongly.
func (richFlags) Get(x starlark.Value) (starlark.Value, bool, error) {
	return starlark.Bool(builtins.MayCompareAcross(x)), true, nil
}

// helperMap is one of the mappings __sp_R gives the lowering: an index
// costs less than a call.
type helperMap struct {
	name string
	get  func(starlark.Value) starlark.Value
}

var _ starlark.Mapping = (*helperMap)(nil)

func (h *helperMap) String() string        { return "<built-in function " + h.name + ">" }
func (h *helperMap) Type() string          { return "builtin_function_or_method" }
func (h *helperMap) Freeze()               {}
func (h *helperMap) Truth() starlark.Bool  { return true }
func (h *helperMap) Hash() (uint32, error) { return 0, nil }

// Get returns h's value for x.
func (h *helperMap) Get(x starlark.Value) (starlark.Value, bool, error) { return h.get(x), true, nil }

// zeroFlags is __sp_R["zero"]: __sp_R["zero"][y] reports whether y is
// an int or float zero, a divisor whose error the VM words alike for
// ints and floats, or a bool, which the VM can't divide by (see
// interp/lower/zerodiv.go).
var zeroFlags = &helperMap{abi.ZeroAlias, func(y starlark.Value) starlark.Value {
	_, b := y.(starlark.Bool)
	return starlark.Bool(b || isZero(y))
}}

// isZero reports whether y is a numeric zero.
func isZero(y starlark.Value) bool {
	switch y := y.(type) {
	case starlark.Int:
		return y.Sign() == 0
	case starlark.Float:
		return y == 0
	case starlark.Bool:
		return !bool(y)
	}
	return false
}

// textFlags is __sp_R["text"]: __sp_R["text"][x] reports whether x is
// a str, bytes or a bytearray, whose x % y formats (see
// interp/lower/typed.go's mayFormat), or a bool, whose x % y the VM
// refuses.
var textFlags = &helperMap{abi.Rich + "_text", func(x starlark.Value) starlark.Value {
	switch x.(type) {
	case starlark.String, starlark.Bytes, *builtins.ByteArray, starlark.Bool:
		return starlark.True
	}
	return starlark.False
}}

// richOperands is __sp_R["int"]: __sp_R["int"][u] < 2 compares u < 2,
// and __sp_R["int_r"][u] > 2 compares 2 < u, as Python does.
type richOperands struct {
	typ   string // the plain operand's VM type
	right bool   // whether u was the right operand
}

var _ starlark.Mapping = (*richOperands)(nil)

func (r *richOperands) String() string        { return "<built-in function " + abi.RichOperand + r.typ + ">" }
func (r *richOperands) Type() string          { return "builtin_function_or_method" }
func (r *richOperands) Freeze()               {}
func (r *richOperands) Truth() starlark.Bool  { return true }
func (r *richOperands) Hash() (uint32, error) { return 0, nil }

// Get returns u itself if the VM compares it right, else a richOperand.
func (r *richOperands) Get(u starlark.Value) (starlark.Value, bool, error) {
	if !builtins.MayCompareAcross(u) {
		return u, true, nil
	}
	return &richOperand{r, u}, true, nil
}

// richOperand passes u off as a value of the other operand's type, so
// that the VM asks its CompareSameType.
type richOperand struct {
	of *richOperands
	u  starlark.Value
}

var _ starlark.Comparable = (*richOperand)(nil)

func (o *richOperand) String() string        { return o.u.String() }
func (o *richOperand) Type() string          { return o.of.typ }
func (o *richOperand) Freeze()               {}
func (o *richOperand) Truth() starlark.Bool  { return o.u.Truth() }
func (o *richOperand) Hash() (uint32, error) { return o.u.Hash() }

// CompareSameType compares u with y, the plain operand, as the
// comparison was written.
func (o *richOperand) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	if o.of.right {
		return builtins.CompareOp(reflectedOps[op], y, o.u)
	}
	return builtins.CompareOp(op, o.u, y)
}

var reflectedOps = map[syntax.Token]syntax.Token{
	syntax.LT: syntax.GT, syntax.GT: syntax.LT, syntax.LE: syntax.GE, syntax.GE: syntax.LE,
	syntax.EQL: syntax.EQL, syntax.NEQ: syntax.NEQ,
}

// cmpOp is __sp_R["<"] (and the other comparisons): __sp_R["<"][a][b]
// compares a < b as builtins.Compare does.
type cmpOp struct{ op string }

var _ starlark.Mapping = (*cmpOp)(nil)

var cmpOpValues = map[starlark.String]*cmpOp{}

func init() {
	for _, op := range []string{"<", "<=", ">", ">=", "==", "!="} {
		cmpOpValues[starlark.String(op)] = &cmpOp{op: op}
	}
}

func (c *cmpOp) String() string        { return "<comparison " + c.op + ">" }
func (c *cmpOp) Type() string          { return "builtin_function_or_method" }
func (c *cmpOp) Freeze()               {}
func (c *cmpOp) Truth() starlark.Bool  { return true }
func (c *cmpOp) Hash() (uint32, error) { return 0, nil }

// Get returns the comparison waiting for its right operand.
func (c *cmpOp) Get(a starlark.Value) (starlark.Value, bool, error) {
	return &cmpLeft{c.op, a}, true, nil
}

// cmpLeft is a comparison with its left operand.
type cmpLeft struct {
	op string
	x  starlark.Value
}

var _ starlark.Mapping = (*cmpLeft)(nil)

func (c *cmpLeft) String() string        { return "<comparison " + c.op + ">" }
func (c *cmpLeft) Type() string          { return "builtin_function_or_method" }
func (c *cmpLeft) Freeze()               {}
func (c *cmpLeft) Truth() starlark.Bool  { return true }
func (c *cmpLeft) Hash() (uint32, error) { return 0, nil }

// Get compares the left operand with b.
func (c *cmpLeft) Get(b starlark.Value) (starlark.Value, bool, error) {
	r, err := builtins.Compare(c.op, c.x, b)
	if err != nil {
		return nil, false, err
	}
	return starlark.Bool(r), true, nil
}
