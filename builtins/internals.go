package builtins

// This file defines the internal __sp_* builtins that lowered code calls
// (see interp/parse/LOWERING.md) and Python-style iteration helpers.

import (
	"math"
	"math/big"
	"reflect"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
)

func addInternals(d starlark.StringDict) {
	for _, b := range []*starlark.Builtin{
		starlark.NewBuiltin("__sp_pow", spPow),
		starlark.NewBuiltin("__sp_iter", spIter),
		starlark.NewBuiltin("__sp_loopend", spLoopEnd),
		starlark.NewBuiltin("__sp_citer", spCIter),
		starlark.NewBuiltin("__sp_compend", spCompEnd),
		starlark.NewBuiltin("__sp_unpack", spUnpack),
		starlark.NewBuiltin("__sp_dictmerge", spDictMerge),
		starlark.NewBuiltin("__sp_undefined", spUndefined),
		starlark.NewBuiltin("__sp_unstar", spUnstar),
		starlark.NewBuiltin("__sp_delitem", spDelitem),
		starlark.NewBuiltin("__sp_delslice", spDelslice),
		starlark.NewBuiltin("__sp_delattr", spDelattr),
		starlark.NewBuiltin("__sp_method", spMethod),
		starlark.NewBuiltin("__sp_genfunc", spGenFunc),
		starlark.NewBuiltin("__sp_yield", spYield),
		starlark.NewBuiltin("__sp_yieldfrom", spYieldFrom),
	} {
		d[b.Name()] = b
	}
	d["__sp_star"] = &fastFunc{"__sp_star", spStar}
	d["__sp_genexp"] = &fastFunc{"__sp_genexp", spGenexp}    // genexp.go
	d["__sp_gencall"] = &fastFunc{"__sp_gencall", spGencall} // genexp.go
	d["__sp_genlist"] = &fastFunc{"__sp_genlist", spGenlist} // genexp.go
	d["__sp_cmp"] = &fastFunc{"__sp_cmp", spCmp}
	d["__sp_is"] = &fastFunc{"__sp_is", spIs}
	addOperators(d) // operators.go
}

// spStar implements __sp_star(*iterables), the positional arguments of
// a call such as f(*a, b, *c): the items of each iterable, in order.
func spStar(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 {
		switch x := args[0].(type) {
		case starlark.Tuple, *starlark.List:
			return x, nil
		case *core.Instance:
			if !x.Iterable() {
				return nil, core.Raisef(core.TypeError, "argument after * must be an iterable, not %s", x.Class.ClassName)
			}
		default:
			if _, ok := x.(starlark.Iterable); !ok {
				return nil, core.Raisef(core.TypeError, "argument after * must be an iterable, not %s", core.TypeName(x))
			}
		}
	}
	var out starlark.Tuple
	for _, x := range args {
		if inst, ok := x.(*core.Instance); ok && !inst.Iterable() {
			return nil, core.Raisef(core.TypeError, "Value after * must be an iterable, not %s", inst.Class.ClassName)
		}
		if _, ok := x.(starlark.Iterable); !ok {
			if _, ok := x.(starlark.String); !ok {
				return nil, core.Raisef(core.TypeError, "Value after * must be an iterable, not %s", core.TypeName(x))
			}
		}
		if err := ForEach(thread, x, func(v starlark.Value) error { out = append(out, v); return nil }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// HasDelField is implemented by values that support del x.name.
type HasDelField interface {
	DelField(name string) error
}

func notIterable(x starlark.Value) error {
	return core.Raisef(core.TypeError, "'%s' object is not iterable", core.TypeName(x))
}

// unhashable rewrites Starlark's "unhashable type" errors as CPython's.
func unhashable(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := core.AsException(err); ok {
		return err
	}
	msg := err.Error()
	const p = "unhashable type: "
	for i := 0; i+len(p) <= len(msg); i++ {
		if msg[i:i+len(p)] == p {
			name := msg[i+len(p):]
			if name == "string" {
				name = "str"
			}
			return core.Raisef(core.TypeError, "unhashable type: '%s'", trimQuotes(name))
		}
	}
	return err
}

func trimQuotes(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1]
	}
	return s
}

// spIter implements __sp_iter(x): the iterable a Python for loop uses.
func spIter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	switch x := x.(type) {
	case *starlark.List:
		return &listLoop{list: x}, nil
	case *starlark.Dict:
		return &dictLoop{dict: x}, nil
	case *DictView:
		return &dictLoop{dict: x.dict, view: x.kind}, nil
	case starlark.String:
		return starlark.Tuple(Chars(string(x))), nil
	case *starlark.Set:
		return starlark.Tuple(core.SetElems(x)), nil
	case *Iterator, *Generator:
		return x, nil // they keep their own loop error for LoopErr
	case starlark.Tuple:
		return x, nil // its iterator can't fail
	case *core.Class:
		if x.Meta() == nil {
			return nil, notIterable(x) // only classes with a metaclass iterate
		}
		return &errLoop{Iterable: x}, nil
	case *core.Instance:
		it, err := x.Iter() // iter(x) is called as the loop starts
		if err != nil {
			return nil, err
		}
		return wrapIterator("iterator", it), nil
	case starlark.Iterable:
		if x.Type() == "range" {
			return x, nil // as a tuple's
		}
		return &errLoop{Iterable: x}, nil
	}
	return nil, notIterable(x)
}

// spLoopEnd implements __sp_loopend(it), called after a for loop over
// it = __sp_iter(x): it raises the error that ended the loop, if any.
func spLoopEnd(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 {
		if err := LoopErr(args[0]); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// spDictMerge implements __sp_dictmerge(*parts), the dict display
// {**a, k: v, **b}: a new dict with the items of each mapping in order.
func spDictMerge(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	d := starlark.NewDict(0)
	for _, part := range args {
		m, ok := part.(starlark.IterableMapping)
		if !ok {
			return nil, core.Raisef(core.TypeError, "'%s' object is not a mapping", core.TypeName(part))
		}
		for _, kv := range m.Items() {
			if err := d.SetKey(kv[0], kv[1]); err != nil {
				return nil, unhashable(err)
			}
		}
	}
	return d, nil
}

// spUndefined implements __sp_undefined(name), a reference to a name
// that the file never binds and that is not predeclared.
func spUndefined(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	return nil, core.Raisef(core.NameError, "name '%s' is not defined", name)
}

// spUnstar implements __sp_unstar(v, before, after) for the assignment
// "a, *b, c = v" (before=1, after=1): the values of v as a tuple whose
// item at index before is the list of the values in between.
func spUnstar(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var before, after int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 3, &v, &before, &after); err != nil {
		return nil, err
	}
	elems, err := Elements(thread, v)
	if err != nil {
		return nil, err
	}
	if n := len(elems); n < before+after {
		return nil, core.Raisef(core.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, n)
	}
	mid := elems[before : len(elems)-after]
	out := make(starlark.Tuple, 0, before+after+1)
	out = append(out, elems[:before]...)
	out = append(out, starlark.NewList(append([]starlark.Value(nil), mid...)))
	return append(out, elems[len(elems)-after:]...), nil
}

// Identical reports whether x is y, Python's identity: by value for
// None, bools, numbers and strings; by reference otherwise.
func Identical(x, y starlark.Value) bool {
	switch x := x.(type) {
	case starlark.NoneType, starlark.Bool, starlark.String, starlark.Bytes, starlark.Float:
		return x == y
	case starlark.Int:
		yi, ok := y.(starlark.Int)
		if !ok {
			return false
		}
		c, _ := x.Cmp(yi, 0) // ints compare without error or allocation
		return c == 0
	case starlark.Tuple:
		yt, ok := y.(starlark.Tuple)
		return ok && len(x) == len(yt) && (len(x) == 0 || &x[0] == &yt[0])
	case *core.Cell:
		return Identical(core.Unbox(x), y)
	}
	if c, ok := y.(*core.Cell); ok {
		return Identical(x, core.Unbox(c))
	}
	tx, ty := reflect.TypeOf(x), reflect.TypeOf(y)
	return tx == ty && tx.Comparable() && x == y
}

// spIs implements __sp_is(x, y), the lowering of x is y: a fastFunc,
// so that the test allocates nothing.
func spIs(_ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, core.Raisef(core.TypeError, "__sp_is() takes exactly 2 arguments (%d given)", len(args))
	}
	return starlark.Bool(Identical(args[0], args[1])), nil
}

var cmpOps = map[string]syntax.Token{
	"<": syntax.LT, "<=": syntax.LE, ">": syntax.GT, ">=": syntax.GE,
	"==": syntax.EQL, "!=": syntax.NEQ,
}

// Compare applies a Python comparison operator: < <= > >= == != in,
// "not in", is, "is not".
func Compare(op string, x, y starlark.Value) (bool, error) {
	switch op {
	case "is":
		return Identical(x, y), nil
	case "is not":
		return !Identical(x, y), nil
	case "in", "not in":
		v, err := starlark.Binary(syntax.IN, x, y)
		if err != nil {
			return false, core.Raisef(core.TypeError, "argument of type '%s' is not iterable", core.TypeName(y))
		}
		return bool(v.Truth()) == (op == "in"), nil
	}
	tok, ok := cmpOps[op]
	if !ok {
		return false, core.Raisef(core.SystemError, "bad comparison operator %q", op)
	}
	if r, ok, err := setsCompare(tok, x, y); ok {
		return r, err
	}
	r, err := starlark.Compare(tok, boolToInt(x), boolToInt(y))
	if err != nil && core.ToException(err).Class == core.RecursionError {
		return false, core.ToException(err)
	}
	if err != nil && tok != syntax.EQL && tok != syntax.NEQ {
		return false, core.Raisef(core.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, core.TypeName(x), core.TypeName(y))
	}
	return r, err
}

func boolToInt(x starlark.Value) starlark.Value {
	if b, ok := x.(starlark.Bool); ok {
		if b {
			return starlark.MakeInt(1)
		}
		return starlark.MakeInt(0)
	}
	return x
}

// Less is Python's x < y, as sorting uses it.
func Less(x, y starlark.Value) (bool, error) { return Compare("<", x, y) }

// spCmp implements __sp_cmp(a, op, b, op, c, ...), a comparison chain
// that stops at the first false comparison. An operator that starts
// with '*' has a lambda as its right operand, called only if the
// comparisons before it hold.
func spCmp(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) < 3 || len(args)%2 == 0 {
		return nil, core.Raise(core.SystemError, "__sp_cmp: bad arguments")
	}
	x := args[0]
	for i := 1; i < len(args); i += 2 {
		op, _ := starlark.AsString(args[i])
		y := args[i+1]
		if len(op) > 1 && op[0] == '*' {
			op = op[1:]
			var err error
			if y, err = starlark.Call(thread, y, nil, nil); err != nil {
				return nil, err
			}
		}
		ok, err := Compare(op, x, y)
		if err != nil || !ok {
			return starlark.False, err
		}
		x = y
	}
	return starlark.True, nil
}

// bigPowBits is the size of a result past which an int power runs under
// core.Compute, cancellable.
const bigPowBits = 1 << 22

// intPow returns x ** y for y >= 0.
func intPow(thread *starlark.Thread, x, y *big.Int) (starlark.Value, error) {
	yf, _ := new(big.Float).SetInt(y).Float64()
	bits := float64(x.BitLen()) * yf
	if x.CmpAbs(big.NewInt(1)) <= 0 || bits < bigPowBits {
		return starlark.MakeBigInt(new(big.Int).Exp(x, y, nil)), nil
	}
	// The result and the operands of the last squaring, in bytes.
	if err := core.CheckAlloc(thread, int64(min(bits/8*3, 1<<62))); err != nil {
		return nil, err
	}
	if bits > 1<<40 { // past any memory: CPython fails the same way
		return nil, core.NewException(core.MemoryError)
	}
	z := new(big.Int)
	if thread == nil {
		return starlark.MakeBigInt(z.Exp(x, y, nil)), nil
	}
	if err := core.Compute(thread, func() { z.Exp(x, y, nil) }); err != nil {
		return nil, err
	}
	return starlark.MakeBigInt(z), nil
}

// spPow implements __sp_pow(x, y), Python's x ** y.
func spPow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &y); err != nil {
		return nil, err
	}
	if !isNumber(boolToInt(x)) || !isNumber(boolToInt(y)) {
		if v, err := dunderPow(thread, x, y); v != nil || err != nil {
			return v, err
		}
	}
	return PowIn(thread, x, y)
}

// dunderPow tries x.__pow__(y), then y.__rpow__(x), for types defined
// in Go modules (decimal.Decimal); nil, nil means neither applies.
func dunderPow(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	for _, try := range []struct {
		recv, arg starlark.Value
		name      string
	}{{x, y, "__pow__"}, {y, x, "__rpow__"}} {
		if _, isInstance := try.recv.(*core.Instance); isInstance {
			continue // user classes: not supported here yet
		}
		if m, err := getAttr(try.recv, try.name); err == nil && m != nil {
			return starlark.Call(thread, m, starlark.Tuple{try.arg}, nil)
		}
	}
	return nil, nil
}

// Pow returns x ** y with Python semantics.
func Pow(x, y starlark.Value) (starlark.Value, error) { return PowIn(nil, x, y) }

// PowIn is Pow for code running as thread: a huge int power is checked
// against the memory limit first and can be cancelled.
func PowIn(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	x, y = boolToInt(x), boolToInt(y)
	xi, xint := x.(starlark.Int)
	yi, yint := y.(starlark.Int)
	if xint && yint && yi.Sign() >= 0 {
		return intPow(thread, xi.BigInt(), yi.BigInt())
	}
	xf, ok1 := starlark.AsFloat(x)
	yf, ok2 := starlark.AsFloat(y)
	if !ok1 || !ok2 || !isNumber(x) || !isNumber(y) {
		return nil, core.Raisef(core.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", core.TypeName(x), core.TypeName(y))
	}
	if xf == 0 && yf < 0 {
		return nil, core.Raise(core.ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	r := math.Pow(xf, yf)
	if math.IsInf(r, 0) && !math.IsInf(xf, 0) && !math.IsInf(yf, 0) {
		return nil, core.Raise(core.OverflowError, "(34, 'Numerical result out of range')")
	}
	return starlark.Float(r), nil
}

func isNumber(x starlark.Value) bool {
	switch x.(type) {
	case starlark.Int, starlark.Float:
		return true
	}
	return false
}

// spDelitem implements __sp_delitem(x, k), Python's del x[k].
func spDelitem(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, k starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &k); err != nil {
		return nil, err
	}
	switch x := x.(type) {
	case *starlark.List:
		return starlark.None, delListItem(thread, x, k)
	case *starlark.Dict:
		_, found, err := x.Delete(k)
		if err != nil {
			return nil, unhashable(err)
		}
		if !found {
			return nil, core.NewException(core.KeyError, k)
		}
		return starlark.None, nil
	}
	if m, err := getAttr(x, "__delitem__"); err == nil && m != nil {
		_, err := starlark.Call(thread, m, starlark.Tuple{k}, nil)
		return starlark.None, err
	}
	return nil, core.Raisef(core.TypeError, "'%s' object doesn't support item deletion", core.TypeName(x))
}

func delListItem(thread *starlark.Thread, l *starlark.List, k starlark.Value) error {
	i, ok := k.(starlark.Int)
	if !ok {
		return core.Raisef(core.TypeError, "list indices must be integers or slices, not %s", core.TypeName(k))
	}
	n, ok := i.Int64()
	if ok && n < 0 {
		n += int64(l.Len())
	}
	if !ok || n < 0 || n >= int64(l.Len()) {
		return core.Raise(core.IndexError, "list assignment index out of range")
	}
	pop, err := l.Attr("pop")
	if err != nil {
		return err
	}
	_, err = starlark.Call(thread, pop, starlark.Tuple{starlark.MakeInt64(n)}, nil)
	return err
}

// spDelattr implements __sp_delattr(x, name), Python's del x.name.
func spDelattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &name); err != nil {
		return nil, err
	}
	if d, ok := x.(HasDelField); ok {
		return starlark.None, d.DelField(name)
	}
	if v, err := getAttr(x, name); err != nil || v == nil {
		return nil, noAttr(x, name)
	}
	return nil, core.Raisef(core.AttributeError, "'%s' object attribute '%s' is read-only", core.TypeName(x), name)
}

// getAttr returns x.name, or nil if x has no such attribute.
func getAttr(x starlark.Value, name string) (starlark.Value, error) {
	h, ok := x.(starlark.HasAttrs)
	if !ok {
		return nil, nil
	}
	v, err := h.Attr(name)
	if _, missing := err.(starlark.NoSuchAttrError); missing {
		return nil, nil
	}
	return v, err
}

// GetAttr returns x.name, or Python's AttributeError.
func GetAttr(x starlark.Value, name string) (starlark.Value, error) {
	v, err := getAttr(x, name)
	if err == nil && v == nil {
		err = noAttr(x, name)
	}
	return v, err
}

func noAttr(x starlark.Value, name string) error {
	if c, ok := x.(*core.Class); ok {
		return core.Raisef(core.AttributeError, "type object '%s' has no attribute '%s'", c.ClassName, name)
	}
	return core.Raisef(core.AttributeError, "'%s' object has no attribute '%s'", core.TypeName(x), name)
}
